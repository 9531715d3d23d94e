/**
 * A page's first read without Dexie: the procurement list and a procurement's bundle, read through
 * IndexedDB itself so that a page shows its content before Dexie's code (about 32 KB gzip) arrives.
 * Read-only and never in the way: it opens without a version (so it never creates or upgrades the
 * database), declines when the database is missing or not at this code's schema version, and
 * closes at once. It gives `null` ("cannot") then, or on any error: the caller reads through Dexie,
 * which creates and upgrades the database, so a result is always Dexie's own or none.
 */
import {
  BUNDLE_COLLECTIONS,
  type BundleCollection,
  type Procurement,
  type ProcurementBundle
} from '$lib/domain/model';
import { loadBundleFrom, READ_WHOLE_UP_TO, type BundleSource } from './bundle';
import { DB_NAME, MAX_KEY, MIN_KEY, SCHEMA_VERSION } from './keys';
import type { ProcurementSummary } from './procurements';

/** What the read gave, or null when it could not read and Dexie must. */
export type RawResult<T> = { value: T } | null;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The database as it is, or null when there is none (or no IndexedDB): never creates one. */
function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(name);
    } catch {
      resolve(null);
      return;
    }
    // Opening without a version creates a missing database: aborting its creation leaves none.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = () => resolve(null);
    req.onblocked = () => resolve(null);
    req.onsuccess = () => {
      const db = req.result;
      // Dexie opens at ten times its version; another version is for Dexie to upgrade (or refuse).
      if (db.version !== SCHEMA_VERSION * 10) {
        db.close();
        resolve(null);
        return;
      }
      // Never hold up an upgrade in another tab: the read then fails and Dexie reads instead.
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}

/** Runs `work` in one read-only transaction over `stores`, then closes the connection. */
async function readOnly<T>(
  stores: readonly string[],
  work: (tx: IDBTransaction) => Promise<T>,
  name: string
): Promise<RawResult<T>> {
  let db: IDBDatabase | null = null;
  try {
    db = await openExisting(name);
    if (!db) return null;
    // A missing store throws here: a database this code does not know is Dexie's to deal with.
    const tx = db.transaction([...stores], 'readonly');
    const value = await work(tx);
    return { value };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

function rawSource(tx: IDBTransaction): BundleSource {
  const byProcurement = (store: string) => tx.objectStore(store).index('procurementId');
  return {
    procurement: (id) => request(tx.objectStore('procurements').get(id)) as Promise<Procurement | undefined>,
    rows: <C extends BundleCollection>(collection: C, id: string) =>
      request(byProcurement(collection).getAll(IDBKeyRange.only(id))) as Promise<ProcurementBundle[C]>,
    count: (collection, id) => request(byProcurement(collection).count(IDBKeyRange.only(id))),
    // Dexie's `between` takes the lower bound and leaves out the upper one: so here.
    gradesOf: (evaluatorId, vendorId) =>
      request(
        tx
          .objectStore('grades')
          .index('[evaluatorId+vendorId+requirementId]')
          .getAll(
            IDBKeyRange.bound([evaluatorId, vendorId, MIN_KEY], [evaluatorId, vendorId, MAX_KEY], false, true)
          )
      ),
    responsesOf: (vendorId) =>
      request(
        tx
          .objectStore('responses')
          .index('[vendorId+requirementId]')
          .getAll(IDBKeyRange.bound([vendorId, MIN_KEY], [vendorId, MAX_KEY], false, true))
      )
  };
}

/**
 * The bundle of procurement `id` (null when there is no such procurement), as `loadBundle` gives it:
 * the same reads and sorts (`loadBundleFrom`), large tables read in parts.
 */
export function rawFindBundle(
  id: string,
  name = DB_NAME,
  wholeUpTo = READ_WHOLE_UP_TO
): Promise<RawResult<ProcurementBundle | null>> {
  return findBundleIn(id, name, wholeUpTo, true);
}

/**
 * `rawFindBundle` with `evidenceBlobs` left empty, unread: for work that never opens the evidence
 * files (the workbook, in its worker), which then does not hold every file's bytes in memory.
 */
export function rawFindBundleWithoutFiles(
  id: string,
  name = DB_NAME
): Promise<RawResult<ProcurementBundle | null>> {
  return findBundleIn(id, name, READ_WHOLE_UP_TO, false);
}

function findBundleIn(
  id: string,
  name: string,
  wholeUpTo: number,
  files: boolean
): Promise<RawResult<ProcurementBundle | null>> {
  return readOnly(
    ['procurements', ...BUNDLE_COLLECTIONS],
    async (tx) => {
      const raw = rawSource(tx);
      const source: BundleSource = files
        ? raw
        : {
            ...raw,
            rows: (collection, of) =>
              collection === 'evidenceBlobs' ? Promise.resolve([] as never) : raw.rows(collection, of)
          };
      if (!(await source.procurement(id))) return null;
      return loadBundleFrom(source, id, wholeUpTo);
    },
    name
  );
}

/**
 * How many grades and answers procurement `id` holds (counted by the index, no record read): what
 * decides whether a page's first read is done in a worker (`bundle-read-client.ts`).
 */
export function rawBundleSize(id: string, name = DB_NAME): Promise<RawResult<number>> {
  return readOnly(
    ['grades', 'responses'],
    async (tx) => {
      const count = (store: string) =>
        request(tx.objectStore(store).index('procurementId').count(IDBKeyRange.only(id)));
      const [grades, responses] = await Promise.all([count('grades'), count('responses')]);
      return grades + responses;
    },
    name
  );
}

/** The procurement list as `listProcurements` gives it: most recently updated first, with counts. */
export function rawListProcurements(name = DB_NAME): Promise<RawResult<ProcurementSummary[]>> {
  return readOnly(
    ['procurements', 'requirements', 'vendors', 'evaluators', 'criteriaVersions'],
    async (tx) => {
      const procurements = (
        (await request(tx.objectStore('procurements').index('updatedAt').getAll())) as Procurement[]
      ).reverse();
      const count = (store: string, id: string) =>
        request(tx.objectStore(store).index('procurementId').count(IDBKeyRange.only(id)));
      const summaries: ProcurementSummary[] = [];
      for (const procurement of procurements) {
        summaries.push({
          procurement,
          requirementCount: await count('requirements', procurement.id),
          vendorCount: await count('vendors', procurement.id),
          evaluatorCount: await count('evaluators', procurement.id),
          criteriaLocked: (await count('criteriaVersions', procurement.id)) > 0
        });
      }
      return summaries;
    },
    name
  );
}
