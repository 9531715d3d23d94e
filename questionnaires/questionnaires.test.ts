/**
 * The shipped reference data: every JSON file under questionnaires/ is loaded, validated by the
 * folder it sits in, and checked against the facts it must encode (the 114 controls of
 * ISO/IEC 27002:2013, the 7 CLD controls, the 37 cloud-guidance marks, the ISMAP gate …).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type {
  AttestationTypeCatalogue,
  Catalogue,
  Crosswalk,
  Preset,
  PresetRequirement
} from '../src/lib/domain/catalogue';
import {
  validateAttestationTypeNotes,
  validateAttestationTypes,
  validateCatalogue,
  validateCrosswalk,
  validatePreset
} from '../src/lib/domain/catalogue-validate';
import { aliasDataProblems, aliasKey, ENUM_KINDS, enumMatcher } from '../src/lib/domain/aliases';
import { ATTESTATION_TYPES } from '../src/lib/domain/model';
import { headingKey } from '../src/lib/domain/registers/parse';
import { validateRegisterLayout, type RegisterLayout } from '../src/lib/domain/registers/layout';
import { ENUM_LABELS } from '../src/lib/io/enum-labels';
import { rankPresets } from '../src/lib/domain/preset-choice';

const ROOT = fileURLToPath(new URL('./', import.meta.url));

interface DataFile {
  /** Path relative to questionnaires/, with `/`. */
  name: string;
  text: string;
  json: unknown;
}

const FILES: DataFile[] = (readdirSync(ROOT, { recursive: true }) as string[])
  .filter((path) => path.endsWith('.json'))
  .sort()
  .map((path) => {
    const text = readFileSync(join(ROOT, path), 'utf8');
    return { name: relative(ROOT, join(ROOT, path)).split(sep).join('/'), text, json: JSON.parse(text) };
  });

const inFolder = (folder: string) => FILES.filter((f) => f.name.startsWith(`${folder}/`));
const catalogues = inFolder('catalogues').map((f) => f.json as Catalogue);
const crosswalks = inFolder('crosswalks').map((f) => f.json as Crosswalk);
const presets = inFolder('presets').map((f) => f.json as Preset);
const attestationFile = FILES.find((f) => f.name === 'attestation-types.json');
const aliasFile = FILES.find((f) => f.name === 'aliases.json');

const catalogue = (id: string): Catalogue => {
  const found = catalogues.find((c) => c.id === id);
  if (!found) throw new Error(`catalogue ${id} is missing`);
  return found;
};
const ENTRY_IDS: ReadonlySet<string> = new Set(catalogues.flatMap((c) => c.entries.map((e) => e.id)));

// ---------------------------------------------------------------- expected contents

/** ISO/IEC 27002:2013 clauses 5–18: the 114 controls, in clause order. */
// prettier-ignore
const ISO27002_CODES = [
  '5.1.1', '5.1.2',
  '6.1.1', '6.1.2', '6.1.3', '6.1.4', '6.1.5', '6.2.1', '6.2.2',
  '7.1.1', '7.1.2', '7.2.1', '7.2.2', '7.2.3', '7.3.1',
  '8.1.1', '8.1.2', '8.1.3', '8.1.4', '8.2.1', '8.2.2', '8.2.3', '8.3.1', '8.3.2', '8.3.3',
  '9.1.1', '9.1.2', '9.2.1', '9.2.2', '9.2.3', '9.2.4', '9.2.5', '9.2.6', '9.3.1',
  '9.4.1', '9.4.2', '9.4.3', '9.4.4', '9.4.5',
  '10.1.1', '10.1.2',
  '11.1.1', '11.1.2', '11.1.3', '11.1.4', '11.1.5', '11.1.6',
  '11.2.1', '11.2.2', '11.2.3', '11.2.4', '11.2.5', '11.2.6', '11.2.7', '11.2.8', '11.2.9',
  '12.1.1', '12.1.2', '12.1.3', '12.1.4', '12.2.1', '12.3.1', '12.4.1', '12.4.2', '12.4.3', '12.4.4',
  '12.5.1', '12.6.1', '12.6.2', '12.7.1',
  '13.1.1', '13.1.2', '13.1.3', '13.2.1', '13.2.2', '13.2.3', '13.2.4',
  '14.1.1', '14.1.2', '14.1.3', '14.2.1', '14.2.2', '14.2.3', '14.2.4', '14.2.5', '14.2.6', '14.2.7',
  '14.2.8', '14.2.9', '14.3.1',
  '15.1.1', '15.1.2', '15.1.3', '15.2.1', '15.2.2',
  '16.1.1', '16.1.2', '16.1.3', '16.1.4', '16.1.5', '16.1.6', '16.1.7',
  '17.1.1', '17.1.2', '17.1.3', '17.2.1',
  '18.1.1', '18.1.2', '18.1.3', '18.1.4', '18.1.5', '18.2.1', '18.2.2', '18.2.3'
];

/** Controls to which ISO/IEC 27017 adds cloud guidance (domain.md §1.2 ◆). */
// prettier-ignore
const CLOUD_GUIDANCE = [
  '5.1.1', '6.1.1', '6.1.3', '7.2.2', '8.1.1', '8.2.2', '9.1.2', '9.2.1', '9.2.2', '9.2.3', '9.2.4',
  '9.4.1', '9.4.4', '10.1.1', '10.1.2', '11.2.7', '12.1.2', '12.1.3', '12.3.1', '12.4.1', '12.4.3',
  '12.4.4', '12.6.1', '13.1.3', '14.1.1', '14.2.1', '15.1.1', '15.1.2', '15.1.3', '16.1.1', '16.1.2',
  '16.1.7', '18.1.1', '18.1.2', '18.1.3', '18.1.5', '18.2.1'
];
/** The two ◆ marks domain.md is least sure of. */
const LOW_CONFIDENCE = ['9.1.2', '12.4.3'];

const CLD_CODES = [
  'CLD.6.3.1',
  'CLD.8.1.5',
  'CLD.9.5.1',
  'CLD.9.5.2',
  'CLD.12.1.5',
  'CLD.12.4.5',
  'CLD.13.1.4'
];

// prettier-ignore
const TSC_CODES = [
  'CC1.1', 'CC1.2', 'CC1.3', 'CC1.4', 'CC1.5', 'CC2.1', 'CC2.2', 'CC2.3',
  'CC3.1', 'CC3.2', 'CC3.3', 'CC3.4', 'CC4.1', 'CC4.2', 'CC5.1', 'CC5.2', 'CC5.3',
  'CC6.1', 'CC6.2', 'CC6.3', 'CC6.4', 'CC6.5', 'CC6.6', 'CC6.7', 'CC6.8',
  'CC7.1', 'CC7.2', 'CC7.3', 'CC7.4', 'CC7.5', 'CC8.1', 'CC9.1', 'CC9.2',
  'A1.1', 'A1.2', 'A1.3', 'C1.1', 'C1.2', 'PI1.1', 'PI1.2', 'PI1.3', 'PI1.4', 'PI1.5',
  'P1.1', 'P2.1', 'P3.1', 'P3.2', 'P4.1', 'P4.2', 'P4.3', 'P5.1', 'P5.2',
  'P6.1', 'P6.2', 'P6.3', 'P6.4', 'P6.5', 'P6.6', 'P6.7', 'P7.1', 'P8.1'
];

/** Default assurance ranks and rule kinds of domain.md §7.4. */
const ATTESTATION_RULES: Record<string, [rank: number, kind: string]> = {
  ismap: [5, 'periodEndPlus'],
  ismapLiu: [4, 'periodEndPlus'],
  soc2Type2: [4, 'freshAfterPeriodEnd'],
  soc2Type1: [2, 'freshAfterAsOf'],
  soc3: [3, 'freshAfterPeriodEnd'],
  csGold: [4, 'periodEndPlus'],
  csSilver: [2, 'periodEndPlus'],
  iso27001: [3, 'statedExpiry'],
  iso27017: [3, 'statedExpiry'],
  csaStar2Certification: [3, 'statedExpiry'],
  csaStar2Attestation: [4, 'freshAfterPeriodEnd'],
  csaStar1: [1, 'issuedPlus'],
  aspic: [1, 'issuedPlus'],
  selfAssessment: [1, 'issuedPlus'],
  other: [1, 'none']
};

/** Each preset's intent: 基礎点 and 加点 totals (stated in its rationale) and whether it has the ISMAP gate. */
const PRESET_INTENT: Record<string, { mandatory: number; scored: number; ismapGate: boolean }> = {
  'gov-saas-confidential': { mandatory: 35, scored: 65, ismapGate: true },
  'gov-iaas': { mandatory: 35, scored: 65, ismapGate: true },
  'enterprise-saas-baseline': { mandatory: 30, scored: 70, ismapGate: false }
};

const codes = (c: Catalogue) => c.entries.map((e) => e.code);
const sum = (requirements: PresetRequirement[], kind: PresetRequirement['kind']) =>
  requirements.filter((r) => r.kind === kind).reduce((total, r) => total + r.points, 0);

// ---------------------------------------------------------------- every file

describe('questionnaires/ files', () => {
  it('has the expected files, each in a folder that says what it is', () => {
    expect(FILES.map((f) => f.name)).toEqual([
      'aliases.json',
      'attestation-type-notes.json',
      'attestation-types.json',
      'catalogues/ismap-kanri.json',
      'catalogues/iso27002-2013.json',
      'catalogues/iso27017-2015.json',
      'catalogues/jp-cloud-kanri-h28.json',
      'catalogues/soc2-tsc-2017.json',
      'crosswalks/iso27002-ismap.json',
      'crosswalks/iso27002-jpcs.json',
      'crosswalks/iso27002-tsc.json',
      'crosswalks/iso27017-tsc.json',
      'presets/enterprise-saas-baseline.json',
      'presets/gov-iaas.json',
      'presets/gov-saas-confidential.json',
      'registers/csa-star.json',
      'registers/ismap-liu.json',
      'registers/ismap.json',
      'registers/isms-ac.json',
      'registers/jasa-cs.json'
    ]);
  });

  it.each(FILES.map((f) => [f.name, f] as const))(
    '%s is UTF-8 JSON without a BOM, named after its id',
    (name, file) => {
      expect(file.text.charCodeAt(0)).not.toBe(0xfeff);
      const id = (file.json as { id?: unknown }).id;
      expect(`${name.split('/').pop()}`).toBe(`${String(id)}.json`);
    }
  );

  it.each(FILES.map((f) => [f.name, f] as const))('%s validates without issues', (name, file) => {
    const folder = name.includes('/') ? name.split('/')[0] : '';
    const issues =
      folder === 'catalogues'
        ? validateCatalogue(file.json)
        : folder === 'crosswalks'
          ? validateCrosswalk(file.json, ENTRY_IDS)
          : folder === 'presets'
            ? validatePreset(file.json, ENTRY_IDS)
            : folder === 'registers'
              ? validateRegisterLayout(file.json)
              : name === 'attestation-types.json'
                ? validateAttestationTypes(file.json)
                : name === 'attestation-type-notes.json'
                  ? validateAttestationTypeNotes(file.json)
                  : name === 'aliases.json'
                    ? aliasDataProblems(file.json)
                    : [{ code: 'wrongFileType', path: name }];
    expect(issues).toEqual([]);
  });

  it('uses each catalogue id, prefix and entry id once across all catalogues', () => {
    const ids = catalogues.map((c) => c.id);
    const prefixes = catalogues.map((c) => c.prefix);
    const entryIds = catalogues.flatMap((c) => c.entries.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(ENTRY_IDS.size).toBe(entryIds.length);
  });

  it('ships only short titles of our own, and a question for every entry', () => {
    for (const entry of catalogues.flatMap((c) => c.entries)) {
      expect(entry.title.ja.length, entry.id).toBeLessThanOrEqual(25);
      expect(entry.title.en.length, entry.id).toBeLessThanOrEqual(60);
      expect(entry.question.ja, entry.id).toMatch(/こと。$/);
      expect(entry.question.en, entry.id).toMatch(/\.$/);
    }
  });
});

// ---------------------------------------------------------------- catalogues

describe('ISO/IEC 27002:2013 and 27017:2015', () => {
  const iso27002 = catalogue('iso27002-2013');
  const iso27017 = catalogue('iso27017-2015');

  it('lists exactly the 114 controls of 27002:2013, in clause order', () => {
    expect(ISO27002_CODES).toHaveLength(114);
    expect(iso27002.prefix).toBe('iso27002');
    expect(iso27002.entries.map((e) => e.id)).toEqual(ISO27002_CODES.map((code) => `iso27002:${code}`));
    expect(iso27002.clauses.map((c) => c.id)).toEqual([
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
      '18'
    ]);
    for (const entry of iso27002.entries) expect(entry.clause).toBe(entry.code.split('.')[0]);
  });

  it('marks the 37 controls with 27017 cloud guidance, two of them with low confidence', () => {
    expect(CLOUD_GUIDANCE).toHaveLength(37);
    const marked = iso27002.entries.filter((e) => e.cloudGuidance);
    expect(marked.map((e) => e.code)).toEqual(CLOUD_GUIDANCE);
    expect(marked.every((e) => e.appliesTo === 'both')).toBe(true);
    expect(iso27002.entries.filter((e) => e.confidence === 'low').map((e) => e.code)).toEqual(LOW_CONFIDENCE);
    expect(iso27002.entries.every((e) => !e.cloudSpecific)).toBe(true);
  });

  it('lists exactly the 7 CLD controls of 27017, in clauses taken from 27002', () => {
    expect(iso27017.prefix).toBe('iso27017');
    expect(iso27017.entries.map((e) => e.id)).toEqual(CLD_CODES.map((code) => `iso27017:${code}`));
    expect(iso27017.entries.every((e) => e.cloudSpecific && e.cloudGuidance)).toBe(true);
    expect(iso27017.entries.map((e) => e.clause)).toEqual(['6', '8', '9', '9', '12', '12', '13']);
    for (const clause of iso27017.clauses) {
      expect(clause).toEqual(iso27002.clauses.find((c) => c.id === clause.id));
    }
  });

  it('says which side mainly acts on each CLD control (domain.md §1.3)', () => {
    expect(Object.fromEntries(iso27017.entries.map((e) => [e.code, e.appliesTo]))).toEqual({
      'CLD.6.3.1': 'both',
      'CLD.8.1.5': 'csp',
      'CLD.9.5.1': 'csp',
      'CLD.9.5.2': 'both',
      'CLD.12.1.5': 'both',
      'CLD.12.4.5': 'both',
      'CLD.13.1.4': 'csp'
    });
  });
});

describe('JP 管理基準 and ISMAP numbering', () => {
  it.each(['jp-cloud-kanri-h28', 'ismap-kanri'])('%s has the same 114 3-digit codes as 27002:2013', (id) => {
    expect(codes(catalogue(id))).toEqual(ISO27002_CODES);
    expect(catalogue(id).clauses).toEqual(catalogue('iso27002-2013').clauses);
  });

  it.each([
    ['iso27002-jpcs', 'jpcs'],
    ['iso27002-ismap', 'ismap']
  ])('%s links every control to the same number, as equal with high confidence', (id, prefix) => {
    const crosswalk = crosswalks.find((c) => c.id === id);
    expect(crosswalk?.links).toEqual(
      ISO27002_CODES.map((code) => ({
        from: `iso27002:${code}`,
        to: `${prefix}:${code}`,
        strength: 'equal',
        confidence: 'high'
      }))
    );
  });
});

describe('SOC 2 Trust Services Criteria', () => {
  it('lists the criteria of TSC 2017 by id, each in its category', () => {
    const tsc = catalogue('soc2-tsc-2017');
    expect(tsc.entries.map((e) => e.id)).toEqual(TSC_CODES.map((code) => `tsc:${code}`));
    for (const entry of tsc.entries) expect(entry.clause).toBe(entry.code.split('.')[0]);
    expect(tsc.entries.some((e) => e.cloudGuidance || e.cloudSpecific)).toBe(false);
  });
});

// ---------------------------------------------------------------- crosswalks

describe('crosswalks', () => {
  it.each(crosswalks.map((c) => [c.id, c] as const))(
    '%s links its own two catalogues only',
    (_, crosswalk) => {
      const from = new Set(catalogue(crosswalk.from).entries.map((e) => e.id));
      const to = new Set(catalogue(crosswalk.to).entries.map((e) => e.id));
      expect(crosswalk.links.length).toBeGreaterThan(0);
      for (const link of crosswalk.links) {
        expect(from.has(link.from), link.from).toBe(true);
        expect(to.has(link.to), link.to).toBe(true);
      }
    }
  );

  it('maps the main 27002 control families to the TSC criteria one would expect', () => {
    const links = crosswalks.find((c) => c.id === 'iso27002-tsc')!.links;
    const has = (from: string, to: string) => links.some((l) => l.from === from && l.to === to);
    expect(has('iso27002:9.2.1', 'tsc:CC6.2')).toBe(true);
    expect(has('iso27002:12.4.1', 'tsc:CC7.2')).toBe(true);
    expect(has('iso27002:12.1.2', 'tsc:CC8.1')).toBe(true);
    expect(has('iso27002:15.1.1', 'tsc:CC9.2')).toBe(true);
    expect(has('iso27002:12.3.1', 'tsc:A1.2')).toBe(true);
    expect(has('iso27002:18.2.1', 'tsc:CC4.1')).toBe(true);
    expect(links.every((l) => l.strength !== 'equal')).toBe(true);
  });
});

// ---------------------------------------------------------------- attestation types

describe('attestation types', () => {
  const file = attestationFile?.json as AttestationTypeCatalogue;

  it('gives every attestation type the rank and rule kind of domain.md §7.4', () => {
    expect(file.types.map((t) => t.type)).toEqual([...ATTESTATION_TYPES]);
    expect(Object.fromEntries(file.types.map((t) => [t.type, [t.assuranceRank, t.validity.kind]]))).toEqual(
      ATTESTATION_RULES
    );
  });

  it('encodes the ISMAP expiry, the SOC 2 staleness and the end of ISO/IEC 27001:2013', () => {
    const rule = (type: string) => file.types.find((t) => t.type === type)?.validity;
    expect(rule('ismap')).toEqual({ kind: 'periodEndPlus', months: 16, days: 1, renewalExtends: true });
    expect(rule('soc2Type2')).toEqual({ kind: 'freshAfterPeriodEnd', months: 12, bridgeLetterExtends: true });
    expect(rule('iso27001')).toEqual({
      kind: 'statedExpiry',
      invalidEditions: [{ edition: '2013', after: '2025-10-31' }]
    });
  });
});

// ---------------------------------------------------------------- aliases

describe('aliases', () => {
  const data = aliasFile?.json as {
    kinds: Record<string, Record<string, string[]>>;
    notApplicable: string[];
  };
  const rows = ENUM_KINDS.flatMap((kind) =>
    Object.entries(data.kinds[kind] ?? {}).flatMap(([code, words]) =>
      words.map((word) => [kind, word, code] as const)
    )
  );

  it('lists every code of every kind, and words for the answers and the ISMAP types', () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const kind of ENUM_KINDS)
      expect(Object.keys(data.kinds[kind] ?? {}).length, kind).toBeGreaterThan(0);
  });

  it.each(rows)('%s: "%s" names %s, also beside the app labels', (kind, word, code) => {
    expect(enumMatcher(kind)(word)).toBe(code);
    expect(enumMatcher(kind, ENUM_LABELS[kind])(word)).toBe(code);
  });

  it('names no answer with a not-applicable word', () => {
    const answers = new Set(
      Object.values(data.kinds.answer ?? {})
        .flat()
        .map(aliasKey)
    );
    expect(data.notApplicable.filter((word) => answers.has(aliasKey(word)))).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['another schema version', { schemaVersion: 2, kinds: {}, notApplicable: [] }, 'schemaVersion must be 1'],
    [
      'an unknown kind',
      { schemaVersion: 1, notApplicable: data.notApplicable, kinds: { ...data.kinds, colour: {} } },
      'unknown kind colour'
    ],
    [
      'an unknown code',
      {
        schemaVersion: 1,
        notApplicable: data.notApplicable,
        kinds: { ...data.kinds, answer: { ...data.kinds.answer, maybe: ['多分'] } }
      },
      'answer.maybe is no code'
    ],
    [
      'one word for two codes',
      {
        schemaVersion: 1,
        notApplicable: data.notApplicable,
        kinds: { ...data.kinds, answer: { ...data.kinds.answer, none: ['ＹＥＳ'] } }
      },
      'answer: "ＹＥＳ" names both full and none'
    ],
    [
      'a word that folds to nothing',
      {
        schemaVersion: 1,
        notApplicable: data.notApplicable,
        kinds: { ...data.kinds, criticality: { critical: ['・－'], normal: [] } }
      },
      'criticality.critical: "・－" folds to nothing'
    ]
  ])('refuses a file with %s', (_name, json, problem) => {
    expect(aliasDataProblems(json)).toContain(problem);
  });
});

// ---------------------------------------------------------------- presets

describe('presets', () => {
  it('has the intended presets', () => {
    expect(presets.map((p) => p.id).sort()).toEqual(Object.keys(PRESET_INTENT).sort());
  });

  // Issue 18: an English-language document takes each preset requirement's English wording.
  it.each(
    presets.flatMap((p) =>
      (['domainEn', 'titleEn', 'textEn'] as const).map((field) => [p.id, field, p] as const)
    )
  )('%s: a requirement without English %s fails validation', (_id, field, p) => {
    const copy = structuredClone(p) as unknown as { requirements: Record<string, unknown>[] };
    delete copy.requirements[1]![field];
    expect(validatePreset(copy, ENTRY_IDS)).toContainEqual(
      expect.objectContaining({ code: 'missingField', path: `requirements[1].${field}` })
    );
  });

  it.each(presets.map((p) => [p.id, p] as const))(
    '%s: English wording with Japanese in it fails validation',
    (_id, p) => {
      const copy = structuredClone(p);
      copy.requirements[0]!.titleEn = '多要素認証（MFA）';
      expect(validatePreset(copy, ENTRY_IDS)).toContainEqual(
        expect.objectContaining({ code: 'notAllowed', path: 'requirements[0].titleEn' })
      );
    }
  );

  it.each(presets.map((p) => [p.id, p] as const))(
    '%s: an English domain names the same ISO/IEC 27002 clause as the Japanese one',
    (_id, p) => {
      const clauses = catalogue('iso27002-2013').clauses;
      for (const r of p.requirements) {
        const clause = clauses.find((c) => `${c.id} ${c.title.ja}` === r.domain);
        if (clause) expect(r.domainEn, r.ref).toBe(`${clause.id} ${clause.title.en}`);
        else expect(r.domainEn.split(' ')[0], r.ref).not.toMatch(/^\d/);
      }
    }
  );

  it.each(presets.map((p) => [p.id, p] as const))(
    '%s: points add up to the totals its rationale states',
    (id, p) => {
      const intent = PRESET_INTENT[id]!;
      const mandatory = sum(p.requirements, 'mandatory');
      const scored = sum(p.requirements, 'scored');
      expect(mandatory).toBeGreaterThan(0);
      expect(scored).toBeGreaterThan(0);
      expect([mandatory, scored]).toEqual([intent.mandatory, intent.scored]);
      expect(p.rationale.ja).toContain(`基礎点 ${mandatory} 点`);
      expect(p.rationale.ja).toContain(`加点 ${scored} 点`);
      expect(p.rationale.en).toContain(`${mandatory} base, ${scored} scored`);
      expect(p.requirements.map((r) => r.ref)).toEqual(
        p.requirements.map((_, i) => `R-${String(i + 1).padStart(3, '0')}`)
      );
    }
  );

  it.each(presets.map((p) => [p.id, p] as const))(
    '%s: the ISMAP / ISMAP-LIU gate is there when intended',
    (id, p) => {
      // The gate: a mandatory item met only by an ISMAP or ISMAP-LIU registration.
      const gate = p.requirements.filter(
        (r) =>
          r.kind === 'mandatory' &&
          r.acceptedAttestations.length > 0 &&
          r.acceptedAttestations.every((t) => t === 'ismap' || t === 'ismapLiu')
      );
      expect(gate.map((r) => [...r.acceptedAttestations].sort())).toEqual(
        PRESET_INTENT[id]!.ismapGate ? [['ismap', 'ismapLiu']] : []
      );
      if (PRESET_INTENT[id]!.ismapGate) expect(gate[0]!.appliesTo).toBe('csp');
    }
  );

  it.each(presets.filter((p) => PRESET_INTENT[p.id]!.ismapGate).map((p) => [p.id, p] as const))(
    '%s: scores independent assurance and the subcontractors’ assurance (統一基準)',
    (_, p) => {
      const scored = p.requirements.filter((r) => r.kind === 'scored');
      const assurance = scored.find((r) => r.controlRefs.includes('iso27002:18.2.1'));
      const subcontractors = scored.find((r) => r.controlRefs.includes('iso27002:15.1.3'));
      expect(assurance?.acceptedAttestations).toEqual(
        expect.arrayContaining(['soc2Type2', 'csGold', 'ismap'])
      );
      expect(subcontractors?.acceptedAttestations).toEqual(
        expect.arrayContaining(['ismap', 'soc2Type2', 'iso27001'])
      );
      expect(p.settings).toEqual({ priceMethod: 'additive', priceFormula: 'standard', priceAllocation: 50 });
    }
  );

  it('says which procurements each preset is for; the ISMAP gate goes with 政府機関等 handling 要機密情報', () => {
    expect(Object.fromEntries(presets.map((p) => [p.id, p.intendedFor]))).toEqual({
      'gov-saas-confidential': {
        buyerKinds: ['government'],
        serviceModels: ['SaaS'],
        handlesConfidential: true,
        unifiedStandardEditions: ['R3', 'R5']
      },
      'gov-iaas': {
        buyerKinds: ['government'],
        serviceModels: ['IaaS'],
        handlesConfidential: true,
        unifiedStandardEditions: ['R3', 'R5']
      },
      'enterprise-saas-baseline': { buyerKinds: ['enterprise'], serviceModels: ['SaaS'] }
    });
    for (const p of presets) {
      const gate = PRESET_INTENT[p.id]!.ismapGate;
      expect(p.intendedFor.handlesConfidential === true, p.id).toBe(gate);
    }
  });

  it.each([
    ['government', 'SaaS', true, 'gov-saas-confidential'],
    ['government', 'IaaS', true, 'gov-iaas'],
    ['enterprise', 'SaaS', false, 'enterprise-saas-baseline'],
    ['enterprise', 'SaaS', true, 'enterprise-saas-baseline']
  ] as const)(
    'offers first, for %s + %s (要機密情報 %s), the shipped preset %s',
    (buyerKind, serviceModel, handlesConfidential, id) => {
      const ranked = rankPresets(
        {
          buyerKind,
          serviceModel,
          handlesConfidential,
          unifiedStandardEdition: buyerKind === 'government' ? 'R5' : 'none'
        },
        presets
      );
      expect(ranked[0]?.preset.id).toBe(id);
      expect(ranked[0]?.recommended).toBe(true);
      expect(ranked.filter((r) => r.recommended)).toHaveLength(1);
    }
  );

  it('uses the CLD controls the cloud presets are meant to score', () => {
    const refs = (id: string) =>
      new Set(presets.find((p) => p.id === id)!.requirements.flatMap((r) => r.controlRefs));
    const saas = refs('gov-saas-confidential');
    const iaas = refs('gov-iaas');
    for (const code of ['CLD.6.3.1', 'CLD.8.1.5', 'CLD.9.5.1', 'CLD.12.4.5'])
      expect(saas.has(`iso27017:${code}`)).toBe(true);
    for (const code of ['CLD.9.5.1', 'CLD.9.5.2', 'CLD.13.1.4'])
      expect(iaas.has(`iso27017:${code}`)).toBe(true);
  });
});

// ---------------------------------------------------------------- registers

describe('register layouts', () => {
  const layouts = inFolder('registers').map((f) => f.json as RegisterLayout);

  it('gives each attestation type at most one register', () => {
    const types = layouts.flatMap((l) => l.attestationTypes);
    expect(new Set(types).size).toBe(types.length);
  });

  it.each(layouts.map((l) => [l.id, l] as const))(
    '%s names each heading for one role only, and says where its headings come from',
    (_id, layout) => {
      const keys = Object.values(layout.columns).flatMap((c) => c.aliases.map(headingKey));
      expect(new Set(keys).size).toBe(keys.length);
      expect(layout.sources.length).toBeGreaterThan(0);
    }
  );

  it.each([
    ['ismap', 'C2100082'],
    ['isms-ac', 'IS689557'],
    ['isms-ac', 'CLOUD806590'],
    ['isms-ac', 'JQAIM2002']
  ])('%s accepts the documented number shape %s', (id, key) => {
    const layout = layouts.find((l) => l.id === id);
    expect(new RegExp(layout?.numberPattern ?? '^$', 'u').test(key)).toBe(true);
  });

  it('refuses a layout without a number column, with an unknown role or a bad pattern', () => {
    const layout = layouts[0] as RegisterLayout;
    const { number: _number, ...columns } = layout.columns;
    expect(validateRegisterLayout({ ...layout, columns })).toContainEqual({
      code: 'missingField',
      path: 'columns.number'
    });
    expect(
      validateRegisterLayout({
        ...layout,
        columns: { ...layout.columns, colour: { aliases: ['色'], required: false } }
      })
    ).toContainEqual({
      code: 'unknownKey',
      path: 'columns.colour'
    });
    expect(validateRegisterLayout({ ...layout, numberPattern: '([' })).toContainEqual({
      code: 'wrongType',
      path: 'numberPattern',
      params: { expected: 'regexp' }
    });
    expect(validateRegisterLayout({ ...layout, attestationTypes: ['iso9001'] })).toContainEqual({
      code: 'notAllowed',
      path: 'attestationTypes[0]',
      params: { value: 'iso9001' }
    });
  });
});
