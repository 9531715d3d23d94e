import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from './defaults';
import type { Answer, Attestation, RubricLevel } from './model';
import { levelAtTier, type SuggestionReasonCode, type SuggestionRequirement } from './suggestions';
import {
  CONTRACT_END,
  EXPIRED,
  LAPSING,
  SCORED,
  UNCHECKED,
  att,
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
