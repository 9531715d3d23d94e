/**
 * Vendor responses: one per (vendor, requirement), upserted and audited as `response.put`.
 * Frozen by the technical lock: afterwards only a post-close correction writes one.
 */
import type { Id, Response } from '$lib/domain/model';
import type { WriteContext } from './context';
import { assertUnfrozen } from './freeze-guard';
import { read, write, type Tx } from './tx';
import { requireCell, upsertAudited } from './upsert';

export type ResponseInput = Omit<Response, 'id' | 'updatedAt'>;

export function listResponses(procurementId: Id): Promise<Response[]> {
  return read(
    (db) => [db.responses],
    (db) => db.responses.where('procurementId').equals(procurementId).toArray()
  );
}

/** Upserts and audits one answer inside the caller's transaction (vendors, requirements, responses). */
export async function putOne(db: Tx, ctx: WriteContext, input: ResponseInput): Promise<Response> {
  await requireCell(db, input.procurementId, input.vendorId, input.requirementId);
  const correction = await assertUnfrozen(db, ctx, input.procurementId);
  const existing = await db.responses
    .where('[vendorId+requirementId]')
    .equals([input.vendorId, input.requirementId])
    .first();
  return upsertAudited(
    db,
    ctx,
    (r) => db.responses.put(r),
    'response',
    existing,
    input,
    (id, at) => ({
      ...input,
      id,
      updatedAt: at
    }),
    correction
  );
}

export function putResponse(ctx: WriteContext, input: ResponseInput): Promise<Response> {
  return write(
    (db) => [db.vendors, db.requirements, db.responses],
    (db) => putOne(db, ctx, input)
  );
}

/** Applies many answers (an imported pack) in one transaction: all of them or none, each audited. */
export function putResponses(ctx: WriteContext, inputs: readonly ResponseInput[]): Promise<Response[]> {
  return write(
    (db) => [db.vendors, db.requirements, db.responses],
    async (db) => {
      const saved: Response[] = [];
      for (const input of inputs) saved.push(await putOne(db, ctx, input));
      return saved;
    }
  );
}
