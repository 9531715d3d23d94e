/**
 * Spreadsheet column letters, as a user sees them in Excel: the one conversion from a 0-based
 * column index, used by the importers' issue locations and the workbook writers' cell references;
 * and the one shape of an issue located at a cell (`Sheet!B7`, with sheet, 1-based row, column).
 */
import type { Issue, IssueCode } from './issues';

/** `0` → `A`, `25` → `Z`, `26` → `AA`. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** An issue at a cell, given 0-based row and column indexes. */
export function cellIssue(
  code: IssueCode,
  sheet: string,
  rowIndex: number,
  columnIndex: number,
  params: Record<string, string | number> = {}
): Issue {
  const column = columnLetter(columnIndex);
  const row = rowIndex + 1;
  return { code, path: `${sheet}!${column}${row}`, params: { sheet, row, column, ...params } };
}
