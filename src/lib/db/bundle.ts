/**
 * A procurement and all its rows as one `ProcurementBundle`: load it (sorted, so equal data gives
 * equal bundles), delete it, or save bundles as given (restore, demo data) in one transaction that
 * first clears each procurement's rows. Saving writes no audit entry: the chain is kept as it came.
 */
import type { Table } from 'dexie';
import { BUNDLE_COLLECTIONS, type BundleCollection, type ProcurementBundle } from '$lib/domain/model';
import { StorageError } from './errors';
import { byIdOrder, byOrder, bySeq, byVersion } from '$lib/domain/records';
import { read, write, type Tx } from './tx';

type Row = { procurementId: string };

function collectionTable(db: Tx, collection: BundleCollection): Table<Row, unknown> {
  // Every bundle collection has a table of the same name, indexed by procurementId.
  return db[collection] as unknown as Table<Row, unknown>;
}

export function bundleTables(db: Tx): Table[] {
  return [db.procurements, ...BUNDLE_COLLECTIONS.map((c) => collectionTable(db, c))];
}

export async function loadBundleIn(db: Tx, id: string): Promise<ProcurementBundle> {
  const procurement = await db.procurements.get(id);
  if (!procurement) throw new StorageError('notFound');
  const of = <T, K, I>(table: Table<T, K, I>): Promise<T[]> =>
    table.where('procurementId').equals(id).toArray();
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort(byIdOrder);
  return {
    procurement,
    requirements: byOrder(await of(db.requirements)),
    criteriaVersions: (await of(db.criteriaVersions)).sort(byVersion),
    evaluators: byOrder(await of(db.evaluators)),
    vendors: byOrder(await of(db.vendors)),
    subcontractors: byOrder(await of(db.subcontractors)),
    attestations: byId(await of(db.attestations)),
    evidenceFiles: byId(await of(db.evidenceFiles)),
    evidenceBlobs: byId(await of(db.evidenceBlobs)),
    responses: byId(await of(db.responses)),
    grades: byId(await of(db.grades)),
    consensus: byId(await of(db.consensus)),
    audit: (await of(db.audit)).sort(bySeq)
  };
}

export async function deleteRowsIn(db: Tx, id: string): Promise<void> {
  for (const collection of BUNDLE_COLLECTIONS) {
    await collectionTable(db, collection).where('procurementId').equals(id).delete();
  }
  await db.procurements.delete(id);
}

export function loadBundle(id: string): Promise<ProcurementBundle> {
  return read(bundleTables, (db) => loadBundleIn(db, id));
}

export function deleteProcurement(id: string): Promise<void> {
  return write(bundleTables, (db) => deleteRowsIn(db, id));
}

/** Rows filed under another procurement would escape its delete and export: a programmer error. */
function assertOwnRows(bundle: ProcurementBundle): void {
  const id = bundle.procurement.id;
  for (const collection of BUNDLE_COLLECTIONS) {
    if (bundle[collection].some((row) => row.procurementId !== id)) {
      throw new TypeError(`saveBundles: ${collection} row of another procurement in bundle ${id}`);
    }
  }
}

export async function saveBundles(bundles: readonly ProcurementBundle[]): Promise<void> {
  bundles.forEach(assertOwnRows);
  await write(bundleTables, async (db) => {
    for (const bundle of bundles) {
      await deleteRowsIn(db, bundle.procurement.id);
      await db.procurements.add(bundle.procurement);
      for (const collection of BUNDLE_COLLECTIONS) {
        const rows = bundle[collection];
        if (rows.length > 0) await collectionTable(db, collection).bulkAdd(rows);
      }
    }
  });
}
