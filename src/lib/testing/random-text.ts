// A seeded random generator of awkward texts for round-trip property tests (not a test file itself).
import { cellTextMax } from '$lib/domain/cell-text';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Pieces a text is built from: plain and full-width text, RTL, bidi and zero-width marks, line breaks. */
const PIECES = [
  'アクセス制御',
  '多要素認証を提供する。',
  'データセンター（東京・大阪）',
  'ＡＢＣ　１２３',
  '＝ＳＵＭ（Ａ１）',
  'ｶﾀｶﾅ',
  'SOC 2 Type II',
  'ISO/IEC 27001:2022',
  'see p. 12, §3.4',
  '"quoted", and, commas',
  "it's",
  'שלום עולם',
  'مرحبا بالعالم',
  '\u202Eevil\u202C',
  '\u2067RTL\u2069',
  '\u200F',
  '\u200B',
  '\u200C\u200D',
  '\uFEFF',
  '\u00A0',
  'か\u3099',
  '🙂',
  '𠮷野家',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '  ',
  '<b>&amp;</b>',
  '_x000D_',
  '_x005f_',
  '\u0007',
  '\u000B',
  '\u001F',
  '\u007F',
  'a',
  '0'
] as const;

/** Starts a spreadsheet may read as a formula (and the guard's own quote). */
const LEADS = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '＝',
  '＋',
  '－',
  '＠',
  "'",
  "'=",
  '=1+1',
  '-2',
  '@SUM(A1)'
] as const;

/** A text of about `length` UTF-16 units made of `PIECES`, never splitting a surrogate pair. */
function filler(random: Random, length: number): string {
  let text = '';
  while (text.length < length) text += pick(random, PIECES);
  let end = length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

/**
 * A random text: empty, short, or (with `long`) as long as one spreadsheet cell can carry it.
 * About a third start like a formula.
 */
export function randomText(random: Random, options: { long?: boolean; nonBlank?: boolean } = {}): string {
  const roll = random();
  if (!options.nonBlank && roll < 0.1) return '';
  const lead = random() < 0.35 ? pick(random, LEADS) : '';
  if (options.long) {
    const body = filler(random, cellTextMax(lead || '=') + 10);
    const text = lead + body;
    // As long as the cell carries this text, not one unit more.
    let cut = cellTextMax(text);
    const last = text.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut--;
    return text.slice(0, cut);
  }
  const text = lead + filler(random, integer(random, 1, 60));
  // A text of only blanks is no answer; `nonBlank` fields need something that survives a trim.
  return options.nonBlank && text.trim() === '' ? `${text}x` : text;
}
