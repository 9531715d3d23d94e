/**
 * A procurement and all its rows as one `ProcurementBundle`: load it (sorted, so equal data gives
 * equal bundles), delete it, or save bundles as given (restore, demo data) in one transaction that
 * first clears each procurement's rows. Saving writes no audit entry: the chain is kept as it came.
 */
import type { Table } from 'dexie';
import { MAX_KEY, MIN_KEY } from './keys';
import {
  BUNDLE_COLLECTIONS,
  type BundleCollection,
  type Grade,
  type Procurement,
  type ProcurementBundle,
  type Response
} from '$lib/domain/model';
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
export const READ_WHOLE_UP_TO = 10_000;

/**
 * The reads a bundle is made of, inside one read transaction: through Dexie (`dexieSource`) or,
 * for a page's first read before Dexie is loaded, through IndexedDB itself (`raw-read.ts`). Both
 * give their rows in index order (`procurementId`, then id), so `loadBundleFrom` makes one bundle.
 */
export interface BundleSource {
  procurement(id: string): Promise<Procurement | undefined>;
  /** The rows of `collection` whose `procurementId` is `id`. */
  rows<C extends BundleCollection>(collection: C, id: string): Promise<ProcurementBundle[C]>;
  count(collection: 'grades' | 'responses', id: string): Promise<number>;
  /** One evaluator's grades of one vendor, by the `[evaluatorId+vendorId+requirementId]` index. */
  gradesOf(evaluatorId: string, vendorId: string): Promise<Grade[]>;
  /** One vendor's answers, by the `[vendorId+requirementId]` index. */
  responsesOf(vendorId: string): Promise<Response[]>;
}

export function dexieSource(db: Tx): BundleSource {
  return {
    procurement: (id) => db.procurements.get(id),
    rows: (collection, id) =>
      collectionTable(db, collection).where('procurementId').equals(id).toArray() as never,
    count: (collection, id) => db[collection].where('procurementId').equals(id).count(),
    gradesOf: (evaluatorId, vendorId) =>
      db.grades
        .where('[evaluatorId+vendorId+requirementId]')
        .between([evaluatorId, vendorId, MIN_KEY], [evaluatorId, vendorId, MAX_KEY])
        .toArray(),
    responsesOf: (vendorId) =>
      db.responses
        .where('[vendorId+requirementId]')
        .between([vendorId, MIN_KEY], [vendorId, MAX_KEY])
        .toArray()
  };
}

/**
 * The rows of `collection` for `id`, read part by part through `parts` when there are more than
 * `wholeUpTo`; when the parts miss any (a row whose evaluator or vendor is not the procurement's),
 * read whole after all.
 */
async function inParts<C extends 'grades' | 'responses'>(
  source: BundleSource,
  collection: C,
  id: string,
  wholeUpTo: number,
  parts: () => AsyncGenerator<ProcurementBundle[C]>
): Promise<ProcurementBundle[C]> {
  const total = await source.count(collection, id);
  if (total <= wholeUpTo) return source.rows(collection, id);
  const rows: ProcurementBundle[C][number][] = [];
  for await (const part of parts()) for (const row of part) if (row.procurementId === id) rows.push(row);
  return rows.length === total ? (rows as ProcurementBundle[C]) : source.rows(collection, id);
}

/** The bundle of `id`, sorted so that equal data gives equal bundles; `wholeUpTo` is lowered only by tests. */
export async function loadBundleFrom(
  source: BundleSource,
  id: string,
  wholeUpTo = READ_WHOLE_UP_TO
): Promise<ProcurementBundle> {
  const procurement = await source.procurement(id);
  if (!procurement) throw new StorageError('notFound');
  const of = <C extends BundleCollection>(collection: C) => source.rows(collection, id);
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort(byIdOrder);
  const evaluators = byOrder(await of('evaluators'));
  const vendors = byOrder(await of('vendors'));
  const grades = await inParts(source, 'grades', id, wholeUpTo, async function* () {
    for (const e of evaluators) for (const v of vendors) yield await source.gradesOf(e.id, v.id);
  });
  const responses = await inParts(source, 'responses', id, wholeUpTo, async function* () {
    for (const v of vendors) yield await source.responsesOf(v.id);
  });
  return {
    procurement,
    requirements: byOrder(await of('requirements')),
    criteriaVersions: (await of('criteriaVersions')).sort(byVersion),
    evaluators,
    vendors,
    subcontractors: byOrder(await of('subcontractors')),
    attestations: byId(await of('attestations')),
    evidenceFiles: byId(await of('evidenceFiles')),
    evidenceBlobs: byId(await of('evidenceBlobs')),
    responses: byId(responses),
    grades: byId(grades),
    consensus: byId(await of('consensus')),
    audit: (await of('audit')).sort(bySeq)
  };
}

export function loadBundleIn(db: Tx, id: string): Promise<ProcurementBundle> {
  return loadBundleFrom(dexieSource(db), id);
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
