import { describe, expect, it } from 'vitest';
import { defaultSettings } from './defaults';
import type { TaxBasis, TypedAmount } from './model';
import { convertTaxBasis, evaluatedBid, onBothBases, toEvaluationBasis, typedAmountOf } from './tax';

describe('convertTaxBasis', () => {
  // Expected values by integer arithmetic: ⌊yen × (100 + r) ÷ 100⌋ and ⌊yen × 100 ÷ (100 + r)⌋.
  it.each<[number, TaxBasis, TaxBasis, number, number]>([
    [28_000_000, 'excluded', 'included', 10, 30_800_000],
    [30_800_000, 'included', 'excluded', 10, 28_000_000],
    [101, 'excluded', 'included', 10, 111], // 111.1 → 111 (円未満切捨て)
    [111, 'included', 'excluded', 10, 100], // 100.909… → 100
    [999, 'excluded', 'included', 8, 1_078], // 1,078.92 → 1,078
    [1_079, 'included', 'excluded', 8, 999], // 999.07… → 999
    [1_000, 'excluded', 'included', 8.25, 1_082], // 1,082.5 → 1,082
    [1_000, 'excluded', 'included', 0, 1_000],
    [12_345, 'included', 'included', 10, 12_345],
    [12_345, 'excluded', 'excluded', 8, 12_345]
  ])('%s %s → %s at %s %% is %s', (yen, from, to, rate, expected) => {
    expect(convertTaxBasis(yen, from, to, rate)).toBe(expected);
  });

  it('agrees with integer arithmetic over a sweep of amounts at 10 % and 8 %', () => {
    for (const rate of [10, 8]) {
      for (let yen = 1; yen <= 2_000_000; yen += 997) {
        expect(convertTaxBasis(yen, 'excluded', 'included', rate)).toBe(
          Math.floor((yen * (100 + rate)) / 100)
        );
        expect(convertTaxBasis(yen, 'included', 'excluded', rate)).toBe(
          Math.floor((yen * 100) / (100 + rate))
        );
      }
    }
  });

  it('is exact where float arithmetic is not: 税込 ÷ 1.1, and amounts near 2^53', () => {
    // 110 ÷ 1.1 is 99.99999999999999 in floats, which would floor to 99.
    expect(Math.floor(110 / 1.1)).toBe(99);
    expect(convertTaxBasis(110, 'included', 'excluded', 10)).toBe(100);
    expect(convertTaxBasis(33, 'included', 'excluded', 10)).toBe(30);
    const big = 8_000_000_000_000_000; // 8 × 10^15 < 2^53
    expect(convertTaxBasis(big, 'included', 'excluded', 10)).toBe(Number((BigInt(big) * 100n) / 110n));
  });
});

describe('amounts on the evaluation basis', () => {
  const included = { ...defaultSettings(), priceTaxIncluded: true, consumptionTaxRate: 10 };
  const excluded = { ...included, priceTaxIncluded: false };
  const typed: TypedAmount = { yen: 28_000_000, unit: 'thousandYen', taxBasis: 'excluded' };

  it.each([
    ['a 税込 evaluation converts a 税抜 amount', included, 30_800_000],
    ['a 税抜 evaluation takes it as typed', excluded, 28_000_000]
  ])('%s', (_, settings, expected) => {
    expect(toEvaluationBasis(typed, settings)).toBe(expected);
    expect(evaluatedBid({ bidPrice: 1, bidTyped: typed }, settings)).toBe(expected);
  });

  it('shows an amount on both bases', () => {
    expect(onBothBases(typed, included)).toEqual({ included: 30_800_000, excluded: 28_000_000 });
  });

  it('reads a bid or amount stored without a typed record as typed in 円 on the evaluation basis', () => {
    expect(evaluatedBid({ bidPrice: 8_000_000, bidTyped: null }, included)).toBe(8_000_000);
    expect(evaluatedBid({ bidPrice: null, bidTyped: null }, included)).toBeNull();
    expect(typedAmountOf(8_000_000, null, excluded)).toEqual({
      yen: 8_000_000,
      unit: 'yen',
      taxBasis: 'excluded'
    });
  });
});
