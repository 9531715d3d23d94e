/**
 * Spreadsheet column letters, as a user sees them in Excel: the one conversion from a 0-based
 * column index, used by the importers' issue locations and the workbook writers' cell references.
 */

/** `0` → `A`, `25` → `Z`, `26` → `AA`. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
