/**
 * A page's first read of a large procurement, off the page's main thread: the same read as
 * `rawFindBundle` (IndexedDB itself, no Dexie), sent back in parts (`db/bundle-transfer.ts`).
 * Read on the page, 270,000 records (30 vendors × 1,500 requirements × 5 evaluators) leave the
 * browser's own per-read bookkeeping to clear on the main thread afterwards: 0.2–0.4 s, in one or
 * two pieces that fall where they fall, often inside the task that draws the sheet. Read here, that
 * work stays in the worker. `bundle-read-client.ts` starts it.
 */
import type { ProcurementBundle } from '$lib/domain/model';
import { bundleParts, transferOf, type BundlePart } from '$lib/db/bundle-transfer';
import { rawFindBundle, type RawResult } from '$lib/db/raw-read';

export interface BundleReadRequest {
  id: string;
  /** The database to read (the app's own, or a test's). */
  name: string;
}

/** `head` and each `part` in order, then `done`: whether the read was possible, and found any. */
export type BundleReadMessage =
  | { type: 'head'; head: ProcurementBundle }
  | { type: 'part'; part: BundlePart }
  | { type: 'done'; outcome: 'found' | 'missing' | 'unreadable' }
  | { type: 'error'; message: string };

type Post = (message: BundleReadMessage, transfer?: Transferable[]) => void;

/**
 * Each table read as one result: here a long read holds up no page. Read in parts instead (as
 * `rawFindBundle` reads on the page above `READ_WHOLE_UP_TO` rows, every part asked for at once),
 * the page's longest task while opening 評価 at 30 × 1,500 × 5 was longer in a trial (median 374 ms
 * against 140 ms, 4 cold opens each), for a reason not found.
 */
function readWhole({ id, name }: BundleReadRequest): Promise<RawResult<ProcurementBundle | null>> {
  return rawFindBundle(id, name, Number.POSITIVE_INFINITY);
}

/** The worker's whole job, apart from the messaging (so it can be tested without a worker). */
export async function handleBundleRead(
  request: BundleReadRequest,
  post: Post,
  read: (request: BundleReadRequest) => Promise<RawResult<ProcurementBundle | null>> = readWhole
): Promise<void> {
  try {
    const result = await read(request);
    if (!result) return post({ type: 'done', outcome: 'unreadable' });
    if (!result.value) return post({ type: 'done', outcome: 'missing' });
    const { head, parts } = bundleParts(result.value);
    post({ type: 'head', head });
    for (const part of parts) post({ type: 'part', part }, transferOf(part));
    post({ type: 'done', outcome: 'found' });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

// In a dedicated worker (`self` without a document); imported elsewhere (a unit test), it stays idle.
if (typeof self !== 'undefined' && typeof document === 'undefined') {
  self.addEventListener('message', (event: MessageEvent<BundleReadRequest>) => {
    void handleBundleRead(event.data, (message, transfer) =>
      self.postMessage(message, { transfer: transfer ?? [] })
    );
  });
}
