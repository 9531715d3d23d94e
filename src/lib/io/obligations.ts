/**
 * The buyer's obligations checklist (利用者側で実施すべき統制, from the vendors' CUECs) as CSV:
 * UTF-8 with BOM for Excel, CRLF, every cell through the spreadsheet-text guard.
 */
import Papa from 'papaparse';
import { utf8WithBom } from './encoding';
import { guardText } from './text-guard';

export function buildObligationsCsv(rows: readonly (readonly string[])[]): Uint8Array {
  const guarded = rows.map((row) => row.map(guardText));
  return utf8WithBom(`${Papa.unparse(guarded, { newline: '\r\n', escapeFormulae: false })}\r\n`);
}
