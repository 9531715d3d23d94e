import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from './defaults';
import type { Answer, Attestation, RubricLevel } from './model';
import {
  MIDDLE_TIER,
  levelAtTier,
  middleLevel,
  type SuggestionReasonCode,
  type SuggestionRequirement
} from './suggestions';
import {
  CONTRACT_END,
  EXPIRED,
  LAPSING,
  SCORED,
  UNCHECKED,
  att,
  exception,
  codes,
  nth,
  rank,
  reason,
  req,
  suggest
} from '$lib/testing/suggestions';

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
    ['registration (rank 5), answer full: middle, not top', 'full', [att('ismap')], 2, 'levelByEvidence'],
    ['operating report (rank 4), answer full: middle', 'full', [att('soc2Type2')], 2, 'levelByEvidence'],
    ['registration, answer partial: one below the middle', 'partial', [att('ismap')], 3, 'levelByEvidence'],
    ['registration, no answer: one below the middle', null, [att('ismap')], 3, 'levelByEvidence'],
    ['registration, answer none: conflict', 'none', [att('ismap')], null, 'answerConflicts'],
    ['certification (rank 3), answer full: middle', 'full', [att('iso27001')], 2, 'levelByEvidence'],
    ['certification, answer partial: one below', 'partial', [att('iso27001')], 3, 'levelByEvidence'],
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
      2,
      'levelByEvidence'
    ],
    [
      'a valid one decides; an unchecked better one is noted',
      'full',
      [att('ismap', UNCHECKED), att('iso27001')],
      2,
      'levelByEvidence'
    ],
    [
      'the highest rank among valid ones decides',
      'full',
      [att('soc2Type1'), att('ismap'), att('iso27001')],
      2,
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
    const flagged = att('soc2Type2', { exceptions: [exception('', ['r1', 'r9'])] });
    const other = att('soc2Type2', { exceptions: [exception('', ['r9'])] });
    const s = suggest(SCORED, 'full', [flagged]);
    expect(plain?.level).toBe(nth(2));
    expect(s?.level).toBe(nth(3));
    expect(reason(s, 'exceptionReported')?.params).toMatchObject({ attestationId: flagged.id, count: 1 });
    expect(suggest(SCORED, 'full', [other])?.level).toBe(nth(2));
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
      expect(s?.level).toBe(nth(2));
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

describe('evidence supports at most the middle level (issue 13, item 9)', () => {
  const level = (code: string, factor: number): RubricLevel => ({
    code,
    labelJa: code,
    labelEn: code,
    factor
  });
  /** `count` levels L1 (factor 1) … Ln (factor 0), listed lowest first so the order must come from the factors. */
  const rubricOf = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      level(`L${i + 1}`, count === 1 ? 1 : 1 - i / (count - 1))
    ).reverse();

  it.each<[number, string]>([
    [1, 'L1'],
    [2, 'L2'],
    [3, 'L2'],
    [4, 'L3'],
    [5, 'L3'],
    [6, 'L4'],
    [7, 'L4']
  ])('the middle of %i levels is %s (the median by order; the lower of two)', (count, code) => {
    expect(middleLevel(rubricOf(count))).toBe(code);
    expect(levelAtTier(rubricOf(count), MIDDLE_TIER)).toBe(code);
  });

  it('is C on the default rubric', () => {
    expect(middleLevel(DEFAULT_RUBRIC)).toBe('C');
  });

  it.each<[string, Attestation, number]>([
    ['ISMAP registration (rank 5)', att('ismap'), 5],
    ['SOC 2 Type II (rank 4)', att('soc2Type2'), 4],
    ['CSゴールドマーク (rank 4)', att('csGold'), 5],
    ['ISO/IEC 27001 (rank 3)', att('iso27001'), 4],
    ['ISMAP registration, 4 levels', att('ismap'), 4],
    ['ISMAP registration, 3 levels', att('ismap'), 3],
    ['ISMAP registration, 7 levels', att('ismap'), 7]
  ])(
    '%s alone on a scored item: the middle level, and the reason says a higher one is judgement',
    (_, a, n) => {
      const rubric = n === 5 ? DEFAULT_RUBRIC : rubricOf(n);
      const requirement = req({ kind: 'scored', acceptedAttestations: [a.type] });
      const s = suggest(requirement, 'full', [a], [], rubric);
      expect(s?.level).toBe(middleLevel(rubric));
      expect(s?.basis[0]?.code).toBe('levelByEvidence');
      expect(s?.basis[2]).toEqual({
        code: 'higherLevelsByJudgement',
        params: { level: middleLevel(rubric) }
      });
    }
  );

  it('supports 適合 on a mandatory item, with no cap to state', () => {
    const s = suggest(req(), 'full', [att('ismap')]);
    expect(s?.verdict).toBe('pass');
    expect(codes(s)).not.toContain('higherLevelsByJudgement');
  });

  it('states the cap only when the level rests on evidence', () => {
    expect(codes(suggest(SCORED, 'full', []))).not.toContain('higherLevelsByJudgement');
    expect(codes(suggest(SCORED, 'none', [att('ismap')]))).not.toContain('higherLevelsByJudgement');
    expect(codes(suggest(SCORED, 'partial', [att('ismap')]))).toContain('higherLevelsByJudgement');
  });

  it('never suggests a level above the middle, whatever the evidence and answer', () => {
    const all: Attestation[] = [att('ismap'), att('soc2Type2'), att('csGold'), att('iso27001')];
    const above = new Set(DEFAULT_RUBRIC.slice(0, 2).map((l) => l.code));
    for (const answer of ['full', 'partial', 'none', null] as const) {
      for (const held of [all, all.slice(0, 1), []]) {
        const level = suggest(SCORED, answer, held)?.level ?? null;
        expect(level !== null && above.has(level), `${answer} ${held.length}`).toBe(false);
      }
    }
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
