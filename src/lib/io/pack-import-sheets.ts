/**
 * The optional sheets of a filled pack, 第三者認証 and 委託先: each filled row becomes a record, with
 * the type, criticality and method names a vendor may write in either language; a row that cannot
 * be read is left out with a located issue.
 */
import type { Issue } from '../domain/issues';
import { matchEnum } from '../domain/aliases';
import { textTooLong, tooLongParams } from '../domain/cell-text';
import type { AttestationType } from '../domain/model';
import type { PackAttestationRow, PackSubcontractorRow } from '../domain/pack-records';
import { ENUM_LABELS } from './enum-labels';
import { PACK_ATTESTATION_COLUMNS, PACK_SHEETS, PACK_SUBCONTRACTOR_COLUMNS } from './pack-format';
import { readDateCell, type DateCellOptions } from './date-cell';
import { isNamed } from './pack-import-template';
import { cellIssue, type SheetRows, type TableInput } from './table';

/** The type a name of the 第三者認証 sheet or the 委託先's list gives (label, code or alias), if any. */
export function parseAttestationType(text: string): AttestationType | undefined {
  return matchEnum('attestationType', text, ENUM_LABELS.attestationType) ?? undefined;
}

/** "ISO/IEC 27001 + 27017" (any spelling naming both, and no single type): 27001 with the cloud add-on. */
export function isIso27001WithAddOn(text: string): boolean {
  const folded = text.normalize('NFKC');
  return !parseAttestationType(text) && /27001/.test(folded) && /27017/.test(folded);
}

/** The sheet of that name (either language), if the file has one. */
function namedSheet(table: TableInput, names: Record<string, string>): SheetRows | undefined {
  return table.sheets.find((sheet) => isNamed(sheet, names));
}

/**
 * Rows below the header (row 1) with anything typed in them, with their 0-based index. The pack
 * writes these sheets blank, so what is there is as the vendor typed it: no guard quote to strip.
 * A row with a text longer than a cell holds is left out with a note: never stored cut.
 */
function filledRows(sheet: SheetRows | undefined, issues: Issue[]): { cells: string[]; r: number }[] {
  if (!sheet) return [];
  return sheet.rows
    .map((row, r) => ({ cells: row, r }))
    .filter(({ cells, r }) => {
      if (r === 0 || !cells.some((cell) => cell !== '')) return false;
      const long = cells.findIndex(textTooLong);
      if (long < 0) return true;
      issues.push(cellIssue('textTooLong', sheet.name, r, long, tooLongParams(cells[long] ?? '')));
      return false;
    });
}

export function parseAttestations(
  table: TableInput,
  issues: Issue[],
  dateOptions: DateCellOptions = {}
): PackAttestationRow[] {
  const sheet = namedSheet(table, PACK_SHEETS.attestations);
  const col = PACK_ATTESTATION_COLUMNS;
  const rows: PackAttestationRow[] = [];
  for (const { cells, r } of filledRows(sheet, issues)) {
    const name = sheet?.name ?? '';
    const typeText = cells[col.type] ?? '';
    // "ISO/IEC 27001 + 27017": a 27001 certificate with the 27017 add-on; a 27017 row alone is its own record.
    const addOn = isIso27001WithAddOn(typeText);
    const type = addOn ? 'iso27001' : parseAttestationType(typeText);
    if (!type) {
      issues.push(cellIssue('unknownAttestationType', name, r, col.type, { value: typeText }));
      continue;
    }
    // A date that cannot be read counts as blank (the row is kept); one past its era is kept with a note.
    const date = (column: number) => {
      const text = cells[column] ?? '';
      const reading = readDateCell(text, dateOptions);
      if (reading === null) return null;
      if ('error' in reading) {
        issues.push(cellIssue(reading.error, name, r, column, { value: text }));
        return null;
      }
      if (reading.warning === 'eraOverrun') {
        issues.push(cellIssue('dateEraOverrun', name, r, column, { value: text, date: reading.date }));
      } else if (reading.warning === 'weekdayMismatch') {
        const params = { value: text, date: reading.date, weekday: reading.weekday ?? 0 };
        issues.push(cellIssue('dateWeekdayMismatch', name, r, column, params));
      }
      return reading.date;
    };
    const opinionText = cells[col.opinion] ?? '';
    const opinion = opinionText === '' ? null : matchEnum('opinion', opinionText, ENUM_LABELS.opinion);
    if (opinionText !== '' && opinion === null) {
      issues.push(cellIssue('unknownOpinion', name, r, col.opinion, { value: opinionText }));
    }
    rows.push({
      row: r + 1,
      type,
      number: cells[col.number] ?? '',
      issuer: cells[col.issuer] ?? '',
      periodStart: date(col.periodStart),
      periodEnd: date(col.periodEnd),
      scopeText: cells[col.scope] ?? '',
      ...(opinion ? { opinion } : {}),
      ...(addOn ? { cloudAddOn: true } : {})
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

export function parseSubcontractors(table: TableInput, issues: Issue[]): PackSubcontractorRow[] {
  const sheet = namedSheet(table, PACK_SHEETS.subcontractors);
  const col = PACK_SUBCONTRACTOR_COLUMNS;
  const rows: PackSubcontractorRow[] = [];
  for (const { cells, r } of filledRows(sheet, issues)) {
    const sheetName = sheet?.name ?? '';
    const name = cells[col.name] ?? '';
    if (name === '') {
      issues.push(cellIssue('subcontractorNameMissing', sheetName, r, col.name));
      continue;
    }
    const certifications: AttestationType[] = [];
    for (const item of splitCertifications(cells[col.certifications] ?? '')) {
      // "27001 + 27017" names two records: the 27017 certificate and the 27001 it is the add-on of.
      if (isIso27001WithAddOn(item)) {
        for (const both of ['iso27001', 'iso27017'] as const) {
          if (!certifications.includes(both)) certifications.push(both);
        }
        continue;
      }
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
      criticality:
        matchEnum('criticality', cells[col.criticality] ?? '', ENUM_LABELS.criticality) ?? 'normal',
      subserviceMethod:
        matchEnum('subserviceMethod', cells[col.subserviceMethod] ?? '', ENUM_LABELS.subserviceMethod) ??
        'carveOut',
      certifications
    });
  }
  return rows;
}
