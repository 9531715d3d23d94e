/**
 * The record sheets of the scoring workbook: 証跡台帳 (attestations with their status on the bid
 * deadline and at the contract end, evidence files with SHA-256, subcontractors), 安定性 (the
 * stability results, or 未計算) and 監査ログ (the audit trail with the chain check). Values only:
 * nothing here is a formula. Every user or vendor text passes the text guard.
 */
import { statusOnDates, validUntil, type StatusResult } from '../domain/attestation-status';
import type { AttestationTypeInfo } from '../domain/catalogue';
import type { Attestation, AttestationType, Id, IsoDate, ProcurementBundle } from '../domain/model';
import type { Context } from './scoring-workbook-sheet';
import { newSheet, putRow, sectionRow, styleHeader, text, TITLE_ROWS } from './scoring-workbook-sheet';
import {
  ATTESTATION_STATUS_LABELS,
  CHAIN_PROBLEM_LABELS,
  STATUS_REASON_LABELS,
  fill,
  type WorkbookLocale
} from './scoring-workbook-labels';

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

const VERIFICATION_LABELS: Record<WorkbookLocale, Record<string, string>> = {
  ja: { confirmed: '確認済み', notFound: '該当なし', mismatch: '不一致' },
  en: { confirmed: 'Confirmed', notFound: 'Not found', mismatch: 'Mismatch' }
};

function statusText(status: StatusResult | null | undefined, locale: WorkbookLocale): string {
  return status ? ATTESTATION_STATUS_LABELS[locale][status.status] : '';
}

function reasonsText(status: StatusResult | null | undefined, locale: WorkbookLocale): string {
  if (!status) return '';
  return status.reasons
    .map((r) => {
      const params = { ...r.params };
      if (r.code === 'verificationFailed' && typeof params.result === 'string') {
        params.result = VERIFICATION_LABELS[locale][params.result] ?? params.result;
      }
      return fill(STATUS_REASON_LABELS[locale][r.code], params);
    })
    .join(locale === 'ja' ? '、' : '; ');
}

const period = (a: Attestation): string =>
  a.periodStart || a.periodEnd ? `${a.periodStart ?? ''} – ${a.periodEnd ?? ''}` : (a.asOf ?? '');

// ------------------------------------------------------------------ 7. 証跡台帳

export function writeEvidenceSheet(ctx: Context): void {
  const { l, locale, input } = ctx;
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
  sectionRow(sheet, row++, l.attestations);
  putRow(ctx, sheet, row, [
    l.vendor,
    l.holder,
    l.type,
    l.number,
    l.issuer,
    l.period,
    l.validUntil,
    l.statusAt(referenceDate),
    l.statusReasons,
    contractEnd ? l.statusAtEnd(contractEnd) : l.statusAtEnd('—'),
    l.verification,
    l.files
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
      text(a.subcontractorId ? (subs.get(a.subcontractorId)?.name ?? a.subcontractorId) : l.own),
      text(types.get(a.type)?.name[locale] ?? a.type),
      text(a.number),
      text(a.issuer),
      text(period(a)),
      status?.validUntil ?? a.expiry ?? '',
      statusText(status?.atDeadline, locale),
      text(reasonsText(status?.atDeadline, locale)),
      text(
        status?.atContractEnd
          ? `${statusText(status.atContractEnd, locale)}\n${reasonsText(status.atContractEnd, locale)}`
          : ''
      ),
      text(
        v
          ? `${v.source} / ${v.checkedOn} / ${v.checkedBy} / ${VERIFICATION_LABELS[locale][v.result] ?? v.result}`
          : ''
      ),
      text(fileLines.join('\n'))
    ]);
  }

  row++;
  sectionRow(sheet, row++, l.evidenceFiles);
  putRow(ctx, sheet, row, [l.vendor, l.owner, l.fileName, l.fileType, l.size, 'SHA-256', l.addedAt]);
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
    return req ? `${l.answer}: ${req.ref}` : id;
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
      text(`${f.addedAt} ${f.addedBy}`)
    ]);
  }

  row++;
  sectionRow(sheet, row++, l.subcontractors);
  putRow(ctx, sheet, row, [l.vendor, l.subcontractor, l.role, l.criticality, l.method, l.notes]);
  styleHeader(sheet, row++, 6);
  const subcontractors = [...bundle.subcontractors].sort(
    (a, b) => (vendorOrder.get(a.vendorId) ?? 0) - (vendorOrder.get(b.vendorId) ?? 0) || a.order - b.order
  );
  for (const s of subcontractors) {
    putRow(ctx, sheet, row++, [
      text(vendors.get(s.vendorId)?.company ?? s.vendorId),
      text(s.name),
      text(s.role),
      s.criticality === 'critical' ? l.critical : l.normal,
      s.subserviceMethod === 'inclusive' ? l.inclusive : l.carveOut,
      text(s.notes)
    ]);
  }
}

// ------------------------------------------------------------------ 8. 安定性

export function writeStabilitySheet(ctx: Context): void {
  const { l, input, settings } = ctx;
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
  const name = (id: Id | null) => (id === null ? l.noFirst : (vendorName.get(id) ?? text(id)));
  let row = TITLE_ROWS + 2;
  const line = (label: string, value: string | number) => {
    putRow(ctx, sheet, row, [label, value]);
    sheet.getCell(row++, 1).font = { bold: true };
  };
  line(
    l.stabilityMode,
    !stability ? l.stabilityNone : stability.mode === 'full' ? l.stabilityFull : l.stabilityDrawsOnly
  );
  if (!stability) return;
  line(l.variation, settings.stabilityVariation);
  line(l.seed, settings.stabilitySeed);

  const one = stability.oneAtATime;
  if (one) {
    row++;
    sectionRow(sheet, row++, l.oneAtATime);
    line(l.basePlace, name(one.base));
    putRow(ctx, sheet, row, [l.varied, l.firstPlace]);
    styleHeader(sheet, row++, 2);
    const refs = new Map(ctx.requirements.map((r) => [r.id, r.ref]));
    const evaluators = new Map(ctx.evaluators.map((e) => [e.id, e.name]));
    if (!one.changes.length) putRow(ctx, sheet, row++, [l.noChange, '']);
    for (const change of one.changes) {
      const varied = change.varied;
      const what =
        varied.kind === 'points'
          ? l.pointsVaried(refs.get(varied.requirementId) ?? varied.requirementId, varied.factor)
          : l.evaluatorLeftOut(evaluators.get(varied.evaluatorId) ?? varied.evaluatorId);
      putRow(ctx, sheet, row++, [text(what), name(change.firstPlace)]);
    }
  }

  const draws = stability.draws;
  if (draws) {
    row++;
    sectionRow(sheet, row++, l.randomDraws);
    line(l.draws, draws.draws);
    putRow(ctx, sheet, row, [l.vendor, l.share]);
    styleHeader(sheet, row++, 2);
    for (const vendor of ctx.vendors) {
      putRow(ctx, sheet, row, [vendorName.get(vendor.id)!, draws.firstPlaceShare[vendor.id] ?? 0]);
      sheet.getCell(row++, 2).numFmt = '0.0%';
    }
    line(l.noWinnerDraws, draws.noWinner);
  }
}

// ------------------------------------------------------------------ 9. 監査ログ

export function writeAuditSheet(ctx: Context): void {
  const { l, locale, input } = ctx;
  const header = TITLE_ROWS + 4;
  const sheet = newSheet(
    ctx,
    'audit',
    [
      { width: 7 },
      { width: 22 },
      { width: 14, wrap: true },
      { width: 22, wrap: true },
      { width: 14 },
      { width: 20, wrap: true },
      { width: 40, wrap: true },
      { width: 40, wrap: true },
      { width: 24, wrap: true },
      { width: 24, wrap: true }
    ],
    { row: header, xSplit: 1 }
  );
  const chain = input.chain;
  putRow(ctx, sheet, TITLE_ROWS + 2, [
    l.chain,
    chain.ok
      ? l.chainOk(chain.count, chain.head)
      : l.chainBroken(chain.seq, CHAIN_PROBLEM_LABELS[locale][chain.problem])
  ]);
  sheet.getCell(TITLE_ROWS + 2, 1).font = { bold: true };
  sheet.getCell(TITLE_ROWS + 2, 2).font = { bold: true, color: { argb: chain.ok ? 'FF006100' : 'FF9C0006' } };
  putRow(ctx, sheet, header, [
    l.seq,
    l.at,
    l.actor,
    l.action,
    l.entity,
    l.entityId,
    l.before,
    l.after,
    l.prevHash,
    l.hash
  ]);
  styleHeader(sheet, header, 10);
  let row = header + 1;
  for (const e of input.bundle.audit) {
    putRow(ctx, sheet, row++, [
      e.seq,
      text(e.at),
      text(e.actor),
      text(e.action),
      text(e.entityKind),
      text(e.entityId),
      text(e.before),
      text(e.after),
      text(e.prevHash),
      text(e.hash)
    ]);
  }
}
