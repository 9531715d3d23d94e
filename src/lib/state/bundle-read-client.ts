/**
 * A page's first read of a procurement's bundle, before Dexie is loaded. A large one (from
 * `OFF_THREAD_FROM` grades and answers together) is read in a worker (`bundle-read.worker.ts`) and
 * arrives in parts, each unpacked in a short task of its own; a smaller one is read on the page, where
 * it costs less than starting a worker. Null means "cannot": `findBundle` then reads through Dexie.
 */
import type { ProcurementBundle } from '$lib/domain/model';
import type { BundlePart } from '$lib/db/bundle-transfer';
import type { BundleReadMessage, BundleReadRequest } from './bundle-read.worker';
import { DB_NAME } from '$lib/db/keys';
import { rawBundleSize, rawFindBundle, type RawResult } from '$lib/db/raw-read';

/**
 * Grades and answers together from which the first read is done in a worker (6 vendors × 1,500
 * requirements × 5 evaluators is 54,000). What the page's own read leaves to clear grows with the
 * records: 0.2–0.3 s measured at 270,000, so by proportion some 50 ms here, which a page absorbs.
 * Below it, the worker would only add the fetch of its code and a copy of every row (at 270,000
 * the sheet showed 0–1.3 s later than when the page read it, in three alternated sets of 4–5).
 */
export const OFF_THREAD_FROM = 50_000;

/**
 * The bundle read in a worker: null when the worker could not read it (no database yet, or one at
 * another schema version); rejects when there is no worker or it failed.
 */
export async function readBundleOffThread(
  id: string,
  name = DB_NAME
): Promise<RawResult<ProcurementBundle | null>> {
  // Loaded only for a large procurement: every page's first read goes through this module.
  const [{ runWorkerTask }, { joinBundle }] = await Promise.all([
    import('$lib/io/worker-task'),
    import('$lib/db/bundle-transfer')
  ]);
  let head: ProcurementBundle | null = null;
  const parts: BundlePart[] = [];
  return runWorkerTask<BundleReadRequest, BundleReadMessage, RawResult<ProcurementBundle | null>>({
    start: () => new Worker(new URL('./bundle-read.worker.ts', import.meta.url), { type: 'module' }),
    request: { id, name },
    onMessage: (message) => {
      if (message.type === 'head') head = message.head;
      else parts.push(message.part);
    },
    result: ({ outcome }) => {
      if (outcome === 'unreadable') return null;
      if (outcome === 'missing' || !head) return { value: null };
      return { value: joinBundle(head, parts) };
    },
    name: 'the procurement reader'
  });
}

/**
 * The first read: in a worker for a large procurement, on the page for a small one, or on the page
 * after all when the worker fails. Null when Dexie must read it.
 */
export async function readBundleFirst(
  id: string,
  name = DB_NAME,
  offThreadFrom = OFF_THREAD_FROM
): Promise<RawResult<ProcurementBundle | null>> {
  if (typeof Worker !== 'undefined') {
    const size = await rawBundleSize(id, name);
    if (size && size.value >= offThreadFrom) {
      try {
        const read = await readBundleOffThread(id, name);
        if (read) return read;
      } catch {
        // No worker could read it (blocked, failed to load, or stopped): the page reads it, below.
      }
    }
  }
  return rawFindBundle(id, name);
}
