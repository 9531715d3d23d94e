/**
 * Subcontractors (委託先) of a vendor, ordered within the vendor. Removing one removes the
 * attestations held for it and their evidence, and unlinks it (keeping the name) from the vendor's reports that
 * name it as a subservice organisation. Audited as `subcontractor.add|update|remove`.
 */
import type { Id, Subcontractor } from '$lib/domain/model';
import { deleteEvidence } from './cascade';
import type { WriteContext } from './context';
import { assertUnfrozen } from './freeze-guard';
import { StorageError } from './errors';
import { byOrder, nextOrder, renumber } from '$lib/domain/records';
import { SUBCONTRACTOR_FIELDS, type SubcontractorFields } from '$lib/domain/record-fields';
import type { StampKey, WriteBase } from '$lib/domain/versions';
import { read, write, type Tx } from './tx';
import { appendAudit, changedFields } from './audit-append';
import { checkRecordEdit, stampFor } from './versioned';

/** `order` defaults to the end of the vendor's list. */
export type SubcontractorInput = Omit<Subcontractor, 'id' | 'order' | StampKey> & { order?: number };
export type SubcontractorPatch = Partial<
  Omit<Subcontractor, 'id' | 'procurementId' | 'vendorId' | 'order' | StampKey>
>;

const FROZEN: readonly (keyof Subcontractor)[] = [
  'id',
  'procurementId',
  'vendorId',
  'order',
  'version',
  'updatedBy',
  'updatedAt'
];

async function requireSubcontractor(db: Tx, id: Id): Promise<Subcontractor> {
  const subcontractor = await db.subcontractors.get(id);
  if (!subcontractor) throw new StorageError('notFound');
  return subcontractor;
}

/** A reference must point into the same procurement, or backups would carry dangling ids. */
export async function requireVendorOf(db: Tx, procurementId: Id, vendorId: Id): Promise<void> {
  const vendor = await db.vendors.get(vendorId);
  if (!vendor || vendor.procurementId !== procurementId) throw new StorageError('notFound');
}

export function listSubcontractors(procurementId: Id): Promise<Subcontractor[]> {
  return read(
    (db) => [db.subcontractors],
    async (db) => byOrder(await db.subcontractors.where('procurementId').equals(procurementId).toArray())
  );
}

/** Adds and audits one subcontractor inside the caller's transaction (vendors, subcontractors). */
export async function insertSubcontractor(
  db: Tx,
  ctx: WriteContext,
  input: SubcontractorInput
): Promise<Subcontractor> {
  await requireVendorOf(db, input.procurementId, input.vendorId);
  const correction = await assertUnfrozen(db, ctx, input.procurementId);
  const order =
    input.order ?? nextOrder(await db.subcontractors.where('vendorId').equals(input.vendorId).toArray());
  const subcontractor: Subcontractor = { ...input, id: ctx.newId(), order };
  await db.subcontractors.add(subcontractor);
  await appendAudit(db, ctx, input.procurementId, {
    action: 'subcontractor.add',
    entityKind: 'subcontractor',
    entityId: subcontractor.id,
    after: { vendorId: input.vendorId, name: input.name, role: input.role },
    correction
  });
  return subcontractor;
}

export function addSubcontractor(ctx: WriteContext, input: SubcontractorInput): Promise<Subcontractor> {
  return write(
    (db) => [db.vendors, db.subcontractors],
    (db) => insertSubcontractor(db, ctx, input)
  );
}

/** Saves a subcontractor's fields; with `base` (the form's), as `updateVendor` does. */
export function updateSubcontractor(
  ctx: WriteContext,
  id: Id,
  patch: SubcontractorPatch,
  base?: WriteBase<SubcontractorFields>
): Promise<Subcontractor> {
  return write(
    (db) => [db.subcontractors],
    async (db) => {
      const current = await requireSubcontractor(db, id);
      const edit = base ? checkRecordEdit(current, SUBCONTRACTOR_FIELDS, patch, base) : patch;
      const diff = changedFields(current, edit, FROZEN);
      if (!diff) return current;
      const correction = await assertUnfrozen(db, ctx, current.procurementId);
      const at = ctx.now();
      const next = { ...current, ...diff.after, ...stampFor(current, ctx, at) };
      await db.subcontractors.put(next);
      await appendAudit(db, ctx, current.procurementId, {
        action: 'subcontractor.update',
        entityKind: 'subcontractor',
        entityId: id,
        ...diff,
        at,
        correction
      });
      return next;
    }
  );
}

export function removeSubcontractor(ctx: WriteContext, id: Id): Promise<void> {
  return write(
    (db) => [db.subcontractors, db.attestations, db.evidenceFiles, db.evidenceBlobs],
    async (db) => {
      const subcontractor = await requireSubcontractor(db, id);
      const correction = await assertUnfrozen(db, ctx, subcontractor.procurementId);
      const attestations = await db.attestations
        .where('vendorId')
        .equals(subcontractor.vendorId)
        .filter((a) => a.subcontractorId === id)
        .toArray();
      const owned = new Set(attestations.map((a) => a.id));
      const files = await db.evidenceFiles
        .where('procurementId')
        .equals(subcontractor.procurementId)
        .filter((f) => f.ownerKind === 'attestation' && owned.has(f.ownerId))
        .primaryKeys();
      await deleteEvidence(db, files);
      await db.attestations.bulkDelete([...owned]);
      // The vendor's reports that name it as a subservice organisation keep the name, unlinked.
      const naming = await db.attestations
        .where('vendorId')
        .equals(subcontractor.vendorId)
        .filter((a) => a.subserviceOrganisations.some((o) => o.subcontractorId === id))
        .toArray();
      await db.attestations.bulkPut(
        naming.map((a) => ({
          ...a,
          subserviceOrganisations: a.subserviceOrganisations.map((o) =>
            o.subcontractorId === id ? { ...o, subcontractorId: null } : o
          ),
          ...stampFor(a, ctx, ctx.now())
        }))
      );
      await db.subcontractors.delete(id);
      await db.subcontractors.bulkPut(
        renumber(await db.subcontractors.where('vendorId').equals(subcontractor.vendorId).toArray())
      );
      await appendAudit(db, ctx, subcontractor.procurementId, {
        action: 'subcontractor.remove',
        entityKind: 'subcontractor',
        entityId: id,
        before: { name: subcontractor.name, attestations: owned.size, evidenceFiles: files.length },
        correction
      });
    }
  );
}
