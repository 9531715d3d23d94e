/**
 * Procurements: list with counts, create, update (audited with only the changed fields),
 * duplicate and delete. The bundle functions (load, save, delete) and the duplicate live in their
 * own modules and are re-exported here.
 */
import { newProcurement } from '$lib/domain/defaults';
import type {
  BuyerKind,
  DocumentLanguage,
  Procurement,
  ProcurementBundle,
  ProcurementPatch
} from '$lib/domain/model';
import { bundleTables, loadBundleIn } from './bundle';
import type { WriteContext } from './context';
import { assertCriteriaEditable } from './criteria-guard';
import { loadedDb } from './database';
import { rawFindBundle, rawListProcurements } from './raw-read';
import { appendAudit, changedFields, read, requireProcurement, write, type Tx } from './tx';

export { deleteProcurement, loadBundle, saveBundles } from './bundle';
export { duplicateProcurement } from './duplicate';

export interface ProcurementSummary {
  procurement: Procurement;
  requirementCount: number;
  vendorCount: number;
  evaluatorCount: number;
  /** A criteria version exists: the criteria were locked at least once. */
  criteriaLocked: boolean;
}

export type { ProcurementPatch };

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
const OPTIONAL_FIELDS: Partial<Procurement> = { documentLanguage: undefined, slashDateOrder: undefined };

/** The list; a page's first read, before Dexie is loaded, goes without it (`raw-read.ts`). */
export async function listProcurements(): Promise<ProcurementSummary[]> {
  if (!loadedDb()) {
    const raw = await rawListProcurements();
    if (raw) return raw.value;
  }
  return read(
    (db) => [db.procurements, db.requirements, db.vendors, db.evaluators, db.criteriaVersions],
    async (db) => {
      const procurements = await db.procurements.orderBy('updatedAt').reverse().toArray();
      const summaries: ProcurementSummary[] = [];
      for (const procurement of procurements) {
        const count = (table: typeof db.requirements | typeof db.vendors | typeof db.evaluators) =>
          table.where('procurementId').equals(procurement.id).count();
        summaries.push({
          procurement,
          requirementCount: await count(db.requirements),
          vendorCount: await count(db.vendors),
          evaluatorCount: await count(db.evaluators),
          criteriaLocked:
            (await db.criteriaVersions.where('procurementId').equals(procurement.id).count()) > 0
        });
      }
      return summaries;
    }
  );
}

/**
 * The bundle of procurement `id`, or null when there is none: what the workspace shows. A page's
 * first read, before Dexie is loaded, goes without it (`raw-read.ts`).
 */
export async function findBundle(id: string): Promise<ProcurementBundle | null> {
  if (!loadedDb()) {
    const raw = await rawFindBundle(id);
    if (raw) return raw.value;
  }
  return read(bundleTables, async (db) => ((await db.procurements.get(id)) ? loadBundleIn(db, id) : null));
}

export function getProcurement(id: string): Promise<Procurement | undefined> {
  return read(
    (db) => [db.procurements],
    (db) => db.procurements.get(id)
  );
}

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
