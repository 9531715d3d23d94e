/**
 * Reads a filled questionnaire pack (XLSX or CSV via `readTable`: values only, never formulas) into
 * answers by requirement id. Another template version or another vendor's pack gives no data; a row
 * with an unknown id or a changed requirement text is left out with a located issue. Texts are kept
 * as written (a hostile `=HYPERLINK(…)` stays plain text): every export guards them again.
 */
import type { Issue, Restored } from '../domain/issues';
import {
  ATTESTATION_TYPES,
  CRITICALITIES,
  SUBSERVICE_METHODS,
  type AttestationType,
  type Criticality,
  type SubserviceMethod
} from '../domain/model';
import type { PackAttestationRow, PackSubcontractorRow } from '../domain/pack-records';
import type { IncomingAnswer } from '../domain/response-preview';
import {
  PACK_ATTESTATION_COLUMNS,
  PACK_CRITICALITY_LABELS,
  PACK_HEADER_KEYS,
  PACK_HEADERS,
  PACK_SHEETS,
  PACK_SUBCONTRACTOR_COLUMNS,
  PACK_SUBSERVICE_LABELS,
  PACK_TEMPLATE_VERSION,
  TEMPLATE_KEYS,
  clampForXlsx,
  parseAnswerCell,
  parsePackDate,
  requirementsChecksum,
  unguardText,
  type PackRequirement
} from './pack-format';
import { ATTESTATION_SHORT_LABELS } from './spec-annex';
import { readTable, type ReadTableOptions } from './spreadsheet-read';
import { cellIssue, headerKey, type SheetRows, type TableInput } from './table';
import { guardText } from './text-guard';

/** One requirement row of the pack; blank cells give `null` / `''`, never a value to store. */
export interface PackAnswer extends IncomingAnswer {
  /** 1-based row in the file, as the vendor sees it. */
  row: number;
}

export interface PackExpectation {
  /** The locked criteria's requirements (`Requirement` records fit). */
  requirements: readonly PackRequirement[];
  vendorId: string;
}

export type { PackAttestationRow, PackSubcontractorRow } from '../domain/pack-records';

export interface ParsedPack {
  answers: PackAnswer[];
  /** The vendor name the pack was made out to. */
  vendorName?: string;
  /** Filled rows of the 第三者認証 sheet; absent when there are none (a CSV has no such sheet). */
  attestations?: PackAttestationRow[];
  /** Filled rows of the 委託先 sheet; absent when there are none. */
  subcontractors?: PackSubcontractorRow[];
}

interface Located {
  text: string;
  sheet: string;
  row: number;
  column: number;
}

interface Template {
  /** Where the template version is (or would be). */
  marker: Located;
  values: Map<string, Located>;
}

const HEADER_SEARCH_ROWS = 10;
const TEMPLATE_KEY_SET: ReadonlySet<string> = new Set(TEMPLATE_KEYS);
const MARKER_PREFIX = /^sentei-pack\//i;
const NO_VERSION = '—';

function isNamed(sheet: SheetRows, names: Record<string, string>): boolean {
  return Object.values(names).includes(sheet.name);
}

/** Named sheets first, then the others in file order. */
function preferNamed(sheets: readonly SheetRows[], names: Record<string, string>): SheetRows[] {
  return [...sheets.filter((s) => isNamed(s, names)), ...sheets.filter((s) => !isNamed(s, names))];
}

/** The template-info sheet (key in A, value in C) or, in a CSV, the marker line at the top. */
function findTemplate(table: TableInput): Template | null {
  for (const sheet of preferNamed(table.sheets, PACK_SHEETS.template)) {
    const first = sheet.rows[0]?.[0] ?? '';
    if (MARKER_PREFIX.test(first)) {
      const row = sheet.rows[0] ?? [];
      const values = new Map<string, Located>();
      for (let c = 1; c + 1 < row.length; c += 2) {
        const key = row[c] ?? '';
        if (TEMPLATE_KEY_SET.has(key) && !values.has(key)) {
          values.set(key, { text: row[c + 1] ?? '', sheet: sheet.name, row: 0, column: c + 1 });
        }
      }
      return { marker: { text: first, sheet: sheet.name, row: 0, column: 0 }, values };
    }
    const values = new Map<string, Located>();
    sheet.rows.forEach((row, r) => {
      const key = row[0] ?? '';
      if (TEMPLATE_KEY_SET.has(key) && !values.has(key)) {
        values.set(key, { text: row[2] ?? '', sheet: sheet.name, row: r, column: 2 });
      }
    });
    const marker = values.get('template');
    if (marker) return { marker, values };
  }
  return null;
}

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
const SHIFT_JIS_FOLD: Record<string, string> = {
  '\u301C': '\uFF5E',
  '\u2212': '\uFF0D',
  '\u2016': '\u2225',
  '\u2014': '\u2015',
  '\u00A2': '\uFFE0',
  '\u00A3': '\uFFE1',
  '\u00AC': '\uFFE2',
  '\u00A5': '\\'
};
const SHIFT_JIS_FOLDED = new RegExp(`[${Object.keys(SHIFT_JIS_FOLD).join('')}]`, 'g');

function foldText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .trim()
    .replace(SHIFT_JIS_FOLDED, (char) => SHIFT_JIS_FOLD[char] ?? char);
}

/**
 * The cell still holds the locked text: equal after folding, where a `?` may stand for a non-ASCII
 * character that Shift_JIS could not hold; or equal to what the export wrote (guarded, clamped).
 */
function sameRequirementText(cell: string, locked: string): boolean {
  const written = foldText(clampForXlsx(guardText(locked)));
  if (foldText(cell) === written) return true;
  const actual = [...foldText(unguardText(cell))];
  const expected = [...foldText(locked)];
  return (
    actual.length === expected.length &&
    actual.every((char, i) => char === expected[i] || (char === '?' && (expected[i] ?? '') > '\u007f'))
  );
}

function at(located: Located, code: Issue['code'], params: Record<string, string | number> = {}): Issue {
  return cellIssue(code, located.sheet, located.row, located.column, params);
}

/** Template checks: a wrong version or another vendor stops the import; a checksum does not. */
function checkTemplate(template: Template | null, expected: PackExpectation): Issue[] {
  if (!template) {
    return [
      {
        code: 'templateVersionMismatch',
        path: '',
        params: { expected: PACK_TEMPLATE_VERSION, found: NO_VERSION }
      }
    ];
  }
  if (template.marker.text !== PACK_TEMPLATE_VERSION) {
    return [
      at(template.marker, 'templateVersionMismatch', {
        expected: PACK_TEMPLATE_VERSION,
        found: template.marker.text || NO_VERSION
      })
    ];
  }
  const vendorId = template.values.get('vendorId');
  if (!vendorId || unguardText(vendorId.text) !== expected.vendorId) {
    const name = unguardText(template.values.get('vendorName')?.text ?? '');
    const found = name || unguardText(vendorId?.text ?? '') || NO_VERSION;
    return [at(vendorId ?? template.marker, 'otherVendor', { found })];
  }
  const checksum = template.values.get('requirementsChecksum');
  if (checksum?.text !== requirementsChecksum(expected.requirements)) {
    return [at(checksum ?? template.marker, 'checksumMismatch')];
  }
  return [];
}

function missingColumn(sheet: SheetRows, headerRow: number, name: string): Issue {
  const width = sheet.rows[headerRow]?.length ?? 0;
  return cellIssue('missingRequiredColumn', sheet.name, headerRow, width, { name });
}

const COLUMN_NAMES = {
  id: `${PACK_HEADERS.ja.id} / ${PACK_HEADERS.en.id}`,
  answer: `${PACK_HEADERS.ja.answer} / ${PACK_HEADERS.en.answer}`
};

function spellingMap<T extends string>(spellings: Record<T, readonly string[]>): ReadonlyMap<string, T> {
  return new Map(
    (Object.entries(spellings) as [T, readonly string[]][]).flatMap(([value, list]) =>
      list.map((spelling) => [headerKey(spelling), value] as const)
    )
  );
}

/**
 * The type names a vendor may write: the dropdown's labels in both languages, the model codes, and
 * the short forms the instructions use ("SOC 2" is taken as Type II, the report buyers ask for).
 */
const ATTESTATION_EXTRA: Partial<Record<AttestationType, string[]>> = {
  soc2Type2: ['SOC 2', 'SOC 2 Type 2', 'SOC 2 タイプ2'],
  soc2Type1: ['SOC 2 Type 1', 'SOC 2 タイプ1'],
  iso27001: ['ISO 27001', 'ISO/IEC 27001:2022', 'ISO/IEC 27001:2013', 'JIS Q 27001', 'ISMS'],
  ismapLiu: ['ISMAP LIU']
};
const ATTESTATION_BY_KEY = spellingMap(
  Object.fromEntries(
    ATTESTATION_TYPES.map((type) => [
      type,
      [
        type,
        ATTESTATION_SHORT_LABELS.ja[type],
        ATTESTATION_SHORT_LABELS.en[type],
        ...(ATTESTATION_EXTRA[type] ?? [])
      ]
    ])
  ) as Record<AttestationType, string[]>
);
const CRITICALITY_BY_KEY = spellingMap(
  Object.fromEntries(
    CRITICALITIES.map((c) => [c, [c, PACK_CRITICALITY_LABELS.ja[c], PACK_CRITICALITY_LABELS.en[c]]])
  ) as Record<Criticality, string[]>
);
const SUBSERVICE_BY_KEY = spellingMap(
  Object.fromEntries(
    SUBSERVICE_METHODS.map((m) => [m, [m, PACK_SUBSERVICE_LABELS.ja[m], PACK_SUBSERVICE_LABELS.en[m]]])
  ) as Record<SubserviceMethod, string[]>
);

export function parseAttestationType(text: string): AttestationType | undefined {
  return ATTESTATION_BY_KEY.get(headerKey(text));
}

/** The sheet of that name (either language), if the file has one. */
function namedSheet(table: TableInput, names: Record<string, string>): SheetRows | undefined {
  return table.sheets.find((sheet) => isNamed(sheet, names));
}

/** Rows below the header (row 1) with anything typed in them, with their 0-based index. */
function filledRows(sheet: SheetRows | undefined): { cells: string[]; r: number }[] {
  if (!sheet) return [];
  return sheet.rows
    .map((row, r) => ({ cells: row.map(unguardText), r }))
    .filter(({ cells, r }) => r > 0 && cells.some((cell) => cell !== ''));
}

function parseAttestations(table: TableInput, issues: Issue[]): PackAttestationRow[] {
  const sheet = namedSheet(table, PACK_SHEETS.attestations);
  const col = PACK_ATTESTATION_COLUMNS;
  const rows: PackAttestationRow[] = [];
  for (const { cells, r } of filledRows(sheet)) {
    const name = sheet?.name ?? '';
    const typeText = cells[col.type] ?? '';
    const type = parseAttestationType(typeText);
    if (!type) {
      issues.push(cellIssue('unknownAttestationType', name, r, col.type, { value: typeText }));
      continue;
    }
    const date = (column: number) => {
      const text = cells[column] ?? '';
      const value = parsePackDate(text);
      if (value !== undefined) return value;
      issues.push(cellIssue('invalidDate', name, r, column, { value: text }));
      return null;
    };
    rows.push({
      row: r + 1,
      type,
      number: cells[col.number] ?? '',
      issuer: cells[col.issuer] ?? '',
      periodStart: date(col.periodStart),
      periodEnd: date(col.periodEnd),
      scopeText: cells[col.scope] ?? ''
    });
  }
  return rows;
}

/** Certifications listed one per line or separated by commas (、 ， ; too). */
function splitCertifications(text: string): string[] {
  return text
    .split(/[\n,、，;；]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

function parseSubcontractors(table: TableInput, issues: Issue[]): PackSubcontractorRow[] {
  const sheet = namedSheet(table, PACK_SHEETS.subcontractors);
  const col = PACK_SUBCONTRACTOR_COLUMNS;
  const rows: PackSubcontractorRow[] = [];
  for (const { cells, r } of filledRows(sheet)) {
    const sheetName = sheet?.name ?? '';
    const name = cells[col.name] ?? '';
    if (name === '') {
      issues.push(cellIssue('subcontractorNameMissing', sheetName, r, col.name));
      continue;
    }
    const certifications: AttestationType[] = [];
    for (const item of splitCertifications(cells[col.certifications] ?? '')) {
      const type = parseAttestationType(item);
      if (!type) {
        issues.push(
          cellIssue('unknownCertificationType', sheetName, r, col.certifications, { value: item, name })
        );
      } else if (!certifications.includes(type)) {
        certifications.push(type);
      }
    }
    rows.push({
      row: r + 1,
      name,
      role: cells[col.role] ?? '',
      // Blank or unrecognised: the milder reading, which the buyer sees in the preview and can change.
      criticality: CRITICALITY_BY_KEY.get(headerKey(cells[col.criticality] ?? '')) ?? 'normal',
      subserviceMethod: SUBSERVICE_BY_KEY.get(headerKey(cells[col.subserviceMethod] ?? '')) ?? 'carveOut',
      certifications
    });
  }
  return rows;
}

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
    let answer = parseAnswerCell(answerText);
    if (answer === undefined) {
      issues.push(
        cellIssue('answerNotInList', sheet.name, r, layout.answer, {
          value: answerText,
          ref: requirement.ref
        })
      );
      answer = null;
    }
    answers.push({ requirementId: id, answer, explanation, evidenceRefs, row: r + 1 });
  });
  onProgress?.(total, total);

  const vendorName = unguardText(template?.values.get('vendorName')?.text ?? '');
  const attestations = parseAttestations(table, issues);
  const subcontractors = parseSubcontractors(table, issues);
  return {
    data: {
      answers,
      ...(vendorName ? { vendorName } : {}),
      ...(attestations.length ? { attestations } : {}),
      ...(subcontractors.length ? { subcontractors } : {})
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
