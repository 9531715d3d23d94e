/**
 * The scoring workbook (採点ワークブック), the product's final output: eleven sheets that stand on
 * their own. Every published total is a live formula over the grade cells the workbook contains
 * (rubric lookup, mean or consensus, pass rule, rounding rule, price formula, rank), written with
 * the engine's figure as its cached result, so a viewer that does not recalculate shows the same
 * number and a recalculating one (Excel, LibreOffice) proves it. Pure apart from loading ExcelJS;
 * every text from a vendor or user passes `guardText`; every label is a message of `src/lib/i18n`.
 * Layout and formulas: see the sheet writers.
 */
import { documentLocale } from '../domain/document-language';
import { byOrder } from '../domain/records';
import { bundleInLanguage } from '../domain/requirement-text';
import { scoringInputOf } from '../domain/scoring-input';
import { syncTranslator } from '../i18n/translate-sync';
import { writeCorrectionsSheet } from './scoring-workbook-corrections';
import { writeCriteria } from './scoring-workbook-criteria';
import { writeGrades, writeItems, writeTally } from './scoring-workbook-grades';
import { writeAuditRecordSheet, writeAuditSheet } from './scoring-workbook-audit';
import { writeEvidenceSheet, writeStabilitySheet } from './scoring-workbook-records';
import { writeOverall, writePrice } from './scoring-workbook-results';
import {
  fitRowHeights,
  PROGRESS_EVERY,
  SHEET_NAMES,
  TITLE_ROWS,
  type Context,
  type ExcelModule,
  type ScoringWorkbookInput,
  type ScoringWorkbookOptions,
  whenText
} from './scoring-workbook-sheet';

export type {
  ScoringWorkbookInput,
  ScoringWorkbookOptions,
  WorkbookLocale,
  WorkbookStability
} from './scoring-workbook-sheet';
export { attestationStatusesOf, type AttestationStatusRow } from './scoring-workbook-records';

function rowsToWrite(ctx: Pick<Context, 'requirements' | 'vendors' | 'input'>): number {
  const { bundle } = ctx.input;
  const items = ctx.requirements.length * ctx.vendors.length;
  return (
    2 * items +
    ctx.requirements.length * 2 +
    ctx.vendors.length * 3 +
    bundle.attestations.length +
    bundle.evidenceFiles.length +
    bundle.subcontractors.length +
    2 * bundle.audit.length +
    60
  );
}

async function loadExcel(): Promise<ExcelModule> {
  const loaded = await import('exceljs');
  // A CommonJS package: its API is the interop `default` (kept the namespace as a fallback).
  return (loaded.default ?? loaded) as ExcelModule;
}

/**
 * The workbook as XLSX bytes. ExcelJS is imported on first use (as the pack export does), so its
 * ~270 KB (gzip) loads only when someone exports. `onProgress(done, total, 'sheets')` is called
 * every few thousand rows, each row counted once written and once fitted to its text (total: twice
 * an estimate of the rows), ending at `(total, total, 'sheets')`; then `(total, total, 'file')`
 * before and after the ZIP is written.
 */
export async function buildScoringWorkbook(
  given: ScoringWorkbookInput,
  options: ScoringWorkbookOptions = {}
): Promise<Uint8Array> {
  const excel = options.excel ?? (await loadExcel());
  const locale = options.locale ?? documentLocale(given.bundle.procurement);
  // Requirements worded in the workbook's language (our English wording where they carry it).
  const input: ScoringWorkbookInput = { ...given, bundle: bundleInLanguage(given.bundle, locale) };
  const scoring = scoringInputOf(input.bundle);
  const book = new excel.Workbook();
  book.creator = 'Sentei';
  const created = Date.parse(input.exportedAt);
  book.created = book.modified = new Date(Number.isNaN(created) ? 0 : created);
  const base = {
    // A locked version's own copy of the requirements, which the bundle loader does not reorder.
    requirements: byOrder(scoring.requirements),
    vendors: input.bundle.vendors,
    input
  };
  const rows = rowsToWrite(base);
  // Each row is written, then fitted to its text (`fitRowHeights`, seconds on a large procurement):
  // both halves move the bar, so it does not sit on the last written row while the rows are fitted.
  const total = 2 * rows;
  let done = 0;
  const ctx: Context = {
    ...base,
    book,
    locale,
    t: syncTranslator(locale),
    ...whenText(locale, options.dateStyle ?? 'western'),
    names: SHEET_NAMES[locale],
    settings: scoring.settings,
    evaluators: input.bundle.evaluators,
    results: new Map(input.result.vendors.map((v) => [v.vendorId, v])),
    setting: {},
    rubric: null,
    levelPoints: null,
    criteriaRow: new Map(),
    criteriaRange: null,
    itemFirstRow: TITLE_ROWS + 3,
    priceRow: new Map(),
    tallyVendorRow: new Map(),
    progress: () => {
      done++;
      if (done % PROGRESS_EVERY === 0) options.onProgress?.(Math.min(done, rows), total, 'sheets');
    }
  };
  options.onProgress?.(0, total, 'sheets');
  // Written in sheet order. Cross-sheet references are computed addresses (rows follow the
  // vendors' and requirements' order); 価格点計算 and 総合評価 read the rows recorded before them.
  writeCriteria(ctx);
  writeItems(ctx);
  writeGrades(ctx);
  writeTally(ctx);
  writePrice(ctx);
  writeOverall(ctx);
  writeEvidenceSheet(ctx);
  writeStabilitySheet(ctx);
  writeAuditSheet(ctx);
  writeAuditRecordSheet(ctx);
  writeCorrectionsSheet(ctx);
  // The rows fitted, scaled onto the second half of the bar (the estimate may differ from the count).
  const toFit = book.worksheets.reduce((n, sheet) => n + sheet.actualRowCount, 0);
  let fitted = 0;
  const fit = () => {
    fitted++;
    if (fitted % PROGRESS_EVERY === 0) {
      options.onProgress?.(rows + Math.min(rows, Math.floor((fitted / toFit) * rows)), total, 'sheets');
    }
  };
  for (const sheet of book.worksheets) fitRowHeights(sheet, fit);
  options.onProgress?.(total, total, 'sheets');
  options.onProgress?.(total, total, 'file');
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  options.onProgress?.(total, total, 'file');
  return bytes;
}
