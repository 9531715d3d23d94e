/**
 * A downloaded register, read into entries: finds the sheet and header row (below title rows and
 * notes) whose headings name the layout's required columns, reads each row below it, and finds
 * the list's own 更新日 in the rows above the header. Works on text rows (`io/spreadsheet-read`
 * gives them, with merged cells filled in); never throws.
 */
import { parseDateText } from '../dates';
import type { Issue, Restored } from '../issues';
import type { IsoDate, RegisterEntry, RegisterEntryStatus } from '../model';
import { REGISTER_ROLES, type RegisterLayout, type RegisterRole } from './layout';

export interface RegisterSheet {
  name: string;
  rows: string[][];
}

export { REGISTER_ENTRY_STATUSES, type RegisterEntry, type RegisterEntryStatus } from '../model/registers';

export interface ParsedRegister {
  registerId: string;
  sheet: string;
  /** Row of the header (1-based). */
  headerRow: number;
  /** The role of each recognised column and the heading it was found under. */
  columns: { role: RegisterRole; heading: string; column: number }[];
  /** The list's own 更新日, when the rows above the header state one. */
  listDate: IsoDate | null;
  entries: RegisterEntry[];
}

/** A heading as compared: full-width folded, lower case, without spaces, line breaks or `_-.・`. */
export function headingKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.・:：()（）[\]【】]+/g, '');
}

interface HeaderMatch {
  layout: RegisterLayout;
  sheetIndex: number;
  row: number;
  columns: Map<RegisterRole, number>;
}

type AliasKeys = ReadonlyMap<RegisterRole, readonly string[]>;

function aliasKeys(layout: RegisterLayout): AliasKeys {
  return new Map(REGISTER_ROLES.map((role) => [role, layout.columns[role]?.aliases.map(headingKey) ?? []]));
}

function matchHeader(aliases: AliasKeys, row: readonly string[]): Map<RegisterRole, number> {
  const found = new Map<RegisterRole, number>();
  const keys = row.map(headingKey);
  for (const role of REGISTER_ROLES) {
    const roleAliases = aliases.get(role) ?? [];
    // The first alias that names a column wins, so 登録日 is not taken by 初回登録日's column.
    for (const alias of roleAliases) {
      const index = keys.findIndex((key, i) => key === alias && ![...found.values()].includes(i));
      if (index >= 0) {
        found.set(role, index);
        break;
      }
    }
  }
  return found;
}

function requiredRoles(layout: RegisterLayout): RegisterRole[] {
  return REGISTER_ROLES.filter((role) => layout.columns[role]?.required);
}

/** The best header: all required roles found, then the most roles, then the earliest. */
function findHeader(
  sheets: readonly RegisterSheet[],
  layouts: readonly RegisterLayout[]
): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  for (const layout of layouts) {
    const required = requiredRoles(layout);
    const aliases = aliasKeys(layout);
    sheets.forEach((sheet, sheetIndex) => {
      const limit = Math.min(sheet.rows.length, layout.headerSearchRows);
      for (let row = 0; row < limit; row++) {
        const columns = matchHeader(aliases, sheet.rows[row] ?? []);
        if (!required.every((role) => columns.has(role)) || columns.size < 2) continue;
        if (!best || columns.size > best.columns.size) best = { layout, sheetIndex, row, columns };
      }
    });
  }
  return best;
}

const DATE_IN_TEXT =
  /((?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?|\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?)/u;

/** The list's own date: a cell above the header that carries one of the labels and a date. */
function findListDate(
  rows: readonly string[][],
  headerRow: number,
  labels: readonly string[]
): IsoDate | null {
  const keys = labels.map(headingKey);
  for (let r = 0; r < headerRow; r++) {
    const cells = rows[r] ?? [];
    const text = cells.join(' ').normalize('NFKC');
    if (!keys.some((key) => headingKey(text).includes(key))) continue;
    const written = DATE_IN_TEXT.exec(text);
    if (!written?.[1]) continue;
    const reading = parseDateText(written[1]);
    if ('date' in reading) return reading.date;
  }
  return null;
}

function entryStatus(layout: RegisterLayout, text: string): RegisterEntryStatus {
  const key = headingKey(text);
  if (key === '') return 'listed';
  if (layout.statusWords.revoked.some((word) => key.includes(headingKey(word)))) return 'revoked';
  if (layout.statusWords.expired.some((word) => key.includes(headingKey(word)))) return 'expired';
  return 'listed';
}

function readDateCell(text: string, path: string, issues: Issue[]): IsoDate | null {
  if (text === '' || /^[-‐―ー－—–]+$/u.test(text)) return null;
  const reading = parseDateText(text);
  if ('date' in reading) return reading.date;
  // A register is read year/month/day; the procurement's date order is for what vendors send.
  const code = reading.error === 'ambiguousDate' ? 'invalidDate' : reading.error;
  issues.push({ code, path, params: { value: text } });
  return null;
}

/**
 * The register's entries. `layouts` are tried in turn (one when the user chose the register; all
 * when the file should say which it is). A file where no layout finds its header is refused with
 * `missingRequiredColumn`; a date that cannot be read is left empty with an issue at its cell.
 */
export function parseRegister(
  sheets: readonly RegisterSheet[],
  layouts: readonly RegisterLayout[]
): Restored<ParsedRegister> {
  const header = findHeader(sheets, layouts);
  if (!header) {
    const layout = layouts.length === 1 ? layouts[0] : undefined;
    const names = layout
      ? requiredRoles(layout)
          .map((role) => layout.columns[role]?.aliases[0] ?? role)
          .join('・')
      : '';
    return { data: null, issues: [{ code: 'missingRequiredColumn', path: '', params: { columns: names } }] };
  }
  const { layout, sheetIndex, row: headerRow, columns } = header;
  return readEntries(layout, sheets[sheetIndex] as RegisterSheet, headerRow, columns);
}

/** The entries below the header row (0-based), each role read from its column. */
function readEntries(
  layout: RegisterLayout,
  sheet: RegisterSheet,
  headerRow: number,
  columns: ReadonlyMap<RegisterRole, number>
): Restored<ParsedRegister> {
  const issues: Issue[] = [];
  const cell = (cells: readonly string[], role: RegisterRole) => {
    const index = columns.get(role);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const numberHeadings = new Set(aliasKeys(layout).get('number'));
  const headings = sheet.rows[headerRow] ?? [];
  const numberHeading = columns.has('number') ? headingKey(headings[columns.get('number')!] ?? '') : '';
  if (numberHeading !== '') numberHeadings.add(numberHeading);
  const entries: RegisterEntry[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const number = cell(cells, 'number');
    const company = cell(cells, 'company');
    if (number === '' && company === '') continue;
    // A repeated header (a list printed in pages) is not an entry.
    if (number !== '' && numberHeadings.has(headingKey(number))) continue;
    const at = (role: RegisterRole) => `${sheet.name}!${r + 1}.${role}`;
    const statusText = cell(cells, 'status');
    entries.push({
      row: r + 1,
      number,
      company,
      service: cell(cells, 'service'),
      registeredOn: readDateCell(cell(cells, 'registeredOn'), at('registeredOn'), issues),
      expiry: readDateCell(cell(cells, 'expiry'), at('expiry'), issues),
      status: entryStatus(layout, statusText),
      statusText,
      scope: cell(cells, 'scope'),
      issuer: cell(cells, 'issuer'),
      standard: cell(cells, 'standard')
    });
  }
  return {
    data: {
      registerId: layout.id,
      sheet: sheet.name,
      headerRow: headerRow + 1,
      columns: [...columns].map(([role, column]) => ({ role, heading: headings[column] ?? '', column })),
      listDate: findListDate(sheet.rows, headerRow, layout.listDateLabels),
      entries
    },
    issues
  };
}

/** Which column the buyer says holds each role; a role left out is not read. */
export type RegisterColumnMapping = Partial<Record<RegisterRole, number>>;

/**
 * The layout's guess at a header row the buyer chose: each role whose alias names a column. The
 * buyer corrects it where the list's headings are not among the aliases.
 */
export function guessRegisterColumns(
  layout: RegisterLayout,
  headings: readonly string[]
): RegisterColumnMapping {
  return Object.fromEntries(matchHeader(aliasKeys(layout), headings));
}

/**
 * A list whose layout Sentei does not know, read with the columns the buyer mapped (the
 * column-mapping import): it proves what `layout`'s register proves, with that register's status
 * words and 更新日 labels. The number or the company must be mapped (matching reads them), and each
 * role to its own column; otherwise nothing is read and the issue says which.
 */
export function parseMappedRegister(
  sheet: RegisterSheet,
  headerRow: number,
  mapping: RegisterColumnMapping,
  layout: RegisterLayout
): Restored<ParsedRegister> {
  const columns = new Map<RegisterRole, number>();
  for (const role of REGISTER_ROLES) {
    const column = mapping[role];
    if (column !== undefined && Number.isInteger(column) && column >= 0) columns.set(role, column);
  }
  if (!columns.has('number') && !columns.has('company')) {
    return { data: null, issues: [{ code: 'missingColumn', path: 'number' }] };
  }
  if (new Set(columns.values()).size < columns.size) {
    return { data: null, issues: [{ code: 'notAllowed', path: 'columns' }] };
  }
  if (!Number.isInteger(headerRow) || headerRow < 0 || headerRow >= sheet.rows.length) {
    return { data: null, issues: [{ code: 'outOfRange', path: 'headerRow' }] };
  }
  return readEntries(layout, sheet, headerRow, columns);
}
