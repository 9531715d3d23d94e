import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../defaults';
import { scoreProcurement, type ScoringResult, type VendorResult } from './index';
import { scenarioInput, type Scenario } from '$lib/testing/fixtures';

const allPass = ['ppp', 'ppp'];
const run = (s: Scenario) => scoreProcurement(scenarioInput(s));
const vendor = (result: ScoringResult, id: string): VendorResult => {
  const found = result.vendors.find((v) => v.vendorId === id);
  if (!found) throw new Error(`no vendor ${id}`);
  return found;
};

describe('rounding at a boundary', () => {
  // Item 10 points, C D C → 4.1666…; technical 24.1666…
  it.each([
    ['floor', 24.16],
    ['halfUp', 24.17]
  ] as const)('%s', (mode, expected) => {
    const result = run({
      scored: [10],
      settings: { rounding: { ...defaultSettings().rounding, mode } },
      vendors: { X: { mandatory: allPass, scored: ['CDC'] } }
    });
    expect(vendor(result, 'X').technicalPoints?.value).toBe(expected);
  });

  it('rounds 価格点 half-up at exactly .5 of the last unit and floors it otherwise', () => {
    // 50 × (1 − 9,999,000 ÷ 10,000,000) = 0.005 exactly: 0.00 floored, 0.01 half-up.
    const at = (mode: 'floor' | 'halfUp') =>
      vendor(
        run({
          settings: { rounding: { ...defaultSettings().rounding, mode } },
          vendors: { X: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 9_999_000 } }
        }),
        'X'
      ).pricePoints?.value;
    expect(at('floor')).toBe(0);
    expect(at('halfUp')).toBe(0.01);
  });
  it('computes the total from the rounded components', () => {
    // Half-up: 技術点 24.1666… → 24.17, 価格点 0.005 → 0.01, total 24.18 (not 24.1716… → 24.17).
    const result = run({
      scored: [10],
      settings: { rounding: { ...defaultSettings().rounding, mode: 'halfUp' } },
      vendors: { X: { mandatory: allPass, scored: ['CDC'], bid: 9_999_000 } }
    });
    expect(vendor(result, 'X').totalPoints?.value).toBe(24.18);
  });
});

describe('lowest-ratio formula', () => {
  it('gives P × lowest ÷ bid over the valid bids', () => {
    const result = run({
      settings: { priceFormula: 'lowestRatio' },
      vendors: {
        X: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 8_000_000 },
        Y: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 9_000_000 },
        W: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 1_000_000, status: 'withdrawn' }
      }
    });
    expect(result.lowestBid).toBe(8_000_000);
    expect(vendor(result, 'X').pricePoints?.value).toBe(50);
    expect(vendor(result, 'Y').pricePoints?.value).toBe(44.44);
    expect(vendor(result, 'Y').pricePoints?.exact).toEqual({ n: 400n, d: 9n });
    expect(result.ranking).toEqual(['X', 'Y']);
  });
});

describe('the lowest bid is a ranked vendor’s', () => {
  it.each([
    ['不合格 (a mandatory item failed)', { mandatory: ['fff', 'ppp'], scored: ['AAA', 'AAA', 'AAA'] }],
    ['無効', { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], status: 'invalid' as const }],
    ['辞退', { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], status: 'withdrawn' as const }],
    ['予定価格超過', { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 20_000_000 }],
    ['incomplete grades', { mandatory: allPass, scored: ['AA', 'AAA', 'AAA'] }]
  ])('a %s vendor’s lower bid is not the lowest, and it gets no rank', (_, loser) => {
    const result = run({
      settings: { priceFormula: 'lowestRatio' },
      vendors: {
        X: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 8_000_000 },
        L: { bid: 1_000_000, ...loser }
      }
    });
    expect(result.lowestBid).toBe(8_000_000);
    // X is priced against its own bid, not against L's 1,000,000.
    expect(vendor(result, 'X').pricePoints?.value).toBe(50);
    expect(vendor(result, 'L').rank).toBeNull();
    expect(result.ranking).toEqual(['X']);
  });
});
