/**
 * A value written out exactly, with its thousands grouped (1,234.5): the settings form shows its
 * fields this way, apart from the worked example (`formula-preview.ts`), which loads after it.
 */
import { decimalDigits, type Rational } from './rounding';

export function group(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** The exact value up to `max` decimals without trailing zeros; `…` when digits were cut off. */
export function exactText(r: Rational, max = 4): string {
  const { text, truncated } = decimalDigits(r, max);
  if (truncated) return `${group(text)}…`;
  return group(text.includes('.') ? text.replace(/\.?0+$/, '') : text);
}
