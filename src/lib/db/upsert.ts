/**
 * The audited upsert behind responses, grades and consensus: one record per key, replaced in
 * place. An input equal to the stored record writes nothing, so re-saving a grid cell does not
 * lengthen the audit trail.
 */
import { canonicalJson } from '$lib/domain/canonical';
import type { Id } from '$lib/domain/model';
import type { WriteContext } from './context';
import { StorageError } from './errors';
import { type Tx } from './tx';
import { appendAudit } from './audit-append';

function project(record: object, keys: readonly string[]): Record<string, unknown> {
  const source = record as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, source[key]]));
}

export async function upsertAudited<T extends { id: Id; procurementId: Id }, I extends object>(
  db: Tx,
  ctx: WriteContext,
  save: (record: T) => Promise<unknown>,
  entityKind: string,
  existing: T | undefined,
  input: I,
  build: (id: Id, at: string) => T,
  correction: string | null = null,
  /** Said beside the change in the entry's after-summary only (a grade: whose sheet it is). */
  note: Record<string, unknown> | null = null
): Promise<T> {
  const keys = Object.keys(input);
  const before = existing ? project(existing, keys) : null;
  if (before && canonicalJson(before) === canonicalJson(project(input, keys))) return existing!;
  const at = ctx.now();
  const record = build(existing?.id ?? ctx.newId(), at);
  await save(record);
  await appendAudit(db, ctx, record.procurementId, {
    action: `${entityKind}.put`,
    entityKind,
    entityId: record.id,
    before,
    after: note ? { ...input, ...note } : input,
    at,
    correction
  });
  return record;
}

/** Vendor and requirement must both belong to the procurement the record is filed under. */
export async function requireCell(db: Tx, procurementId: Id, vendorId: Id, requirementId: Id): Promise<void> {
  const vendor = await db.vendors.get(vendorId);
  const requirement = await db.requirements.get(requirementId);
  if (vendor?.procurementId !== procurementId || requirement?.procurementId !== procurementId) {
    throw new StorageError('notFound');
  }
}
