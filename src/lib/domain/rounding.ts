/**
 * Exact decimal rounding of published figures (端数処理). Inputs are read as the decimal a person
 * typed (the shortest string of the double: 0.1 is 1/10, not 0.1000000000000000055…), computed as
 * BigInt fractions and rounded once, so 72.5 ÷ 9,500,000 × 10^8 floors to 763.1578 exactly as a
 * hand calculation does. `floor` is toward −∞ (published figures are ≥ 0, where it is 切捨て);
 * `halfUp` is 四捨五入, away from zero at exactly .5; `none` gives the double nearest the exact value.
 */
import type { RoundingMode } from './model';

/** n ÷ d in lowest terms, with d > 0. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}

/** n ÷ d reduced; throws on a zero denominator (a programmer error: callers check divisors). */
export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('Division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** The exact value of the number's shortest decimal string (`String(x)`, e.g. `1e-7`, `2.675`). */
export function toRational(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`Not a finite number: ${x}`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!match) throw new RangeError(`Unexpected number format: ${String(x)}`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  const power = Number(exponent) - fraction.length;
  return power >= 0 ? rational(digits * 10n ** BigInt(power)) : rational(digits, 10n ** BigInt(-power));
}

const asRational = (x: Rational | number): Rational => (typeof x === 'number' ? toRational(x) : x);

export function add(a: Rational | number, b: Rational | number): Rational {
  const [x, y] = [asRational(a), asRational(b)];
  return rational(x.n * y.d + y.n * x.d, x.d * y.d);
}

export function sub(a: Rational | number, b: Rational | number): Rational {
  const [x, y] = [asRational(a), asRational(b)];
  return rational(x.n * y.d - y.n * x.d, x.d * y.d);
}

export function mul(a: Rational | number, b: Rational | number): Rational {
  const [x, y] = [asRational(a), asRational(b)];
  return rational(x.n * y.n, x.d * y.d);
}

export function div(a: Rational | number, b: Rational | number): Rational {
  const [x, y] = [asRational(a), asRational(b)];
  if (y.n === 0n) throw new RangeError('Division by zero');
  return rational(x.n * y.d, x.d * y.n);
}

/** −1, 0 or 1 as a < b, a = b, a > b. */
export function compare(a: Rational | number, b: Rational | number): -1 | 0 | 1 {
  const difference = sub(a, b).n;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** ⌊n ÷ d⌋ toward −∞ (BigInt division truncates toward zero). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`Decimals must be an integer from 0 to 20: ${decimals}`);
  }
}

/** The exact rounded value (for `none`, the value itself). */
export function roundToRational(r: Rational, decimals: number, mode: RoundingMode): Rational {
  if (mode === 'none') return r;
  checkDecimals(decimals);
  const scale = 10n ** BigInt(decimals);
  const scaled = r.n * scale;
  let units: bigint;
  if (mode === 'floor') {
    units = floorDiv(scaled, r.d);
  } else {
    const magnitude = (2n * abs(scaled) + r.d) / (2n * r.d);
    units = scaled < 0n ? -magnitude : magnitude;
  }
  return rational(units, scale);
}

function bitLength(x: bigint): number {
  return x.toString(2).length;
}

/** The double nearest the exact value (ties to even), as IEEE 754 parsing would give it. */
export function toNumber(r: Rational): number {
  if (r.n === 0n) return 0;
  const negative = r.n < 0n;
  const n = abs(r.n);
  // Scale by 2^k so the quotient has 53 bits, then round the remainder to nearest, ties to even.
  let k = 53 - (bitLength(n) - bitLength(r.d));
  const scaled = (shift: number): [bigint, bigint] =>
    shift >= 0 ? [n << BigInt(shift), r.d] : [n, r.d << BigInt(-shift)];
  let [num, den] = scaled(k);
  if (num / den >= 1n << 53n) [num, den] = scaled(--k);
  let q = num / den;
  const twice = 2n * (num % den);
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  // Number(q) is exact (q ≤ 2^53); scaling by a power of two is exact in the normal range.
  let value = Number(q);
  let shift = k;
  while (shift > 1000) {
    value /= 2 ** 1000;
    shift -= 1000;
  }
  while (shift < -1000) {
    value *= 2 ** 1000;
    shift += 1000;
  }
  value = shift >= 0 ? value / 2 ** shift : value * 2 ** -shift;
  return negative ? -value : value;
}

/** Rounds the exact value and returns the nearest double of the result. */
export function roundRational(r: Rational, decimals: number, mode: RoundingMode): number {
  return toNumber(roundToRational(r, decimals, mode));
}

/**
 * Decimal digits of the value cut (toward zero) at `decimals` places, zero-padded: exact for a
 * value already rounded to that many places. `truncated` tells whether digits were cut off.
 */
export function decimalDigits(r: Rational, decimals: number): { text: string; truncated: boolean } {
  checkDecimals(decimals);
  const scale = 10n ** BigInt(decimals);
  const scaled = abs(r.n) * scale;
  const units = scaled / r.d;
  const whole = (units / scale).toString();
  const fraction = (units % scale).toString().padStart(decimals, '0');
  const sign = r.n < 0n && units !== 0n ? '-' : '';
  return {
    text: decimals ? `${sign}${whole}.${fraction}` : `${sign}${whole}`,
    truncated: scaled % r.d !== 0n
  };
}
