/**
 * The SOC 2 詳細 sheet of a filled pack: one row per item of a report (its opinion and the criteria a
 * qualified one names, an exception, a subservice organisation, the bridge letter, a CUEC), the report
 * named by type, service auditor and period. Rows are grouped per report (`attestation-identity.ts`).
 * A cell that cannot be read is a located issue, and the report it belongs to is left out whole (its
 * 第三者認証 row too): a report stored without one of its exceptions would read cleaner than it is.
 * The sheet is pre-filled with the reports on file, so a text keeps no guard quote (`unguardText`).
 */
import { matchEnum } from '../domain/aliases';
import { usesField, type AttestationField } from '../domain/attestation-draft';
import { attestationIdentity, isReportType } from '../domain/attestation-identity';
import type { Issue, IssueCode } from '../domain/issues';
import type { PackAttestationRow, PackReportDetails } from '../domain/pack-records';
import { packAttestationFields } from '../domain/pack-records';
import { isCriterion, normaliseCriterion } from '../domain/soc2-exceptions';
import { readDateCell, type DateCellOptions } from './date-cell';
import { ENUM_LABELS } from './enum-labels';
import { PACK_SOC2_COLUMNS, PACK_SHEETS, parseSoc2Item, unguardText, type Soc2Item } from './pack-format';
import { parseAttestationType } from './pack-import-sheets';
import { isNamed } from './pack-import-template';
import { cellIssue, type SheetRows, type TableInput } from './table';
import { textTooLong, tooLongParams } from '../domain/cell-text';

const col = PACK_SOC2_COLUMNS;

/** The attestation field an item fills: a report type that records no such field takes no such row. */
const ITEM_FIELD: Record<Soc2Item, AttestationField> = {
  opinion: 'opinion',
  exception: 'exceptions',
  carveOut: 'subserviceOrganisations',
  inclusive: 'subserviceOrganisations',
  bridgeLetter: 'bridgeLetter',
  cuec: 'cuecs'
};

/** Criteria listed in one cell: commas, 、, semicolons or line breaks. */
function splitCriteria(text: string): string[] {
  return text
    .split(/[\n,、，;；]+/)
    .map((c) => c.trim())
    .filter(Boolean);
}

export interface Soc2Sheet {
  /** The reports whose rows all read. */
  reports: PackReportDetails[];
  /** Identities (`attestationIdentity`) of reports left out for a row that did not read. */
  refused: Map<string, { sheet: string; row: number }>;
}

interface Group {
  details: PackReportDetails;
  bad: boolean;
}

export function parseSoc2Sheet(
  table: TableInput,
  issues: Issue[],
  dateOptions: DateCellOptions = {}
): Soc2Sheet {
  const sheet: SheetRows | undefined = table.sheets.find((s) => isNamed(s, PACK_SHEETS.soc2));
  const groups = new Map<string, Group>();
  if (!sheet) return { reports: [], refused: new Map() };
  const name = sheet.name;
  sheet.rows.forEach((cells, r) => {
    if (r === 0 || !cells.some((cell) => cell !== '')) return;
    const rowIssues: Issue[] = [];
    const flag = (code: IssueCode, column: number, params: Record<string, string | number> = {}) =>
      rowIssues.push(cellIssue(code, name, r, column, params));
    // The sheet is pre-filled with guarded texts: the guard's quote is not the vendor's.
    const cell = (column: number) => unguardText((cells[column] ?? '').trim());
    const long = cells.findIndex(textTooLong);
    if (long >= 0) flag('textTooLong', long, tooLongParams(cells[long] ?? ''));
    const date = (column: number): string | null => {
      const text = cell(column);
      const reading = readDateCell(text, dateOptions);
      if (reading === null) return null;
      if ('error' in reading) {
        flag('soc2DateUnreadable', column, { value: text });
        return null;
      }
      return reading.date;
    };

    const typeText = cell(col.type);
    const type = parseAttestationType(typeText);
    if (!type || !isReportType(type) || !usesField(type, 'opinion')) {
      flag('soc2ReportTypeInvalid', col.type, { value: typeText });
    }
    const issuer = cell(col.issuer);
    const periodStart = date(col.periodStart);
    const periodEnd = date(col.periodEnd);
    if (issuer === '') flag('soc2ReportIdentityMissing', col.issuer);
    else if (periodStart === null && periodEnd === null && !rowIssues.length) {
      flag('soc2ReportIdentityMissing', col.periodEnd);
    }
    const itemText = cell(col.item);
    // The item's label, or a subservice method alone (除外方式, carve-out method, …) for an organisation.
    const method = matchEnum('subserviceMethod', itemText, ENUM_LABELS.subserviceMethod);
    const item = parseSoc2Item(itemText) ?? method ?? undefined;
    if (!item) flag('soc2UnknownItem', col.item, { value: itemText });
    else if (type && isReportType(type) && !usesField(type, ITEM_FIELD[item])) {
      flag('soc2ItemNotForType', col.item, { value: itemText, type: typeText });
    }

    // Where the row belongs; a row that names no report it can be grouped with stands alone.
    const report = { type: type ?? 'soc2Type2', issuer, periodStart, periodEnd };
    const identity =
      type && isReportType(type) && issuer !== '' && (periodStart !== null || periodEnd !== null)
        ? attestationIdentity(packAttestationFields({ ...report, number: '', scopeText: '' }))
        : null;
    const key = identity ?? `row:${r}`;
    let group = groups.get(key);
    if (!group) {
      group = { details: { report, sheet: name, rows: [] }, bad: false };
      groups.set(key, group);
    }
    const details = group.details;
    details.rows.push(r);
    const text = cell(col.text);
    const conflict = (column: number) => flag('soc2Conflict', column, { value: cell(column) });

    if (item === 'opinion') {
      const opinion = matchEnum('opinion', text, ENUM_LABELS.opinion);
      if (!opinion) flag('soc2OpinionUnknown', col.text, { value: text });
      const criteria = splitCriteria(cell(col.criterion)).map(normaliseCriterion);
      const wrong = criteria.find((c) => !isCriterion(c));
      if (wrong !== undefined) flag('soc2CriterionInvalid', col.criterion, { value: wrong });
      if (opinion) {
        if (details.opinion !== undefined && details.opinion !== opinion) conflict(col.text);
        details.opinion = opinion;
        if (opinion === 'qualified') {
          details.qualifiedCriteria = [...new Set([...(details.qualifiedCriteria ?? []), ...criteria])];
        }
      }
    } else if (item === 'exception') {
      const criterion = normaliseCriterion(cell(col.criterion));
      if (!isCriterion(criterion))
        flag('soc2CriterionInvalid', col.criterion, { value: cell(col.criterion) });
      if (text === '') flag('soc2TextMissing', col.text);
      (details.exceptions ??= []).push({
        criterion,
        description: text,
        testResult: cell(col.testResult),
        managementResponse: cell(col.managementResponse)
      });
    } else if (item === 'carveOut' || item === 'inclusive') {
      if (text === '') flag('soc2TextMissing', col.text);
      const method = item === 'carveOut' ? 'carveOut' : 'inclusive';
      (details.subserviceOrganisations ??= []).push({ name: text, method });
    } else if (item === 'cuec') {
      if (text === '') flag('soc2TextMissing', col.text);
      (details.cuecs ??= []).push(text);
    } else if (item === 'bridgeLetter') {
      const issuedOn = date(col.bridgeIssuedOn);
      const coversUntil = date(col.bridgeCoversUntil);
      const end = periodEnd ?? periodStart;
      if (!issuedOn || !coversUntil || (end !== null && coversUntil <= end)) {
        if (!rowIssues.some((i) => i.code === 'soc2DateUnreadable')) {
          flag('soc2BridgeInvalid', issuedOn ? col.bridgeCoversUntil : col.bridgeIssuedOn);
        }
      } else {
        const letter = { issuedOn, coversUntil };
        if (details.bridgeLetter && JSON.stringify(details.bridgeLetter) !== JSON.stringify(letter)) {
          conflict(col.bridgeIssuedOn);
        }
        details.bridgeLetter = letter;
      }
    }
    if (rowIssues.length) {
      group.bad = true;
      issues.push(...rowIssues);
    }
  });

  const reports: PackReportDetails[] = [];
  const refused = new Map<string, { sheet: string; row: number }>();
  for (const [key, group] of groups) {
    const { details } = group;
    if (!group.bad) {
      reports.push(details);
      continue;
    }
    const first = details.rows[0] ?? 0;
    if (!key.startsWith('row:')) refused.set(key, { sheet: name, row: first });
    issues.push(cellIssue('soc2ReportLeftOut', name, first, col.type, reportParams(details.report)));
  }
  return { reports, refused };
}

/** The report as a message names it: auditor and period. */
export function reportParams(report: Pick<PackAttestationRow, 'issuer' | 'periodStart' | 'periodEnd'>) {
  return {
    issuer: report.issuer || '—',
    period: [report.periodStart, report.periodEnd].filter(Boolean).join(' – ') || '—'
  };
}

/**
 * The pack's 第三者認証 rows and SOC 2 reports, reconciled: a report left out on the SOC 2 sheet takes its
 * 第三者認証 row with it, and a report whose opinion the two sheets state differently is left out whole.
 */
export function joinSoc2(
  rows: PackAttestationRow[],
  soc2: Soc2Sheet,
  certificationsSheet: string,
  issues: Issue[]
): { attestations: PackAttestationRow[]; soc2: PackReportDetails[] } {
  const identityOf = (row: Pick<PackAttestationRow, 'type' | 'issuer' | 'periodStart' | 'periodEnd'>) =>
    attestationIdentity(packAttestationFields({ ...row, number: '', scopeText: '' }));
  const refused = new Map(soc2.refused);
  let reports = soc2.reports;
  for (const row of rows) {
    if (!isReportType(row.type) || row.opinion === undefined) continue;
    const identity = identityOf(row);
    const details = reports.find((d) => identity !== null && identityOf(d.report) === identity);
    if (details?.opinion !== undefined && details.opinion !== row.opinion) {
      const first = details.rows.find((r) => r >= 0) ?? 0;
      issues.push(
        cellIssue('soc2Conflict', details.sheet, first, PACK_SOC2_COLUMNS.text, { value: details.opinion }),
        cellIssue(
          'soc2ReportLeftOut',
          details.sheet,
          first,
          PACK_SOC2_COLUMNS.type,
          reportParams(details.report)
        )
      );
      reports = reports.filter((d) => d !== details);
      refused.set(identity!, { sheet: details.sheet, row: first });
    }
  }
  const attestations = rows.filter((row) => {
    const identity = isReportType(row.type) ? identityOf(row) : null;
    if (identity === null || !refused.has(identity)) return true;
    issues.push(cellIssue('soc2ReportLeftOut', certificationsSheet, row.row - 1, 0, reportParams(row)));
    return false;
  });
  return { attestations, soc2: reports };
}
