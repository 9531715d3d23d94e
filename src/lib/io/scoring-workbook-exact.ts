/**
 * Exact rounding formulas for the quotients the workbook publishes (価格点, 評価値, 基準評価値): the
 * figure × 10^decimals is an integer quotient of integer cells, floored (切捨て) or rounded half up
 * (四捨五入) by long division in integers, each step an INT with a correction, so the result is the
 * engine's exact rounding (`domain/rounding.ts`) whatever the inputs' distance to a boundary.
 *
 * Why not ROUNDDOWN(ROUND(x,12),d): a quotient over a bid in yen can lie within 10⁻¹² of a boundary,
 * and the pre-rounding lifts it across. Why integers below 2⁴⁷: spreadsheet INT and comparisons are
 * exact only there (LibreOffice treats numbers within 2⁻⁴⁸ of each other as equal), and a product of
 * two of them stays below 2⁵³. INT(a/d) is ⌊a/d⌋ or one more (the division may round up to the next
 * integer, never down past one); subtracting (INT(a/d)*d>a) corrects it.
 */
import { toRational, type Rational } from '../domain/rounding';

/** Every integer a step multiplies, divides or compares stays below this. */
export const EXACT_LIMIT = 2 ** 47;

/** An integer-valued expression and the largest value it takes in the workbook. */
export interface IntegerTerm {
  expr: string;
  max: number;
}

export interface ExactQuotient {
  /** Multiplied in the numerator. */
  numerator: readonly IntegerTerm[];
  /** Multiplied in the denominator (each above 0). */
  denominator: readonly IntegerTerm[];
  /** The quotient is multiplied by 10^exponent (may be negative) before rounding. */
  exponent: number;
  decimals: number;
  mode: 'floor' | 'halfUp';
}

/** Whether the expression needs no parentheses as an operand: a reference, a number, one call. */
function atomic(expr: string): boolean {
  if (/^(?:'[^']+'!)?\$?[A-Z]{1,3}\$?\d+$|^\d+$/.test(expr)) return true;
  const call = /^[A-Z]+\(/.exec(expr);
  if (!call || !expr.endsWith(')')) return false;
  let depth = 0;
  for (let i = call[0].length - 1; i < expr.length; i++) {
    if (expr[i] === '(') depth++;
    else if (expr[i] === ')' && --depth === 0) return i === expr.length - 1;
  }
  return false;
}

const operand = (expr: string): string => (atomic(expr) ? expr : `(${expr})`);

/** The product of the terms times a power of ten ('1' when empty), each factor an operand. */
function product(terms: readonly IntegerTerm[], factor = 1): string {
  const factors = terms.map((t) => t.expr).filter((e) => e !== '1');
  if (factor !== 1 || factors.length === 0) factors.push(String(factor));
  return factors.length === 1 ? factors[0]! : factors.map(operand).join('*');
}

const maxOf = (terms: readonly IntegerTerm[]): number => terms.reduce((m, t) => m * Math.max(1, t.max), 1);

/** ⌊a ÷ d⌋ for integer a ≥ 0 and d > 0 below `EXACT_LIMIT`. */
export function floorDivFormula(a: string, d: string): string {
  return `(INT(${a}/${d})-(INT(${a}/${d})*${d}>${a}))`;
}

/**
 * The figure, exactly rounded, as a formula; null when its integers cannot be kept below
 * `EXACT_LIMIT` (the caller then writes the approximate formula).
 */
export function exactQuotientFormula(q: ExactQuotient): string | null {
  const half = q.mode === 'halfUp' ? 2 : 1;
  const power = q.exponent + q.decimals;
  const up = Math.max(0, power);
  const denominatorPower = 10 ** Math.max(0, -power);
  const numeratorMax = maxOf(q.numerator) * half;
  const denominatorMax = maxOf(q.denominator) * denominatorPower;
  if (!(denominatorMax < EXACT_LIMIT)) return null;
  const divides = product(q.denominator, denominatorPower) !== '1';
  // 10^up splits into 10^(up − second) (with the numerator) and 10^second (the second step's
  // multiplier), the second as small as the numerator's bound allows.
  let second = 0;
  while (second <= up && !(numeratorMax * 10 ** (up - second) < EXACT_LIMIT)) second++;
  if (second > up || (second > 0 && !divides) || !(denominatorMax * 10 ** second < EXACT_LIMIT)) return null;
  const a = operand(product(q.numerator, half * 10 ** (up - second)));
  const d = operand(product(q.denominator, denominatorPower));
  let units: string;
  if (!divides) {
    units = a;
  } else if (second === 0) {
    units = floorDivFormula(a, d);
  } else {
    const m = 10 ** second;
    const first = floorDivFormula(a, d);
    const remainder = `(${a}-${first}*${d})`;
    units = `(${first}*${m}+${floorDivFormula(`${remainder}*${m}`, d)})`;
  }
  // Half up: ⌊(⌊2x⌋ + 1) ÷ 2⌋ = ⌊x + ½⌋.
  const rounded = q.mode === 'halfUp' ? `INT((${units}+1)/2)` : units;
  return q.decimals === 0 ? rounded : `${rounded}/${10 ** q.decimals}`;
}

/**
 * A setting as an integer term: the cell times the denominator of its decimal value (50 → the cell
 * itself; 0.5 → ROUND(cell*2,0)), with that denominator.
 */
export function settingTerm(cell: string, value: number): { term: IntegerTerm; denominator: IntegerTerm } {
  const r: Rational = toRational(value);
  const d = Number(r.d);
  return {
    term: { expr: d === 1 ? cell : `ROUND(${cell}*${d},0)`, max: Number(r.n) },
    denominator: { expr: String(d), max: d }
  };
}

/** A figure rounded to `decimals` places, as an integer term: ROUND(cell × 10^decimals, 0). */
export function decimalTerm(cell: string, decimals: number, max: number): IntegerTerm {
  return {
    expr: decimals === 0 ? `ROUND(${cell},0)` : `ROUND(${operand(cell)}*${10 ** decimals},0)`,
    max: Math.ceil(max * 10 ** decimals)
  };
}

/**
 * The sum of figures that have at most `exactDecimals` places, rounded by the rule: the sum times
 * 10^exactDecimals is rounded to the integer it is (its binary error is far below ½), then divided
 * exactly as a quotient.
 */
export function decimalSumFormula(
  expr: string,
  exactDecimals: number,
  max: number,
  decimals: number,
  mode: 'floor' | 'halfUp'
): string | null {
  return exactQuotientFormula({
    numerator: [decimalTerm(expr, exactDecimals, max)],
    denominator: [],
    exponent: -exactDecimals,
    decimals,
    mode
  });
}

/**
 * A sum whose exact value is an integer over `denominator` (e.g. 技術点: points × rubric factors ÷
 * the number of grades), rounded by the rule: the sum × denominator is rounded to the integer it
 * is (its binary error is far below ½), then divided exactly as a quotient.
 */
export function scaledSumFormula(
  expr: string,
  denominator: number,
  max: number,
  decimals: number,
  mode: 'floor' | 'halfUp'
): string | null {
  if (!Number.isSafeInteger(denominator) || denominator < 1) return null;
  const scaled = denominator === 1 ? expr : `${operand(expr)}*${denominator}`;
  return exactQuotientFormula({
    numerator: [{ expr: `ROUND(${scaled},0)`, max: Math.ceil(max * denominator) }],
    denominator: [{ expr: String(denominator), max: denominator }],
    exponent: 0,
    decimals,
    mode
  });
}
