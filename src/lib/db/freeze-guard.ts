/**
 * The guard every write to a record the technical lock freezes passes (answers, attestations,
 * subcontractors, evidence files, vendor names). Before the lock it lets the write through; after
 * it only a correction carrying a valid reason for this procurement, whose reason the caller then
 * hands to `appendAudit` so the change is recorded as a post-close correction in the same transaction.
 */
import { freezeCheck } from '$lib/domain/freeze';
import type { Id } from '$lib/domain/model';
import type { WriteContext } from './context';
import { StorageError } from './errors';
import { requireProcurement, type Tx } from './tx';

/** Null before the lock; after it the correction's reason, or a `frozen`/`correctionReasonInvalid` error. */
export async function assertUnfrozen(db: Tx, ctx: WriteContext, procurementId: Id): Promise<string | null> {
  const procurement = await requireProcurement(db, procurementId);
  const check = freezeCheck(procurementId, procurement.technicalLock, ctx.correction);
  if (check.data) return check.data.reason;
  const code = check.issues[0]?.code;
  throw new StorageError(code === 'frozenAfterTechnicalLock' ? 'frozen' : 'correctionReasonInvalid');
}
