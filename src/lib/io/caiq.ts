/**
 * Reads a CSA CAIQ v4 workbook the buyer downloaded into a catalogue of their own: we never ship
 * CAIQ wording. The layout varies between 4.0.x releases, so columns are found by their headings
 * (`Question ID`, `Question`, optionally a `… Domain …` column) in the first rows of the sheet
 * named CAIQ, else of the first sheet that has them. Rows whose first cell is not a question id
 * (titles, notes, blank lines) are skipped without an issue.
 */
import type { Issue, Restored } from '../domain/issues';
import { cellIssue, headerKey, type SheetRows, type TableInput } from './table';

export interface CaiqEntry {
  /** Question id, e.g. `IAM-02.3`. */
  code: string;
  /** The workbook's domain title, or the id's domain prefix (`IAM`) when it has none. */
  domain: string;
  question: string;
}

export const CAIQ_ID_PATTERN = /^[A-Z&]{2,4}-\d{2}(\.\d+)?$/;
const HEADER_SEARCH_ROWS = 15;

interface Layout {
  sheet: SheetRows;
  headerRow: number;
  id: number;
  question: number;
  domain: number;
}

function findLayout(sheet: SheetRows): Layout | Omit<Layout, 'question' | 'domain'> | null {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const keys = (sheet.rows[r] ?? []).map(headerKey);
    const id = keys.findIndex((key) => key.includes('questionid'));
    if (id < 0) continue;
    const exact = keys.findIndex((key) => key === 'question' || key === 'questiontext');
    const question =
      exact >= 0
        ? exact
        : keys.findIndex((key, c) => c !== id && key.includes('question') && !key.includes('id'));
    const domain = keys.findIndex((key) => key.includes('domain'));
    return question < 0 ? { sheet, headerRow: r, id } : { sheet, headerRow: r, id, question, domain };
  }
  return null;
}

export function parseCaiq(table: TableInput): Restored<{ entries: CaiqEntry[] }> {
  const named = table.sheets.filter((sheet) => /caiq/i.test(sheet.name));
  const ordered = [...named, ...table.sheets.filter((sheet) => !named.includes(sheet))];
  const layout = ordered.map(findLayout).find((found) => found !== null);
  if (!layout) return { data: null, issues: [{ code: 'notCaiq', path: '' }] };
  const { sheet } = layout;
  if (!('question' in layout)) {
    const params = { sheet: sheet.name, column: 'Question' };
    return { data: null, issues: [{ code: 'missingColumn', path: sheet.name, params }] };
  }

  const entries: CaiqEntry[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  // Domain cells are often merged over a domain's rows: only the first one holds the title.
  const lastDomain = new Map<string, string>();
  sheet.rows.forEach((row, r) => {
    if (r <= layout.headerRow) return;
    const code = (row[layout.id] ?? '').normalize('NFKC').toUpperCase();
    if (!CAIQ_ID_PATTERN.test(code)) return;
    const prefix = code.slice(0, code.indexOf('-'));
    const question = row[layout.question] ?? '';
    const domain = (layout.domain >= 0 ? row[layout.domain] : '') || lastDomain.get(prefix) || prefix;
    lastDomain.set(prefix, domain);
    if (!question) issues.push(cellIssue('emptyText', sheet.name, r, layout.question, { id: code }));
    else if (seen.has(code))
      issues.push(cellIssue('duplicateControlId', sheet.name, r, layout.id, { id: code }));
    else {
      seen.add(code);
      entries.push({ code, domain, question });
    }
  });
  if (entries.length === 0 && issues.length === 0) {
    return { data: null, issues: [{ code: 'fileEmpty', path: '' }] };
  }
  return { data: entries.length > 0 ? { entries } : null, issues };
}
