/**
 * The one reading of a typed money amount (入札価格, 予定価格, 調査基準価格) in 円 or 千円, and its
 * exact decimal text in either unit. The text is parsed as decimal digits into whole yen — never
 * through a binary float, so 16,384.1 千円 is 16,384,100 円 (Number('16384.1') × 1000 is not).
 * Full-width digits, commas and a trailing unit word are accepted; problems are coded.
 */
import type { AmountUnit } from './model';

/** Yen in one unit: 1 for 円, 1,000 for 千円. */
export const UNIT_YEN: Record<AmountUnit, number> = { yen: 1, thousandYen: 1000 };
/** Decimals a unit may carry while the amount stays whole yen: none in 円, three in 千円. */
export const UNIT_DECIMALS: Record<AmountUnit, number> = { yen: 0, thousandYen: 3 };

export type AmountIssue =
  /** Not a number (letters, two points, a sign, a misplaced comma in the decimals). */
  | 'notNumber'
  /** Finer than one yen: decimals in 円, or more than three decimals in 千円. */
  | 'belowOneYen'
  /** Zero, or more yen than can be stored exactly. */
  | 'outOfRange';

export type AmountParse = { yen: number; issue: null } | { yen: null; issue: AmountIssue };

const fail = (issue: AmountIssue): AmountParse => ({ yen: null, issue });

/**
 * Whole yen from `text` typed in `unit`, or an issue. Blank is the caller's concern (it means "no
 * amount"): here it is `notNumber`. Commas may group the integer part only; a unit word (円 / 千円)
 * or a leading ¥ may frame the number; decimals beyond the unit's are accepted only as zeros.
 */
export function parseAmount(text: string, unit: AmountUnit): AmountParse {
  // NFKC turns full-width digits, commas, points and ￥ into ASCII; plain ASCII text skips it.
  let plain = /[^\x21-\x7e]/.test(text) ? text.normalize('NFKC').replace(/\s/g, '') : text;
  plain = plain.replace(/^¥/, '');
  plain = unit === 'thousandYen' ? plain.replace(/千円$/, '') : plain.replace(/円$/, '');
  const match = /^(\d[\d,]*)(?:\.(\d+))?$/.exec(plain);
  if (!match || match[1]!.endsWith(',')) return fail('notNumber');
  const whole = match[1]!.replace(/,/g, '');
  const decimals = match[2] ?? '';
  const allowed = UNIT_DECIMALS[unit];
  if (/[1-9]/.test(decimals.slice(allowed))) return fail('belowOneYen');
  const fraction = decimals.slice(0, allowed).padEnd(allowed, '0');
  // Integers throughout: whole × 1000 + the decimals' digits as an integer (BigInt past 2^53).
  const yen =
    whole.length <= 12
      ? Number(whole) * UNIT_YEN[unit] + (allowed ? Number(fraction) : 0)
      : BigInt(whole) * BigInt(UNIT_YEN[unit]) + (allowed ? BigInt(fraction) : 0n);
  if (yen < 1 || yen > Number.MAX_SAFE_INTEGER) return fail('outOfRange');
  return { yen: Number(yen), issue: null };
}

/**
 * Whole yen as the exact decimal text of `unit`, without grouping: 16,384,100 円 in 千円 is
 * "16384.1", 16,384,000 is "16384". Integer arithmetic, so the text reads back to the same yen.
 */
export function amountInUnit(yen: number, unit: AmountUnit): { whole: bigint; decimals: string } {
  const per = BigInt(UNIT_YEN[unit]);
  const value = BigInt(yen);
  const whole = value / per;
  const rest = value % per;
  const digits = UNIT_DECIMALS[unit];
  const decimals = digits ? rest.toString().padStart(digits, '0').replace(/0+$/, '') : '';
  return { whole, decimals };
}

/**
 * The text of `yen` in `unit` ("16384.1"; grouped "16,384.1"), as an input field shows it again:
 * `parseAmount` reads either back to the same yen.
 */
export function amountText(yen: number, unit: AmountUnit, grouped = false): string {
  const { whole, decimals } = amountInUnit(yen, unit);
  const digits = grouped ? whole.toString().replace(/\B(?=(\d{3})+$)/g, ',') : whole.toString();
  return decimals ? `${digits}.${decimals}` : digits;
}
