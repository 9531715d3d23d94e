/**
 * The shape every spreadsheet import works on: sheets of trimmed text rows, where `rows[i][j]` is
 * the cell at row i+1, column j (A = 0) of the file, so issues can point at the cell a user sees.
 * Helpers here build those issues (`{ sheet, row, column }`, 1-based row, column letter).
 */
import { columnLetter } from '../domain/columns';
import type { Issue, IssueCode } from '../domain/issues';

export interface SheetRows {
  name: string;
  rows: string[][];
}

export interface TableInput {
  sheets: SheetRows[];
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

/** A header as compared: full-width folded, lower case, without spaces, `_`, `-` or `.`. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
}

/** Trimmed cells without the empty ones at the end (an empty row becomes `[]`). */
export function trimRow(cells: readonly (string | undefined)[]): string[] {
  const row = Array.from(cells, (cell) => (cell ?? '').trim());
  while (row.length > 0 && row[row.length - 1] === '') row.pop();
  return row;
}
