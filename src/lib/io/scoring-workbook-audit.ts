/**
 * The audit trail in the scoring workbook, twice. 監査ログ is for a reader: Japan time, the operator,
 * the action in words (as the audit page says it), the record by name, and what changed, by field.
 * 監査ログ（機械可読） keeps every entry as stored (ISO time, codes, ids, before/after JSON, hashes), so
 * the hash chain can be verified again from the workbook alone. Values only; texts pass the guard.
 */
import type { Id } from '../domain/model';
import { changeSummary } from '../i18n/audit-summary';
import { auditActionText } from '../i18n/labels';
import type { MessageKey } from '../i18n/messages';
import { auditEntityKey, workbookChainProblemKey } from '../i18n/workbook-labels';
import type { Context } from './scoring-workbook-sheet';
import { newSheet, putRow, styleHeader, text, TITLE_ROWS } from './scoring-workbook-sheet';

function chainRow(ctx: Context, sheet: ReturnType<typeof newSheet>): void {
  const { t, input } = ctx;
  const chain = input.chain;
  putRow(ctx, sheet, TITLE_ROWS + 2, [
    t('workbook.audit.chain'),
    chain.ok
      ? t('workbook.audit.chainOk', { count: chain.count, head: chain.head })
      : t('workbook.audit.chainBroken', {
          seq: chain.seq,
          problem: t(workbookChainProblemKey[chain.problem])
        })
  ]);
  sheet.getCell(TITLE_ROWS + 2, 1).font = { bold: true };
  const result = sheet.getCell(TITLE_ROWS + 2, 2);
  result.font = { bold: true, color: { argb: chain.ok ? 'FF006100' : 'FF9C0006' } };
  // One line, run on over the empty cells to its right (it holds the 64-character head hash).
  result.alignment = { vertical: 'top', wrapText: false };
}

/** Every id of the procurement's records, by the name a reader knows it by. */
function namesOf(ctx: Context): Map<Id, string> {
  const { bundle } = ctx.input;
  const names = new Map<Id, string>();
  const company = new Map(bundle.vendors.map((v) => [v.id, v.company]));
  const ref = new Map(bundle.requirements.map((r) => [r.id, r.ref]));
  const evaluator = new Map(bundle.evaluators.map((e) => [e.id, e.name]));
  const type = new Map(ctx.input.attestationTypes.map((a) => [a.type, a.name[ctx.locale]]));
  const join = (...parts: (string | undefined)[]) => parts.filter((p) => p).join(' ');
  names.set(bundle.procurement.id, bundle.procurement.title);
  for (const v of bundle.vendors) names.set(v.id, v.company);
  for (const r of bundle.requirements) names.set(r.id, join(r.ref, r.title));
  for (const e of bundle.evaluators) names.set(e.id, e.name);
  for (const s of bundle.subcontractors) names.set(s.id, join(company.get(s.vendorId), s.name));
  for (const a of bundle.attestations)
    names.set(a.id, join(company.get(a.vendorId), type.get(a.type) ?? a.type, a.number));
  for (const f of bundle.evidenceFiles) names.set(f.id, join(company.get(f.vendorId), f.name));
  for (const r of bundle.responses) names.set(r.id, join(company.get(r.vendorId), ref.get(r.requirementId)));
  for (const g of bundle.grades)
    names.set(g.id, join(evaluator.get(g.evaluatorId), company.get(g.vendorId), ref.get(g.requirementId)));
  for (const c of bundle.consensus) names.set(c.id, join(company.get(c.vendorId), ref.get(c.requirementId)));
  for (const v of bundle.criteriaVersions)
    names.set(v.id, ctx.t('workbook.criteriaVersion', { version: v.version, hash: v.hash.slice(0, 12) }));
  return names;
}

// ------------------------------------------------------------------ 9. 監査ログ

export function writeAuditSheet(ctx: Context): void {
  const { t, input } = ctx;
  const header = TITLE_ROWS + 4;
  const sheet = newSheet(
    ctx,
    'audit',
    [
      { width: 7 },
      { width: 24 },
      { width: 14, wrap: true },
      { width: 26, wrap: true },
      { width: 36, wrap: true },
      { width: 60, wrap: true }
    ],
    { row: header, xSplit: 1 }
  );
  chainRow(ctx, sheet);
  putRow(ctx, sheet, header, [
    t('workbook.audit.seq'),
    t('workbook.audit.atJst'),
    t('workbook.audit.actor'),
    t('workbook.audit.action'),
    t('workbook.audit.entity'),
    t('workbook.audit.summary')
  ]);
  styleHeader(sheet, header, 6);
  const names = namesOf(ctx);
  const locked = input.bundle.procurement.technicalLock !== null;
  let row = header + 1;
  for (const e of input.bundle.audit) {
    const kind: MessageKey | undefined = Object.hasOwn(auditEntityKey, e.entityKind)
      ? auditEntityKey[e.entityKind]
      : undefined;
    const name = names.get(e.entityId) ?? t('workbook.audit.removed');
    putRow(ctx, sheet, row++, [
      e.seq,
      text(ctx.when(e.at)),
      text(e.actor),
      text(auditActionText(e.action, t)),
      text(kind ? `${t(kind)}: ${name}` : name),
      text(changeSummary({ t, locale: ctx.locale, names }, e, locked))
    ]);
  }
}

// ------------------------------------------------------------------ 10. 監査ログ（機械可読）

/** The entries as stored, field for field, in the order `chainEntry` hashes them (see README). */
export function writeAuditRecordSheet(ctx: Context): void {
  const { t, input } = ctx;
  const header = TITLE_ROWS + 4;
  const sheet = newSheet(
    ctx,
    'auditRecords',
    [
      { width: 7 },
      { width: 26 },
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
  chainRow(ctx, sheet);
  // Hashed with every entry, the same for all: see README (re-verifying the audit chain).
  putRow(ctx, sheet, TITLE_ROWS + 3, [t('workbook.audit.procurementId'), text(input.bundle.procurement.id)]);
  sheet.getCell(TITLE_ROWS + 3, 1).font = { bold: true };
  putRow(ctx, sheet, header, [
    t('workbook.audit.seq'),
    t('workbook.audit.atIso'),
    t('workbook.audit.actor'),
    t('workbook.audit.actionCode'),
    t('workbook.audit.entityKind'),
    t('workbook.audit.entityId'),
    t('audit.colBefore'),
    t('audit.colAfter'),
    t('workbook.audit.prevHash'),
    t('workbook.hash')
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
