/**
 * The shape every spreadsheet import works on: sheets of trimmed text rows, where `rows[i][j]` is
 * the cell at row i+1, column j (A = 0) of the file, so issues can point at the cell a user sees.
 * Issues point at a cell through `cellIssue` (domain/columns.ts), re-exported here for the readers.
 */
export { cellIssue } from '../domain/columns';

export interface SheetRows {
  name: string;
  rows: string[][];
}

export interface TableInput {
  sheets: SheetRows[];
  /** A workbook in the 1904 date system (`readTable` says so). */
  date1904?: boolean;
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
