import { describe, expect, it } from 'vitest';
import type { PriceFormula, PriceMethod } from './model';
import {
  evaluationValue,
  lowestRatioPricePoints,
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
import { roundRational, toNumber } from './rounding';

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
