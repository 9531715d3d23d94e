/**
 * How register numbers and names are compared. A number is compared on its letters and digits
 * only (the long-vowel mark ー typed for a hyphen is dropped too), full-width folded and upper-cased (`Ｃ２１－０００８－２` and `c21 0008 2` are both
 * `C2100082`). A name is compared without its legal form (株式会社, （株）, ㈱, (株), 有限会社,
 * 合同会社, Inc., Co., Ltd., LLC, LLP …), full-width folded, lower-cased, without spaces or punctuation.
 * Nothing else is forgiven: a name that differs in one more character is a different name, which
 * `nearName` reports as a candidate, never as a match.
 */

/** Text that NFKC leaves as it is: printable ASCII, hiragana, katakana (with ー) and kanji. */
const FOLDED = /^[\x20-\x7e\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]*$/u;

/** NFKC, skipped for text it would not change (a register holds thousands of names). */
const fold = (text: string) => (FOLDED.test(text) ? text : text.normalize('NFKC'));

/** Letters and digits of a number, upper case; '' when there are none. */
export function numberKey(text: string): string {
  return fold(text)
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+|ー/gu, '');
}

/** Legal forms, matched after NFKC folding and lower-casing (㈱ folds to (株)). */
const JAPANESE_LEGAL_FORMS =
  /株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|特定非営利活動法人|独立行政法人|\((?:株|有|同|社|財)\)/g;
const LATIN_LEGAL_FORMS =
  /(?:^|[\s,])(?:co\.?,?\s*ltd\.?|corporation|corp\.?|inc\.?|incorporated|llc|l\.l\.c\.|llp|l\.l\.p\.|ltd\.?|limited|gmbh|k\.k\.|plc|g\.k\.)(?=$|[\s,.])/g;

/** A company name as compared: without its legal form, spaces, case or punctuation. */
export function companyKey(text: string): string {
  let name = fold(text).toLowerCase().replace(JAPANESE_LEGAL_FORMS, ' ');
  if (/[a-z]/.test(name)) name = name.replace(LATIN_LEGAL_FORMS, ' ');
  return name.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A service name as compared: full-width folded, lower case, without spaces or punctuation. */
export function serviceKey(text: string): string {
  return fold(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A test for names near `key`: at most `max` single-character edits apart (2 for names of 8
 * characters or more, else 1), or one inside the other with at least 4 characters. Equal keys are
 * not near: they are the same. Built once per name, then run over every name of a register.
 */
export function nearNameTest(key: string): (other: string) => boolean {
  // Pigeonhole: cut the key into max + 1 pieces for each length it may be compared at; within max
  // edits, one piece is untouched and so appears in the other key. Most unrelated names fail here.
  const pieces = (max: number): string[] => {
    const size = Math.floor(key.length / (max + 1));
    if (size === 0) return [];
    return Array.from({ length: max + 1 }, (_, p) =>
      key.slice(p * size, p === max ? key.length : (p + 1) * size)
    );
  };
  const piecesByMax = [pieces(0), pieces(1), pieces(2)];
  return (other) => {
    if (other === key || other === '' || key === '') return false;
    const [shorter, longer] = key.length <= other.length ? [key, other] : [other, key];
    if (shorter.length >= 4 && longer.includes(shorter)) return true;
    const max = shorter.length >= 8 ? 2 : 1;
    if (longer.length - shorter.length > max) return false;
    const keyPieces = piecesByMax[max] ?? [];
    if (keyPieces.length > 0 && !keyPieces.some((piece) => other.includes(piece))) return false;
    return editDistanceWithin(key, other, max);
  };
}

/** Whether two name keys are near (see `nearNameTest`). */
export function nearName(a: string, b: string): boolean {
  return nearNameTest(a)(b);
}

/** Levenshtein distance ≤ max, computed in a band of width 2·max+1 and stopped early. */
export function editDistanceWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const big = max + 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= max ? j : big;
  for (let i = 1; i <= a.length; i++) {
    current.fill(big);
    if (i <= max) current[0] = i;
    let rowMin = current[0]!;
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1, big);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return false;
    [previous, current] = [current, previous];
  }
  return previous[b.length]! <= max;
}
