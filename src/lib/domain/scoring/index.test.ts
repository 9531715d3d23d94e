import { describe, expect, it } from 'vitest';
import { scoreProcurement, type ScoringResult, type VendorResult } from './index';
import { scenarioInput, WORKED_EXAMPLE, type Scenario } from '$lib/testing/fixtures';

const run = (s: Scenario) => scoreProcurement(scenarioInput(s));
const vendor = (result: ScoringResult, id: string): VendorResult => {
  const found = result.vendors.find((v) => v.vendorId === id);
  if (!found) throw new Error(`no vendor ${id}`);
  return found;
};

/** The worked example of scoring-method.md. */
const worked = WORKED_EXAMPLE;

describe('the worked example (加算方式 standard)', () => {
  const result = run(worked);
  const A = vendor(result, 'A');
  const B = vendor(result, 'B');
  const C = vendor(result, 'C');

  it.each([
    ['A', A, 66.66, 10, 76.66],
    ['B', B, 72.5, 2.5, 75]
  ])('%s: 技術点, 価格点, total', (_, v, technical, price, total) => {
    expect(v.technicalPoints?.value).toBe(technical);
    expect(v.pricePoints?.value).toBe(price);
    expect(v.totalPoints?.value).toBe(total);
    expect(v.qualified).toBe(true);
    expect(v.reasons).toEqual([]);
  });

  it('keeps the exact values', () => {
    expect(A.technicalPoints?.exact).toEqual({ n: 200n, d: 3n });
    expect(A.scored.map((s) => s.score)).toEqual([
      { n: 55n, d: 2n },
      { n: 15n, d: 1n },
      { n: 25n, d: 6n }
    ]);
    expect(A.scored[2]?.meanFactor).toEqual({ n: 5n, d: 12n });
    expect(A.basePoints.value).toBe(20);
    expect(A.bonusPoints?.exact).toEqual({ n: 140n, d: 3n });
  });

  it('disqualifies C on mandatory item 2 (1 of 3) and gives it no rank', () => {
    expect(C.qualified).toBe(false);
    expect(C.reasons).toEqual([{ code: 'mandatoryFailed', requirementId: 'm2', ref: 'R-m2' }]);
    expect(C.mandatory[1]).toMatchObject({ passes: 1, fails: 2, passed: false });
    expect(C.rank).toBeNull();
  });

  it('ranks A then B', () => {
    expect(result.ranking).toEqual(['A', 'B']);
    expect([A.rank, B.rank]).toEqual([1, 2]);
    expect(result.ties).toEqual([]);
    expect(result.complete).toBe(true);
  });

  it("flags B's item 1 and C's item 2 (split verdicts) and no scored item", () => {
    expect(result.disagreements).toEqual([
      { vendorId: 'B', requirementId: 'm1', kind: 'splitVerdict', steps: 0, resolved: false },
      { vendorId: 'C', requirementId: 'm2', kind: 'splitVerdict', steps: 0, resolved: false }
    ]);
    expect(B.mandatory[0]).toMatchObject({ passes: 2, fails: 1, passed: true, flagged: true });
    expect(result.vendors.flatMap((v) => v.scored).some((s) => s.flagged)).toBe(false);
  });

  it('with 除算方式: 評価値 A 833.2500, B 763.1578, 基準評価値 200.0000, A first', () => {
    const division = run({ ...worked, settings: { priceMethod: 'division' } });
    expect(vendor(division, 'A').evaluationValue?.value).toBe(833.25);
    expect(vendor(division, 'B').evaluationValue?.value).toBe(763.1578);
    expect(vendor(division, 'B').evaluationValue?.rounded).toEqual({ n: 3815789n, d: 5000n });
    expect(division.referenceValue?.value).toBe(200);
    expect(division.ranking).toEqual(['A', 'B']);
    expect(vendor(division, 'A').pricePoints).toBeNull();
  });
});

const allPass = ['ppp', 'ppp'];

describe('rank and ties', () => {
  it('breaks an equal total by the higher 技術点', () => {
    // X: 技術点 55 + 価格点 10 = 65; Y: 技術点 60 + 価格点 5 = 65.
    const result = run({
      vendors: {
        X: { mandatory: allPass, scored: ['CCC', 'CCC', 'AAA'], bid: 8_000_000 },
        Y: { mandatory: allPass, scored: ['BBB', 'CCC', 'BBB'], bid: 9_000_000 }
      }
    });
    expect(vendor(result, 'X').totalPoints?.value).toBe(65);
    expect(vendor(result, 'Y').totalPoints?.value).toBe(65);
    expect(result.ranking).toEqual(['Y', 'X']);
    expect(vendor(result, 'X').tie).toBe(false);
  });

  const fullTie: Scenario = {
    vendors: {
      X: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 9_000_000 },
      Y: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 9_000_000 },
      Z: { mandatory: allPass, scored: ['EEE', 'EEE', 'EEE'], bid: 9_000_000 }
    }
  };

  it('flags a full tie with the tied vendor ids', () => {
    const result = run(fullTie);
    expect(vendor(result, 'X')).toMatchObject({ rank: 1, tie: true, tiedWith: ['Y'] });
    expect(vendor(result, 'Y')).toMatchObject({ rank: 1, tie: true, tiedWith: ['X'] });
    expect(vendor(result, 'Z')).toMatchObject({ rank: 3, tie: false });
    expect(result.ties).toEqual([{ vendorIds: ['X', 'Y'], rank: 1, winnerId: null }]);
  });

  it('applies a recorded tie resolution', () => {
    const result = run({ ...fullTie, tieResolutions: [{ vendorIds: ['Y', 'X'], winnerId: 'Y' }] });
    expect(result.ranking).toEqual(['Y', 'X', 'Z']);
    expect(vendor(result, 'Y')).toMatchObject({ rank: 1, tie: false });
    expect(vendor(result, 'X')).toMatchObject({ rank: 2, tie: false });
    expect(result.ties).toEqual([{ vendorIds: ['X', 'Y'], rank: 1, winnerId: 'Y' }]);
  });
});
