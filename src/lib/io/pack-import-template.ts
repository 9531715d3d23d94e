/**
 * The template checks of a filled pack: where its template-info is (a sheet, or the marker line at
 * the top of a CSV), and whether it is this template version, made out to this vendor, for these
 * requirements. A wrong version or vendor stops the import; a changed checksum only warns.
 */
import type { NumericDateOrder } from '../domain/dates';
import type { Issue } from '../domain/issues';
import {
  PACK_SHEETS,
  PACK_TEMPLATE_VERSION,
  TEMPLATE_KEYS,
  requirementsChecksum,
  unguardText,
  type PackRequirement
} from './pack-format';
import { cellIssue, type SheetRows, type TableInput } from './table';

export interface PackExpectation {
  /** The locked criteria's requirements (`Requirement` records fit). */
  requirements: readonly PackRequirement[];
  vendorId: string;
  /** How numeric dates of the 第三者認証 sheet read (`numericDateOrder` of the procurement); default y/m/d. */
  dateOrder?: NumericDateOrder;
}

interface Located {
  text: string;
  sheet: string;
  row: number;
  column: number;
}

export interface Template {
  /** Where the template version is (or would be). */
  marker: Located;
  values: Map<string, Located>;
}

const TEMPLATE_KEY_SET: ReadonlySet<string> = new Set(TEMPLATE_KEYS);
const MARKER_PREFIX = /^sentei-pack\//i;
const NO_VERSION = '—';

export function isNamed(sheet: SheetRows, names: Record<string, string>): boolean {
  return Object.values(names).includes(sheet.name);
}

/** Named sheets first, then the others in file order. */
export function preferNamed(sheets: readonly SheetRows[], names: Record<string, string>): SheetRows[] {
  return [...sheets.filter((s) => isNamed(s, names)), ...sheets.filter((s) => !isNamed(s, names))];
}

/** The template-info sheet (key in A, value in C) or, in a CSV, the marker line at the top. */
export function findTemplate(table: TableInput): Template | null {
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

function at(located: Located, code: Issue['code'], params: Record<string, string | number> = {}): Issue {
  return cellIssue(code, located.sheet, located.row, located.column, params);
}

/** Template checks: a wrong version or another vendor stops the import; a checksum does not. */
export function checkTemplate(template: Template | null, expected: PackExpectation): Issue[] {
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
