import { describe, expect, it } from 'vitest';
import { add, div, mul, roundRational, toRational, type Rational } from '../domain/rounding';
import { mulberry32 } from '../domain/stability';
import {
  decimalSumFormula,
  EXACT_LIMIT,
  exactQuotientFormula,
  floorDivFormula,
  scaledSumFormula
} from './scoring-workbook-exact';
import { evaluationValueFormula, pricePointsFormula } from './scoring-workbook-results';
import {
  engineFigure,
  NEAR,
  nearBoundaryCases,
  nearSettings,
  type NearCase
} from '$lib/testing/near-boundary';

/**
 * A spreadsheet evaluator for these formulas in IEEE doubles: cell references A1…F1, ROUND half
 * away from zero, a comparison as 0/1 in arithmetic, and INT either as floor (Excel) or, `snap`,
 * as LibreOffice's floor of the value first rounded to 15 significant digits, which can give one
 * more than the floor. Recalculation by LibreOffice itself is `workbook-exact-search.test.ts`;
 * this one runs everywhere, fast.
 */
function evaluate(formula: string, cells: Record<string, number>, snap = false): number {
  const js = formula
    .replace(/\b([A-I]1)\b/g, (_, ref: string) => String(cells[ref]))
    .replaceAll('INT(', 'I(')
    .replaceAll('ROUND(', 'R(')
    .replaceAll('IF(', 'Q(');
  const R = (x: number, n: number) => (Math.sign(x) * Math.round(Math.abs(x) * 10 ** n)) / 10 ** n;
  const I = (x: number) => Math.floor(snap ? Number(x.toPrecision(15)) : x);
  const Q = (test: unknown, yes: number, no: number) => (test ? yes : no);
  return Number(new Function('R', 'I', 'Q', `return ${js};`)(R, I, Q));
}

const CELLS = {
  technical: 'A1',
  bid: 'B1',
  scale: 'C1',
  allocation: 'D1',
  ceiling: 'E1',
  lowest: 'F1',
  floor: 'G1',
  threshold: 'H1',
  factor: 'I1'
};
const BOUNDS = { technical: 2000, yen: 1_000_000_000_000 };
/** As the workbook bounds them (`boundsOf`): the largest of the case's amounts in yen. */
const boundsOf = (c: NearCase) =>
  c.figure === 'evaluationValue' ? BOUNDS : { ...BOUNDS, yen: Math.max(c.ceiling, c.bid, c.lowest) };

function workbookFormula(c: NearCase): string {
  const s = nearSettings(c);
  const value = engineFigure(c);
  return c.figure === 'evaluationValue'
    ? evaluationValueFormula(s, CELLS, BOUNDS, value)
    : pricePointsFormula(s, CELLS, boundsOf(c), value);
}

const cellsOf = (c: NearCase) => ({
  A1: c.technical,
  B1: c.bid,
  C1: NEAR.scale,
  D1: NEAR.allocation,
  E1: c.ceiling,
  F1: c.lowest,
  G1: c.floor,
  H1: c.threshold,
  I1: NEAR.slopeFactor
});

describe('floorDivFormula', () => {
  it.each([
    [7, 2, 3],
    [6, 2, 3],
    [0, 5, 0],
    // 2^46 − 1 over 3: the double quotient rounds, the correction keeps the floor.
    [2 ** 46 - 1, 3, Math.floor((2 ** 46 - 1) / 3)],
    // k·d − 1 over d: the quotient is within 10^-13 below k, which a 15-digit INT takes to k.
    [3 * (2 ** 45 + 1) - 1, 2 ** 45 + 1, 2],
    [1e14 - 1, 1e13, 9],
    [123_456 * 9_876_543_211 - 1, 9_876_543_211, 123_455]
  ])('⌊%d ÷ %d⌋ = %d, also where INT lifts the quotient', (a, d, expected) => {
    const f = floorDivFormula(String(a), String(d));
    expect(evaluate(f, {})).toBe(expected);
    expect(evaluate(f, {}, true)).toBe(expected);
  });

  // Below 2^47 a 15-digit INT cannot lift a quotient of integers (the gap 1/d is too wide); above it
  // (here 1.2×10^15, still exact in doubles) it does, and the correction still gives the floor.
  it('the lifting INT is real: without the correction the floor is one too high', () => {
    expect(evaluate(`INT(${123_456 * 9_876_543_211 - 1}/9876543211)`, {}, true)).toBe(123_456);
  });
});

describe('exactQuotientFormula', () => {
  it('refuses integers it cannot keep below the limit', () => {
    const big = { expr: 'B1', max: EXACT_LIMIT };
    expect(
      exactQuotientFormula({ numerator: [], denominator: [big], exponent: 0, decimals: 2, mode: 'floor' })
    ).toBeNull();
  });

  it('splits the power of ten into two steps when the numerator alone would pass the limit', () => {
    const f = exactQuotientFormula({
      numerator: [{ expr: 'A1', max: 1e12 }],
      denominator: [{ expr: 'B1', max: 1e9 }],
      exponent: 0,
      decimals: 4,
      mode: 'floor'
    })!;
    // 999,999,999,999 × 10^4 ÷ 999,999,937: about 10,000,000.63 × 10^-4 … exactly floored.
    const got = evaluate(f, { A1: 999_999_999_999, B1: 999_999_937 });
    expect(got).toBe(Number((999_999_999_999n * 10_000n) / 999_999_937n) / 10_000);
  });
});

describe('the workbook’s 評価値 and 価格点 formulas equal the engine near every boundary', () => {
  const cases = nearBoundaryCases(400, 7);

  it('generates cases just below and above boundaries, for both figures and both modes', () => {
    expect(cases.length).toBe(400 * 5 * 2);
    expect(new Set(cases.map((c) => `${c.figure}/${c.mode}`)).size).toBe(10);
    expect(cases.some((c) => c.delta < 0) && cases.some((c) => c.delta > 0)).toBe(true);
  });

  it.each(['evaluationValue', 'lowestRatio', 'standard', 'withFloor', 'reducedSlope'] as const)(
    '%s',
    (figure) => {
      const mine = cases.filter((c) => c.figure === figure);
      for (const snap of [false, true]) {
        const mismatches = mine.filter(
          (c) => evaluate(workbookFormula(c), cellsOf(c), snap) !== engineFigure(c)
        );
        expect(mismatches).toEqual([]);
      }
    }
  );

  it('the cases are near a boundary: the unrounded double lies within 2×10⁻⁸ units of it', () => {
    const near = cases.filter((c) => {
      const units =
        c.figure === 'evaluationValue'
          ? (c.technical / c.bid) * NEAR.scale * 10 ** NEAR.evaluationDecimals
          : c.figure === 'lowestRatio'
            ? ((NEAR.allocation * c.lowest) / c.bid) * 100
            : c.figure === 'withFloor'
              ? ((NEAR.allocation * (c.ceiling - c.bid)) / (c.ceiling - c.floor)) * 100
              : c.figure === 'reducedSlope'
                ? ((NEAR.allocation * (2 * (c.ceiling - c.threshold) + (c.threshold - c.bid))) /
                    (2 * c.ceiling)) *
                  100
                : NEAR.allocation * (1 - c.bid / c.ceiling) * 100;
      const scaled = c.mode === 'halfUp' ? units * 2 : units;
      return Math.abs(scaled - Math.round(scaled)) < 2e-8;
    });
    expect(near.length).toBe(cases.length);
  });
});

describe('scaledSumFormula (基礎点, 加点, 技術点)', () => {
  it('rounds the sum of item scores exactly, whatever the grades', () => {
    // Points with halves, factors in quarters, 1–9 grades per item: every score is a multiple of
    // 1/(2 × 4 × 2520). The spreadsheet adds the doubles of points × mean.
    const next = mulberry32(5);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    let checked = 0;
    for (let trial = 0; trial < 3000; trial++) {
      let exact: Rational = toRational(0);
      let double = 0;
      for (let item = 0; item < 1 + Math.floor(next() * 40); item++) {
        const points = pick([1, 2.5, 7.5, 10, 12.5, 30]);
        const n = 1 + Math.floor(next() * 9);
        const factors = Array.from({ length: n }, () => pick([1, 0.75, 0.5, 0.25, 0]));
        const sum = factors.reduce((a, b) => a + b, 0);
        double += points * (sum / n);
        exact = add(exact, mul(points, div(toRational(sum), n)));
      }
      for (const mode of ['floor', 'halfUp'] as const) {
        const f = scaledSumFormula('A1', 2 * 4 * 2520, 1300, 2, mode)!;
        expect(evaluate(f, { A1: double }, trial % 2 === 0)).toBe(roundRational(exact, 2, mode));
        checked++;
      }
    }
    expect(checked).toBe(6000);
  });
});

describe('decimalSumFormula (総合評価点 = 技術点 + 価格点)', () => {
  it.each([
    [3, 1],
    [2, 0],
    [2, 2],
    [1, 3]
  ])('parts with %d decimals, total at %d, floor and half-up, exactly', (places, decimals) => {
    const next = mulberry32(places * 10 + decimals);
    for (let trial = 0; trial < 2000; trial++) {
      // Totals at and around every boundary: parts drawn on the parts' own grid.
      const units = 10 ** places;
      const a = Math.floor(next() * 1000 * units) / units;
      const b = Math.floor(next() * 100 * units) / units;
      const exact = add(toRational(a), toRational(b));
      for (const mode of ['floor', 'halfUp'] as const) {
        const f = decimalSumFormula('A1+B1', places, 1100, decimals, mode)!;
        expect(evaluate(f, { A1: a, B1: b }, trial % 2 === 1), `${a} + ${b} ${mode}`).toBe(
          roundRational(exact, decimals, mode)
        );
      }
    }
  });
});
