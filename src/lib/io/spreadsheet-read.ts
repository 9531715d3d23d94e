/**
 * Reads an uploaded spreadsheet into sheets of text rows, values only: XLSX/XLS/ODS through
 * SheetJS (a formula gives its cached value, never the formula), CSV/TSV/TXT through the encoding
 * guess and PapaParse. The file kind comes from its first bytes, not its name, so a PDF renamed
 * .xlsx is refused with `notSpreadsheet` instead of reaching the parser. Empty rows are kept so
 * row numbers match what the user sees in Excel. A cell formatted as a date (no time) is given as
 * `YYYY-MM-DD`, whatever format the vendor chose. A workbook that says it inflates to more than
 * `TABLE_MAX_UNZIPPED_BYTES` (a zip bomb) is refused from its zip directory, before inflating.
 */
import * as XLSX from 'xlsx';
import * as Papa from 'papaparse';
import { dateFromCellDate } from '../domain/dates';
import type { Issue, Restored } from '../domain/issues';
import { decodeText, type TextEncodingName } from './encoding';
import { trimRow, type SheetRows } from './table';
import { readZipDirectory } from './zip-directory';

export const TABLE_MAX_BYTES = 20 * 1024 * 1024;
/**
 * What an XLSX/ODS may inflate to. Spreadsheet XML compresses about tenfold, so a workbook at the
 * file size limit stays under it; a zip bomb (kilobytes inflating to gigabytes) does not.
 */
export const TABLE_MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

export interface ReadTable {
  sheets: SheetRows[];
  /** How a text file was decoded (`utf-8`, `utf-8-bom`, `shift_jis`, `utf-16le`); null for workbooks. */
  encoding: string | null;
  /** The workbook counts serials from 1904-01-01 (a bare serial under General format is read so). */
  date1904?: true;
}

export interface ReadTableOptions {
  /** Decode a text file this way instead of guessing. */
  encoding?: TextEncodingName;
  maxBytes?: number;
  maxUnzippedBytes?: number;
  /**
   * Give every cell of a merged range the text of its top-left cell (registers merge a company's
   * name over the rows of its services, and a heading over two rows). Off for the other imports.
   */
  fillMerged?: boolean;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'txt']);

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function refuse(issue: Issue): Restored<ReadTable> {
  return { data: null, issues: [issue] };
}

const megabytes = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** A zip's directory, checked before anything is inflated; null when it may be read. */
function zipRefusal(bytes: Uint8Array, maxUnzippedBytes: number): Issue | null {
  const directory = readZipDirectory(bytes);
  if (!directory) return { code: 'notSpreadsheet', path: '' };
  if (directory.unzippedBytes <= maxUnzippedBytes) return null;
  return {
    code: 'unzippedTooLarge',
    path: '',
    params: { unzippedMb: megabytes(directory.unzippedBytes), limitMb: megabytes(maxUnzippedBytes) }
  };
}

function dropTrailingEmptyRows(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1]?.length === 0) end--;
  return rows.slice(0, end);
}

/**
 * A number format that shows a year (a year or era token outside quotes and brackets) and no time
 * of day. A month-and-day format keeps what the vendor sees: that is how Excel mangles an id such
 * as `1-2`, and no full date either.
 */
function showsDateOnly(format: string | undefined): boolean {
  const tokens = (format ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yeg]/i.test(tokens) && !/[hs]/i.test(tokens);
}

/**
 * A date cell (`cellDates`) as ISO text, whatever the vendor's display format: SheetJS renders
 * Japanese era formats as `ggg2023年10月1日` and the built-in short date as US `10/1/23`, and gives
 * ODS dates as bare serials. A time or date-time cell keeps its displayed text.
 */
function dateCellText(cell: XLSX.CellObject & { v: Date }): string | null {
  if (!showsDateOnly(cell.z === undefined ? undefined : String(cell.z))) return null;
  const reading = dateFromCellDate(cell.v);
  return 'error' in reading ? null : reading.date;
}

function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell) return '';
  if (cell.t === 'd' && cell.v instanceof Date) {
    const date = dateCellText(cell as XLSX.CellObject & { v: Date });
    if (date !== null) return date;
  }
  if (cell.w !== undefined) return cell.w;
  return cell.v === undefined || cell.v === null ? '' : String(cell.v);
}

/** Copies the top-left text of each merged range into the range's other cells. */
function fillMergedCells(rows: string[][], merges: readonly XLSX.Range[]): string[][] {
  for (const { s: start, e: end } of merges) {
    const text = rows[start.r]?.[start.c] ?? '';
    if (text === '') continue;
    for (let r = start.r; r <= end.r; r++) {
      const row = (rows[r] ??= []);
      for (let c = start.c; c <= end.c; c++) {
        while (row.length < c) row.push('');
        if ((row[c] ?? '') === '') row[c] = text;
      }
    }
  }
  return rows;
}

function readWorkbook(
  bytes: Uint8Array,
  fillMerged = false
): { sheets: SheetRows[]; date1904: boolean } | null {
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, {
      type: 'array',
      cellFormula: false,
      cellHTML: false,
      cellText: true,
      // Date cells as Dates with their format, so `cellText` can give them as ISO dates.
      cellDates: true,
      cellNF: true,
      dense: true
    });
  } catch {
    return null;
  }
  if (book.SheetNames.length === 0) return null;
  const sheets = book.SheetNames.map((name) => {
    const sheet = book.Sheets[name];
    const data = sheet?.['!data'] ?? [];
    const rows = Array.from(data, (row) => trimRow(Array.from(row ?? [], cellText)));
    const merges = fillMerged ? (sheet?.['!merges'] ?? []) : [];
    return { name, rows: dropTrailingEmptyRows(fillMergedCells(rows, merges)) };
  });
  return { sheets, date1904: book.Workbook?.WBProps?.date1904 === true };
}

/** Excel's "Unicode text" is UTF-16 with a BOM; anything else with NUL bytes is not text. */
function decodeTextFile(
  bytes: Uint8Array,
  override?: TextEncodingName
): { text: string; encoding: string } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (bytes.subarray(0, 8192).includes(0)) return null;
  return decodeText(bytes, override);
}

function readText(text: string, extension: string, name: string): SheetRows {
  // Excel saves .txt as tab-delimited ("Text" and "Unicode text"); a .txt without tabs is CSV.
  const tabbed = extension === 'tsv' || (extension === 'txt' && /^[^\r\n]*\t/.test(text));
  const delimiter = tabbed ? '\t' : ',';
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  return { name, rows: dropTrailingEmptyRows(parsed.data.map((row) => trimRow(row))) };
}

export function readTable(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTableOptions = {}
): Restored<ReadTable> {
  const maxBytes = options.maxBytes ?? TABLE_MAX_BYTES;
  if (bytes.byteLength > maxBytes) {
    return refuse({ code: 'fileTooLarge', path: '', params: { limitMb: megabytes(maxBytes) } });
  }
  if (bytes.byteLength === 0) return refuse({ code: 'fileEmpty', path: '' });
  const notSpreadsheet: Issue = { code: 'notSpreadsheet', path: '' };

  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
    const refusal = startsWith(bytes, ZIP)
      ? zipRefusal(bytes, options.maxUnzippedBytes ?? TABLE_MAX_UNZIPPED_BYTES)
      : null;
    if (refusal) return refuse(refusal);
    const book = readWorkbook(bytes, options.fillMerged);
    if (!book) return refuse(notSpreadsheet);
    const data: ReadTable = {
      sheets: book.sheets,
      encoding: null,
      ...(book.date1904 ? { date1904: true } : {})
    };
    return { data, issues: [] };
  }
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (!TEXT_EXTENSIONS.has(extension)) return refuse(notSpreadsheet);
  const decoded = decodeTextFile(bytes, options.encoding);
  if (!decoded) return refuse(notSpreadsheet);
  const sheetName = fileName.replace(/\.[^.]*$/, '') || fileName;
  return {
    data: { sheets: [readText(decoded.text, extension, sheetName)], encoding: decoded.encoding },
    issues: []
  };
}
