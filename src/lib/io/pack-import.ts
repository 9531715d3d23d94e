/**
 * Reads a filled questionnaire pack (XLSX or CSV via `readTable`: values only, never formulas) into
 * answers by requirement id. Another template version or another vendor's pack gives no data; a row
 * with an unknown id or a changed requirement text is left out with a located issue. Texts are kept
 * as written (a hostile `=HYPERLINK(…)` stays plain text): every export guards them again.
 */
import { isNotApplicable } from '../domain/aliases';
import { textTooLong, tooLongParams } from '../domain/cell-text';
import type { Issue, Restored } from '../domain/issues';
import type { PackAttestationRow, PackReportDetails, PackSubcontractorRow } from '../domain/pack-records';
import type { IncomingAnswer } from '../domain/response-preview';
import { foldCp932Equivalents } from './encoding';
import {
  PACK_HEADER_KEYS,
  PACK_HEADERS,
  PACK_SHEETS,
  parseAnswerCell,
  unguardText,
  xlsxCellValue
} from './pack-format';
import { parseAttestations, parseSubcontractors } from './pack-import-sheets';
import { joinSoc2, parseSoc2Sheet } from './pack-import-soc2';
import type { DateCellOptions } from './date-cell';
import { checkTemplate, findTemplate, preferNamed, type PackExpectation } from './pack-import-template';
import { readTable, type ReadTableOptions } from './spreadsheet-read';
import { cellIssue, headerKey, type SheetRows, type TableInput } from './table';
import { guardText } from './text-guard';

/** One requirement row of the pack; blank cells give `null` / `''`, never a value to store. */
export interface PackAnswer extends IncomingAnswer {
  /** 1-based row in the file, as the vendor sees it. */
  row: number;
}

export type { PackExpectation } from './pack-import-template';
export { parseAttestationType } from './pack-import-sheets';

export type { PackAttestationRow, PackReportDetails, PackSubcontractorRow } from '../domain/pack-records';

export interface ParsedPack {
  answers: PackAnswer[];
  /** The vendor name the pack was made out to. */
  vendorName?: string;
  /** Filled rows of the 第三者認証 sheet; absent when there are none (a CSV has no such sheet). */
  attestations?: PackAttestationRow[];
  /** Filled rows of the 委託先 sheet; absent when there are none. */
  subcontractors?: PackSubcontractorRow[];
  /** The reports of the SOC 2 詳細 sheet whose rows all read; absent when there are none. */
  soc2?: PackReportDetails[];
}

const HEADER_SEARCH_ROWS = 10;

interface Layout {
  sheet: SheetRows;
  headerRow: number;
  id: number;
  text: number;
  answer: number;
  explanation: number;
  evidenceRefs: number;
}

function findLayout(sheet: SheetRows): Layout | null {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const keys = (sheet.rows[r] ?? []).map(headerKey);
    const find = (names: string[]) =>
      names.map((name) => keys.indexOf(name)).find((index) => index >= 0) ?? -1;
    const columns = {
      id: find(PACK_HEADER_KEYS.id),
      text: find(PACK_HEADER_KEYS.text),
      answer: find(PACK_HEADER_KEYS.answer),
      explanation: find(PACK_HEADER_KEYS.explanation),
      evidenceRefs: find(PACK_HEADER_KEYS.evidenceRefs)
    };
    if (columns.id >= 0 || columns.answer >= 0) return { sheet, headerRow: r, ...columns };
  }
  return null;
}

/** Line ends, NFC, and the characters a Shift_JIS round trip swaps for their Windows-31J forms. */
function foldText(text: string): string {
  return foldCp932Equivalents(text.replace(/\r\n?/g, '\n').normalize('NFC').trim());
}

/**
 * The cell still holds the locked text: equal after folding, where a `?` may stand for a non-ASCII
 * character that Shift_JIS could not hold; or equal to what the export wrote (guarded, clamped).
 */
function sameRequirementText(cell: string, locked: string): boolean {
  const written = foldText(xlsxCellValue(guardText(locked)));
  if (foldText(cell) === written) return true;
  const actual = [...foldText(unguardText(cell))];
  const expected = [...foldText(locked)];
  return (
    actual.length === expected.length &&
    actual.every((char, i) => char === expected[i] || (char === '?' && (expected[i] ?? '') > '\u007f'))
  );
}

function missingColumn(sheet: SheetRows, headerRow: number, name: string): Issue {
  const width = sheet.rows[headerRow]?.length ?? 0;
  return cellIssue('missingRequiredColumn', sheet.name, headerRow, width, { name });
}

const COLUMN_NAMES = {
  id: `${PACK_HEADERS.ja.id} / ${PACK_HEADERS.en.id}`,
  answer: `${PACK_HEADERS.ja.answer} / ${PACK_HEADERS.en.answer}`
};

/** How often `parsePack` reports its progress through the rows. */
export const PACK_PROGRESS_ROWS = 200;

/**
 * `onProgress`, if given, hears (rows checked, rows in the sheet) every `PACK_PROGRESS_ROWS` rows and
 * once at the end, so a caller off the main thread can show how far the check has got.
 */
export function parsePack(
  table: TableInput,
  expected: PackExpectation,
  onProgress?: (done: number, total: number) => void
): Restored<ParsedPack> {
  const template = findTemplate(table);
  const issues = checkTemplate(template, expected);
  if (issues.some((issue) => issue.code !== 'checksumMismatch')) return { data: null, issues };

  const candidates = preferNamed(table.sheets, PACK_SHEETS.requirements);
  const layout = candidates.map(findLayout).find((found) => found !== null);
  if (!layout) {
    const sheet = candidates[0] ?? { name: '', rows: [] };
    return { data: null, issues: [...issues, missingColumn(sheet, 0, COLUMN_NAMES.id)] };
  }
  const { sheet } = layout;
  if (layout.id < 0 || layout.answer < 0) {
    const name = layout.id < 0 ? COLUMN_NAMES.id : COLUMN_NAMES.answer;
    return { data: null, issues: [...issues, missingColumn(sheet, layout.headerRow, name)] };
  }

  const byId = new Map(expected.requirements.map((requirement) => [requirement.id, requirement]));
  const seen = new Set<string>();
  const answers: PackAnswer[] = [];
  const cell = (row: string[], column: number) => (column >= 0 ? (row[column] ?? '') : '');
  const total = sheet.rows.length;
  sheet.rows.forEach((row, r) => {
    if (onProgress && r % PACK_PROGRESS_ROWS === 0) onProgress(r, total);
    if (r <= layout.headerRow) return;
    const id = unguardText(cell(row, layout.id));
    const answerText = cell(row, layout.answer);
    const explanation = unguardText(cell(row, layout.explanation));
    const evidenceRefs = unguardText(cell(row, layout.evidenceRefs));
    const requirement = byId.get(id);
    if (!requirement) {
      // A row with no id and nothing typed in it is a blank line, not a problem.
      if (id !== '' || answerText !== '' || explanation !== '' || evidenceRefs !== '') {
        issues.push(cellIssue('unknownRequirementId', sheet.name, r, layout.id, { id }));
      }
      return;
    }
    // Never stored cut: a text longer than a cell holds leaves its row out, with a note.
    const long = (
      [
        [layout.explanation, explanation],
        [layout.evidenceRefs, evidenceRefs]
      ] as const
    ).find(([, text]) => textTooLong(text));
    if (long) {
      issues.push(cellIssue('textTooLong', sheet.name, r, long[0], tooLongParams(long[1])));
      return;
    }
    if (seen.has(id)) {
      issues.push(cellIssue('duplicateId', sheet.name, r, layout.id, { id }));
      return;
    }
    seen.add(id);
    if (layout.text >= 0 && !sameRequirementText(cell(row, layout.text), requirement.text)) {
      issues.push(
        cellIssue('requirementTextChanged', sheet.name, r, layout.text, { id, ref: requirement.ref })
      );
      return;
    }
    const answer = parseAnswerCell(answerText);
    if (answer === undefined) {
      // "N/A" has no place in the scoring (every requirement applies to every vendor): ask for an answer.
      const code = isNotApplicable(answerText) ? 'answerNotApplicable' : 'answerNotInList';
      issues.push(cellIssue(code, sheet.name, r, layout.answer, { value: answerText, ref: requirement.ref }));
    }
    answers.push({
      requirementId: id,
      answer: answer ?? null,
      explanation,
      evidenceRefs,
      row: r + 1,
      ...(answer === undefined ? { answerUnread: true as const } : {})
    });
  });
  onProgress?.(total, total);

  const vendorName = unguardText(template?.values.get('vendorName')?.text ?? '');
  const dateOptions: DateCellOptions = {
    order: expected.dateOrder ?? 'ymd',
    ...(table.date1904 ? { date1904: true } : {})
  };
  const certificationsSheet =
    table.sheets.find((s) => Object.values<string>(PACK_SHEETS.attestations).includes(s.name))?.name ?? '';
  const { attestations, soc2 } = joinSoc2(
    parseAttestations(table, issues, dateOptions),
    parseSoc2Sheet(table, issues, dateOptions),
    certificationsSheet,
    issues
  );
  const subcontractors = parseSubcontractors(table, issues);
  return {
    data: {
      answers,
      ...(vendorName ? { vendorName } : {}),
      ...(attestations.length ? { attestations } : {}),
      ...(subcontractors.length ? { subcontractors } : {}),
      ...(soc2.length ? { soc2 } : {})
    },
    issues
  };
}

/** `readTable` then `parsePack`: a file that is no spreadsheet (or too large) keeps readTable's issue. */
export function readPack(
  bytes: Uint8Array,
  fileName: string,
  expected: PackExpectation,
  options?: ReadTableOptions
): Restored<ParsedPack> {
  const table = readTable(bytes, fileName, options);
  if (!table.data) return { data: null, issues: table.issues };
  return parsePack(table.data, expected);
}
