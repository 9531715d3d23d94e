/**
 * Vendor responses: one per (vendor, requirement), upserted and audited as `response.put`.
 * Frozen by the technical lock: afterwards only a post-close correction writes one. Every write
 * counts the version up; an edit from the page (`changeResponse`) carries the version it was
 * based on and only the fields it changes (`domain/versions.ts`).
 */
import type { Id, Response } from '$lib/domain/model';
import { nextVersion, type WriteBase } from '$lib/domain/versions';
import type { WriteContext } from './context';
import { assertUnfrozen } from './freeze-guard';
import { read, write, type Tx } from './tx';
import { requireCell, upsertAudited } from './upsert';
import { checkWrite } from './versioned';

export type ResponseInput = Omit<Response, 'id' | 'updatedAt' | 'version' | 'updatedBy'>;
export type ResponseCell = Pick<Response, 'procurementId' | 'vendorId' | 'requirementId'>;
export type ResponseFields = Pick<Response, 'answer' | 'explanation' | 'evidenceRefs'>;
export type ResponseChange = Partial<ResponseFields>;

const fieldsOf = (r: Response): ResponseFields => ({
  answer: r.answer,
  explanation: r.explanation,
  evidenceRefs: r.evidenceRefs
});

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
      updatedAt: at,
      version: nextVersion(existing),
      updatedBy: ctx.actor
    }),
    correction
  );
}

/**
 * Saves what the user changed on one answer row, based on the row as the page showed it: a stale
 * base keeps what another writer changed in the other fields, and is refused with
 * `WriteConflictError` when that writer changed one of these fields (nothing is written then).
 */
export function changeResponse(
  ctx: WriteContext,
  cell: ResponseCell,
  change: ResponseChange,
  base: WriteBase<ResponseFields>
): Promise<Response> {
  return write(
    (db) => [db.vendors, db.requirements, db.responses],
    async (db) => {
      const existing = await db.responses
        .where('[vendorId+requirementId]')
        .equals([cell.vendorId, cell.requirementId])
        .first();
      const stored = existing ? fieldsOf(existing) : { answer: null, explanation: '', evidenceRefs: '' };
      checkWrite(existing, existing ? stored : null, base, change);
      const fields: ResponseFields = {
        answer: change.answer !== undefined ? change.answer : stored.answer,
        explanation: change.explanation ?? stored.explanation,
        evidenceRefs: change.evidenceRefs ?? stored.evidenceRefs
      };
      return putOne(db, ctx, { ...cell, ...fields, source: 'manual' });
    }
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
