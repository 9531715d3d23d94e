import { describe, expect, it } from 'vitest';
import type {
  AttestationTypeCatalogue,
  AttestationTypeInfo,
  Catalogue,
  CatalogueEntry,
  Crosswalk,
  Preset,
  PresetRequirement
} from './catalogue';
import {
  restoreCatalogue,
  validateAttestationTypeNotes,
  validateAttestationTypes,
  validateCatalogue,
  validateCrosswalk,
  validatePreset
} from './catalogue-validate';
import type { Issue } from './issues';
import { ATTESTATION_TYPES } from './model';

const bi = (ja: string, en: string) => ({ ja, en });

function entry(code: string, clause: string): CatalogueEntry {
  return {
    id: `iso27002:${code}`,
    code,
    clause,
    title: bi('情報へのアクセス制限', 'Restricting access'),
    question: bi('アクセスを制限していること。', 'Access is restricted.'),
    cloudGuidance: true,
    cloudSpecific: false,
    appliesTo: 'both',
    confidence: 'medium'
  };
}

function catalogue(): Catalogue {
  return {
    schemaVersion: 1,
    id: 'iso27002-2013',
    prefix: 'iso27002',
    name: bi('ISO/IEC 27002:2013', 'ISO/IEC 27002:2013'),
    edition: '2013',
    publisher: 'ISO/IEC',
    licence: 'ids-and-own-paraphrase',
    licenceNote: bi('独自の言い換えです。', 'Our own paraphrases.'),
    clauses: [
      { id: '9', title: bi('アクセス制御', 'Access control') },
      { id: '12', title: bi('運用', 'Operations') }
    ],
    entries: [entry('9.4.1', '9'), entry('9.4.2', '9'), entry('12.4.1', '12')]
  };
}

const IDS: ReadonlySet<string> = new Set(['iso27002:9.4.1', 'iso27002:9.4.2', 'tsc:CC6.1', 'tsc:CC7.2']);

function crosswalk(): Crosswalk {
  return {
    schemaVersion: 1,
    id: 'iso27002-tsc',
    from: 'iso27002-2013',
    to: 'soc2-tsc-2017',
    licence: 'own-work',
    note: bi('独自の判断です。', 'Our own judgement.'),
    links: [
      { from: 'iso27002:9.4.1', to: 'tsc:CC6.1', strength: 'related', confidence: 'high' },
      { from: 'iso27002:9.4.2', to: 'tsc:CC6.1', strength: 'subset', confidence: 'medium' }
    ]
  };
}

function typeInfo(type: AttestationTypeInfo['type']): AttestationTypeInfo {
  return {
    type,
    name: bi(type, type),
    assuranceRank: 3,
    validity: { kind: 'issuedPlus', months: 12 },
    hasOpinion: false
  };
}

function attestationTypes(): AttestationTypeCatalogue {
  return { schemaVersion: 1, id: 'attestation-types', types: ATTESTATION_TYPES.map(typeInfo) };
}

function requirement(ref: string, kind: PresetRequirement['kind'], points: number): PresetRequirement {
  return {
    ref,
    domain: '9 アクセス制御',
    title: '多要素認証',
    text: '多要素認証を適用できること。',
    domainEn: '9 Access control',
    titleEn: 'Multi-factor authentication',
    textEn: 'Multi-factor authentication can be applied.',
    kind,
    points,
    appliesTo: 'both',
    acceptedAttestations: ['ismap', 'soc2Type2'],
    controlRefs: ['iso27002:9.4.2', 'tsc:CC6.1'],
    sourceRef: 'iso27002:9.4.2'
  };
}

function preset(): Preset {
  return {
    schemaVersion: 1,
    id: 'gov-saas-confidential',
    name: bi('政府SaaS', 'Government SaaS'),
    rationale: bi('理由', 'Why'),
    intendedFor: { buyerKinds: ['government'], serviceModels: ['SaaS'], handlesConfidential: true },
    licence: 'own-work',
    settings: { priceMethod: 'additive', priceFormula: 'standard', priceAllocation: 50 },
    requirements: [requirement('R-001', 'mandatory', 10), requirement('R-002', 'scored', 20)]
  };
}

/** Code and path only, so a test states exactly which issue it expects. */
const brief = (issues: Issue[]) => issues.map(({ code, path }) => `${code} ${path}`);

describe('validateCatalogue', () => {
  it('accepts a well-formed catalogue and restores it unchanged', () => {
    expect(validateCatalogue(catalogue())).toEqual([]);
    expect(restoreCatalogue(catalogue()).value).toEqual(catalogue());
  });

  it('reports a duplicate entry id', () => {
    const input = catalogue();
    input.entries.push(entry('9.4.1', '9'));
    expect(validateCatalogue(input)).toEqual([
      { code: 'duplicateId', path: 'entries[3].id', params: { id: 'iso27002:9.4.1' } }
    ]);
  });

  it('reports an entry id without the catalogue prefix, or not matching its code', () => {
    const input = catalogue();
    input.entries[0]!.id = 'iso27001:9.4.1';
    input.entries[1]!.id = 'iso27002:9.4.3';
    expect(validateCatalogue(input)).toEqual([
      {
        code: 'notAllowed',
        path: 'entries[0].id',
        params: { value: 'iso27001:9.4.1', allowed: 'iso27002:9.4.1' }
      },
      {
        code: 'notAllowed',
        path: 'entries[1].id',
        params: { value: 'iso27002:9.4.3', allowed: 'iso27002:9.4.2' }
      }
    ]);
  });

  it('reports an entry in a clause the catalogue does not list, and duplicate clauses', () => {
    const input = catalogue();
    input.entries[2]!.clause = '13';
    input.clauses.push({ id: '9', title: bi('重複', 'Duplicate') });
    expect(brief(validateCatalogue(input))).toEqual([
      'duplicateId clauses[2].id',
      'danglingReference entries[2].clause'
    ]);
  });

  it('reports unknown keys, missing fields, wrong types, bad enums and blank text with their paths', () => {
    const input: Record<string, unknown> = { ...catalogue(), extra: 1 };
    const entries = catalogue().entries.map((e) => ({ ...e })) as Record<string, unknown>[];
    entries[0]!.appliesTo = 'vendor';
    entries[1]!.cloudGuidance = 'yes';
    delete entries[2]!.confidence;
    entries[2]!.title = { ja: '  ', en: 'Logging' };
    input.entries = entries;
    expect(brief(validateCatalogue(input))).toEqual([
      'unknownKey extra',
      'notAllowed entries[0].appliesTo',
      'wrongType entries[1].cloudGuidance',
      'outOfRange entries[2].title.ja',
      'missingField entries[2].confidence'
    ]);
  });

  it('refuses another schema version and a malformed prefix', () => {
    expect(brief(validateCatalogue({ ...catalogue(), schemaVersion: 2 }))).toEqual([
      'outOfRange schemaVersion'
    ]);
    expect(brief(validateCatalogue({ ...catalogue(), prefix: 'iso:27002' }))).toContain('notAllowed prefix');
  });

  it('refuses something that is not a catalogue at all', () => {
    expect(validateCatalogue(null)).toEqual([
      { code: 'wrongType', path: '', params: { expected: 'object' } }
    ]);
    expect(brief(validateCatalogue([]))).toEqual(['wrongType ']);
  });
});

describe('validateCrosswalk', () => {
  it('accepts links whose two ends exist', () => {
    expect(validateCrosswalk(crosswalk(), IDS)).toEqual([]);
  });

  it('reports a dangling target and a dangling source', () => {
    const input = crosswalk();
    input.links[0]!.to = 'tsc:CC6.9';
    input.links[1]!.from = 'iso27002:9.4.9';
    expect(validateCrosswalk(input, IDS)).toEqual([
      { code: 'danglingReference', path: 'links[0].to', params: { id: 'tsc:CC6.9' } },
      { code: 'danglingReference', path: 'links[1].from', params: { id: 'iso27002:9.4.9' } }
    ]);
  });

  it('reports the same link twice', () => {
    const input = crosswalk();
    input.links.push({ ...input.links[0]!, confidence: 'low' });
    expect(brief(validateCrosswalk(input, IDS))).toEqual(['duplicateId links[2]']);
  });

  it('reports an unknown key in a link and a strength that does not exist', () => {
    const input = crosswalk() as unknown as { links: Record<string, unknown>[] };
    input.links[0]!.weight = 3;
    input.links[1]!.strength = 'strong';
    expect(brief(validateCrosswalk(input, IDS))).toEqual([
      'unknownKey links[0].weight',
      'notAllowed links[1].strength'
    ]);
  });
});

describe('validateAttestationTypes', () => {
  it('accepts one entry per attestation type', () => {
    expect(validateAttestationTypes(attestationTypes())).toEqual([]);
  });

  it('reports a type listed twice and a type left out', () => {
    const input = attestationTypes();
    input.types[1] = typeInfo('ismap');
    expect(validateAttestationTypes(input)).toEqual([
      { code: 'duplicateId', path: 'types[1].type', params: { id: 'ismap' } },
      { code: 'missingField', path: 'types', params: { type: 'ismapLiu' } }
    ]);
  });

  it('reports a rank outside 1–5, and an unknown type without counting it as `other`', () => {
    const input = attestationTypes() as unknown as { types: Record<string, unknown>[] };
    input.types[0]!.assuranceRank = 6;
    input.types[5]!.type = 'iso9001';
    expect(validateAttestationTypes(input)).toEqual([
      { code: 'outOfRange', path: 'types[0].assuranceRank', params: { value: 6, min: 1, max: 5 } },
      {
        code: 'notAllowed',
        path: 'types[5].type',
        params: { value: 'iso9001', allowed: ATTESTATION_TYPES.join('|') }
      },
      { code: 'missingField', path: 'types', params: { type: ATTESTATION_TYPES[5] } }
    ]);
  });

  it('checks each validity rule by its kind', () => {
    const input = attestationTypes() as unknown as { types: Record<string, unknown>[] };
    input.types[0]!.validity = { kind: 'periodEndPlus', months: 16, days: 1 };
    input.types[1]!.validity = {
      kind: 'statedExpiry',
      invalidEditions: [{ edition: '2013', after: '2025-10-32' }]
    };
    input.types[2]!.validity = { kind: 'forever' };
    input.types[3]!.validity = { kind: 'issuedPlus', months: 12, days: 3 };
    expect(brief(validateAttestationTypes(input))).toEqual([
      'missingField types[0].validity.renewalExtends',
      'wrongType types[1].validity.invalidEditions[0].after',
      'notAllowed types[2].validity.kind',
      'unknownKey types[3].validity.days'
    ]);
  });
});

describe('validateAttestationTypeNotes', () => {
  const notes = () => ({
    schemaVersion: 1,
    id: 'attestation-type-notes',
    notes: ATTESTATION_TYPES.map((type) => ({ type, note: bi('注記', 'Note') }))
  });

  it('accepts a note in both languages for each attestation type', () => {
    expect(validateAttestationTypeNotes(notes())).toEqual([]);
  });

  it('reports a note without its English, a type noted twice and a type left out', () => {
    const input = notes() as unknown as { notes: { type: string; note: Record<string, string> }[] };
    delete input.notes[0]!.note.en;
    input.notes[2]!.type = 'ismap';
    expect(brief(validateAttestationTypeNotes(input))).toEqual([
      'missingField notes[0].note.en',
      'duplicateId notes[2].type',
      `missingField notes`
    ]);
  });

  it('finds a note left in the rules file, where the pages would download it', () => {
    const input = attestationTypes() as unknown as { types: Record<string, unknown>[] };
    input.types[0]!.note = bi('注記', 'Note');
    expect(brief(validateAttestationTypes(input))).toEqual(['unknownKey types[0].note']);
  });
});

describe('validatePreset', () => {
  it('accepts a preset whose references exist', () => {
    expect(validatePreset(preset(), IDS)).toEqual([]);
  });

  it('reports a duplicate requirement ref', () => {
    const input = preset();
    input.requirements[1]!.ref = 'R-001';
    expect(validatePreset(input, IDS)).toEqual([
      { code: 'duplicateId', path: 'requirements[1].ref', params: { id: 'R-001' } }
    ]);
  });

  it('reports control and source refs that are not in the catalogues', () => {
    const input = preset();
    input.requirements[0]!.controlRefs = ['iso27002:9.4.2', 'iso27002:99.1.1'];
    input.requirements[1]!.sourceRef = 'tsc:CC10.1';
    expect(validatePreset(input, IDS)).toEqual([
      {
        code: 'danglingReference',
        path: 'requirements[0].controlRefs[1]',
        params: { id: 'iso27002:99.1.1' }
      },
      { code: 'danglingReference', path: 'requirements[1].sourceRef', params: { id: 'tsc:CC10.1' } }
    ]);
  });

  it('reports points that are zero or negative, but not twice for a wrong type', () => {
    const input = preset() as unknown as { requirements: Record<string, unknown>[] };
    input.requirements[0]!.points = 0;
    input.requirements[1]!.points = '20';
    expect(brief(validatePreset(input, IDS))).toEqual([
      'outOfRange requirements[0].points',
      'wrongType requirements[1].points'
    ]);
    input.requirements[0]!.points = -5;
    input.requirements[1]!.points = 0.5;
    expect(brief(validatePreset(input, IDS))).toEqual(['outOfRange requirements[0].points']);
  });

  it('checks the partial settings: unknown keys and values', () => {
    const input = preset() as unknown as { settings: Record<string, unknown> };
    input.settings = { priceMethod: 'auction', ceilingPrice: 1000 };
    expect(brief(validatePreset(input, IDS))).toEqual([
      'unknownKey settings.ceilingPrice',
      'notAllowed settings.priceMethod'
    ]);
    input.settings = JSON.parse('{"__proto__": {"priceAllocation": 0}}') as Record<string, unknown>;
    expect(brief(validatePreset(input, IDS))).toEqual(['forbiddenKey settings.__proto__']);
    input.settings = {};
    expect(validatePreset(input, IDS)).toEqual([]);
  });

  it.each<[string, unknown, string[]]>([
    ['stated for any buyer, one setting', { serviceModels: ['IaaS', 'PaaS'] }, []],
    [
      'every setting',
      {
        buyerKinds: ['enterprise'],
        serviceModels: ['SaaS'],
        handlesConfidential: false,
        unifiedStandardEditions: ['none']
      },
      []
    ],
    ['nothing stated', {}, ['missingField intendedFor']],
    ['missing', undefined, ['missingField intendedFor']],
    ['an unknown value', { buyerKinds: ['city'] }, ['notAllowed intendedFor.buyerKinds[0]']],
    ['an empty list', { serviceModels: [] }, ['outOfRange intendedFor.serviceModels']],
    [
      'a value twice',
      { unifiedStandardEditions: ['R5', 'R5'] },
      ['duplicateId intendedFor.unifiedStandardEditions[1]']
    ],
    ['an unknown setting', { buyerKinds: ['government'], region: 'JP' }, ['unknownKey intendedFor.region']],
    ['a wrong type', { handlesConfidential: 'yes' }, ['wrongType intendedFor.handlesConfidential']]
  ])('checks which procurements it is for: %s', (_, intendedFor, expected) => {
    const input = { ...preset(), intendedFor } as unknown as Record<string, unknown>;
    if (intendedFor === undefined) delete input.intendedFor;
    expect(brief(validatePreset(input, IDS))).toEqual(expected);
  });

  it('reports unknown attestation types and duplicates in the accepted list', () => {
    const input = preset() as unknown as { requirements: Record<string, unknown>[] };
    input.requirements[0]!.acceptedAttestations = ['ismap', 'ismap'];
    input.requirements[1]!.acceptedAttestations = ['pci'];
    expect(brief(validatePreset(input, IDS))).toEqual([
      'notAllowed requirements[1].acceptedAttestations[0]',
      'duplicateId requirements[0].acceptedAttestations[1]'
    ]);
  });
});
