/**
 * Vendors (入札者) of a procurement, kept in a dense order. Removing one removes everything that
 * belongs to it (subcontractors, attestations, evidence files and bytes, responses, grades,
 * consensus, tie resolutions naming it) in one transaction. Every change is audited as `vendor.add|update|remove|move`.
 * After the technical lock the vendor's names change only as a post-close correction.
 */
import { newVendor } from '$lib/domain/defaults';
import { touchesVendorNames } from '$lib/domain/freeze';
import type { Id, Vendor } from '$lib/domain/model';
import { deleteEvaluations, deleteEvidence, evaluationTables } from './cascade';
import type { WriteContext } from './context';
import { StorageError } from './errors';
import { byOrder, moveBy, nextOrder, renumber } from '$lib/domain/records';
import { assertPanelOpen } from './evaluation';
import { assertUnfrozen } from './freeze-guard';
import { VENDOR_FIELDS, type VendorFields } from '$lib/domain/record-fields';
import type { StampKey, WriteBase } from '$lib/domain/versions';
import { read, requireProcurement, write, type Tx } from './tx';
import { appendAudit, changedFields } from './audit-append';
import { checkRecordEdit, stampFor } from './versioned';

/** Bids have their own writer (`recordBid`), open only after the technical lock. */
export type VendorPatch = Partial<
  Omit<
    Vendor,
    | 'id'
    | 'procurementId'
    | 'order'
    | 'bidPrice'
    | 'bidStatus'
    | 'bidStatusReason'
    | 'lowBidInvestigation'
    | StampKey
  >
>;

const FROZEN: readonly (keyof Vendor)[] = [
  'id',
  'procurementId',
  'order',
  'bidPrice',
  'bidStatus',
  'bidStatusReason',
  'lowBidInvestigation',
  'version',
  'updatedBy',
  'updatedAt'
];

async function siblings(db: Tx, procurementId: Id): Promise<Vendor[]> {
  return db.vendors.where('procurementId').equals(procurementId).toArray();
}

async function requireVendor(db: Tx, id: Id): Promise<Vendor> {
  const vendor = await db.vendors.get(id);
  if (!vendor) throw new StorageError('notFound');
  return vendor;
}

export function listVendors(procurementId: Id): Promise<Vendor[]> {
  return read(
    (db) => [db.vendors],
    async (db) => byOrder(await siblings(db, procurementId))
  );
}

export function addVendor(ctx: WriteContext, procurementId: Id, company: string): Promise<Vendor> {
  return write(
    (db) => [db.vendors],
    async (db) => {
      await assertPanelOpen(db, procurementId);
      const vendor = newVendor(
        ctx.newId(),
        procurementId,
        nextOrder(await siblings(db, procurementId)),
        company
      );
      await db.vendors.add(vendor);
      await appendAudit(db, ctx, procurementId, {
        action: 'vendor.add',
        entityKind: 'vendor',
        entityId: vendor.id,
        after: { company }
      });
      return vendor;
    }
  );
}

/**
 * Saves the vendor's fields. `base` is the vendor as the form showed it: then only the fields the
 * form changed are written, a field another writer changed meanwhile is kept, and one both changed
 * is refused (`WriteConflictError`). Without a base (scripts) the patch applies as before.
 */
export function updateVendor(
  ctx: WriteContext,
  id: Id,
  patch: VendorPatch,
  base?: WriteBase<VendorFields>
): Promise<Vendor> {
  return write(
    (db) => [db.vendors],
    async (db) => {
      const current = await requireVendor(db, id);
      const edit = base ? checkRecordEdit(current, VENDOR_FIELDS, patch, base) : patch;
      const diff = changedFields(current, edit, FROZEN);
      if (!diff) return current;
      const correction = touchesVendorNames(diff.after)
        ? await assertUnfrozen(db, ctx, current.procurementId)
        : null;
      const at = ctx.now();
      const next = { ...current, ...diff.after, ...stampFor(current, ctx, at) };
      await db.vendors.put(next);
      await appendAudit(db, ctx, current.procurementId, {
        action: 'vendor.update',
        entityKind: 'vendor',
        entityId: id,
        ...diff,
        at,
        correction
      });
      return next;
    }
  );
}

export function removeVendor(ctx: WriteContext, id: Id): Promise<void> {
  return write(
    (db) => [db.vendors, db.subcontractors, db.attestations, ...evaluationTables(db)],
    async (db) => {
      const vendor = await requireVendor(db, id);
      const pid = vendor.procurementId;
      await assertPanelOpen(db, pid);
      const removed = await deleteEvaluations(db, pid, (row) => row.vendorId === id);
      const files = await db.evidenceFiles
        .where('procurementId')
        .equals(pid)
        .filter((f) => f.vendorId === id)
        .primaryKeys();
      await deleteEvidence(db, files);
      const attestations = await db.attestations.where('vendorId').equals(id).delete();
      const subcontractors = await db.subcontractors.where('vendorId').equals(id).delete();
      await db.vendors.delete(id);
      await db.vendors.bulkPut(renumber(await siblings(db, pid)));
      // A recorded tie resolution involving the vendor no longer describes a possible tie.
      const procurement = await requireProcurement(db, pid);
      const tieResolutions = procurement.tieResolutions.filter(
        (t) => !t.vendorIds.includes(id) && t.winnerId !== id
      );
      const ties = procurement.tieResolutions.length - tieResolutions.length;
      await appendAudit(
        db,
        ctx,
        pid,
        {
          action: 'vendor.remove',
          entityKind: 'vendor',
          entityId: id,
          before: {
            company: vendor.company,
            attestations,
            subcontractors,
            evidenceFiles: files.length,
            ties,
            ...removed
          }
        },
        ties > 0 ? { tieResolutions } : {}
      );
    }
  );
}

/** Moves one place; at either end nothing changes and nothing is audited. */
export function moveVendor(ctx: WriteContext, id: Id, delta: -1 | 1): Promise<void> {
  return write(
    (db) => [db.vendors],
    async (db) => {
      const vendor = await requireVendor(db, id);
      const changed = moveBy(await siblings(db, vendor.procurementId), id, delta);
      if (changed.length === 0) return;
      await db.vendors.bulkPut(changed);
      await appendAudit(db, ctx, vendor.procurementId, {
        action: 'vendor.move',
        entityKind: 'vendor',
        entityId: id,
        before: { order: vendor.order },
        after: { order: changed.find((v) => v.id === id)?.order ?? vendor.order }
      });
    }
  );
}
