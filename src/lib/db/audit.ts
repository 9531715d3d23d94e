/**
 * Reading and checking a procurement's audit trail. The check runs over the stored entries in
 * `seq` order against the procurement's `auditHead`, so edits, gaps and cut-off tails all show.
 */
import { verifyChain, type ChainCheck } from '$lib/domain/audit';
import type { AuditEntry, Id } from '$lib/domain/model';
import { bySeq } from '$lib/domain/records';
import { sha256Text } from '$lib/domain/sha256';
import { read, requireProcurement, type Tx } from './tx';

async function entries(db: Tx, procurementId: Id): Promise<AuditEntry[]> {
  return (await db.audit.where('procurementId').equals(procurementId).toArray()).sort(bySeq);
}

export function listAudit(procurementId: Id): Promise<AuditEntry[]> {
  return read(
    (db) => [db.audit],
    (db) => entries(db, procurementId)
  );
}

export function verifyAudit(procurementId: Id): Promise<ChainCheck> {
  return read(
    (db) => [db.procurements, db.audit],
    async (db) => {
      const procurement = await requireProcurement(db, procurementId);
      return verifyChain(await entries(db, procurementId), sha256Text, procurement.auditHead);
    }
  );
}
