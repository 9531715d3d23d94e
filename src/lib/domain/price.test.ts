import { describe, expect, it } from 'vitest';
import type { PriceFormula, PriceMethod } from './model';
import {
  ceilingNeeded,
  evaluationValue,
  floorPricePoints,
  lowestRatioPricePoints,
  reducedSlopePricePoints,
  lowestValidBid,
  meetsReferenceValue,
  priceMethodPublishes,
  pricePoints,
  rankFigureOf,
  referenceValue,
  standardPricePoints,
  totalPoints,
  withinCeiling
} from './price';
import { compare, roundRational, toNumber, toRational } from './rounding';

const floor = (r: Parameters<typeof roundRational>[0], decimals: number) =>
  roundRational(r, decimals, 'floor');

describe('priceMethodPublishes', () => {
  it.each<[PriceMethod, Record<string, unknown>]>([
    [
      'none',
      {
        bids: false,
        pricePoints: false,
        totalPoints: true,
        evaluationValue: false,
        referenceValue: false,
        rankBy: 'totalPoints',
        rankFigure: 'total',
        bidFigure: null
      }
    ],
    [
      'additive',
      {
        bids: true,
        pricePoints: true,
        totalPoints: true,
        evaluationValue: false,
        referenceValue: false,
        rankBy: 'totalPoints',
        rankFigure: 'total',
        bidFigure: 'pricePoints'
      }
    ],
    [
      'division',
      {
        bids: true,
        pricePoints: false,
        totalPoints: false,
        evaluationValue: true,
        referenceValue: true,
        rankBy: 'evaluationValue',
        rankFigure: 'evaluationValue',
        bidFigure: 'evaluationValue'
      }
    ]
  ])('%s', (priceMethod, expected) => {
    expect(priceMethodPublishes({ priceMethod })).toEqual(expected);
  });

  it('ranks by the total, or by 評価値 in 除算方式', () => {
    const figures = { totalPoints: 'total', evaluationValue: 'value' };
    expect(rankFigureOf(figures, { priceMethod: 'additive' })).toBe('total');
    expect(rankFigureOf(figures, { priceMethod: 'none' })).toBe('total');
    expect(rankFigureOf(figures, { priceMethod: 'division' })).toBe('value');
  });
});

describe('価格点 (加算方式)', () => {
  it.each<[PriceFormula, number, number, number | null, number | null, number | null]>([
    // formula, P, bid, C, lowest, exact price points
    ['standard', 50, 8_000_000, 10_000_000, null, 10],
    ['standard', 50, 9_500_000, 10_000_000, null, 2.5],
    ['standard', 50, 10_000_000, 10_000_000, null, 0],
    ['standard', 50, 8_000_000, null, 7_000_000, null],
    ['lowestRatio', 50, 8_000_000, null, 8_000_000, 50],
    ['lowestRatio', 30, 9_000_000, 10_000_000, 6_000_000, 20],
    ['lowestRatio', 50, 8_000_000, 10_000_000, null, null]
  ])('%s: P %d, bid %d, C %s, lowest %s → %s', (formula, allocation, bid, ceiling, lowestBid, expected) => {
    const points = pricePoints(formula, allocation, bid, { ceiling, lowestBid });
    expect(points === null ? null : toNumber(points)).toBe(expected);
  });

  it('is exact: P × (1 − b ÷ C) and P × min ÷ b as fractions', () => {
    expect(standardPricePoints(10, 1, 3)).toEqual({ n: 20n, d: 3n });
    expect(lowestRatioPricePoints(10, 1, 3)).toEqual({ n: 10n, d: 3n });
  });

  it('総合評価点 is the sum of the rounded components (worked example)', () => {
    expect(toNumber(totalPoints(66.66, floor(standardPricePoints(50, 8_000_000, 10_000_000), 2)))).toBe(
      76.66
    );
    expect(toNumber(totalPoints(72.5, floor(standardPricePoints(50, 9_500_000, 10_000_000), 2)))).toBe(75);
  });
});

describe('評価値 and 基準評価値 (除算方式)', () => {
  it.each([
    // technical, bid, scale, 評価値 floored at 4 decimals
    [66.66, 8_000_000, 1e8, 833.25],
    [72.5, 9_500_000, 1e8, 763.1578],
    [50, 10_000_000, 1e8, 500]
  ])('%d ÷ %d × %d floors to %d', (technical, bid, scale, expected) => {
    expect(floor(evaluationValue(technical, bid, scale), 4)).toBe(expected);
  });

  it('floors 72.5 ÷ 9,500,000 × 10^8 to 763.1578 exactly (the binary-float case)', () => {
    expect(floor(evaluationValue(72.5, 9_500_000, 1e8), 4)).toBe(763.1578);
  });

  it('基準評価値 = Σ 基礎点 ÷ C × S (worked example: 200.0000), and its gate', () => {
    const reference = referenceValue(20, 10_000_000, 1e8);
    expect(toNumber(reference)).toBe(200);
    expect(meetsReferenceValue(833.25, reference)).toBe(true);
    expect(meetsReferenceValue(200, reference)).toBe(true);
    expect(meetsReferenceValue(199.9999, reference)).toBe(false);
  });
});

describe('the ceiling gate and the lowest valid bid', () => {
  it.each([
    [9_999_999, 10_000_000, true],
    [10_000_000, 10_000_000, true],
    [10_000_001, 10_000_000, false]
  ])('bid %d, ceiling %d: within %s', (bid, ceiling, within) => {
    expect(withinCeiling(bid, ceiling)).toBe(within);
  });

  it.each([
    [[], null],
    [[{ bidStatus: 'withdrawn' as const, bid: 5, qualified: false }], null],
    [[{ bidStatus: 'valid' as const, bid: null, qualified: false }], null],
    // A 不合格 vendor's valid bid is not the lowest.
    [[{ bidStatus: 'valid' as const, bid: 4, qualified: false }], null],
    [
      [
        { bidStatus: 'valid' as const, bid: 9, qualified: true },
        { bidStatus: 'invalid' as const, bid: 3, qualified: false },
        { bidStatus: 'overCeiling' as const, bid: 2, qualified: false },
        { bidStatus: 'valid' as const, bid: 1, qualified: false },
        { bidStatus: 'valid' as const, bid: 7, qualified: true },
        { bidStatus: 'valid' as const, bid: null, qualified: false }
      ],
      7
    ]
  ])('%j → %s', (bids, expected) => {
    expect(lowestValidBid(bids)).toBe(expected);
  });
});

// Issue 17 (d): the floor-price and reduced-slope forms (scoring-method.md, "Variants found in
// published rule documents"). P = 50, C = 10,000,000 throughout.
describe('価格点 with a floor price F (基礎価格)', () => {
  const F = 6_000_000;
  it.each<[string, number, number | null, number | null]>([
    // what, bid, F, exact 価格点 (null: F missing)
    ['below F: full points', 5_000_000, F, 50],
    ['exactly at F: full points', F, F, 50],
    ['one yen above F: 50 × 3,999,999 ÷ 4,000,000', F + 1, F, 49.9999875],
    ['half way from F to C', 8_000_000, F, 25],
    ['exactly at C: none', 10_000_000, F, 0],
    ['F missing', 8_000_000, null, null]
  ])('%s', (_, bid, floorPrice, expected) => {
    const exact = pricePoints('withFloor', 50, bid, { ceiling: 10_000_000, lowestBid: null, floorPrice });
    expect(exact && toNumber(exact)).toBe(expected);
  });

  it('equals the standard form rescaled: P × (C − b) ÷ (C − F), falling as the bid rises', () => {
    let previous = toRational(51);
    for (let bid = F; bid <= 10_000_000; bid += 250_000) {
      const points = floorPricePoints(50, bid, 10_000_000, F);
      expect(compare(points, previous)).toBeLessThan(bid === F ? 1 : 0);
      expect(toNumber(points)).toBeCloseTo((50 * (10_000_000 - bid)) / 4_000_000, 9);
      previous = points;
    }
  });
});

describe('価格点 with a reduced slope below a threshold T', () => {
  const T = 8_000_000;
  it.each<[string, number, number, number | null]>([
    // what, bid, r, exact 価格点 (null: T missing)
    ['above T: the standard form', 9_000_000, 0.5, 5],
    ['exactly at T: both forms agree', T, 0.5, 10],
    ['below T at r = ½', 7_000_000, 0.5, 12.5],
    ['one yen below T: 50 × (0.2 + 0.5 ÷ 10,000,000)', T - 1, 0.5, 10.0000025],
    ['below T at r = 0: flat', 5_000_000, 0, 10],
    ['below T at r = 1: the standard form', 7_000_000, 1, 15],
    ['a bid of 1 yen stays within P', 1, 0.5, 29.9999975]
  ])('%s', (_, bid, r, expected) => {
    const exact = pricePoints('reducedSlope', 50, bid, {
      ceiling: 10_000_000,
      lowestBid: null,
      slopeThreshold: T,
      slopeFactor: r
    });
    expect(exact && toNumber(exact)).toBe(expected);
  });

  it('is continuous at T and never grows faster below it than above', () => {
    for (const threshold of [1_000_000, 5_555_555, 9_999_999]) {
      const at = reducedSlopePricePoints(50, threshold, 10_000_000, threshold, 0.5);
      expect(at).toEqual(standardPricePoints(50, threshold, 10_000_000));
      const below = reducedSlopePricePoints(50, threshold - 1000, 10_000_000, threshold, 0.5);
      const standard = standardPricePoints(50, threshold - 1000, 10_000_000);
      expect(compare(below, at)).toBe(1);
      expect(compare(below, standard)).toBe(-1);
    }
  });

  it('is null without T', () => {
    expect(pricePoints('reducedSlope', 50, 1, { ceiling: 10_000_000, lowestBid: null })).toBeNull();
  });
});

describe('ceilingNeeded: 予定価格 only where a formula or gate reads it', () => {
  it.each<[PriceMethod, PriceFormula, boolean, boolean]>([
    ['additive', 'standard', true, true],
    ['additive', 'lowestRatio', true, false],
    ['additive', 'withFloor', true, true],
    ['additive', 'reducedSlope', true, true],
    ['division', 'standard', true, true],
    ['division', 'lowestRatio', false, false],
    ['none', 'standard', true, false]
  ])('%s %s (基準評価値 gate %s): %s', (priceMethod, priceFormula, referenceValueGate, needed) => {
    expect(ceilingNeeded({ priceMethod, priceFormula, referenceValueGate })).toBe(needed);
  });
});
