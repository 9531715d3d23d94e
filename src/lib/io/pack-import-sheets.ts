/**
 * The optional sheets of a filled pack, 第三者認証 and 委託先: each filled row becomes a record, with
 * the type, criticality and method names a vendor may write in either language; a row that cannot
 * be read is left out with a located issue.
 */
import type { Issue } from '../domain/issues';
import {
  ATTESTATION_TYPES,
  CRITICALITIES,
  SUBSERVICE_METHODS,
  type AttestationType,
  type Criticality,
  type SubserviceMethod
} from '../domain/model';
import type { PackAttestationRow, PackSubcontractorRow } from '../domain/pack-records';
import {
  PACK_ATTESTATION_COLUMNS,
  PACK_CRITICALITY_LABELS,
  PACK_SHEETS,
  PACK_SUBCONTRACTOR_COLUMNS,
  PACK_SUBSERVICE_LABELS,
  unguardText
} from './pack-format';
import { readDateCell } from './date-cell';
import { isNamed } from './pack-import-template';
import { ATTESTATION_SHORT_LABELS } from './spec-annex';
import { cellIssue, headerKey, type SheetRows, type TableInput } from './table';

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

export function parseAttestations(table: TableInput, issues: Issue[]): PackAttestationRow[] {
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
    // A date that cannot be read counts as blank (the row is kept); one past its era is kept with a note.
    const date = (column: number) => {
      const text = cells[column] ?? '';
      const reading = readDateCell(text);
      if (reading === null) return null;
      if ('error' in reading) {
        issues.push(cellIssue(reading.error, name, r, column, { value: text }));
        return null;
      }
      if (reading.warning === 'eraOverrun') {
        issues.push(cellIssue('dateEraOverrun', name, r, column, { value: text, date: reading.date }));
      }
      return reading.date;
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

export function parseSubcontractors(table: TableInput, issues: Issue[]): PackSubcontractorRow[] {
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
