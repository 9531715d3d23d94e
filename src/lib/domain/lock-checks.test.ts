import { describe, expect, it } from 'vitest';
import { testRequirement, testSettings } from '$lib/testing/fixtures';
import { REOPEN_REASON_MIN, validateCriteria } from './criteria';
import { buildDemoBundle } from './demo';
import { blockingChecks, lockChecks, type LockCheck } from './lock-checks';
import type { Requirement, ScoringSettings } from './model';
import { validateSettings } from './settings';
import { sha256Text } from './sha256';

/** A requirement with its own wording and an accepted attestation (so no check fires by default). */
function req(
  id: string,
  order: number,
  kind: Requirement['kind'],
  points: number,
  over: Partial<Requirement> = {}
) {
  return testRequirement(id, order, kind, points, {
    title: `要件 ${id}`,
    text: `要件 ${id} の内容 ${'あいうえおかきくけこさしすせそたちつてと'.slice(order, order + 8)} ${id.repeat(3)}`,
    acceptedAttestations: ['ismap'],
    ...over
  });
}

const CLEAN = [req('m1', 0, 'mandatory', 10), req('s1', 1, 'scored', 60), req('s2', 2, 'scored', 30)];
const codes = (checks: readonly LockCheck[]) => checks.map((c) => `${c.severity}:${c.code}`);

describe('lockChecks: what blocks and what warns', () => {
  it('finds nothing in sound criteria without a stated ratio', () => {
    expect(lockChecks(CLEAN, testSettings()).checks).toEqual([]);
  });

  it.each<[string, Requirement[], Partial<ScoringSettings>, string[]]>([
    [
      'a stated ratio equal to the criteria’s (100:50 = 2:1)',
      CLEAN,
      { statedRatio: { technical: 2, price: 1 } },
      []
    ],
    [
      'a stated ratio different from the criteria’s (100:50 against 1:1)',
      CLEAN,
      { statedRatio: { technical: 1, price: 1 } },
      ['warn:ratioMismatch']
    ],
    [
      'a stated ratio with 除算方式 (no 価格点 to compare)',
      CLEAN,
      { priceMethod: 'division', statedRatio: { technical: 1, price: 1 } },
      ['warn:ratioNotApplicable']
    ],
    [
      'a stated ratio with no price method',
      CLEAN,
      { priceMethod: 'none', statedRatio: { technical: 3, price: 1 } },
      ['warn:ratioNotApplicable']
    ],
    [
      'a 必須 item that also holds 加点',
      [req('m1', 0, 'mandatory', 10, { points: 5 }), ...CLEAN.slice(1)],
      {},
      ['warn:mandatoryBonus']
    ],
    [
      'a rubric whose levels all give the same share',
      CLEAN,
      { rubric: testSettings().rubric.map((l) => ({ ...l, factor: 0.5 })) },
      ['warn:rubricNoSpread']
    ],
    [
      'a rubric with no level giving full points',
      CLEAN,
      { rubric: testSettings().rubric.map((l) => ({ ...l, factor: l.factor * 0.8 })) },
      ['warn:rubricNoFullLevel']
    ],
    [
      'a requirement accepting no attestation',
      [CLEAN[0]!, { ...CLEAN[1]!, acceptedAttestations: [] }, CLEAN[2]!],
      {},
      ['warn:noEvidence']
    ],
    [
      'a scored item with no points (validateCriteria)',
      [CLEAN[0]!, req('s1', 1, 'scored', 0), CLEAN[2]!],
      {},
      ['block:criteria']
    ],
    [
      '除算方式 with the 基準評価値 gate and no 予定価格 (validateSettings)',
      CLEAN,
      { priceMethod: 'division', referenceValueGate: true, ceilingPrice: null },
      ['block:criteria']
    ],
    [
      'the same catalogue entry twice',
      [
        ...CLEAN,
        req('d1', 3, 'scored', 10, { sourceRef: 'iso27002:9.4.1' }),
        req('d2', 4, 'scored', 10, { sourceRef: 'iso27002:9.4.1' })
      ],
      {},
      ['block:duplicate']
    ]
  ])('%s', (_name, requirements, patch, expected) => {
    expect(codes(lockChecks(requirements, testSettings(patch)).checks)).toEqual(expected);
  });

  it('shows what validateCriteria reports, unchanged, as blocking', () => {
    const settings = testSettings({ priceMethod: 'division', referenceValueGate: true, ceilingPrice: null });
    expect(validateSettings(settings).map((p) => p.code)).toContain('ceilingPriceMissing');
    const { checks } = lockChecks(CLEAN, settings);
    expect(checks.map((c) => c.issue)).toEqual(validateCriteria(CLEAN, settings));
    expect(checks.map((c) => c.issue?.code)).toContain('ceilingPriceMissing');
  });

  it('locates a check at the requirements concerned, in specification order', () => {
    const reqs = [
      req('b', 1, 'scored', 10, { acceptedAttestations: [] }),
      req('a', 0, 'mandatory', 10, { acceptedAttestations: [] }),
      req('c', 2, 'scored', 10)
    ];
    const check = lockChecks(reqs, testSettings()).checks.find((c) => c.code === 'noEvidence');
    expect(check).toMatchObject({ refs: ['R-a', 'R-b'], params: { count: 2 } });
  });
});

describe('lockChecks: the ratio 技術点:価格点', () => {
  it.each<[string, number[], number, ScoringSettings['statedRatio'], number, object, string | null]>([
    // items' points, 価格点配分, stated ratio → technical maximum, the criteria's ratio, the mismatch shown
    [
      '135:50 against 2:1',
      [35, 60, 40],
      50,
      { technical: 2, price: 1 },
      135,
      { reduced: { technical: '27', price: '10' }, perPrice: '2.7' },
      '2.7'
    ],
    [
      '100:50 equals 2:1',
      [35, 40, 25],
      50,
      { technical: 2, price: 1 },
      100,
      { reduced: { technical: '2', price: '1' }, perPrice: '2' },
      null
    ],
    [
      '100:50 equals 4:2 (compared reduced)',
      [35, 40, 25],
      50,
      { technical: 4, price: 2 },
      100,
      { perPrice: '2' },
      null
    ],
    // 50.1 + 0.2 + 49.7 is 100 exactly (in floats 100.00000000000001)
    [
      'fractional points summed exactly',
      [50.1, 0.2, 49.7],
      50,
      { technical: 2, price: 1 },
      100,
      { perPrice: '2' },
      null
    ],
    [
      'one hundredth off is a mismatch',
      [50.1, 0.2, 49.71],
      50,
      { technical: 2, price: 1 },
      100.01,
      { perPrice: '2.0002' },
      '2.0002'
    ],
    [
      'a third: 100:30 equals 10:3',
      [35, 40, 25],
      30,
      { technical: 10, price: 3 },
      100,
      { reduced: { technical: '10', price: '3' }, perPrice: '3.3333…' },
      null
    ],
    [
      '100:30 against 3:1',
      [35, 40, 25],
      30,
      { technical: 3, price: 1 },
      100,
      { perPrice: '3.3333…' },
      '3.3333…'
    ]
  ])('%s', (_name, points, allocation, stated, technicalMax, ratio, mismatch) => {
    const reqs = points.map((p, i) => req(`r${i}`, i, i === 0 ? 'mandatory' : 'scored', p));
    const settings = testSettings({ statedRatio: stated, priceAllocation: allocation });
    const { summary, checks } = lockChecks(reqs, settings);
    expect(summary.technicalMax).toBe(technicalMax);
    expect(summary.ratio).toMatchObject({ technical: technicalMax, price: allocation, ...ratio });
    const found = checks.find((c) => c.code === 'ratioMismatch');
    expect(found?.params.perPrice ?? null).toBe(mismatch);
  });

  it('states no ratio for 除算方式 or no price method', () => {
    for (const priceMethod of ['division', 'none'] as const) {
      const { summary } = lockChecks(CLEAN, testSettings({ priceMethod }));
      expect(summary).toMatchObject({ ratio: null, priceAllocation: null, technicalMax: 100 });
    }
  });

  it('sums 基礎点 and 加点 apart', () => {
    const { summary } = lockChecks(CLEAN, testSettings());
    expect(summary).toMatchObject({
      mandatoryCount: 1,
      mandatoryPoints: 10,
      scoredCount: 2,
      scoredPoints: 90
    });
  });
});

describe('blockingChecks: a duplicate kept with a reason no longer blocks', () => {
  const reqs = [
    ...CLEAN,
    req('d1', 3, 'scored', 10, { sourceRef: 'iso27002:9.4.1' }),
    req('d2', 4, 'scored', 10, { sourceRef: 'iso27002:9.4.1' })
  ];
  const { checks } = lockChecks(reqs, testSettings({ statedRatio: { technical: 1, price: 1 } }));
  const key = checks.find((c) => c.duplicate)!.duplicate!.key;
  const long = 'あ'.repeat(REOPEN_REASON_MIN);
  const short = 'あ'.repeat(REOPEN_REASON_MIN - 1);

  it.each([
    ['no decision', [], ['duplicate']],
    ['a reason too short', [{ key, reason: short }], ['duplicate']],
    ['a reason of blanks', [{ key, reason: ` ${short} ` }], ['duplicate']],
    ['a decision for another pair', [{ key: 'x|y', reason: long }], ['duplicate']],
    ['a reason long enough', [{ key, reason: long }], []]
  ])('%s', (_name, decisions, expected) => {
    expect(blockingChecks(checks, decisions).map((c) => c.code)).toEqual(expected);
  });

  it('never lifts a block of validateCriteria, and a warning never blocks', () => {
    const bad = lockChecks(
      [...reqs, req('z', 5, 'scored', 0)],
      testSettings({ statedRatio: { technical: 1, price: 1 } })
    );
    expect(blockingChecks(bad.checks, [{ key, reason: long }]).map((c) => c.code)).toEqual(['criteria']);
  });
});

describe('the demo procurement', () => {
  it('locks with warnings at most: no duplicate, nothing blocking (a copy of it is locked in the journeys)', () => {
    let n = 0;
    const demo = buildDemoBundle({
      newId: () => `id-${++n}`,
      now: '2026-11-26T00:00:00.000Z',
      hash: sha256Text
    });
    const { checks } = lockChecks(demo.requirements, demo.procurement.settings);
    expect(checks.filter((c) => c.severity === 'block')).toEqual([]);
  });
});
