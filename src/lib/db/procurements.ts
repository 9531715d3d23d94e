/**
 * Procurements: list with counts, the bundle a page opens, and (re-exported) create, update,
 * duplicate and delete. The writes live in `procurement-write.ts`, so a page that only reads
 * (every workspace page's first load) does not carry the audit chain and its hash; the bundle
 * functions (load, save, delete) and the duplicate live in their own modules too.
 */
import type { Procurement, ProcurementBundle, ProcurementPatch } from '$lib/domain/model';
import { bundleTables, loadBundleIn } from './bundle';
import { loadedDb } from './database';
import { rawFindBundle, rawListProcurements } from './raw-read';
import { read } from './tx';

export { deleteProcurement, loadBundle, saveBundles } from './bundle';
export { duplicateProcurement } from './duplicate';
export { createProcurement, updateProcurement, writeProcurementPatch } from './procurement-write';

export interface ProcurementSummary {
  procurement: Procurement;
  requirementCount: number;
  vendorCount: number;
  evaluatorCount: number;
  /** A criteria version exists: the criteria were locked at least once. */
  criteriaLocked: boolean;
}

export type { ProcurementPatch };

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
