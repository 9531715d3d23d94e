/**
 * The writes of a procurement's own record: create, and update with only the changed fields
 * audited. Apart from `procurements.ts` (the reads every page opens with) so that only a page that
 * writes loads the audit chain (`tx.ts appendAudit`, the hash, the freeze rules).
 */
import { newProcurement } from '$lib/domain/defaults';
import type { BuyerKind, DocumentLanguage, Procurement, ProcurementPatch } from '$lib/domain/model';
import type { WriteContext } from './context';
import { assertCriteriaEditable } from './criteria-guard';
import { requireProcurement, write, type Tx } from './tx';
import { appendAudit, changedFields } from './audit-append';

/** Never taken from a patch: identity, chain, locks and stamps have their own writers. */
const FROZEN: readonly (keyof Procurement)[] = [
  'id',
  'auditHead',
  'criteriaReopen',
  'technicalLock',
  'tieResolutions',
  'issuedPackages',
  'packageOrigin',
  'createdAt',
  'updatedAt',
  'version',
  'updatedBy'
];

/**
 * Optional fields a record stored before them lacks: a patch may still set them (`changedFields`
 * takes only keys the record has).
 */
const OPTIONAL_FIELDS: Partial<Procurement> = {
  documentLanguage: undefined,
  slashDateOrder: undefined
};

export function createProcurement(
  ctx: WriteContext,
  title: string,
  buyerKind: BuyerKind = 'government',
  documentLanguage: DocumentLanguage = 'ja'
): Promise<Procurement> {
  return write(
    () => [],
    async (db) => {
      const now = ctx.now();
      const procurement = newProcurement(ctx.newId(), title, now, buyerKind, documentLanguage);
      await db.procurements.add(procurement);
      return appendAudit(db, ctx, procurement.id, {
        action: 'procurement.create',
        entityKind: 'procurement',
        entityId: procurement.id,
        after: { title, buyerKind, documentLanguage },
        at: now
      });
    }
  );
}

/** Applies the changed fields of `patch`; a patch that changes nothing writes nothing. */
export function updateProcurement(
  ctx: WriteContext,
  id: string,
  patch: ProcurementPatch
): Promise<Procurement> {
  return write(
    (db) => [db.criteriaVersions],
    async (db) => writeProcurementPatch(db, ctx, await requireProcurement(db, id), patch)
  );
}

/**
 * The one write of a procurement's fields and settings, inside the caller's transaction: only what
 * differs from `current` is stored and audited; the settings are frozen while the criteria are locked.
 */
export async function writeProcurementPatch(
  db: Tx,
  ctx: WriteContext,
  current: Procurement,
  patch: ProcurementPatch
): Promise<Procurement> {
  const diff = changedFields({ ...OPTIONAL_FIELDS, ...current }, patch, FROZEN);
  if (!diff) return current;
  // Scoring settings are part of the criteria: frozen while they are locked.
  if ('settings' in diff.after) await assertCriteriaEditable(db, current.id);
  return appendAudit(
    db,
    ctx,
    current.id,
    { action: 'procurement.update', entityKind: 'procurement', entityId: current.id, ...diff },
    diff.after
  );
}

/** Optional fields a stored record may lack, as `undefined` keys (a form's base compares them). */
export function withOptionalFields(procurement: Procurement): Procurement {
  return { ...OPTIONAL_FIELDS, ...procurement };
}
