/**
 * The questionnaire pack (回答票) a vendor fills in: XLSX (instructions, requirement table with an
 * answer dropdown and only the input cells unlocked, blank certification and subcontractor sheets,
 * template info), or CSV (template line + table). Pure. The inputs carry only what a vendor may see,
 * so no points, rubric, other vendors or notes can reach the file; every text cell passes `guardText`.
 */
import * as Papa from 'papaparse';
import type { DataValidation, Worksheet } from 'exceljs';
import type { Attestation, Response } from '../domain/model';
import { usesField } from '../domain/attestation-draft';
import { encodeShiftJis, utf8WithBom } from './encoding';
import { rowHeightFor, wrappedLineCount } from './row-height';
import {
  CSV_MARKER_KEYS,
  PACK_ANSWER_LABELS,
  PACK_COLUMNS,
  PACK_ATTESTATION_HEADERS,
  PACK_COLUMN_INDEX,
  PACK_HEADERS,
  PACK_KIND_LABELS,
  PACK_OPINION_LABELS,
  PACK_SHEETS,
  PACK_SOC2_HEADERS,
  PACK_SOC2_ITEM_LABELS,
  PACK_SUBCONTRACTOR_HEADERS,
  PACK_TEMPLATE_VERSION,
  TEMPLATE_KEYS,
  TEMPLATE_LABELS,
  xlsxCellText,
  orderedRequirements,
  requirementsChecksum,
  type PackLocale,
  type PackRequirement,
  type TemplateKey
} from './pack-format';
import {
  PACK_SEPARATOR_HELP,
  acceptedValuesRange,
  acceptedValuesRows,
  packLists,
  type PackListSheet
} from './pack-lists';
import { ATTESTATION_SHORT_LABELS } from './spec-annex';
import { columnLetter } from '../domain/columns';
import { guardText } from './text-guard';

/** A current answer to pre-fill; only those of `vendor.id` are used. */
export type PackPrefill = Pick<
  Response,
  'vendorId' | 'requirementId' | 'answer' | 'explanation' | 'evidenceRefs'
>;

/** A SOC 2 report on file, to pre-fill the SOC 2 詳細 sheet; only the vendor's own SOC 2 reports are used. */
export type PackReportPrefill = Pick<
  Attestation,
  | 'vendorId'
  | 'subcontractorId'
  | 'type'
  | 'issuer'
  | 'periodStart'
  | 'periodEnd'
  | 'asOf'
  | 'opinion'
  | 'qualifiedCriteria'
  | 'exceptions'
  | 'subserviceOrganisations'
  | 'bridgeLetter'
  | 'cuecs'
>;

export interface PackInput {
  procurementTitle: string;
  organisation: string;
  vendor: { id: string; company: string; serviceName: string };
  /** The locked criteria version the pack answers. */
  criteria: { version: number; hash: string };
  /** `Requirement` records fit; only these fields are read. */
  requirements: readonly PackRequirement[];
  answers?: readonly PackPrefill[];
  /** Attestations on file (`Attestation` records fit): the vendor's SOC 2 reports pre-fill their sheet. */
  reports?: readonly PackReportPrefill[];
  locale: PackLocale;
  /** ISO instant. */
  exportedAt: string;
}

/** Character widths of the requirement columns (A, the id, is hidden). */
const COLUMN_WIDTHS: Record<(typeof PACK_COLUMNS)[number], number> = {
  id: 14,
  ref: 9,
  domain: 18,
  title: 30,
  text: 60,
  kind: 8,
  answer: 12,
  explanation: 50,
  evidenceRefs: 30
};

/** The cells a vendor types into. */
const INPUT_COLUMNS = ['answer', 'explanation', 'evidenceRefs'] as const;

/** Blank rows offered on the certification and subcontractor sheets. */
const BLANK_ROWS = 30;

const HEADER_FILL = 'FFD9E1F2';
/** Input cells are yellow, as on the forms Japanese offices use. */
const INPUT_FILL = 'FFFFF2CC';

const ATTESTATION_WIDTHS = [26, 22, 26, 16, 16, 50, 20];

const SUBCONTRACTOR_WIDTHS = [30, 30, 12, 24, 40];

const SOC2_WIDTHS = [16, 24, 16, 16, 26, 16, 50, 36, 36, 16, 16];

interface Prompt {
  title: string;
  text: string;
  error: string;
}

const ANSWER_PROMPT: Record<PackLocale, Prompt> = {
  ja: {
    title: '回答',
    text: '対応・一部対応・未対応から選択してください。',
    error: '一覧から選択してください。'
  },
  en: {
    title: 'Answer',
    text: 'Choose Meets, Partly meets or Does not meet.',
    error: 'Choose a value from the list.'
  }
};

/** Shown on a cell that may name several values (an input message holds at most 255 characters). */
const SEVERAL_PROMPT: Record<PackLocale, string> = {
  ja: `${PACK_SEPARATOR_HELP.ja}選べる名称は「選択肢」シートにあります。`,
  en: `${PACK_SEPARATOR_HELP.en} The Accepted values sheet lists the names.`
};

const INSTRUCTIONS: Record<PackLocale, { heading: string; steps: string[] }> = {
  ja: {
    heading: '回答方法',
    steps: [
      '1. 「要件」シートの各要件について、「回答」列で「対応」「一部対応」「未対応」のいずれかを選択してください。',
      '2. 「説明」列に対応の内容を、「証跡の参照」列に根拠となる資料の名称と該当箇所（ページ等）を記入してください。',
      '3. 「第三者認証」シートに、取得している認証・監査報告書（ISMAP、SOC 2、ISO/IEC 27001 など）を記入してください。',
      '4. 「委託先」シートに、サービスの提供に関わる委託先（IaaS、データセンター、サポート窓口など）と、その認証を記入してください。',
      '5. SOC 2 報告書がある場合は、「SOC 2 詳細」シートに、報告書ごとに種類・監査人・対象期間を記入し、1 行に 1 項目（意見と限定の対象となる規準、例外事項、サブサービス組織、ブリッジレター、相補的な利用者エンティティの統制）を記入してください。登録済みの報告書の内容は記入済みです。新しい報告書は「第三者認証」シートにも記入してください。',
      `6. 「回答」「種類」「意見」「重要度」「保証報告書での扱い」はセルの一覧から選択できます。選べる値は「選択肢」シートにあります。「保有する認証」は、${PACK_SEPARATOR_HELP.ja}`,
      '7. 要件の内容、行・列の構成、「テンプレート情報」シートは変更しないでください。変更すると取り込めないことがあります。',
      '8. .xlsx 形式のまま保存して返送してください。'
    ]
  },
  en: {
    heading: 'How to answer',
    steps: [
      '1. On the Requirements sheet, choose Meets, Partly meets or Does not meet in the Answer column for each requirement.',
      '2. Describe how you meet it in the Explanation column, and name the supporting documents (with page or section) under Evidence references.',
      '3. List your certifications and audit reports (ISMAP, SOC 2, ISO/IEC 27001, …) on the Certifications sheet.',
      '4. List the subcontractors involved in providing the service (IaaS, data centres, support desks, …) and their certifications on the Subcontractors sheet.',
      '5. For a SOC 2 report, give on the SOC 2 details sheet its type, service auditor and period, then one item a row: the opinion (with the criteria a qualified opinion names), each exception, each subservice organisation, the bridge letter, each complementary user-entity control. Reports on file are filled in already; list a new report on the Certifications sheet too.',
      `6. Answer, Type, Opinion, Criticality and Treatment in the assurance report offer a list in the cell; the Accepted values sheet lists the values. Their certifications: ${PACK_SEPARATOR_HELP.en}`,
      '7. Do not change the requirement texts, the rows and columns, or the Template info sheet: the answers could then not be imported.',
      '8. Save the file as .xlsx and send it back.'
    ]
  }
};

const TITLE_LABELS: Record<PackLocale, Record<'pack' | 'procurement' | 'organisation' | 'vendor', string>> = {
  ja: { pack: '回答票', procurement: '件名', organisation: '調達機関', vendor: '事業者' },
  en: { pack: 'Questionnaire', procurement: 'Procurement', organisation: 'Organisation', vendor: 'Vendor' }
};

type Cell = string | number;

/** The requirement table: header row, then one row per requirement in specification order. */
export function packRows(input: PackInput): string[][] {
  const { locale } = input;
  const prefill = new Map(
    (input.answers ?? [])
      .filter((answer) => answer.vendorId === input.vendor.id)
      .map((answer) => [answer.requirementId, answer])
  );
  const header = PACK_COLUMNS.map((column) => PACK_HEADERS[locale][column]);
  const rows = orderedRequirements(input.requirements).map((requirement) => {
    const answer = prefill.get(requirement.id);
    const cells: Record<(typeof PACK_COLUMNS)[number], string> = {
      id: guardText(requirement.id),
      ref: guardText(requirement.ref),
      domain: guardText(requirement.domain),
      title: guardText(requirement.title),
      text: guardText(requirement.text),
      kind: PACK_KIND_LABELS[locale][requirement.kind],
      answer: answer?.answer ? PACK_ANSWER_LABELS[locale][answer.answer] : '',
      explanation: guardText(answer?.explanation ?? ''),
      evidenceRefs: guardText(answer?.evidenceRefs ?? '')
    };
    return PACK_COLUMNS.map((column) => cells[column]);
  });
  return [header, ...rows];
}

/**
 * The SOC 2 詳細 sheet's rows for the vendor's own SOC 2 reports on file: each item on a row of its own,
 * the report named by type, auditor and period (Type I: its as-of date as the period end).
 */
export function soc2Rows(input: Pick<PackInput, 'vendor' | 'reports' | 'locale'>): string[][] {
  const { locale } = input;
  const item = PACK_SOC2_ITEM_LABELS[locale];
  const reports = (input.reports ?? []).filter(
    (a) => a.vendorId === input.vendor.id && a.subcontractorId === null && usesField(a.type, 'cuecs')
  );
  const rows: string[][] = [];
  for (const a of reports) {
    const ref = [
      ATTESTATION_SHORT_LABELS[locale][a.type],
      a.issuer,
      a.periodStart ?? '',
      a.periodEnd ?? a.asOf ?? ''
    ];
    const row = (cells: string[]) => rows.push([...ref, ...cells].map(guardText));
    if (a.opinion) {
      const criteria = a.opinion === 'qualified' ? a.qualifiedCriteria.join(', ') : '';
      row([item.opinion, criteria, PACK_OPINION_LABELS[locale][a.opinion]]);
    }
    for (const x of a.exceptions) {
      row([item.exception, x.criterion, x.description, x.testResult, x.managementResponse]);
    }
    for (const o of a.subserviceOrganisations)
      row([o.method === 'carveOut' ? item.carveOut : item.inclusive, '', o.name]);
    if (a.bridgeLetter) {
      row([item.bridgeLetter, '', '', '', '', a.bridgeLetter.issuedOn, a.bridgeLetter.coversUntil]);
    }
    for (const c of a.cuecs) row([item.cuec, '', c]);
  }
  return rows;
}

function templateValues(input: PackInput): Record<TemplateKey, Cell> {
  return {
    template: PACK_TEMPLATE_VERSION,
    procurementTitle: guardText(input.procurementTitle),
    organisation: guardText(input.organisation),
    vendorId: guardText(input.vendor.id),
    vendorName: guardText(input.vendor.company),
    serviceName: guardText(input.vendor.serviceName),
    criteriaVersion: input.criteria.version,
    criteriaHash: guardText(input.criteria.hash),
    requirementsChecksum: requirementsChecksum(input.requirements),
    exportedAt: guardText(input.exportedAt)
  };
}

function styleHeader(sheet: Worksheet, columnCount: number): void {
  const row = sheet.getRow(1);
  for (let c = 1; c <= columnCount; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  }
}

/** Unlocked, yellow, wrapped: where the vendor writes. */
function markInput(sheet: Worksheet, row: number, column: number): void {
  const cell = sheet.getCell(row, column);
  cell.protection = { locked: false };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
  cell.alignment = { vertical: 'top', wrapText: true };
}

/**
 * ExcelJS 4.4 merges per-cell validations in text order (A10 before A2) into overlapping ranges,
 * which Excel then "repairs"; a validation keyed by a range is written as it is. The collection
 * exists at run time but is missing from the package's typings.
 */
type ValidatedSheet = Worksheet & { dataValidations: { add(range: string, rule: DataValidation): void } };

function promptFields(prompt: Prompt | undefined): Partial<DataValidation> {
  if (!prompt) return {};
  const note = { showInputMessage: true, promptTitle: prompt.title, prompt: prompt.text };
  return prompt.error ? { ...note, errorTitle: prompt.title, error: prompt.error } : note;
}

/**
 * A dropdown on rows 2…`lastRow` of a column, listing a range of the 選択肢 sheet; `strict` refuses
 * typed values outside it. A column whose cell may name several values gets no list (a list cell
 * holds one value) but a note on how to separate them.
 */
function addDropdown(
  sheet: Worksheet,
  column: number,
  lastRow: number,
  rule: { range: string; strict: boolean; multiple: boolean },
  prompt?: Prompt
): void {
  if (lastRow < 2) return;
  const letter = columnLetter(column - 1);
  const validation: DataValidation = rule.multiple
    ? // ExcelJS writes type `any` (an input message, no check); its typings leave it out.
      ({ type: 'any', formulae: [], ...promptFields(prompt) } as unknown as DataValidation)
    : {
        type: 'list',
        allowBlank: true,
        formulae: [rule.range],
        showErrorMessage: true,
        errorStyle: rule.strict ? 'stop' : 'warning',
        ...promptFields(prompt)
      };
  (sheet as ValidatedSheet).dataValidations.add(`${letter}2:${letter}${lastRow}`, validation);
}

/** The dropdowns of one sheet, from the lists of the pack (answer, type, criticality, …). */
function addListDropdowns(sheet: Worksheet, name: PackListSheet, lastRow: number, locale: PackLocale): void {
  packLists(locale).forEach((list, index) => {
    if (list.sheet !== name) return;
    const range = acceptedValuesRange(locale, index);
    const prompt =
      name === 'requirements'
        ? ANSWER_PROMPT[locale]
        : list.multiple
          ? { title: list.heading, text: SEVERAL_PROMPT[locale], error: '' }
          : undefined;
    addDropdown(sheet, list.column + 1, lastRow, { range, ...list }, prompt);
  });
}

/** Structure protection, not security: no password, so a vendor who must can lift it in Excel. */
async function protect(sheet: Worksheet, allowRows: boolean): Promise<void> {
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: allowRows,
    deleteRows: allowRows
  });
}

/** A header row, the `filled` rows, and `BLANK_ROWS` more below them, all unlocked; returns the last row. */
async function blankTable(
  sheet: Worksheet,
  headers: readonly string[],
  widths: readonly number[],
  filled: readonly string[][] = []
): Promise<number> {
  sheet.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 20 }));
  styleHeader(sheet, headers.length);
  sheet.addRows(filled.map((row) => row.map(xlsxCellText)));
  const last = filled.length + BLANK_ROWS + 1;
  for (let r = 2; r <= last; r++) {
    for (let c = 1; c <= headers.length; c++) markInput(sheet, r, c);
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  await protect(sheet, true);
  return last;
}

function instructionLines(input: PackInput): string[] {
  const { locale, vendor } = input;
  const title = TITLE_LABELS[locale];
  const service = !vendor.serviceName
    ? ''
    : locale === 'ja'
      ? `（${vendor.serviceName}）`
      : ` (${vendor.serviceName})`;
  // A Japanese pack repeats the steps in English for a vendor abroad; an English pack (the
  // procurement's document language is English) is English throughout.
  const also: readonly (keyof typeof INSTRUCTIONS)[] = locale === 'ja' ? ['en'] : [];
  return [
    title.pack,
    `${title.procurement}: ${input.procurementTitle}`,
    `${title.organisation}: ${input.organisation}`,
    `${title.vendor}: ${vendor.company}${service}`,
    '',
    INSTRUCTIONS[locale].heading,
    ...INSTRUCTIONS[locale].steps,
    ...also.flatMap((other) => ['', INSTRUCTIONS[other].heading, ...INSTRUCTIONS[other].steps])
  ].map(guardText);
}

/** The export instant as the workbook's creation date (not the clock: builders are pure). */
function instant(iso: string): Date {
  const time = Date.parse(iso);
  return new Date(Number.isNaN(time) ? 0 : time);
}

/**
 * The pack as XLSX. SheetJS CE cannot write data validation, sheet protection or frozen panes, so
 * this one builder uses ExcelJS — imported here, on first use, so its ~270 KB (gzip) is never
 * part of the page until someone exports a pack.
 */
const INSTRUCTIONS_WIDTH = 72;
export async function buildPackXlsx(input: PackInput): Promise<Uint8Array> {
  const loaded = await import('exceljs');
  // A CommonJS package: its API is the interop `default` (kept the namespace as a fallback).
  const excel: typeof loaded.default = loaded.default ?? loaded;
  const { locale } = input;
  const book = new excel.Workbook();
  book.creator = 'Sentei';
  book.created = book.modified = instant(input.exportedAt);

  const instructions = book.addWorksheet(PACK_SHEETS.instructions[locale], {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
  });
  instructions.columns = [{ width: INSTRUCTIONS_WIDTH }];
  for (const line of instructionLines(input)) {
    const row = instructions.addRow([xlsxCellText(line)]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    // Spreadsheet programs do not grow a row for wrapped text on opening: a long line would overlap the next.
    const lines = wrappedLineCount(line, INSTRUCTIONS_WIDTH);
    if (lines > 1) row.height = rowHeightFor(lines);
  }
  instructions.getCell(1, 1).font = { bold: true, size: 14 };
  await protect(instructions, false);

  const table = book.addWorksheet(PACK_SHEETS.requirements[locale]);
  table.columns = PACK_COLUMNS.map((column) => ({ width: COLUMN_WIDTHS[column], hidden: column === 'id' }));
  const rows = packRows(input).map((row) => row.map(xlsxCellText));
  table.addRows(rows);
  styleHeader(table, PACK_COLUMNS.length);
  for (let r = 2; r <= rows.length; r++) {
    for (const column of ['domain', 'title', 'text'] as const) {
      table.getCell(r, PACK_COLUMN_INDEX[column] + 1).alignment = { vertical: 'top', wrapText: true };
    }
    for (const column of INPUT_COLUMNS) markInput(table, r, PACK_COLUMN_INDEX[column] + 1);
  }
  addListDropdowns(table, 'requirements', rows.length, locale);
  table.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  await protect(table, false);

  const attestations = book.addWorksheet(PACK_SHEETS.attestations[locale]);
  await blankTable(attestations, PACK_ATTESTATION_HEADERS[locale], ATTESTATION_WIDTHS);
  addListDropdowns(attestations, 'attestations', BLANK_ROWS + 1, locale);

  const subcontractors = book.addWorksheet(PACK_SHEETS.subcontractors[locale]);
  await blankTable(subcontractors, PACK_SUBCONTRACTOR_HEADERS[locale], SUBCONTRACTOR_WIDTHS);
  addListDropdowns(subcontractors, 'subcontractors', BLANK_ROWS + 1, locale);

  const soc2 = book.addWorksheet(PACK_SHEETS.soc2[locale]);
  const soc2Last = await blankTable(soc2, PACK_SOC2_HEADERS[locale], SOC2_WIDTHS, soc2Rows(input));
  addListDropdowns(soc2, 'soc2', soc2Last, locale);

  const accepted = book.addWorksheet(PACK_SHEETS.acceptedValues[locale]);
  const acceptedRows = acceptedValuesRows(locale);
  accepted.columns = (acceptedRows[0] ?? []).map(() => ({ width: 34 }));
  accepted.addRows(acceptedRows.map((row) => row.map((cell) => xlsxCellText(guardText(cell)))));
  styleHeader(accepted, acceptedRows[0]?.length ?? 0);
  accepted.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  await protect(accepted, false);

  const template = book.addWorksheet(PACK_SHEETS.template[locale]);
  template.columns = [{ width: 22, hidden: true }, { width: 34 }, { width: 70 }];
  const values = templateValues(input);
  for (const key of TEMPLATE_KEYS) {
    const value = values[key];
    template.addRow([
      key,
      TEMPLATE_LABELS[locale][key],
      typeof value === 'string' ? xlsxCellText(value) : value
    ]);
  }
  template.getColumn(2).font = { bold: true };
  await protect(template, false);

  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * The pack as CSV (RFC 4180, CRLF), UTF-8 with BOM unless Shift_JIS is asked for. Line 1 is the
 * template line: A1 `sentei-pack/1`, then `key,value` pairs — requirementsChecksum, vendorId,
 * vendorName, criteriaVersion, criteriaHash, exportedAt. Line 2 is the header and each further
 * line one requirement, with the columns of the 要件 sheet (A: requirement id … I: evidence).
 */
export async function buildPackCsv(
  input: PackInput,
  encoding: 'utf-8-bom' | 'shift_jis' = 'utf-8-bom'
): Promise<Uint8Array> {
  const values = templateValues(input);
  const marker: Cell[] = [PACK_TEMPLATE_VERSION, ...CSV_MARKER_KEYS.flatMap((key) => [key, values[key]])];
  // Cells are guarded already; Papa's own formula escaping would quote-prefix them a second time.
  const text = `${Papa.unparse([marker, ...packRows(input)], { newline: '\r\n', escapeFormulae: false })}\r\n`;
  return encoding === 'shift_jis' ? encodeShiftJis(text) : utf8WithBom(text);
}
