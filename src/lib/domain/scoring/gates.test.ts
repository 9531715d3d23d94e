import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../defaults';
import { toRational } from '../rounding';
import { belowMinimumBonus, ceilingOf, passesRule } from './gates';
import { scoreProcurement, type ScoringResult, type VendorResult } from './index';
import { scenarioInput, type Scenario } from '$lib/testing/fixtures';

const allPass = ['ppp', 'ppp'];
const run = (s: Scenario) => scoreProcurement(scenarioInput(s));
const vendor = (result: ScoringResult, id: string): VendorResult => {
  const found = result.vendors.find((v) => v.vendorId === id);
  if (!found) throw new Error(`no vendor ${id}`);
  return found;
};
const codes = (v: VendorResult) => v.reasons.map((r) => r.code);

describe('gates and bid status', () => {
  it.each([
    // 9,090,910 税抜 at 10 % is ⌊9,090,910 × 1.1⌋ = 10,000,001 税込: over the 税込 ceiling.
    ['税込 evaluation: the 税抜 bid converted is over the ceiling', true, 'overCeiling', 10_000_001],
    ['税抜 evaluation: the bid as typed is within it', false, 'valid', 9_090_910]
  ] as const)('reads a bid as typed on its basis: %s', (_, included, status, bid) => {
    const input = scenarioInput({
      vendors: {
        X: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 1 },
        Y: { mandatory: allPass, scored: ['CCC', 'CCC', 'CCC'], bid: 5_000_000 }
      }
    });
    input.settings = { ...input.settings, priceTaxIncluded: included };
    // The stored figure (1) is stale: the engine converts the typed bid under the settings it evaluates.
    input.vendors = input.vendors.map((v) =>
      v.id === 'X' ? { ...v, bidTyped: { yen: 9_090_910, unit: 'yen', taxBasis: 'excluded' } } : v
    );
    const X = vendor(scoreProcurement(input), 'X');
    expect(X.bidStatus).toBe(status);
    expect(X.bid).toBe(bid);
  });

  it('marks a bid above the ceiling overCeiling and leaves it unranked', () => {
    const result = run({
      vendors: {
        X: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 10_000_001 },
        Y: { mandatory: allPass, scored: ['CCC', 'CCC', 'CCC'], bid: 10_000_000 }
      }
    });
    const X = vendor(result, 'X');
    expect(X.bidStatus).toBe('overCeiling');
    expect(codes(X)).toEqual(['overCeiling']);
    expect(X.rank).toBeNull();
    expect(X.pricePoints).toBeNull();
    expect(result.ranking).toEqual(['Y']);
    expect(vendor(result, 'Y').pricePoints?.value).toBe(0);
  });

  it('lists every reason at once', () => {
    const result = run({
      settings: { minimumBonus: 30 },
      vendors: { X: { mandatory: ['fff', 'ppp'], scored: ['EEE', 'EEE', 'EE-'], bid: 20_000_000 } }
    });
    expect(vendor(result, 'X').reasons).toEqual([
      { code: 'mandatoryFailed', requirementId: 'm1', ref: 'R-m1' },
      { code: 'overCeiling' },
      { code: 'belowMinimumBonus' },
      { code: 'missingGrades', count: 1 }
    ]);
  });

  it.each([
    ['withdrawn', 'withdrawn'],
    ['invalid', 'invalidBid']
  ] as const)('a %s bid is listed, not ranked', (status, code) => {
    const result = run({
      vendors: { X: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], status, bid: 9_000_000 } }
    });
    expect(codes(vendor(result, 'X'))).toEqual([code]);
    expect(vendor(result, 'X').bidStatus).toBe(status);
    expect(result.ranking).toEqual([]);
  });

  it.each([
    [29.99, true],
    [30, true],
    [30.01, false]
  ])('加点 minimum %s → qualified %s (加点 30)', (minimumBonus, qualified) => {
    const result = run({
      settings: { minimumBonus },
      vendors: { X: { mandatory: allPass, scored: ['CCC', 'CCC', 'CCC'], bid: 9_000_000 } }
    });
    expect(vendor(result, 'X').bonusPoints?.value).toBe(30);
    expect(vendor(result, 'X').qualified).toBe(qualified);
  });

  it.each([
    [null, 'pending', 'valid', [], 1],
    [{ outcome: 'accepted', note: '' }, 'accepted', 'valid', [], 1],
    [{ outcome: 'rejected', note: 'cost not credible' }, 'rejected', 'invalid', ['lowBidRejected'], null]
  ] as const)(
    'a bid below 調査基準価格, investigation %j',
    (investigation, outcome, status, reasons, rank) => {
      const result = run({
        settings: { lowBidThreshold: 7_000_000 },
        vendors: {
          X: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 6_999_999, investigation },
          Y: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 7_000_000 }
        }
      });
      const X = vendor(result, 'X');
      expect(X.lowBid).toEqual({ outcome });
      expect(X.bidStatus).toBe(status);
      expect(codes(X)).toEqual(reasons);
      expect(X.rank).toBe(rank);
      // Equal to the threshold is not below it.
      expect(vendor(result, 'Y').lowBid).toBeNull();
    }
  );

  it('除算方式: a 評価値 below 基準評価値 disqualifies', () => {
    // 基準評価値 = 20 ÷ 10,000,000 × 10^8 = 200: a bid at the ceiling with only 基礎点 meets it exactly.
    const result = run({
      mandatory: [10, 10],
      scored: [10],
      settings: { priceMethod: 'division' },
      vendors: {
        X: { mandatory: allPass, scored: ['EEE'], bid: 10_000_000 },
        Y: { mandatory: allPass, scored: ['EEE'], bid: 5_000_000 }
      }
    });
    expect(vendor(result, 'X').evaluationValue?.value).toBe(200);
    expect(vendor(result, 'X').qualified).toBe(true);
    expect(vendor(result, 'Y').evaluationValue?.value).toBe(400);
    const gated = run({
      mandatory: [10, 10],
      scored: [10],
      settings: { priceMethod: 'division', ceilingPrice: 9_000_000 },
      vendors: { X: { mandatory: allPass, scored: ['EEE'], bid: 9_000_000 } }
    });
    expect(gated.referenceValue?.value).toBe(222.2222);
    expect(vendor(gated, 'X').evaluationValue?.value).toBe(222.2222);
    expect(vendor(gated, 'X').qualified).toBe(true);
    const below = run({
      mandatory: [10, 10],
      scored: [10],
      settings: {
        priceMethod: 'division',
        rounding: { ...defaultSettings().rounding, technicalDecimals: 0 }
      },
      // One mandatory item failed (by consensus): 技術点 10 → 評価値 100 < 200, both reasons listed.
      consensus: [{ vendor: 'X', item: 'm1', verdict: 'fail' }],
      vendors: { X: { mandatory: allPass, scored: ['EEE'], bid: 10_000_000 } }
    });
    expect(vendor(below, 'X').evaluationValue?.value).toBe(100);
    expect(codes(vendor(below, 'X'))).toEqual(['mandatoryFailed', 'belowReferenceValue']);
  });
});

describe('the gate rules', () => {
  it.each([
    ['majority', 2, 3, true],
    ['majority', 1, 3, false],
    ['majority', 2, 4, false],
    ['majority', 3, 4, true],
    ['majority', 0, 0, false],
    ['unanimous', 3, 3, true],
    ['unanimous', 2, 3, false],
    ['unanimous', 0, 0, false]
  ] as const)('%s: %i passes of %i → %s', (rule, passes, panel, expected) => {
    expect(passesRule(rule, passes, panel)).toBe(expected);
  });

  it('the ceiling applies with a price method and a usable ceiling only', () => {
    const settings = { ...defaultSettings(), ceilingPrice: 10_000_000 };
    expect(ceilingOf(settings, [])).toBe(10_000_000);
    expect(ceilingOf({ ...settings, priceMethod: 'division' }, [])).toBe(10_000_000);
    expect(ceilingOf({ ...settings, priceMethod: 'none' }, [])).toBeNull();
    expect(ceilingOf(settings, ['missingCeiling'])).toBeNull();
  });

  it('the minimum 加点 is not judged on an incomplete 加点', () => {
    const settings = { ...defaultSettings(), minimumBonus: 10 };
    expect(belowMinimumBonus(settings, toRational(9.99))).toBe(true);
    expect(belowMinimumBonus(settings, toRational(10))).toBe(false);
    expect(belowMinimumBonus(settings, null)).toBe(false);
    expect(belowMinimumBonus({ ...settings, minimumBonus: null }, toRational(0))).toBe(false);
  });
});
