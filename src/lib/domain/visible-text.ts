/**
 * Vendor text as the buyer should read it: each bidi control (U+202A–U+202E, U+2066–U+2069,
 * U+200E/U+200F, U+061C) and each zero-width character (U+200B–U+200D, U+2060, U+FEFF) becomes a
 * visible marker such as ⟦U+202E⟧, so `report\u202Efdp.exe` cannot pose as a PDF or reverse the text
 * around it. Display only: stored data and exports keep the text as it came.
 */

/** Every character the marker replaces; one class, so a test can list them all. */
const HIDDEN = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** One piece of displayed text: vendor text as it is, or the marker standing for one hidden character. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'marker'; text: string; code: string };

/** `U+202E` for a character (upper-case hex, at least four digits). */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The marker for a hidden character. Its brackets (U+27E6/U+27E7) are neutral, not controls, and
 * the label is ASCII, so the marker never changes the direction of the text around it.
 */
export function markerOf(char: string): string {
  return `⟦${codePointLabel(char)}⟧`;
}

export function hasHiddenCharacters(text: string): boolean {
  return new RegExp(HIDDEN.source).test(text);
}

/** The text with each hidden character shown as its marker. */
export function visibleText(text: string): string {
  return text.replace(HIDDEN, markerOf);
}

/** The text with each hidden character removed (for a file name, where a marker is no use). */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(HIDDEN, '');
}

/** The text split into plain runs and markers, for a view that styles the markers apart. */
export function visibleParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let start = 0;
  for (const match of text.matchAll(HIDDEN)) {
    if (match.index > start) parts.push({ kind: 'text', text: text.slice(start, match.index) });
    const code = codePointLabel(match[0]);
    parts.push({ kind: 'marker', text: markerOf(match[0]), code });
    start = match.index + match[0].length;
  }
  if (start < text.length) parts.push({ kind: 'text', text: text.slice(start) });
  return parts;
}
