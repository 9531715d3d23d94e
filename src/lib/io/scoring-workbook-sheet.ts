/**
 * What the sheet writers of the scoring workbook share: the input types, the context (data, the
 * locale's messages, and the addresses one sheet's formulas refer to on another), the title block and
 * print setup of every sheet, cell references and the rounding rule as a formula.
 */
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import type { ChainCheck } from '../domain/audit';
import type { AttestationTypeInfo } from '../domain/catalogue';
import { latestVersion } from '../domain/criteria';
import type { Id, IsoDate, ProcurementBundle, Requirement, ScoringSettings } from '../domain/model';
import type { ScoringResult, VendorResult } from '../domain/scoring';
import type { OneAtATimeResult, RandomDrawsResult } from '../domain/stability';
import { DOCUMENT_TIME_ZONE, formatDate, formatDateTime, type DateStyle, type Locale } from '../i18n/format';
import type { Translate } from '../i18n/results-labels';
import { syncTranslator } from '../i18n/translate-sync';
import { sheetNameKey, WORKBOOK_SHEETS, type WorkbookSheet } from '../i18n/workbook-labels';
import { clampForXlsx } from './pack-format';
import { columnLetter } from '../domain/columns';
import { DEFAULT_ROW_HEIGHT, rowHeightFor, textWidth, wrappedLineCount } from './row-height';
import { guardText } from './text-guard';

export type WorkbookLocale = Locale;
export interface WorkbookStability {
  /** `full`: one at a time and draws; `drawsOnly`: the procurement was too large for one at a time. */
  mode: 'full' | 'drawsOnly';
  oneAtATime: OneAtATimeResult | null;
  draws: RandomDrawsResult | null;
}

export interface ScoringWorkbookInput {
  bundle: ProcurementBundle;
  /** The engine's result for `scoringInputOf(bundle)`, as the results page shows it. */
  result: ScoringResult;
  /** The attestation types' validity rules (questionnaires/attestation-types.json), as data. */
  attestationTypes: readonly AttestationTypeInfo[];
  /** Stands in for the bid deadline when none is set (attestation status). */
  today: IsoDate;
  /** The audit chain check (`verifyChain` with the procurement's head). */
  chain: ChainCheck;
  /** Null: the 安定性 sheet says 未計算. */
  stability: WorkbookStability | null;
  /** ISO instant of the export, also the workbook's creation date (shown in Japan time). */
  exportedAt: string;
}

export interface ScoringWorkbookOptions {
  locale?: WorkbookLocale;
  /** 西暦 or 和暦 for every date and time shown (default 西暦); times are in Japan time. */
  dateStyle?: DateStyle;
  /** `phase`: `sheets` while rows are written, `file` once they are and the ZIP is being written. */
  onProgress?: (done: number, total: number, phase: 'sheets' | 'file') => void;
  /**
   * ExcelJS itself, when the caller has it loaded: the worker imports it statically, because a
   * classic (iife) worker bundle cannot hold the dynamic import's separate chunk.
   */
  excel?: ExcelModule;
}

/** The ExcelJS API (the CommonJS package's interop default). */
export type ExcelModule = typeof import('exceljs');

export type Cell = CellValue;

export { VERDICT_MARKS } from '../i18n/workbook-labels';

/** Each sheet's name in each locale (sheet names hold no apostrophe: see `cellRef`). */
export const SHEET_NAMES: Record<Locale, Record<WorkbookSheet, string>> = {
  ja: sheetNamesIn('ja'),
  en: sheetNamesIn('en')
};

function sheetNamesIn(locale: Locale): Record<WorkbookSheet, string> {
  const t = syncTranslator(locale);
  return Object.fromEntries(WORKBOOK_SHEETS.map((key) => [key, t(sheetNameKey[key])])) as Record<
    WorkbookSheet,
    string
  >;
}

export const HEADER_FILL = 'FFD9E1F2';
const SECTION_FILL = 'FFEDEDED';
/** Rows of the title block; the first table's header goes two rows below it. */
export const TITLE_ROWS = 5;
/** Rows written between progress reports. */
export const PROGRESS_EVERY = 2000;
/**
 * How finely a figure is rounded before its rounding rule (see `roundedFormula`). A `sum` (技術点,
 * 総合評価点) adds up to thousands of doubles, whose error can reach about 1e-9, while its exact value
 * (points × rubric factors ÷ panel) is either on a boundary or at least about 1e-6 from one: 6
 * decimals beyond the figure's. A `quotient` (価格点, 評価値, 基準評価値) is a few operations from its
 * inputs (error about 1e-13) but its exact value, over a bid or ceiling in yen, can come within
 * 1e-11 of a boundary: 12 decimals.
 */
export type PreRound = 'sum' | 'quotient';
const QUOTIENT_DECIMALS = 12;
const SUM_EXTRA_DECIMALS = 6;

/** A text cell: guarded (a leading = + - @ … cannot become a formula) and within Excel's limit. */
export const text = (value: string | null | undefined): string => clampForXlsx(guardText(value ?? ''));

/** `'Sheet'!A1` (absolute with `abs`). Sheet names hold no apostrophe (see the `workbook.sheet.*` messages). */
export function cellRef(sheet: string, column: number, row: number, abs = false): string {
  const letter = columnLetter(column - 1);
  return abs ? `'${sheet}'!$${letter}$${row}` : `'${sheet}'!${letter}${row}`;
}

export function rangeRef(sheet: string, column: number, first: number, last: number, abs = true): string {
  const letter = columnLetter(column - 1);
  return abs
    ? `'${sheet}'!$${letter}$${first}:$${letter}$${last}`
    : `'${sheet}'!${letter}${first}:${letter}${last}`;
}

export const local = (column: number, row: number): string => `${columnLetter(column - 1)}${row}`;

/**
 * The rounding rule as a formula: floor → ROUNDDOWN, half-up → ROUND (the same for the non-negative
 * figures published), none → the value. The value is first rounded finer (`PreRound`), so a binary
 * floating-point result such as 0.29×100 = 28.999999999999996 is not floored one unit short.
 */
export function roundedFormula(
  expr: string,
  decimals: number,
  mode: ScoringSettings['rounding']['mode'],
  kind: PreRound,
  /** The figure's value, so the first rounding stays within a double's 15 significant digits. */
  value: number
): string {
  if (mode === 'none') return expr;
  const whole = Math.abs(value) >= 1 ? Math.floor(Math.log10(Math.abs(value))) + 1 : 0;
  const wanted = kind === 'sum' ? decimals + SUM_EXTRA_DECIMALS : QUOTIENT_DECIMALS;
  const fine = Math.max(decimals + 1, Math.min(wanted, 15 - whole));
  const pre = `ROUND(${expr},${fine})`;
  return mode === 'floor' ? `ROUNDDOWN(${pre},${decimals})` : `ROUND(${pre},${decimals})`;
}

export const formula = (f: string, result: number | string | null | undefined): Cell => ({
  formula: f,
  result: result ?? ''
});

/** What every sheet writer shares: the loaded data, the messages, the cell addresses others refer to. */
export interface Context {
  book: Workbook;
  locale: WorkbookLocale;
  /** The locale's messages (`syncTranslator`). */
  t: Translate;
  /** An ISO instant as the reader reads it: Japan time, 西暦 or 和暦 (see `whenText`). */
  when: (iso: string) => string;
  /** A `YYYY-MM-DD` date, 西暦 or 和暦; '' for none. */
  day: (isoDate: string | null | undefined) => string;
  names: Record<WorkbookSheet, string>;
  input: ScoringWorkbookInput;
  settings: ScoringSettings;
  requirements: Requirement[];
  vendors: ProcurementBundle['vendors'];
  evaluators: ProcurementBundle['evaluators'];
  results: Map<Id, VendorResult>;
  /** Absolute references of setting cells on 評価基準, by setting key. */
  setting: Record<string, string>;
  rubric: { codes: string; factors: string } | null;
  /**
   * 段階別配点 on 評価基準: the row of the level codes (a range, absolute), and per requirement stating
   * points per level the range of its points in the same columns (level-points.ts).
   */
  levelPoints: { codes: string; rows: Map<Id, string> } | null;
  /** Row of each requirement on 評価基準 (points in column 6, kind in column 5). */
  criteriaRow: Map<Id, number>;
  criteriaRange: { first: number; last: number } | null;
  /** First row of the (vendor × requirement) tables of 評価者別採点 and 集計. */
  itemFirstRow: number;
  /** Row of each vendor on 価格点計算 and on 集計's vendor summary. */
  priceRow: Map<Id, number>;
  tallyVendorRow: Map<Id, number>;
  progress: () => void;
}

export const itemRow = (ctx: Context, vendorIndex: number, requirementIndex: number): number =>
  ctx.itemFirstRow + vendorIndex * ctx.requirements.length + requirementIndex;

/** Column layout of 集計 and 評価者別採点 (1-based). */
export const TALLY = { vendor: 1, ref: 2, kind: 3, points: 4, mean: 5, decided: 6, score: 7 } as const;
export const TALLY_SUMMARY = { vendor: 9, base: 10, bonus: 11, technical: 12 } as const;

// ------------------------------------------------------------------ sheet scaffolding

export function styleHeader(sheet: Worksheet, row: number, columns: number, fill = HEADER_FILL): void {
  const r = sheet.getRow(row);
  for (let c = 1; c <= columns; c++) {
    const cell = r.getCell(c);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  }
}

export function sectionRow(sheet: Worksheet, row: number, title: string): void {
  const cell = sheet.getCell(row, 1);
  cell.value = title;
  cell.font = { bold: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SECTION_FILL } };
}

/** `&` starts a header/footer code: a literal one is doubled. */
const headerText = (value: string): string => value.replaceAll('&', '&&');

/**
 * The printed page's header (件名 left, sheet name right) and footer (ページ X / Y left, the
 * criteria version and short hash right), within the 255 characters a header or footer may hold.
 */
function pageHeaderFooter(ctx: Context, key: WorkbookSheet): { oddHeader: string; oddFooter: string } {
  const { t, input } = ctx;
  const latest = latestVersion(input.bundle.criteriaVersions);
  const title = headerText(guardText(input.bundle.procurement.title).slice(0, 120));
  const criteria = latest
    ? t('workbook.print.criteria', { version: latest.version, hash: latest.hash.slice(0, 12) })
    : t('workbook.criteriaDraft');
  return {
    oddHeader: `&L${title}&R${headerText(ctx.names[key])}`,
    // The page message holds no `&` of its own: its codes &P and &N are the page number and count.
    oddFooter: `&L${t('workbook.print.page', { page: '&P', pages: '&N' })}&R${headerText(criteria)}`
  };
}

/**
 * A sheet with the title block (sheet title, 件名, 調達機関, 出力日時, 評価基準 version and hash),
 * A4 landscape fitted to the page width (as many pages tall as needed), 件名 and sheet name in the
 * page header, page X / Y and the criteria hash in the footer, the given column widths and wrapped
 * long-text columns (rows get their heights from `fitRowHeights` once written). `header`: the one table header row to freeze and repeat on each page;
 * without it the title block is frozen and repeated.
 */
export function newSheet(
  ctx: Context,
  key: WorkbookSheet,
  columns: { width: number; wrap?: boolean; numFmt?: string }[],
  header: { row: number; xSplit?: number } | null
): Worksheet {
  const { t, input } = ctx;
  const sheet = ctx.book.addWorksheet(ctx.names[key], {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: header ? `${header.row}:${header.row}` : `1:${TITLE_ROWS}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }
    },
    headerFooter: pageHeaderFooter(ctx, key)
  });
  sheet.columns = columns.map((c) => ({
    width: c.width,
    style: {
      ...(c.wrap ? { alignment: { vertical: 'top', wrapText: true } } : {}),
      ...(c.numFmt ? { numFmt: c.numFmt } : {})
    }
  }));
  const latest = latestVersion(input.bundle.criteriaVersions);
  const { procurement } = input.bundle;
  const title = sheet.getCell(1, 1);
  title.value = ctx.names[key];
  title.font = { bold: true, size: 14 };
  const block: [string, string][] = [
    [t('workbook.procurement'), text(procurement.title)],
    [t('workbook.organisation'), text(procurement.organisation)],
    [t('workbook.exportedAt'), text(ctx.when(input.exportedAt))],
    [
      t('memo.criteria'),
      latest
        ? text(t('workbook.criteriaVersion', { version: latest.version, hash: latest.hash }))
        : t('workbook.criteriaDraft')
    ]
  ];
  // The labels stand in the first column: it is made wide enough for them (they have values beside them).
  const labelWidth = Math.max(...block.map(([label]) => textWidth(label))) + 2;
  const first = sheet.getColumn(1);
  if ((first.width ?? 9) < labelWidth) first.width = labelWidth;
  block.forEach(([label, value], i) => {
    const row = sheet.getRow(2 + i);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    const cell = row.getCell(2);
    cell.value = value;
    // The value may run on over the empty cells to its right; never wrapped into a tall row.
    cell.alignment = { wrapText: false, vertical: 'top' };
  });
  sheet.views = [
    header
      ? { state: 'frozen', xSplit: header.xSplit ?? 0, ySplit: header.row }
      : { state: 'frozen', xSplit: 0, ySplit: TITLE_ROWS }
  ];
  return sheet;
}

/** Adds a row at `row` (ExcelJS rows are sparse; rows are written in order). */
export function putRow(ctx: Context, sheet: Worksheet, row: number, values: Cell[]): void {
  // An empty text would be a cell that COUNTA counts: blank cells stay empty.
  sheet.getRow(row).values = values.map((v) => (v === '' ? null : v));
  ctx.progress();
}

/**
 * Sets every row's height for its wrapped text (see `row-height.ts`), once the sheet is written:
 * spreadsheet programs keep a row one line tall on opening, so a longer text would be cut off or
 * drawn over the next row. A text wider than its column with a written cell to its right is
 * wrapped too, since it cannot run on over its neighbour.
 */
export function fitRowHeights(sheet: Worksheet, onRow?: () => void): void {
  const widths: number[] = [];
  for (let c = 1; c <= sheet.columnCount; c++) widths[c] = sheet.getColumn(c).width ?? 9;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    onRow?.();
    let lines = 1;
    let size = 11;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = cell.value;
      const shown =
        typeof value === 'string'
          ? value
          : typeof value === 'number'
            ? String(value)
            : value && typeof value === 'object' && 'result' in value
              ? String(value.result ?? '')
              : '';
      if (shown === '') return;
      size = Math.max(size, cell.font?.size ?? 11);
      const width = widths[column] ?? 9;
      // A cell set not to wrap (the title block's values) runs on over the empty cells to its right.
      if (cell.alignment?.wrapText === false) return;
      let wrap = cell.alignment?.wrapText === true;
      if (!wrap && textWidth(shown) > width && row.getCell(column + 1).value != null) {
        cell.alignment = { ...cell.alignment, vertical: 'top', wrapText: true };
        wrap = true;
      }
      if (wrap) lines = Math.max(lines, wrappedLineCount(shown, width));
    });
    const height = rowHeightFor(lines, size);
    if (height === DEFAULT_ROW_HEIGHT) return;
    row.height = height;
    // In a tall row every value sits at the top, beside the first line of its neighbours' text.
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!cell.alignment?.vertical) cell.alignment = { ...cell.alignment, vertical: 'top' };
    });
  });
}

/** The context's date and time formatters for a locale and date style: times always in Japan time. */
export function whenText(locale: Locale, style: DateStyle): Pick<Context, 'when' | 'day'> {
  return {
    when: (iso) => formatDateTime(iso, locale, style, DOCUMENT_TIME_ZONE),
    day: (isoDate) => formatDate(isoDate ?? null, locale, style)
  };
}

export const decimalsFormat = (decimals: number | null): string =>
  decimals === null ? 'General' : decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
