import { describe, expect, it } from 'vitest';
import { defaultSettings } from './defaults';
import type { RoundingMode } from './model';
import {
  add,
  compare,
  decimalDigits,
  div,
  mul,
  rational,
  roundRational,
  roundToRational,
  sub,
  toNumber,
  toRational,
  type Rational
} from './rounding';
import { roundFigure } from './settings';

const S = 100_000_000;
const rounding = defaultSettings().rounding;

/** 技術点 ÷ 入札価格 × S, exactly. */
const evaluationValue = (technical: number, bid: number) => mul(div(technical, bid), S);

describe('toRational', () => {
  it.each([
    [0, 0n, 1n],
    [72.5, 145n, 2n],
    [0.1, 1n, 10n],
    [2.675, 107n, 40n],
    [-0.25, -1n, 4n],
    [1e-7, 1n, 10_000_000n],
    [1.5e-10, 3n, 20_000_000_000n],
    [1e21, 10n ** 21n, 1n],
    [100_000_000, 100_000_000n, 1n]
  ])('reads %s as its shortest decimal', (x, n, d) => {
    expect(toRational(x)).toEqual({ n, d });
  });

  it.each([NaN, Infinity, -Infinity])('refuses %s', (x) => {
    expect(() => toRational(x)).toThrow(RangeError);
  });
});

describe('arithmetic', () => {
  it('keeps fractions exact and reduced', () => {
    expect(add(0.1, 0.2)).toEqual(rational(3n, 10n));
    expect(sub(1, rational(1n, 3n))).toEqual({ n: 2n, d: 3n });
    expect(mul(rational(2n, 3n), 1.5)).toEqual({ n: 1n, d: 1n });
    expect(div(1, -4)).toEqual({ n: -1n, d: 4n });
    expect(rational(6n, -4n)).toEqual({ n: -3n, d: 2n });
  });

  it('refuses a zero divisor', () => {
    expect(() => div(1, 0)).toThrow(RangeError);
    expect(() => rational(1n, 0n)).toThrow(RangeError);
  });

  it('compares exactly where floats do not', () => {
    expect(0.1 + 0.2 > 0.3).toBe(true);
    expect(compare(add(0.1, 0.2), 0.3)).toBe(0);
    expect(compare(1, rational(2n, 3n))).toBe(1);
    expect(compare(-1, 0)).toBe(-1);
  });
});

describe('the worked example of scoring-method.md', () => {
  // A: 基礎点 20 + 27.5 + 15 + 4.1666… ; B: 20 + 22.5 + 20 + 10.
  const technicalA = add(add(20, 27.5), add(15, div(25, 6)));
  const technicalB = add(add(20, 22.5), add(20, 10));
  const pricePoints = (bid: number) => mul(50, sub(1, div(bid, 10_000_000)));

  it.each<[string, Rational, number, number]>([
    ['技術点 A 66.6666… floor 2', technicalA, 2, 66.66],
    ['技術点 B 72.5 floor 2', technicalB, 2, 72.5],
    ['価格点 A 50 × (1 − 8,000,000 ÷ 10,000,000)', pricePoints(8_000_000), 2, 10],
    ['価格点 B 50 × (1 − 9,500,000 ÷ 10,000,000)', pricePoints(9_500_000), 2, 2.5],
    ['評価値 A 66.66 ÷ 8,000,000 × 10^8', evaluationValue(66.66, 8_000_000), 4, 833.25],
    ['評価値 B 72.5 ÷ 9,500,000 × 10^8', evaluationValue(72.5, 9_500_000), 4, 763.1578],
    ['基準評価値 20 ÷ 10,000,000 × 10^8', evaluationValue(20, 10_000_000), 4, 200]
  ])('%s', (_name, value, decimals, expected) => {
    expect(roundRational(value, decimals, 'floor')).toBe(expected);
  });

  it('prints the published digits', () => {
    expect(decimalDigits(roundToRational(technicalB, 2, 'floor'), 2).text).toBe('72.50');
    expect(decimalDigits(roundToRational(evaluationValue(66.66, 8_000_000), 4, 'floor'), 4).text).toBe(
      '833.2500'
    );
    expect(decimalDigits(roundToRational(evaluationValue(72.5, 9_500_000), 4, 'floor'), 4).text).toBe(
      '763.1578'
    );
    expect(decimalDigits(roundToRational(evaluationValue(20, 10_000_000), 4, 'floor'), 4).text).toBe(
      '200.0000'
    );
  });

  it('totals from the rounded components: A 76.66, B 75.00', () => {
    const total = (technical: Rational, bid: number) =>
      roundFigure(
        add(roundToRational(technical, 2, 'floor'), roundToRational(pricePoints(bid), 2, 'floor')),
        rounding,
        'total'
      );
    expect(total(technicalA, 8_000_000)).toBe(76.66);
    expect(total(technicalB, 9_500_000)).toBe(75);
  });
});

describe('where binary floats land one unit off', () => {
  const naiveFloor = (x: number, decimals: number) => Math.floor(x * 10 ** decimals) / 10 ** decimals;

  it('価格点 A: the float 9.999999999999998 would floor to 9.99', () => {
    const float = 50 * (1 - 8_000_000 / 10_000_000);
    expect(naiveFloor(float, 2)).toBe(9.99);
    expect(roundRational(mul(50, sub(1, div(8_000_000, 10_000_000))), 2, 'floor')).toBe(10);
  });

  it('評価値 B equals the exact long division 763.157894…', () => {
    const exact = (7_250_000_000n * 10_000n) / 9_500_000n; // 72.5 × 10^8 ÷ 9,500,000, in 10^-4 units
    expect(exact).toBe(7_631_578n);
    expect(roundRational(evaluationValue(72.5, 9_500_000), 4, 'floor')).toBe(Number(exact) / 10_000);
  });

  it.each([
    [50.05, 7_000_000, 715, 714.9999],
    [50.12, 8_000_000, 626.5, 626.4999],
    [50.02, 12_500_000, 400.16, 400.1599]
  ])('評価値 %s ÷ %s × 10^8 floors to %s (the float gives %s)', (technical, bid, exact, naive) => {
    expect(naiveFloor((technical / bid) * S, 4)).toBe(naive);
    expect(roundRational(evaluationValue(technical, bid), 4, 'floor')).toBe(exact);
  });
});

describe('roundRational', () => {
  it.each<[number, number, RoundingMode, number]>([
    // 四捨五入 at the boundary: the typed 2.675 is 2.675, although the double is 2.67499…
    [2.675, 2, 'halfUp', 2.68],
    [1.005, 2, 'halfUp', 1.01],
    [0.125, 2, 'halfUp', 0.13],
    [0.124999, 2, 'halfUp', 0.12],
    [2.5, 0, 'halfUp', 3],
    [-2.675, 2, 'halfUp', -2.68],
    // 切捨て, toward −∞
    [2.679, 2, 'floor', 2.67],
    [4.35, 2, 'floor', 4.35],
    [0.29, 2, 'floor', 0.29],
    [-2.671, 2, 'floor', -2.68],
    [66.666, 0, 'floor', 66],
    // the same value, floor against half-up
    [763.15789, 4, 'floor', 763.1578],
    [763.15789, 4, 'halfUp', 763.1579],
    // none: the value as it is
    [2.675, 2, 'none', 2.675],
    [66.6666666, 2, 'none', 66.6666666]
  ])('%s at %s decimals, %s → %s', (value, decimals, mode, expected) => {
    expect(roundRational(toRational(value), decimals, mode)).toBe(expected);
  });

  it('none gives the double nearest the exact fraction', () => {
    expect(roundRational(rational(2n, 3n), 2, 'none')).toBe(2 / 3);
    expect(roundRational(div(200, 3), 2, 'none')).toBe(200 / 3);
    expect(toNumber(rational(1n, 10n))).toBe(0.1);
    expect(toNumber(rational(-7n, 3n))).toBe(-7 / 3);
    expect(toNumber(rational(10n ** 30n, 7n))).toBe(1e30 / 7);
    // exactly halfway between two doubles: ties to even
    expect(toNumber(rational(2n ** 53n + 1n))).toBe(2 ** 53);
    expect(toNumber(rational(2n ** 53n + 3n))).toBe(2 ** 53 + 4);
  });

  it.each([-1, 1.5, 21])('refuses %s decimals', (decimals) => {
    expect(() => roundRational(toRational(1), decimals, 'floor')).toThrow(RangeError);
  });
});

describe('roundFigure', () => {
  const custom = { ...rounding, mode: 'halfUp' as const, technicalDecimals: 1, evaluationValueDecimals: 2 };

  it.each([
    ['technical', 66.666, 66.66, 66.7],
    ['price', 2.505, 2.5, 2.51],
    ['total', 76.669, 76.66, 76.67],
    ['evaluationValue', 763.157894, 763.1578, 763.16],
    ['referenceValue', 200.00005, 200, 200.0001]
  ] as const)(
    '%s takes its own decimals: %s → %s floored, %s in the custom settings',
    (figure, value, floored, halfUp) => {
      expect(roundFigure(value, rounding, figure)).toBe(floored);
      expect(roundFigure(toRational(value), custom, figure)).toBe(halfUp);
    }
  );
});

describe('decimalDigits', () => {
  it.each<[Rational, number, string, boolean]>([
    [toRational(27.5), 4, '27.5000', false],
    [div(11, 12), 4, '0.9166', true],
    [toRational(8_000_000), 0, '8000000', false],
    [toRational(-0.5), 2, '-0.50', false],
    [toRational(-0.001), 2, '0.00', true]
  ])('%o at %s places is %s', (value, decimals, text, truncated) => {
    expect(decimalDigits(value, decimals)).toEqual({ text, truncated });
  });
});
