/**
 * The file side of the column-mapping import, once the vendor's spreadsheet has been read as text
 * rows (`readTableOffThread` of table-read-client, values only): a guess at its header row, and
 * the answer values Sentei already knows (`parseAnswerCell`: 対応, ○, ×, …) so the buyer only has
 * to decide the others. This module loads on the main thread, so it does not import SheetJS.
 * Mapping itself is pure and lives in domain/answer-mapping.
 */
import type { DistinctValue, ValueMapping } from '../domain/answer-mapping';
import { parseAnswerCell } from './pack-format';

/** Rows above the header are usually a title or notes, one cell wide; headers name several columns. */
const HEADER_MIN_CELLS = 2;

/** The 0-based index of the first row with at least two non-empty cells, else 0. */
export function headerRowGuess(rows: readonly (readonly string[])[]): number {
  const found = rows.findIndex((row) => row.filter((cell) => cell.trim() !== '').length >= HEADER_MIN_CELLS);
  return Math.max(found, 0);
}

/** The values among `values` that `parseAnswerCell` reads, with the answer it gives. */
export function knownAnswerValues(values: readonly DistinctValue[]): ValueMapping {
  const entries = values.flatMap((v) => {
    const answer = parseAnswerCell(v.text);
    return answer ? [[v.value, answer] as const] : [];
  });
  return Object.fromEntries(entries);
}
