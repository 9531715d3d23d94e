/**
 * Procurements: the list with counts and the bundle a page opens. Create and update live in
 * `procurement-write.ts`, the bundle functions (load, save, delete) in `bundle.ts` and the duplicate
 * in `duplicate.ts`; `index.ts` exports them together. Nothing here imports those, not even to
 * re-export them: every page loads this module first, and the build puts what it imports in the
 * chunk every page fetches (`vite.config.ts`).
 */
import type { Procurement, ProcurementBundle, ProcurementPatch } from '$lib/domain/model';
import { bundleTables, loadBundleIn } from './bundle';
import { loadedDb } from './database';
import { rawFindBundle, rawListProcurements, type RawResult } from './raw-read';
import { read } from './tx';

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
 * first read, before Dexie is loaded, goes without it: `firstRead` (`raw-read.ts`, or the
 * workspace's, which reads a large procurement in a worker); when that cannot, Dexie reads.
 */
export async function findBundle(
  id: string,
  firstRead: (id: string) => Promise<RawResult<ProcurementBundle | null>> = rawFindBundle
): Promise<ProcurementBundle | null> {
  if (!loadedDb()) {
    const raw = await firstRead(id);
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
