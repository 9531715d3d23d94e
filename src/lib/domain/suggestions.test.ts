import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AttestationTypeInfo, Preset } from './catalogue';
import { restoreAttestationTypes } from './catalogue-validate';
import { DEFAULT_RUBRIC, newAttestationFields } from './defaults';
import { buildDemoBundle } from './demo';
import type { Answer, Attestation, AttestationType, RubricLevel, Subcontractor } from './model';
import { sha256Text } from './sha256';
import {
  SUBCONTRACTOR_CONTROLS,
  isSubcontractorRequirement,
  levelAtTier,
  suggestAll,
  suggestGrade,
  suggestionKey,
  vendorEvidence,
  type Suggestion,
  type SuggestionReasonCode,
  type SuggestionRequirement
} from './suggestions';

// The shipped rules, restored as the app restores them, so the policy is tested against the real ranks and dates.
const TYPES = restoreAttestationTypes(
  JSON.parse(readFileSync(new URL('../../../questionnaires/attestation-types.json', import.meta.url), 'utf8'))
).value.types;
const RULES = new Map(TYPES.map((t) => [t.type, t] as const));
const rank = (type: AttestationType) => RULES.get(type)!.assuranceRank;

const DEADLINE = '2027-01-29';
const CONTRACT_END = '2030-03-31';
const DATES = { referenceDate: DEADLINE, contractEnd: CONTRACT_END };
const CHECKED = { source: 'register', checkedOn: '2027-01-20', checkedBy: 'A', result: 'confirmed' } as const;

let seq = 0;
/** A checked, in-scope attestation that is valid on the deadline and through the contract end, unless patched. */
function att(type: AttestationType, patch: Partial<Attestation> = {}): Attestation {
  const dates: Partial<Attestation> =
    RULES.get(type)!.validity.kind === 'statedExpiry'
      ? { issuedOn: '2026-01-01', expiry: '2031-01-01', edition: '2022' }
      : { periodStart: '2026-01-01', periodEnd: '2026-12-31', asOf: '2026-12-31', issuedOn: '2027-01-10' };
  return {
    ...newAttestationFields(),
    id: `a${++seq}`,
    procurementId: 'p',
    vendorId: 'v',
    type,
    number: `N-${seq}`,
    verification: CHECKED,
    opinion: RULES.get(type)!.hasOpinion ? 'unmodified' : null,
    ...dates,
    ...patch
  };
}
/** Stays valid through the deadline but not through the contract end. */
const LAPSING: Partial<Attestation> = { expiry: '2028-01-31' };
const EXPIRED: Partial<Attestation> = { expiry: '2026-12-31' };
const UNCHECKED: Partial<Attestation> = { verification: null };

function sub(name: string, patch: Partial<Subcontractor> = {}): Subcontractor {
  return {
    id: `s-${name}`,
    procurementId: 'p',
    vendorId: 'v',
    order: 0,
    name,
    role: '',
    criticality: 'critical',
    subserviceMethod: 'carveOut',
    notes: '',
    ...patch
  };
}

const req = (patch: Partial<SuggestionRequirement> = {}): SuggestionRequirement => ({
  id: 'r1',
  kind: 'mandatory',
  acceptedAttestations: ['ismap', 'ismapLiu'],
  controlRefs: ['iso27002:18.2.1'],
  ...patch
});
const SCORED = req({ kind: 'scored', acceptedAttestations: ['ismap', 'soc2Type2', 'iso27001', 'soc2Type1'] });
const SUPPLY = req({
  kind: 'scored',
  acceptedAttestations: ['ismap', 'soc2Type2', 'iso27001'],
  controlRefs: ['iso27002:15.1.3']
});

function suggest(
  requirement: SuggestionRequirement,
  answer: Answer | null,
  attestations: Attestation[],
  subcontractors: Subcontractor[] = [],
  rubric: readonly RubricLevel[] = DEFAULT_RUBRIC
): Suggestion | null {
  const evidence = vendorEvidence('v', attestations, subcontractors, RULES, DATES);
  return suggestGrade({ requirement, rubric, answer, evidence, contractEnd: CONTRACT_END });
}
const codes = (s: Suggestion | null) => s?.basis.map((r) => r.code) ?? [];
const reason = (s: Suggestion | null, code: SuggestionReasonCode) => s?.basis.find((r) => r.code === code);

/** The default rubric's level at a position, highest factor first (A … E). */
const nth = (i: number) => DEFAULT_RUBRIC[i]!.code;

it('reads the shipped attestation types, whose ranks the tables below rely on', () => {
  expect([rank('ismap'), rank('soc2Type2'), rank('iso27001'), rank('soc2Type1')]).toEqual([5, 4, 3, 2]);
});

describe('mandatory requirements', () => {
  it.each<
    [
      string,
      SuggestionRequirement,
      Answer | null,
      Attestation[],
      'pass' | 'fail' | null,
      SuggestionReasonCode
    ]
  >([
    ['valid accepted registration, answer full', req(), 'full', [att('ismap')], 'pass', 'passByEvidence'],
    ['valid accepted registration, no answer', req(), null, [att('ismap')], 'pass', 'passByEvidence'],
    ['valid registration but answer partial', req(), 'partial', [att('ismap')], null, 'answerConflicts'],
    ['valid registration but answer none', req(), 'none', [att('ismap')], null, 'answerConflicts'],
    [
      'only an expired registration',
      req(),
      'full',
      [att('ismap', { periodEnd: '2025-06-30' })],
      'fail',
      'failNoValidEvidence'
    ],
    ['only an unchecked registration', req(), 'full', [att('ismap', UNCHECKED)], null, 'pendingCheck'],
    [
      'out of scope and unchecked: not pending',
      req(),
      'full',
      [att('ismap', { ...UNCHECKED, scopeCoverage: 'notCovered' })],
      'fail',
      'failNoValidEvidence'
    ],
    ['nothing held', req(), 'full', [], 'fail', 'failNoValidEvidence'],
    [
      'a valid attestation of a type not accepted',
      req(),
      'full',
      [att('iso27001')],
      'fail',
      'failNoValidEvidence'
    ],
    [
      'a subcontractor’s registration is not the vendor’s',
      req(),
      'full',
      [att('ismap', { subcontractorId: 's-x' })],
      'fail',
      'failNoValidEvidence'
    ],
    ['no accepted types, answer full', req({ acceptedAttestations: [] }), 'full', [], 'pass', 'byAnswer'],
    [
      'no accepted types, answer none',
      req({ acceptedAttestations: [] }),
      'none',
      [att('ismap')],
      'fail',
      'byAnswer'
    ],
    ['no accepted types, no answer', req({ acceptedAttestations: [] }), null, [], 'fail', 'byAnswer'],
    [
      'no accepted types, answer partial',
      req({ acceptedAttestations: [] }),
      'partial',
      [],
      null,
      'partialAnswer'
    ]
  ])('%s', (_, requirement, answer, attestations, verdict, conclusion) => {
    const s = suggest(requirement, answer, attestations);
    expect(s?.verdict).toBe(verdict);
    expect(s?.level).toBeNull();
    expect(s?.basis[0]?.code).toBe(conclusion);
    expect(s?.basis[1]).toEqual(
      answer === null ? { code: 'noAnswer', params: {} } : { code: 'answer', params: { answer } }
    );
  });

  it('names the deciding attestation, its last valid day, the answer and the mapped controls', () => {
    const ismap = att('ismap');
    const s = suggest(req(), 'full', [ismap]);
    expect(reason(s, 'evidenceValid')?.params).toMatchObject({
      attestationId: ismap.id,
      type: 'ismap',
      number: ismap.number,
      rank: rank('ismap')
    });
    expect(reason(s, 'evidenceValid')?.params.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(reason(s, 'answer')?.params.answer).toBe('full');
    expect(reason(s, 'mapsTo')?.params.controls).toEqual(['iso27002:18.2.1']);
  });

  it('lists the accepted attestations that are not valid, with their status, when it suggests a fail', () => {
    const expired = att('ismap', { periodEnd: '2025-06-30' });
    const s = suggest(req(), 'full', [expired]);
    expect(reason(s, 'evidenceNotValid')?.params).toMatchObject({
      attestationId: expired.id,
      status: 'expired'
    });
    expect(codes(suggest(req(), 'full', []))).toContain('noEvidenceHeld');
    expect(reason(suggest(req(), 'full', []), 'noEvidenceHeld')?.params.types).toEqual(['ismap', 'ismapLiu']);
  });

  it('passes on the registration valid at the deadline and notes that it lapses before the contract end', () => {
    const lapsing = att('iso27001', LAPSING);
    const s = suggest(req({ acceptedAttestations: ['iso27001'] }), 'full', [lapsing]);
    expect(s?.verdict).toBe('pass');
    expect(reason(s, 'lapsesBeforeContractEnd')?.params).toMatchObject({
      attestationId: lapsing.id,
      status: 'expired',
      date: CONTRACT_END
    });
    expect(
      codes(suggest(req({ acceptedAttestations: ['iso27001'] }), 'full', [att('iso27001')]))
    ).not.toContain('lapsesBeforeContractEnd');
  });
});

describe('scored requirements', () => {
  it.each<[string, Answer | null, Attestation[], number | null, SuggestionReasonCode]>([
    ['registration (rank 5), answer full: top', 'full', [att('ismap')], 0, 'levelByEvidence'],
    ['operating report (rank 4), answer full: top', 'full', [att('soc2Type2')], 0, 'levelByEvidence'],
    ['registration, answer partial: one below', 'partial', [att('ismap')], 1, 'levelByEvidence'],
    ['registration, no answer: one below', null, [att('ismap')], 1, 'levelByEvidence'],
    ['registration, answer none: conflict', 'none', [att('ismap')], null, 'answerConflicts'],
    ['certification (rank 3), answer full: second', 'full', [att('iso27001')], 1, 'levelByEvidence'],
    ['certification, answer partial: middle', 'partial', [att('iso27001')], 2, 'levelByEvidence'],
    ['design report (rank 2), answer full: middle', 'full', [att('soc2Type1')], 2, 'levelByEvidence'],
    ['no valid evidence, answer full: middle', 'full', [att('ismap', EXPIRED)], 2, 'levelWithoutEvidence'],
    ['no evidence, answer partial', 'partial', [], 3, 'levelWithoutEvidence'],
    ['no evidence, answer none: bottom', 'none', [], 4, 'levelWithoutEvidence'],
    ['no evidence, no answer: bottom', null, [], 4, 'levelWithoutEvidence'],
    [
      'only an unchecked report: no suggestion yet',
      'full',
      [att('soc2Type2', UNCHECKED)],
      null,
      'pendingCheck'
    ],
    [
      'best valid decides over a stale better one',
      'full',
      [att('soc2Type2', { periodEnd: '2025-06-30' }), att('iso27001')],
      1,
      'levelByEvidence'
    ],
    [
      'a valid one decides; an unchecked better one is noted',
      'full',
      [att('ismap', UNCHECKED), att('iso27001')],
      1,
      'levelByEvidence'
    ],
    [
      'the highest rank among valid ones decides',
      'full',
      [att('soc2Type1'), att('ismap'), att('iso27001')],
      0,
      'levelByEvidence'
    ]
  ])('%s', (_, answer, attestations, position, conclusion) => {
    const s = suggest(SCORED, answer, attestations);
    expect(s?.verdict).toBeNull();
    expect(s?.level).toBe(position === null ? null : nth(position));
    expect(s?.basis[0]?.code).toBe(conclusion);
  });

  it('takes the answer alone when the requirement accepts no attestation types, at most the middle level', () => {
    const none = req({ kind: 'scored', acceptedAttestations: [] });
    expect(suggest(none, 'full', [att('ismap')])?.level).toBe(nth(2));
    expect(suggest(none, 'partial', [])?.level).toBe(nth(3));
    expect(suggest(none, 'none', [])?.level).toBe(nth(4));
    expect(suggest(none, 'full', [])?.basis[0]?.code).toBe('byAnswer');
  });

  it('lowers the level one step when the report records an exception against this requirement', () => {
    const plain = suggest(SCORED, 'full', [att('soc2Type2')]);
    const flagged = att('soc2Type2', { exceptions: [{ description: 'x', requirementIds: ['r1', 'r9'] }] });
    const other = att('soc2Type2', { exceptions: [{ description: 'x', requirementIds: ['r9'] }] });
    const s = suggest(SCORED, 'full', [flagged]);
    expect(plain?.level).toBe(nth(0));
    expect(s?.level).toBe(nth(1));
    expect(reason(s, 'exceptionReported')?.params).toMatchObject({ attestationId: flagged.id, count: 1 });
    expect(suggest(SCORED, 'full', [other])?.level).toBe(nth(0));
  });

  it.each([
    ['the mapped control itself', '18.2.1', true],
    ['a parent clause of it', '18.2', true],
    ['only a detail below it', '18.2.1.3', false],
    ['another control', '12.6.1', null]
  ])('reads an ISMAP exclusion of %s', (_, excluded, whole) => {
    const ismap = att('ismap', { excludedControls: [excluded] });
    const s = suggest(SCORED, 'full', [ismap]);
    if (whole === true) {
      expect(s?.basis[0]?.code).toBe('levelWithoutEvidence');
      expect(reason(s, 'controlsExcluded')?.params.attestationId).toBe(ismap.id);
    } else {
      expect(s?.level).toBe(nth(0));
      const note = reason(s, 'controlExcluded');
      expect(note?.params).toEqual(
        whole === false ? expect.objectContaining({ control: 'iso27002:18.2.1', excluded }) : undefined
      );
    }
  });

  it('prefers, among equally ranked valid attestations, one that lasts the contract', () => {
    const lapsing = att('iso27001', LAPSING);
    const lasting = att('iso27001');
    const s = suggest(SCORED, 'full', [lapsing, lasting]);
    expect(reason(s, 'evidenceValid')?.params.attestationId).toBe(lasting.id);
    expect(codes(s)).not.toContain('lapsesBeforeContractEnd');
  });

  it('returns null when the rubric has no levels', () => {
    expect(suggest(SCORED, 'full', [att('ismap')], [], [])).toBeNull();
  });
});

describe('mapping tiers onto a rubric by relative position', () => {
  const level = (code: string, factor: number): RubricLevel => ({
    code,
    labelJa: code,
    labelEn: code,
    factor
  });
  const three = [level('H', 1), level('M', 0.5), level('L', 0)];
  const two = [level('Y', 1), level('N', 0)];
  const shuffled = [level('c', 0.5), level('a', 1), level('e', 0), level('b', 0.75), level('d', 0.25)];
  it.each<[string, readonly RubricLevel[], (string | null)[]]>([
    ['the default five levels, one to one', DEFAULT_RUBRIC, DEFAULT_RUBRIC.map((l) => l.code)],
    ['three levels', three, ['H', 'M', 'M', 'L', 'L']],
    ['two levels', two, ['Y', 'Y', 'N', 'N', 'N']],
    ['one level', [level('only', 1)], ['only', 'only', 'only', 'only', 'only']],
    ['levels listed out of order: by factor, highest first', shuffled, ['a', 'b', 'c', 'd', 'e']],
    ['no levels', [], [null, null, null, null, null]]
  ])('%s', (_, rubric, expected) => {
    expect([0, 1, 2, 3, 4].map((tier) => levelAtTier(rubric, tier))).toEqual(expected);
  });
});

describe('the 委託先 requirement', () => {
  it('is recognised by its mapped controls in every shipped preset and in the demo, once each', () => {
    const dir = new URL('../../../questionnaires/presets/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const preset = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Preset;
      const found = preset.requirements.filter(isSubcontractorRequirement);
      expect(
        found.map((r) => r.title),
        file
      ).toHaveLength(1);
      expect(found[0]!.title, file).toMatch(/委託先/);
    }
    const demo = buildDemoBundle({
      newId: () => `id-${++seq}`,
      now: '2026-11-26T00:00:00.000Z',
      hash: sha256Text
    });
    expect(demo.requirements.filter(isSubcontractorRequirement).map((r) => r.title)).toEqual([
      expect.stringMatching(/委託先/)
    ]);
    expect(SUBCONTRACTOR_CONTROLS).toContain('iso27002:15.1.3');
  });

  const sora = sub('Sora');
  const dc = sub('DC', { order: 1 });
  const desk = sub('Desk', { criticality: 'normal', order: 2 });
  const held = (s: Subcontractor, type: AttestationType, patch: Partial<Attestation> = {}) =>
    att(type, { subcontractorId: s.id, ...patch });
  const inclusiveReport = (names: string[], patch: Partial<Attestation> = {}) =>
    att('soc2Type2', {
      subserviceOrganisations: names.map((name) => ({ name, method: 'inclusive' })),
      ...patch
    });

  it.each<
    [
      string,
      Answer | null,
      Subcontractor[],
      Attestation[],
      number | null,
      SuggestionReasonCode,
      string | null
    ]
  >([
    [
      'one critical subcontractor with a valid registration',
      'full',
      [sora],
      [held(sora, 'ismap')],
      0,
      'weakestSubcontractor',
      'Sora'
    ],
    [
      'the weaker of two critical subcontractors decides',
      'full',
      [sora, dc],
      [held(sora, 'ismap'), held(dc, 'iso27001')],
      1,
      'weakestSubcontractor',
      'DC'
    ],
    [
      'the vendor’s own registration does not cover a subcontractor',
      'full',
      [sora],
      [att('ismap')],
      3,
      'subcontractorUncovered',
      'Sora'
    ],
    [
      'an uncovered critical subcontractor, answer partial',
      'partial',
      [sora],
      [],
      4,
      'subcontractorUncovered',
      'Sora'
    ],
    [
      'a subcontractor’s unaccepted type does not cover it',
      'full',
      [sora],
      [held(sora, 'soc3')],
      3,
      'subcontractorUncovered',
      'Sora'
    ],
    [
      'a subcontractor’s expired certificate does not cover it',
      'full',
      [sora],
      [held(sora, 'iso27001', EXPIRED)],
      3,
      'subcontractorUncovered',
      'Sora'
    ],
    [
      'its unchecked registration: no suggestion yet',
      'full',
      [sora],
      [held(sora, 'ismap', UNCHECKED)],
      null,
      'subcontractorPending',
      'Sora'
    ],
    [
      'included by the vendor’s valid report (inclusive)',
      'full',
      [sora],
      [inclusiveReport(['Sora'])],
      0,
      'weakestSubcontractor',
      'Sora'
    ],
    [
      'included under a differently spaced, full-width name',
      'full',
      [sub('Sora Compute')],
      [inclusiveReport(['  ＳＯＲＡ　compute '])],
      0,
      'weakestSubcontractor',
      'Sora Compute'
    ],
    [
      'listed carve-out in the report: not included',
      'full',
      [sora],
      [att('soc2Type2', { subserviceOrganisations: [{ name: 'Sora', method: 'carveOut' }] })],
      3,
      'subcontractorUncovered',
      'Sora'
    ],
    [
      'included by a stale report: not covered',
      'full',
      [sora],
      [inclusiveReport(['Sora'], { periodEnd: '2025-06-30' })],
      3,
      'subcontractorUncovered',
      'Sora'
    ],
    [
      'a normal subcontractor without evidence does not count',
      'full',
      [sora, desk],
      [held(sora, 'ismap')],
      0,
      'weakestSubcontractor',
      'Sora'
    ],
    [
      'valid evidence but answer none: conflict',
      'none',
      [sora],
      [held(sora, 'ismap')],
      null,
      'answerConflicts',
      null
    ],
    [
      'no critical subcontractor: the vendor’s own evidence',
      'full',
      [desk],
      [att('iso27001')],
      1,
      'levelByEvidence',
      null
    ]
  ])('%s', (_, answer, subs, attestations, position, conclusion, name) => {
    const s = suggest(SUPPLY, answer, attestations, subs);
    expect(s?.level).toBe(position === null ? null : nth(position));
    expect(s?.basis[0]?.code).toBe(conclusion);
    if (name !== null) expect(s?.basis[0]?.params.name).toBe(name);
  });

  it('lists every critical subcontractor with what covers it', () => {
    const report = inclusiveReport(['DC']);
    const s = suggest(SUPPLY, 'full', [held(sora, 'iso27001'), report], [sora, dc, desk]);
    const lines = s?.basis.filter(
      (r) => r.code.startsWith('subcontractor') && r.code !== 'subcontractorUncovered'
    );
    expect(lines?.map((r) => [r.code, r.params.name])).toEqual([
      ['subcontractorAssured', 'Sora'],
      ['subcontractorInclusive', 'DC']
    ]);
    expect(lines?.[1]?.params.attestationId).toBe(report.id);
  });

  it('notes a subcontractor recorded as inclusive that no valid report lists', () => {
    const claimed = sub('Sora', { subserviceMethod: 'inclusive' });
    const s = suggest(SUPPLY, 'full', [held(claimed, 'ismap')], [claimed]);
    expect(reason(s, 'inclusiveNotShown')?.params.name).toBe('Sora');
    expect(s?.level).toBe(nth(0));
    expect(codes(suggest(SUPPLY, 'full', [inclusiveReport(['Sora'])], [claimed]))).not.toContain(
      'inclusiveNotShown'
    );
  });

  it('notes no critical subcontractors when it falls back on the vendor’s own evidence', () => {
    expect(codes(suggest(SUPPLY, 'full', [att('iso27001')], []))).toContain('noCriticalSubcontractors');
  });

  it('as a mandatory requirement: pass when covered, fail when a critical subcontractor is not', () => {
    const mandatory = { ...SUPPLY, kind: 'mandatory' as const };
    expect(suggest(mandatory, 'full', [held(sora, 'ismap')], [sora])?.verdict).toBe('pass');
    expect(suggest(mandatory, 'full', [held(sora, 'ismap')], [sora, dc])?.verdict).toBe('fail');
  });
});

describe('suggestAll', () => {
  function demo() {
    let n = 0;
    const bundle = buildDemoBundle({
      newId: () => `d-${++n}`,
      now: '2026-11-26T00:00:00.000Z',
      hash: sha256Text
    });
    return { ...bundle, rubric: bundle.procurement.settings.rubric };
  }

  it('suggests for every vendor and requirement of the demo, matching suggestGrade one by one', () => {
    const bundle = demo();
    const all = suggestAll(bundle, TYPES, '2026-11-26');
    expect(all.size).toBe(bundle.vendors.length * bundle.requirements.length);
    const dates = {
      referenceDate: bundle.procurement.bidDeadline!,
      contractEnd: bundle.procurement.contractEnd
    };
    for (const vendor of bundle.vendors) {
      const evidence = vendorEvidence(
        vendor.id,
        bundle.attestations,
        bundle.subcontractors.filter((s) => s.vendorId === vendor.id),
        RULES,
        dates
      );
      for (const requirement of bundle.requirements) {
        const answer =
          bundle.responses.find((r) => r.vendorId === vendor.id && r.requirementId === requirement.id)
            ?.answer ?? null;
        const one = suggestGrade({
          requirement,
          rubric: bundle.rubric,
          answer,
          evidence,
          contractEnd: dates.contractEnd
        });
        expect(all.get(suggestionKey(vendor.id, requirement.id))).toEqual(one);
      }
    }
  });

  it('passes the demo vendors with a verified ISMAP registration on R-001 and fails the one without', () => {
    const bundle = demo();
    const all = suggestAll(bundle, TYPES, '2026-11-26');
    const r1 = bundle.requirements.find((r) => r.ref === 'R-001')!;
    const verdicts = bundle.vendors.map((v) => all.get(suggestionKey(v.id, r1.id))?.verdict);
    const registered = bundle.vendors.map((v) =>
      bundle.attestations.some(
        (a) =>
          a.vendorId === v.id && a.subcontractorId === null && a.type === 'ismap' && a.verification !== null
      )
    );
    expect(verdicts).toEqual(registered.map((ok) => (ok ? 'pass' : 'fail')));
    expect(verdicts).toContain('pass');
    expect(verdicts).toContain('fail');
  });

  it('uses the bid deadline, not today, as the reference date; today only without a deadline', () => {
    const bundle = demo();
    const r1 = bundle.requirements.find((r) => r.ref === 'R-001')!;
    const first = bundle.vendors[0]!;
    const key = suggestionKey(first.id, r1.id);
    // Far in the future every registration has lapsed; the deadline still decides while one is set.
    expect(suggestAll(bundle, TYPES, '2099-01-01').get(key)?.verdict).toBe('pass');
    const noDeadline = { ...bundle, procurement: { ...bundle.procurement, bidDeadline: null } };
    expect(suggestAll(noDeadline, TYPES, '2099-01-01').get(key)?.verdict).toBe('fail');
  });

  it('treats a type without rules, or a malformed date, as not yet checked rather than failing', () => {
    const noRules: AttestationTypeInfo[] = TYPES.filter((t) => t.type !== 'ismap');
    const bundle = {
      procurement: { bidDeadline: DEADLINE, contractEnd: null },
      requirements: [req()],
      rubric: DEFAULT_RUBRIC,
      vendors: [{ id: 'v' }],
      subcontractors: [],
      attestations: [att('ismap')],
      responses: [{ vendorId: 'v', requirementId: 'r1', answer: 'full' as const }]
    };
    expect(suggestAll(bundle, noRules, DEADLINE).get('v|r1')?.basis[0]?.code).toBe('pendingCheck');
    const broken = { ...bundle, attestations: [att('ismap', { periodEnd: '31/12/2026' })] };
    expect(suggestAll(broken, TYPES, DEADLINE).get('v|r1')?.basis[0]?.code).toBe('pendingCheck');
  });

  it('starts afresh on each call, so a record edited in place is never answered from an earlier call', () => {
    const requirement = req();
    const bundle = {
      procurement: { bidDeadline: DEADLINE, contractEnd: null },
      requirements: [requirement],
      rubric: DEFAULT_RUBRIC,
      vendors: [{ id: 'v' }],
      subcontractors: [],
      attestations: [att('iso27001')],
      responses: [{ vendorId: 'v', requirementId: 'r1', answer: 'full' as const }]
    };
    expect(suggestAll(bundle, TYPES, DEADLINE).get('v|r1')?.verdict).toBe('fail');
    requirement.acceptedAttestations.push('iso27001');
    expect(suggestAll(bundle, TYPES, DEADLINE).get('v|r1')?.verdict).toBe('pass');
  });

  it('handles 30 vendors × 1,500 requirements', () => {
    const requirements = Array.from({ length: 1500 }, (_, i) => ({
      ...(i % 3 === 0 ? SUPPLY : i % 3 === 1 ? SCORED : req()),
      id: `r${i}`
    }));
    const vendors = Array.from({ length: 30 }, (_, i) => ({ id: `v${i}` }));
    const subcontractors = vendors.flatMap((v) => [
      sub(`${v.id}-a`, { vendorId: v.id }),
      sub(`${v.id}-b`, { vendorId: v.id, criticality: 'normal' })
    ]);
    const attestations = vendors.flatMap((v) => [
      att('ismap', { vendorId: v.id }),
      att('soc2Type2', {
        vendorId: v.id,
        subserviceOrganisations: [{ name: `${v.id}-a`, method: 'inclusive' }]
      }),
      att('iso27001', { vendorId: v.id, subcontractorId: `s-${v.id}-b` })
    ]);
    const responses = vendors.flatMap((v) =>
      requirements.map((r) => ({ vendorId: v.id, requirementId: r.id, answer: 'full' as const }))
    );
    const bundle = {
      procurement: { bidDeadline: DEADLINE, contractEnd: CONTRACT_END },
      requirements,
      rubric: DEFAULT_RUBRIC,
      vendors,
      subcontractors,
      attestations,
      responses
    };
    const all = suggestAll(bundle, TYPES, DEADLINE);
    expect(all.size).toBe(30 * 1500);
    expect(all.get('v29|r0')?.basis[0]?.code).toBe('weakestSubcontractor');
    // Reasons about one attestation are shared between suggestions, and frozen so that sharing is safe.
    const valid = (key: string) => all.get(key)?.basis.find((r) => r.code === 'evidenceValid');
    expect(valid('v3|r1')).toBe(valid('v3|r4'));
    expect(Object.isFrozen(valid('v3|r1'))).toBe(true);
  }, 30_000);
});
