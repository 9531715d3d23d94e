/**
 * What one spreadsheet cell can carry of a text. A text that could be read as a formula is written
 * with a leading `'` (the spreadsheet-text guard), which takes one of the cell's characters; so a
 * text fits when its guarded form does, and then it goes out and comes back whole. Entry forms and
 * imports refuse a longer text with a message instead of cutting it.
 */
import { CELL_TEXT_MAX } from './limits';

/**
 * `= + - @`, TAB, CR, LF and their full-width forms `＝ ＋ － ＠` (Excel accepts those too), after any
 * `'`: a text that itself starts `'=` is guarded too, so that stripping the guard's `'` on reading
 * gives back exactly what was written.
 */
export const FORMULA_START = /^'*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The most characters `text` may have: one fewer when the guard will put a `'` before it. */
export function cellTextMax(text: string): number {
  return FORMULA_START.test(text) ? CELL_TEXT_MAX - 1 : CELL_TEXT_MAX;
}

/** Whether `text` is longer than one spreadsheet cell can carry. */
export function textTooLong(text: string): boolean {
  return text.length > cellTextMax(text);
}

/** The parameters of a `textTooLong` issue or message: how long the text is, and its limit. */
export function tooLongParams(text: string): { length: number; max: number } {
  return { length: text.length, max: cellTextMax(text) };
}

export interface TooLongField<K extends string> {
  field: K;
  length: number;
  max: number;
}

/** The first of `fields` (name → text, in the order given) too long for a cell; null when all fit. */
export function firstTooLong<K extends string>(fields: Record<K, string>): TooLongField<K> | null {
  for (const [field, text] of Object.entries(fields) as [K, string][]) {
    if (textTooLong(text)) return { field, ...tooLongParams(text) };
  }
  return null;
}
