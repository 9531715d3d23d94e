/**
 * Consensus (合議結果): one per (vendor, requirement), upserted and audited as `consensus.put`;
 * `recordedAt`/`recordedBy` come from the write context. Before the technical lock only, with a
 * reason whenever a grade is given (`assertConsensusAllowed`); a blank grade withdraws it.
 */
import type { Consensus, Id } from '$lib/domain/model';
import type { WriteContext } from './context';
import { assertConsensusAllowed } from './evaluation';
import { assertNamed, read, write } from './tx';
import { requireCell, upsertAudited } from './upsert';

export type ConsensusInput = Omit<Consensus, 'id' | 'recordedAt' | 'recordedBy'>;

export function listConsensus(procurementId: Id): Promise<Consensus[]> {
  return read(
    (db) => [db.consensus],
    (db) => db.consensus.where('procurementId').equals(procurementId).toArray()
  );
}

export function putConsensus(ctx: WriteContext, input: ConsensusInput): Promise<Consensus> {
  return write(
    (db) => [db.vendors, db.requirements, db.consensus, db.criteriaVersions],
    async (db) => {
      assertNamed(ctx, 'consensus.put');
      await requireCell(db, input.procurementId, input.vendorId, input.requirementId);
      await assertConsensusAllowed(db, input);
      const existing = await db.consensus
        .where('[vendorId+requirementId]')
        .equals([input.vendorId, input.requirementId])
        .first();
      return upsertAudited(
        db,
        ctx,
        (r) => db.consensus.put(r),
        'consensus',
        existing,
        input,
        (id, at) => ({
          ...input,
          id,
          recordedAt: at,
          recordedBy: ctx.actor
        })
      );
    }
  );
}
