/**
 * How tall a spreadsheet row must be for its wrapped text: spreadsheet programs do not grow a row
 * for wrapped text on opening (LibreOffice and Excel keep the height the file states, or one line),
 * so the builder states it. Widths count as spreadsheet column widths do: a full-width character
 * (CJK, kana, full-width forms, emoji) takes two units, every other character one. Pure.
 */

/** Points per line of 11-point text, with room for the taller CJK fonts (Noto Sans CJK, Meiryo). */
export const LINE_HEIGHT = 16;
/** The default height of a one-line row, in points. */
export const DEFAULT_ROW_HEIGHT = 15;
/** Points added to a wrapped row: the cell's top and bottom padding. */
const ROW_PADDING = 3;
/**
 * Share of a column's width that holds text: the cell's padding, and fonts whose glyphs are a
 * little wider than the column unit, must not push the last character onto a line we did not count.
 */
const USABLE_WIDTH = 0.85;

const FULL_WIDTH =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** A full-width character, a run of spaces, or a word of any other characters. */
const TOKENS =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{10000}-\u{10FFFF}]|\s+|[^\s\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{10000}-\u{10FFFF}]+/gu;

/** The character's width in column units: 2 for a full-width character, 1 otherwise. */
export function charWidth(ch: string): 1 | 2 {
  return FULL_WIDTH.test(ch) || ch.codePointAt(0)! > 0xffff ? 2 : 1;
}

/** The text's width in column units (full-width characters count double). */
export function textWidth(text: string): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return units;
}

/**
 * How many lines a text wraps to in a column `width` units wide, as spreadsheet programs wrap: each
 * line of the text (split at its line breaks) starts a new line; a word of Latin letters, digits or
 * symbols moves whole to the next line when it does not fit (a word longer than a line starts a
 * line and is broken where it fills one),
 * while a full-width character may start a line anywhere; a space that ends a line takes no room.
 */
export function wrappedLineCount(text: string, width: number): number {
  const room = Math.max(2, Math.floor(width * USABLE_WIDTH));
  let lines = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    let count = 1;
    let used = 0;
    for (const token of line.match(TOKENS) ?? []) {
      const w = textWidth(token);
      if (used + w <= room) {
        used += w;
      } else if (token.trim() === '') {
        count++;
        used = 0;
      } else if (w <= room) {
        count++;
        used = w;
      } else {
        // A word longer than a line starts on a line of its own and is broken wherever it is full.
        if (used > 0) {
          count++;
          used = 0;
        }
        for (const ch of token) {
          const c = charWidth(ch);
          if (used + c > room) {
            count++;
            used = 0;
          }
          used += c;
        }
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** The row height, in points, that shows `lines` lines of 11-point text (`size`: a larger font). */
export function rowHeightFor(lines: number, size = 11): number {
  if (lines <= 1 && size <= 11) return DEFAULT_ROW_HEIGHT;
  return Math.ceil(lines * LINE_HEIGHT * (size / 11) + ROW_PADDING);
}
