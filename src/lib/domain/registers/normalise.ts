/**
 * How register numbers and names are compared. A number is compared on its letters and digits
 * only (the long-vowel mark ー typed for a hyphen is dropped too), full-width folded and upper-cased (`Ｃ２１－０００８－２` and `c21 0008 2` are both
 * `C2100082`). A name is compared without its legal form (株式会社, （株）, ㈱, (株), 有限会社,
 * 合同会社, Inc., Co., Ltd. …), full-width folded, lower-cased, without spaces or punctuation.
 * Nothing else is forgiven: a name that differs in one more character is a different name, which
 * `nearName` reports as a candidate, never as a match.
 */

/** Letters and digits of a number, upper case; '' when there are none. */
export function numberKey(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+|ー/gu, '');
}

/** Legal forms, matched after NFKC folding and lower-casing (㈱ folds to (株)). */
const LEGAL_FORMS = [
  /株式会社/g,
  /有限会社/g,
  /合同会社/g,
  /合資会社/g,
  /合名会社/g,
  /一般社団法人/g,
  /一般財団法人/g,
  /特定非営利活動法人/g,
  /独立行政法人/g,
  /\((?:株|有|同|社|財)\)/g,
  /(?:^|[\s,])(?:co\.?,?\s*ltd\.?|corporation|corp\.?|inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?|limited|gmbh|k\.k\.|plc|g\.k\.)(?=$|[\s,.])/g
];

/** A company name as compared: without its legal form, spaces, case or punctuation. */
export function companyKey(text: string): string {
  let name = text.normalize('NFKC').toLowerCase();
  for (const form of LEGAL_FORMS) name = name.replace(form, ' ');
  return name.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A service name as compared: full-width folded, lower case, without spaces or punctuation. */
export function serviceKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Whether two different name keys are close enough to be the same organisation mistyped: at most
 * `max` single-character edits apart (2 for names of 8 characters or more, else 1), or one key
 * inside the other with at least 4 characters. Equal keys are not near: they are the same.
 */
export function nearName(a: string, b: string): boolean {
  if (a === b || a === '' || b === '') return false;
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.length >= 4 && longer.includes(shorter)) return true;
  const max = shorter.length >= 8 ? 2 : 1;
  return editDistanceWithin(a, b, max);
}

/** Levenshtein distance ≤ max, computed in a band of width 2·max+1 and stopped early. */
export function editDistanceWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const big = max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : big));
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(big);
    if (i <= max) current[0] = i;
    let rowMin = current[0] ?? big;
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j - 1] ?? big) + cost,
        (previous[j] ?? big) + 1,
        (current[j - 1] ?? big) + 1
      );
      current[j] = Math.min(value, big);
      rowMin = Math.min(rowMin, current[j] ?? big);
    }
    if (rowMin > max) return false;
    previous = current;
  }
  return (previous[b.length] ?? big) <= max;
}
