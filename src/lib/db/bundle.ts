/**
 * A procurement and all its rows as one `ProcurementBundle`: load it (sorted, so equal data gives
 * equal bundles), delete it, or save bundles as given (restore, demo data) in one transaction that
 * first clears each procurement's rows. Saving writes no audit entry: the chain is kept as it came.
 */
import { Dexie, type Table } from 'dexie';
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

/**
 * Above this many rows, a table's rows are read in parts (one evaluator's grades of one vendor, one
 * vendor's answers): reading 200,000 records as one result holds the page's main thread for
 * seconds, while each part's result is read in a task of its own.
 */
const READ_WHOLE_UP_TO = 10_000;

/**
 * The rows `where('procurementId')` gives, read part by part through `parts`; when the parts miss
 * any (a row whose evaluator or vendor is not the procurement's), read whole after all.
 */
async function inParts<T extends { procurementId: string }, K, I>(
  table: Table<T, K, I>,
  id: string,
  parts: () => AsyncGenerator<T[]>
): Promise<T[]> {
  const whole = table.where('procurementId').equals(id);
  const total = await whole.count();
  if (total <= READ_WHOLE_UP_TO) return whole.toArray();
  const rows: T[] = [];
  for await (const part of parts()) for (const row of part) if (row.procurementId === id) rows.push(row);
  return rows.length === total ? rows : whole.toArray();
}

export async function loadBundleIn(db: Tx, id: string): Promise<ProcurementBundle> {
  const procurement = await db.procurements.get(id);
  if (!procurement) throw new StorageError('notFound');
  const of = <T, K, I>(table: Table<T, K, I>): Promise<T[]> =>
    table.where('procurementId').equals(id).toArray();
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort(byIdOrder);
  const evaluators = byOrder(await of(db.evaluators));
  const vendors = byOrder(await of(db.vendors));
  const grades = await inParts(db.grades, id, async function* () {
    for (const e of evaluators) {
      for (const v of vendors) {
        yield await db.grades
          .where('[evaluatorId+vendorId+requirementId]')
          .between([e.id, v.id, Dexie.minKey], [e.id, v.id, Dexie.maxKey])
          .toArray();
      }
    }
  });
  const responses = await inParts(db.responses, id, async function* () {
    for (const v of vendors) {
      yield await db.responses
        .where('[vendorId+requirementId]')
        .between([v.id, Dexie.minKey], [v.id, Dexie.maxKey])
        .toArray();
    }
  });
  return {
    procurement,
    requirements: byOrder(await of(db.requirements)),
    criteriaVersions: (await of(db.criteriaVersions)).sort(byVersion),
    evaluators,
    vendors,
    subcontractors: byOrder(await of(db.subcontractors)),
    attestations: byId(await of(db.attestations)),
    evidenceFiles: byId(await of(db.evidenceFiles)),
    evidenceBlobs: byId(await of(db.evidenceBlobs)),
    responses: byId(responses),
    grades: byId(grades),
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
