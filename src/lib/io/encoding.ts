/**
 * Text encodings of the files Japanese offices exchange: UTF-8 (with or without BOM) and
 * Shift_JIS (Windows-31J, what Excel writes as "CSV"). Decoding guesses UTF-8 first, since valid
 * Shift_JIS text is almost never valid UTF-8. The code-page tables for encoding are large (470 KB),
 * so `encodeShiftJis` loads them on first use.
 */

export type TextEncodingName = 'utf-8' | 'shift_jis';
export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'shift_jis';

const BOM = [0xef, 0xbb, 0xbf] as const;

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

export function decodeText(
  bytes: Uint8Array,
  override?: TextEncodingName
): { text: string; encoding: DetectedEncoding } {
  if (override === 'shift_jis')
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: override };
  if (hasBom(bytes))
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (override === 'utf-8') return { text: new TextDecoder('utf-8').decode(bytes), encoding: override };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}

export function utf8WithBom(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(BOM.length + body.length);
  out.set(BOM);
  out.set(body, BOM.length);
  return out;
}

/**
 * Characters that macOS and JIS write with code points Windows-31J lacks, mapped to the ones it
 * has (the WHATWG encoder does the same for U+2212 and U+00A5), e.g. 〜 U+301C → ～ U+FF5E.
 */
export const CP932_EQUIVALENTS: Readonly<Record<string, string>> = {
  '\u301C': '\uFF5E',
  '\u2212': '\uFF0D',
  '\u2016': '\u2225',
  '\u2014': '\u2015',
  '\u00A2': '\uFFE0',
  '\u00A3': '\uFFE1',
  '\u00AC': '\uFFE2',
  '\u00A5': '\\'
};

const CP932_SWAPPED = new RegExp(`[${Object.keys(CP932_EQUIVALENTS).join('')}]`, 'g');

/** `text` with each character swapped for its Windows-31J equivalent, as a Shift_JIS round trip does. */
export function foldCp932Equivalents(text: string): string {
  return text.replace(CP932_SWAPPED, (char) => CP932_EQUIVALENTS[char] ?? char);
}

/** Windows-31J: character → code (one byte below 0x100, else lead byte × 256 + trail byte). */
type Cp932Table = Record<string, number>;

let cp932: Promise<Cp932Table> | undefined;

function loadCp932(): Promise<Cp932Table> {
  cp932 ??= import('xlsx/dist/cpexcel.full.mjs').then(({ cptable }) => {
    const table = cptable[932];
    if (!table) throw new Error('code page 932 missing from cpexcel');
    return table.enc;
  });
  // A chunk that failed to load (offline) may load on the next try.
  cp932.catch(() => (cp932 = undefined));
  return cp932;
}

/** Each character's Windows-31J code, or `undefined` when Shift_JIS cannot hold it. */
function cp932Codes(text: string, enc: Cp932Table): { char: string; code: number | undefined }[] {
  return Array.from(text, (char) => ({ char, code: enc[CP932_EQUIVALENTS[char] ?? char] }));
}

/** Shift_JIS (Windows-31J) bytes; a character it cannot hold (emoji, €, 𠮷 …) becomes `?`. */
export async function encodeShiftJis(text: string): Promise<Uint8Array> {
  const bytes: number[] = [];
  for (const { code = 0x3f } of cp932Codes(text, await loadCp932())) {
    if (code > 0xff) bytes.push(code >> 8, code & 0xff);
    else bytes.push(code);
  }
  return Uint8Array.from(bytes);
}

/** The distinct characters of `text` that `encodeShiftJis` would replace with `?`. */
export async function shiftJisUnmappable(text: string): Promise<string[]> {
  const codes = cp932Codes(text, await loadCp932());
  return [...new Set(codes.filter(({ code }) => code === undefined).map(({ char }) => char))];
}
