/**
 * The punctuation around words that code joins together, per language: Japanese text takes
 * full-width brackets （…）, the enumeration comma 、, the wave dash 〜 and the middle dot ・;
 * English text takes " (…)", ", ", " – " and " · ". Messages carry their own punctuation; these
 * are for the places that put several values side by side.
 */
import type { Locale } from './format';

const MARKS: Record<Locale, { open: string; close: string; list: string; range: string; dot: string }> = {
  ja: { open: '（', close: '）', list: '、', range: ' 〜 ', dot: '・' },
  en: { open: ' (', close: ')', list: ', ', range: ' – ', dot: ' · ' }
};

/** `（text）` or ` (text)`; nothing for a blank text, so no empty brackets are ever shown. */
export function inParens(locale: Locale, text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? '' : `${MARKS[locale].open}${trimmed}${MARKS[locale].close}`;
}

/** Values in a list: 「A、B」 or "A, B". */
export function listJoin(locale: Locale, items: readonly string[]): string {
  return items.join(MARKS[locale].list);
}

/** A span from one value to another (dates): 「A 〜 B」 or "A – B". */
export function span(locale: Locale, from: string, to: string): string {
  return `${from}${MARKS[locale].range}${to}`;
}

/** Short facts side by side: 「必須・10点」 or "Mandatory · 10 points". */
export function dotJoin(locale: Locale, items: readonly string[]): string {
  return items.join(MARKS[locale].dot);
}

/** The brackets alone, for markup between them (a vendor's text in its own element). */
export function parens(locale: Locale): readonly [string, string] {
  return [MARKS[locale].open, MARKS[locale].close];
}
