import { describe, expect, it } from 'vitest';
import type { LevelPoints, RubricLevel } from '../model';
import { mul, rational } from '../rounding';
import { scoreProcurement, type ScoringResult, type VendorResult } from './index';
import { scenarioInput, type Scenario } from '$lib/testing/fixtures';

/** A three-level rubric as rules write it: 優 · 良 · 可. */
const RUBRIC: RubricLevel[] = [
  { code: 'A', labelJa: '優', labelEn: 'Excellent', factor: 1 },
  { code: 'B', labelJa: '良', labelEn: 'Good', factor: 0.5 },
  { code: 'C', labelJa: '可', labelEn: 'Adequate', factor: 0 }
];
const levels = (a: number, b: number, c: number): LevelPoints[] => [
  { code: 'A', points: a },
  { code: 'B', points: b },
  { code: 'C', points: c }
];
const allPass = ['ppp', 'ppp'];
const run = (s: Scenario) => scoreProcurement(scenarioInput(s));
const vendor = (result: ScoringResult, id: string): VendorResult => {
  const found = result.vendors.find((v) => v.vendorId === id);
  if (!found) throw new Error(`no vendor ${id}`);
  return found;
};

describe('rubric levels in points per item', () => {
  // Item s1 is worth `points` with the levels given; s2 (10) and s3 (10) use the rubric's factors.
  it.each([
    ['10/5/0, A B B', 10, levels(10, 5, 0), 'ABB', undefined, rational(20n, 3n)],
    ['20/10/0, A A B', 20, levels(20, 10, 0), 'AAB', undefined, rational(50n, 3n)],
    ['10/6/0 (not the rubric 0.5), A B B', 10, levels(10, 6, 0), 'ABB', undefined, rational(22n, 3n)],
    ['10/6/0, consensus B', 10, levels(10, 6, 0), 'ACC', 'B', rational(6n)],
    ['7.5/2.5/0, B B A: decimals exact', 7.5, levels(7.5, 2.5, 0), 'BBA', undefined, rational(25n, 6n)],
    ['no level points: the rubric 10 × 0.5', 10, undefined, 'BBB', undefined, rational(5n)],
    ['a level missing: the rubric applies', 10, levels(10, 6, 0).slice(0, 2), 'BBB', undefined, rational(5n)]
  ])('%s', (_, points, levelPoints, grades, consensus, score) => {
    const result = run({
      scored: [points, 10, 10],
      settings: { rubric: RUBRIC },
      items: { s1: { levelPoints } },
      consensus: consensus ? [{ vendor: 'X', item: 's1', level: consensus }] : [],
      vendors: { X: { mandatory: allPass, scored: [grades, 'AAA', 'CCC'] } }
    });
    const X = vendor(result, 'X');
    const item = X.scored[0]!;
    expect(item.score).toEqual(score);
    // One formula: the score is the item's points × its factor.
    expect(mul(points, item.factor!)).toEqual(score);
    expect(X.bonusPoints?.exact).toEqual(rational(score.n + 10n * score.d, score.d));
  });

  it('varying the item points (stability) scales a level-points item like any other', () => {
    const input = scenarioInput({
      scored: [10, 10, 10],
      settings: { rubric: RUBRIC },
      items: { s1: { levelPoints: levels(10, 6, 0) } },
      vendors: { X: { mandatory: allPass, scored: ['BBB', 'AAA', 'CCC'] } }
    });
    const doubled = {
      ...input,
      requirements: input.requirements.map((r) => (r.id === 's1' ? { ...r, points: 20 } : r))
    };
    expect(vendor(scoreProcurement(doubled), 'X').scored[0]!.score).toEqual(rational(12n));
  });
});

describe('minimum 技術点', () => {
  // Worked example: A 技術点 66.666… published 66.66 (floor at 2), B 72.50.
  it.each([
    [null, true, ['A', 'B']],
    [60, true, ['A', 'B']],
    [66.66, true, ['A', 'B']],
    [66.665, false, ['B']],
    [66.67, false, ['B']],
    [72.5, false, ['B']],
    [72.51, false, []]
  ])(
    'minimum %s → A ranked %s (exactly at the published figure passes)',
    (minimumTechnical, ranked, ranking) => {
      const result = run({
        settings: { minimumTechnical },
        vendors: {
          A: { mandatory: allPass, scored: ['AAB', 'BBB', 'CDC'], bid: 8_000_000 },
          B: { mandatory: ['ppf', 'ppp'], scored: ['BBB', 'AAA', 'AAA'], bid: 9_500_000 }
        }
      });
      const A = vendor(result, 'A');
      expect(A.technicalPoints?.value).toBe(66.66);
      expect(A.qualified).toBe(ranked);
      expect(A.reasons).toEqual(ranked ? [] : [{ code: 'belowMinimumTechnical', minimum: minimumTechnical }]);
      expect(A.rank).toBe(ranked ? 1 : null);
      expect(result.ranking).toEqual(ranking);
    }
  );

  it('an excluded bid is not the lowest bid a price formula reads', () => {
    const result = run({
      settings: { minimumTechnical: 70, priceFormula: 'lowestRatio' },
      vendors: {
        A: { mandatory: allPass, scored: ['AAB', 'BBB', 'CDC'], bid: 8_000_000 },
        B: { mandatory: allPass, scored: ['BBB', 'AAA', 'AAA'], bid: 9_500_000 }
      }
    });
    expect(result.lowestBid).toBe(9_500_000);
    expect(vendor(result, 'B').pricePoints?.value).toBe(50);
  });
});

describe('an item that excludes at its lowest level (評価項目の足切り)', () => {
  it.each([
    ['every grade at the lowest', 'CCC', undefined, undefined, true],
    ['one grade above it', 'CCB', undefined, undefined, false],
    ['consensus at the lowest over higher grades', 'BBB', 'C', undefined, true],
    ['consensus above it over the lowest grades', 'CCC', 'B', undefined, false],
    ['level points 10/6/2: the lowest is worth 2', 'CCC', undefined, levels(10, 6, 2), true],
    ['level points 10/0/0: B and C both worth the least', 'BCB', undefined, levels(10, 0, 0), true],
    ['level points 10/0/0: one A', 'ACB', undefined, levels(10, 0, 0), false]
  ])('%s', (_, grades, consensus, levelPoints, excluded) => {
    const result = run({
      scored: [10, 10, 10],
      settings: { rubric: RUBRIC },
      items: { s2: { excludeAtLowest: true, ...(levelPoints && { levelPoints }) } },
      consensus: consensus ? [{ vendor: 'X', item: 's2', level: consensus }] : [],
      vendors: {
        X: { mandatory: allPass, scored: ['AAA', grades, 'AAA'], bid: 9_000_000 },
        Y: { mandatory: allPass, scored: ['CCC', 'AAA', 'CCC'], bid: 9_000_000 }
      }
    });
    const X = vendor(result, 'X');
    expect(X.scored[1]!.atLowest).toBe(excluded);
    expect(X.reasons).toEqual(excluded ? [{ code: 'lowestLevel', requirementId: 's2', ref: 'R-s2' }] : []);
    expect(X.rank).toBe(excluded ? null : 1);
    // An item not marked never excludes: Y's s1 and s3 are at the lowest level.
    expect(vendor(result, 'Y').reasons).toEqual([]);
    expect(vendor(result, 'Y').scored[0]!.atLowest).toBeNull();
  });

  it('lists an item threshold with every other reason', () => {
    const result = run({
      scored: [10, 10, 10],
      settings: { rubric: RUBRIC, minimumTechnical: 30 },
      items: { s1: { excludeAtLowest: true }, s3: { excludeAtLowest: true } },
      vendors: { X: { mandatory: ['fff', 'ppp'], scored: ['CCC', 'BBB', 'CCC'], bid: 9_000_000 } }
    });
    expect(vendor(result, 'X').reasons).toEqual([
      { code: 'mandatoryFailed', requirementId: 'm1', ref: 'R-m1' },
      { code: 'lowestLevel', requirementId: 's1', ref: 'R-s1' },
      { code: 'lowestLevel', requirementId: 's3', ref: 'R-s3' },
      { code: 'belowMinimumTechnical', minimum: 30 }
    ]);
  });
});
