/**
 * Imports the wording of a standard the buyer holds a licence for (JIS Q 27002, ISO/IEC 27017,
 * 管理基準 …) from their own spreadsheet, to sit beside our catalogue entries on their machine.
 * First sheet; a header row names the id and text columns (else A = id, B = text). Rows with an
 * empty id continue the text above (merged id cells, multi-paragraph controls). Rows with a
 * problem are skipped with a located issue; the rest are kept.
 */
import type { Issue, Restored } from '../domain/issues';
import { cellIssue, headerKey, type TableInput } from './table';

export interface LicensedTextEntry {
  /** A known catalogue entry id, e.g. `iso27002:9.4.1`. */
  entryId: string;
  text: string;
}

/** Header names, compared through `headerKey`, most specific first. */
const ID_HEADERS = [
  '管理策番号',
  '管理策id',
  'controlid',
  'controlno',
  'controlnumber',
  'id',
  '番号',
  '項番',
  'no'
];
const TEXT_HEADERS = ['管理策本文', '本文', '管理策の内容', '内容', 'controltext', 'text'];
/** `管理策` alone names the id column, unless another column has the ids; then it is the text. */
const CONTROL_HEADER = '管理策';
const HEADER_SEARCH_ROWS = 10;

const ID_COLUMN_NAME = '管理策番号 / Control ID';
const TEXT_COLUMN_NAME = '本文 / Text';

interface Columns {
  headerRow: number;
  id: number;
  text: number;
}

function findColumns(rows: string[][]): Columns | { headerRow: number; missing: string[] } {
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const keys = (rows[r] ?? []).map(headerKey);
    const find = (names: string[]) =>
      names.map((name) => keys.indexOf(name)).find((index) => index >= 0) ?? -1;
    const control = keys.indexOf(CONTROL_HEADER);
    let id = find(ID_HEADERS);
    let text = find(TEXT_HEADERS);
    if (id < 0 && text < 0 && control < 0) continue;
    if (id < 0 && control >= 0) id = control;
    else if (text < 0 && control >= 0 && control !== id) text = control;
    if (id >= 0 && text >= 0) return { headerRow: r, id, text };
    const missing = [...(id < 0 ? [ID_COLUMN_NAME] : []), ...(text < 0 ? [TEXT_COLUMN_NAME] : [])];
    return { headerRow: r, missing };
  }
  return { headerRow: -1, id: 0, text: 1 };
}

type Resolution = { entryId: string } | 'unknown' | 'ambiguous';

/** Resolves `9.4.1`, `A.9.4.1`, `iso27002:9.4.1` or `CLD.9.5.1` to one known entry id. */
function resolver(knownIds: ReadonlySet<string>, prefixHint?: string): (id: string) => Resolution {
  const bySuffix = new Map<string, string[]>();
  for (const known of knownIds) {
    for (let i = known.indexOf(':'); i >= 0; i = known.indexOf(':', i + 1)) {
      const suffix = known.slice(i + 1).toLowerCase();
      bySuffix.set(suffix, [...(bySuffix.get(suffix) ?? []), known]);
    }
  }
  return (raw) => {
    const candidates = /^A\.\d/i.test(raw) ? [raw, raw.slice(2)] : [raw];
    for (const id of candidates) {
      if (knownIds.has(id)) return { entryId: id };
      if (prefixHint && knownIds.has(`${prefixHint}:${id}`)) return { entryId: `${prefixHint}:${id}` };
      const matches = bySuffix.get(id.toLowerCase()) ?? [];
      if (matches.length > 1) return 'ambiguous';
      if (matches[0]) return { entryId: matches[0] };
    }
    return 'unknown';
  };
}

interface Group {
  row: number;
  id: string;
  lines: string[];
}

export function parseLicensedText(
  table: TableInput,
  knownIds: ReadonlySet<string>,
  prefixHint?: string
): Restored<{ entries: LicensedTextEntry[] }> {
  const sheet = table.sheets[0];
  if (!sheet || sheet.rows.length === 0) return { data: null, issues: [{ code: 'fileEmpty', path: '' }] };
  const columns = findColumns(sheet.rows);
  if ('missing' in columns) {
    const issues = columns.missing.map((column): Issue => ({
      code: 'missingColumn',
      path: sheet.name,
      params: { sheet: sheet.name, column }
    }));
    return { data: null, issues };
  }

  const groups: Group[] = [];
  sheet.rows.forEach((row, r) => {
    if (r <= columns.headerRow) return;
    const id = (row[columns.id] ?? '').normalize('NFKC').trim();
    const line = row[columns.text] ?? '';
    if (id) groups.push({ row: r, id, lines: [line] });
    else if (line) groups.at(-1)?.lines.push(line);
  });
  if (groups.length === 0) return { data: null, issues: [{ code: 'fileEmpty', path: '' }] };

  const resolve = resolver(knownIds, prefixHint);
  const entries: LicensedTextEntry[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    const at = (column: number, code: Issue['code']) =>
      issues.push(cellIssue(code, sheet.name, group.row, column, { id: group.id }));
    const resolution = resolve(group.id);
    const text = group.lines.filter(Boolean).join('\n');
    if (resolution === 'unknown') at(columns.id, 'unknownControlId');
    else if (resolution === 'ambiguous') at(columns.id, 'ambiguousControlId');
    else if (!text) at(columns.text, 'emptyText');
    else if (seen.has(resolution.entryId)) at(columns.id, 'duplicateControlId');
    else {
      seen.add(resolution.entryId);
      entries.push({ entryId: resolution.entryId, text });
    }
  }
  return { data: entries.length > 0 ? { entries } : null, issues };
}
