/**
 * The record sheets of the scoring workbook: 証跡台帳 (attestations with their status on the bid
 * deadline and at the contract end, evidence files with SHA-256, subcontractors) and 安定性 (the
 * stability results, or 未計算); the audit sheets are in `scoring-workbook-audit.ts`. Values only:
 * nothing here is a formula. Every user or vendor text passes the text guard.
 */
import { statusOnDates, validUntil, type StatusResult } from '../domain/attestation-status';
import type { Worksheet } from 'exceljs';
import type { AttestationTypeInfo } from '../domain/catalogue';
import type { Attestation, AttestationType, Id, IsoDate, ProcurementBundle } from '../domain/model';
import { byPosition } from '../domain/records';
import { exceptionReaches, qualificationsFor, qualifiedCriteria } from '../domain/soc2-exceptions';
import { criticalityKey, statusReasonText, subserviceMethodKey } from '../i18n/labels';
import { attestationStatusKey, type Translate } from '../i18n/results-labels';
import { workbookStatusReasonKey, workbookVerificationKey } from '../i18n/workbook-labels';
import type { Locale } from '../i18n/format';
import { registerOutcomeText } from '../i18n/register-labels';
import { registerTitleIn } from './register-titles';
import type { Context } from './scoring-workbook-sheet';
import { newSheet, putRow, sectionRow, styleHeader, text, TITLE_ROWS } from './scoring-workbook-sheet';

export interface AttestationStatusRow {
  referenceDate: IsoDate;
  /** Last day it counts under its type's rule, or null when no date follows. */
  validUntil: IsoDate | null;
  atDeadline: StatusResult;
  atContractEnd: StatusResult | null;
}

/** Each attestation's status on the bid deadline (or `today`) and at the contract end, by id. */
export function attestationStatusesOf(
  bundle: ProcurementBundle,
  types: readonly AttestationTypeInfo[],
  today: IsoDate
): Map<Id, AttestationStatusRow> {
  const infos = new Map<AttestationType, AttestationTypeInfo>(types.map((t) => [t.type, t]));
  const { bidDeadline, contractEnd } = bundle.procurement;
  const statuses = new Map<Id, AttestationStatusRow>();
  for (const a of bundle.attestations) {
    const info = infos.get(a.type);
    if (!info) continue;
    try {
      const on = statusOnDates(a, info, { bidDeadline, contractEnd }, today);
      statuses.set(a.id, {
        referenceDate: on.referenceDate,
        validUntil: validUntil(a, info).date,
        atDeadline: on.atDeadline,
        atContractEnd: on.atContractEnd
      });
    } catch {
      // A malformed date (restored from an old file) leaves the status blank rather than the export failing.
    }
  }
  return statuses;
}

/**
 * The verification record: where (for a register check, the register, the snapshot's date and
 * SHA-256), when, by whom and the result; a register check gives its outcome (登録簿で確認, 未掲載,
 * 内容不一致, 期限切れ, 取消) and each differing field side by side.
 */
function verificationCell(
  v: Attestation['verification'],
  day: (iso: string) => string,
  t: Translate,
  locale: Locale
): string {
  if (!v) return '';
  const ref = v.register;
  if (!ref) return `${v.source} / ${day(v.checkedOn)} / ${v.checkedBy} / ${verificationText(v.result, t)}`;
  // The stored source ends with the snapshot's ISO date and hash; the sheet gives the date in the
  // document's style and the hash in full.
  const snapshotDay = ref.listDate ?? ref.importedAt.slice(0, 10);
  const register = registerTitleIn(v.source.replace(` ${snapshotDay} SHA-256:${ref.sha256}`, ''), locale);
  const snapshot = `${day(snapshotDay)} SHA-256: ${ref.sha256}`;
  return `${register} (${snapshot}) / ${day(v.checkedOn)} / ${v.checkedBy} / ${registerOutcomeText(ref, t)}`;
}

/** A verification result in words; a value from an old file that is not one of them, as recorded. */
function verificationText(result: string, t: Translate): string {
  return Object.hasOwn(workbookVerificationKey, result)
    ? t(workbookVerificationKey[result as keyof typeof workbookVerificationKey])
    : result;
}

function statusText(status: StatusResult | null | undefined, t: Translate): string {
  return status ? t(attestationStatusKey[status.status]) : '';
}

function reasonsText(status: StatusResult | null | undefined, ctx: Context): string {
  if (!status) return '';
  const { t } = ctx;
  return status.reasons
    .map((r) =>
      statusReasonText(r, {
        t,
        date: ctx.day,
        reasonKey: workbookStatusReasonKey,
        verificationKey: workbookVerificationKey
      })
    )
    .join(ctx.locale === 'ja' ? '、' : '; ');
}

const period = (a: Attestation, ctx: Context): string =>
  a.periodStart || a.periodEnd ? `${ctx.day(a.periodStart)} – ${ctx.day(a.periodEnd)}` : ctx.day(a.asOf);

// ------------------------------------------------------------------ 7. 証跡台帳

/**
 * 例外事項・限定: each exception a report states, with its criterion, the auditor's test result, management's
 * response and the requirements it reaches (by the criterion, or named by hand); and each qualified opinion with
 * the criteria it concerns and the requirements for which the report is therefore no evidence. Returns the next row.
 */
function writeExceptionRows(
  ctx: Context,
  sheet: Worksheet,
  start: number,
  attestations: readonly Attestation[],
  holder: (a: Attestation) => ReturnType<typeof text>[]
): number {
  const { t } = ctx;
  const requirements = [...ctx.input.bundle.requirements].sort(byPosition);
  const refs = (reaches: (r: (typeof requirements)[number]) => boolean) =>
    requirements
      .filter(reaches)
      .map((r) => r.ref)
      .join(', ');
  let row = start;
  sectionRow(sheet, row++, t('workbook.exceptions'));
  putRow(ctx, sheet, row, [
    t('results.colVendor'),
    t('workbook.holder'),
    t('vendor.att.type'),
    t('workbook.exceptionKind'),
    t('workbook.exceptionCriterion'),
    t('workbook.exceptionDescription'),
    t('workbook.exceptionTestResult'),
    t('workbook.exceptionResponse'),
    t('workbook.exceptionRequirements')
  ]);
  styleHeader(sheet, row++, 9);
  let any = false;
  for (const a of attestations) {
    const criteria = qualifiedCriteria(a);
    if (criteria.length > 0) {
      any = true;
      putRow(ctx, sheet, row++, [
        ...holder(a),
        text(t('workbook.exceptionQualified')),
        text(criteria.join(', ')),
        text(''),
        text(''),
        text(''),
        text(refs((r) => qualificationsFor(a, r).length > 0))
      ]);
    }
    for (const x of a.exceptions) {
      any = true;
      putRow(ctx, sheet, row++, [
        ...holder(a),
        text(t('workbook.exceptionException')),
        text(x.criterion),
        text(x.description),
        text(x.testResult),
        text(x.managementResponse),
        text(refs((r) => exceptionReaches(x, r)))
      ]);
    }
  }
  if (!any) putRow(ctx, sheet, row++, [text(t('workbook.exceptionsNone'))]);
  return row;
}

export function writeEvidenceSheet(ctx: Context): void {
  const { t, locale, input } = ctx;
  const { bundle } = input;
  const sheet = newSheet(
    ctx,
    'evidence',
    [
      { width: 22, wrap: true },
      { width: 22, wrap: true },
      { width: 22, wrap: true },
      { width: 16, wrap: true },
      { width: 20, wrap: true },
      { width: 22, wrap: true },
      { width: 12 },
      { width: 16, wrap: true },
      { width: 36, wrap: true },
      { width: 16, wrap: true },
      { width: 30, wrap: true },
      { width: 40, wrap: true }
    ],
    null
  );
  const types = new Map(input.attestationTypes.map((t) => [t.type, t]));
  const statuses = attestationStatusesOf(bundle, input.attestationTypes, input.today);
  const vendors = new Map(bundle.vendors.map((v) => [v.id, v]));
  const subs = new Map(bundle.subcontractors.map((s) => [s.id, s]));
  const files = new Map(bundle.evidenceFiles.map((f) => [f.id, f]));
  const vendorOrder = new Map(ctx.vendors.map((v, i) => [v.id, i]));
  const subOrder = (id: Id | null) => (id === null ? -1 : (subs.get(id)?.order ?? 0));
  const attestations = [...bundle.attestations].sort(
    (a, b) =>
      (vendorOrder.get(a.vendorId) ?? 0) - (vendorOrder.get(b.vendorId) ?? 0) ||
      subOrder(a.subcontractorId) - subOrder(b.subcontractorId) ||
      (a.id < b.id ? -1 : 1)
  );
  const { bidDeadline, contractEnd } = bundle.procurement;
  const referenceDate = bidDeadline ?? input.today;

  let row = TITLE_ROWS + 2;
  sectionRow(sheet, row++, t('workbook.attestations'));
  putRow(ctx, sheet, row, [
    t('results.colVendor'),
    t('workbook.holder'),
    t('vendor.att.type'),
    t('vendor.att.number.other'),
    t('answers.colIssuer'),
    t('vendor.att.period'),
    t('workbook.validUntil'),
    t('workbook.statusAt', { date: ctx.day(referenceDate) }),
    t('workbook.statusReasons'),
    t('workbook.statusAtEnd', { date: contractEnd ? ctx.day(contractEnd) : '—' }),
    t('vendor.att.verification'),
    t('vendor.evidence.title')
  ]);
  styleHeader(sheet, row++, 12);
  for (const a of attestations) {
    const status = statuses.get(a.id);
    const v = a.verification;
    const fileLines = a.evidenceFileIds
      .map((id) => files.get(id))
      .filter((f) => f !== undefined)
      .map((f) => `${f.name}  SHA-256: ${f.sha256}`);
    putRow(ctx, sheet, row++, [
      text(vendors.get(a.vendorId)?.company ?? a.vendorId),
      text(a.subcontractorId ? (subs.get(a.subcontractorId)?.name ?? a.subcontractorId) : t('workbook.own')),
      text(types.get(a.type)?.name[locale] ?? a.type),
      text(a.number),
      text(a.issuer),
      text(period(a, ctx)),
      ctx.day(status?.validUntil ?? a.expiry),
      statusText(status?.atDeadline, t),
      text(reasonsText(status?.atDeadline, ctx)),
      text(
        status?.atContractEnd
          ? `${statusText(status.atContractEnd, t)}\n${reasonsText(status.atContractEnd, ctx)}`
          : ''
      ),
      text(verificationCell(v, ctx.day, t, ctx.locale)),
      text(fileLines.join('\n'))
    ]);
  }

  row = writeExceptionRows(ctx, sheet, row + 1, attestations, (a) => [
    text(vendors.get(a.vendorId)?.company ?? a.vendorId),
    text(a.subcontractorId ? (subs.get(a.subcontractorId)?.name ?? a.subcontractorId) : t('workbook.own')),
    text(types.get(a.type)?.name[locale] ?? a.type)
  ]);

  row++;
  sectionRow(sheet, row++, t('vendor.evidence.title'));
  putRow(ctx, sheet, row, [
    t('results.colVendor'),
    t('workbook.owner'),
    t('vendor.evidence.colName'),
    t('vendor.evidence.colType'),
    t('workbook.size'),
    'SHA-256',
    t('workbook.addedAt')
  ]);
  styleHeader(sheet, row++, 7);
  const requirements = new Map(bundle.requirements.map((r) => [r.id, r]));
  const responses = new Map(bundle.responses.map((r) => [r.id, r]));
  const attestationById = new Map(bundle.attestations.map((a) => [a.id, a]));
  const owner = (kind: string, id: Id): string => {
    if (kind === 'attestation') {
      const a = attestationById.get(id);
      return a ? `${types.get(a.type)?.name[locale] ?? a.type} ${a.number}`.trim() : id;
    }
    const response = responses.get(id);
    const req = response ? requirements.get(response.requirementId) : undefined;
    return req ? `${t('answers.colAnswer')}: ${req.ref}` : id;
  };
  const evidence = [...bundle.evidenceFiles].sort(
    (a, b) =>
      (vendorOrder.get(a.vendorId) ?? 0) - (vendorOrder.get(b.vendorId) ?? 0) ||
      (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0)
  );
  for (const f of evidence) {
    putRow(ctx, sheet, row++, [
      text(vendors.get(f.vendorId)?.company ?? f.vendorId),
      text(owner(f.ownerKind, f.ownerId)),
      text(f.name),
      text(f.type),
      f.size,
      f.sha256,
      text(`${ctx.when(f.addedAt)} ${f.addedBy}`)
    ]);
  }

  row++;
  sectionRow(sheet, row++, t('vendor.sub.title'));
  putRow(ctx, sheet, row, [
    t('results.colVendor'),
    t('workbook.subcontractor'),
    t('vendor.sub.role'),
    t('vendor.sub.criticality'),
    t('answers.colTreatment'),
    t('workbook.notes')
  ]);
  styleHeader(sheet, row++, 6);
  const subcontractors = [...bundle.subcontractors].sort(
    (a, b) => (vendorOrder.get(a.vendorId) ?? 0) - (vendorOrder.get(b.vendorId) ?? 0) || a.order - b.order
  );
  for (const s of subcontractors) {
    putRow(ctx, sheet, row++, [
      text(vendors.get(s.vendorId)?.company ?? s.vendorId),
      text(s.name),
      text(s.role),
      t(criticalityKey[s.criticality === 'critical' ? 'critical' : 'normal']),
      t(subserviceMethodKey[s.subserviceMethod === 'inclusive' ? 'inclusive' : 'carveOut']),
      text(s.notes)
    ]);
  }
}

// ------------------------------------------------------------------ 8. 安定性

export function writeStabilitySheet(ctx: Context): void {
  const { t, input, settings } = ctx;
  const sheet = newSheet(
    ctx,
    'stability',
    [
      { width: 40, wrap: true },
      { width: 30, wrap: true }
    ],
    null
  );
  const stability = input.stability;
  const vendorName = new Map(ctx.vendors.map((v) => [v.id, text(v.company)]));
  const name = (id: Id | null) =>
    id === null ? t('workbook.stability.noFirst') : (vendorName.get(id) ?? text(id));
  let row = TITLE_ROWS + 2;
  const line = (label: string, value: string | number) => {
    putRow(ctx, sheet, row, [label, value]);
    sheet.getCell(row++, 1).font = { bold: true };
  };
  line(
    t('workbook.stability.mode'),
    !stability
      ? t('workbook.stability.none')
      : stability.mode === 'full'
        ? t('workbook.stability.full')
        : t('workbook.stability.drawsOnly')
  );
  if (!stability) return;
  line(t('workbook.stability.variation'), settings.stabilityVariation);
  line(t('workbook.stability.seed'), settings.stabilitySeed);

  const one = stability.oneAtATime;
  if (one) {
    row++;
    sectionRow(sheet, row++, t('workbook.stability.oneAtATime'));
    line(t('workbook.stability.basePlace'), name(one.base));
    putRow(ctx, sheet, row, [t('workbook.stability.varied'), t('workbook.stability.firstPlace')]);
    styleHeader(sheet, row++, 2);
    const refs = new Map(ctx.requirements.map((r) => [r.id, r.ref]));
    const evaluators = new Map(ctx.evaluators.map((e) => [e.id, e.name]));
    if (!one.changes.length) putRow(ctx, sheet, row++, [t('workbook.stability.noChange'), '']);
    for (const change of one.changes) {
      const varied = change.varied;
      const what =
        varied.kind === 'points'
          ? t('workbook.stability.pointsVaried', {
              ref: refs.get(varied.requirementId) ?? varied.requirementId,
              factor: varied.factor
            })
          : t('workbook.stability.evaluatorLeftOut', {
              name: evaluators.get(varied.evaluatorId) ?? varied.evaluatorId
            });
      putRow(ctx, sheet, row++, [text(what), name(change.firstPlace)]);
    }
  }

  const draws = stability.draws;
  if (draws) {
    row++;
    sectionRow(sheet, row++, t('workbook.stability.randomDraws'));
    line(t('workbook.stability.draws'), draws.draws);
    putRow(ctx, sheet, row, [t('results.colVendor'), t('workbook.stability.share')]);
    styleHeader(sheet, row++, 2);
    for (const vendor of ctx.vendors) {
      putRow(ctx, sheet, row, [vendorName.get(vendor.id)!, draws.firstPlaceShare[vendor.id] ?? 0]);
      sheet.getCell(row++, 2).numFmt = '0.0%';
    }
    line(t('workbook.stability.noWinner'), draws.noWinner);
  }
}
