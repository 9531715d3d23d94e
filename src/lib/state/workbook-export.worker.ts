/**
 * The scoring workbook's worker (`io/workbook-export.ts` does the work). The page's bundle is what
 * is stored, so the page sends its id and stamp, not the bundle: structured-cloning a large
 * procurement into the worker held the page's main thread for seconds. The worker reads the bundle
 * itself, straight from IndexedDB as a page's first read does (`db/raw-read.ts`, no Dexie), and
 * asks for the page's (`needBundle`) when that read declines (no IndexedDB here, another schema
 * version) or what is stored is no longer what the page has (the stamps differ). It sits in state,
 * beside its client, because it reads storage, which io (the workbook's layer) may not import.
 */
import { bundleStamp } from '$lib/domain/bundle-stamp';
import type { ProcurementBundle } from '$lib/domain/model';
import { DB_NAME } from '$lib/db/keys';
import { rawFindBundleWithoutFiles } from '$lib/db/raw-read';
import {
  handleWorkbookExport,
  type WorkbookExportMessage,
  type WorkbookExportRequest
} from '$lib/io/workbook-export';

/** The stored bundle the page has: which procurement, and its `bundleStamp`. */
export interface StoredBundle {
  procurementId: string;
  stamp: string;
}

/** The request with its bundle, or with what lets the worker read the bundle itself. */
export type WorkbookJob =
  WorkbookExportRequest | (Omit<WorkbookExportRequest, 'bundle'> & { stored: StoredBundle });

export type WorkbookJobMessage = WorkbookExportMessage | { type: 'needBundle' };

/** The job's bundle: its own, or the stored one when it is still the page's; null when neither. */
async function bundleOf(job: WorkbookJob, database: string): Promise<ProcurementBundle | null> {
  if (!('stored' in job)) return job.bundle;
  const read = await rawFindBundleWithoutFiles(job.stored.procurementId, database);
  const bundle = read?.value;
  return bundle && bundleStamp(bundle) === job.stored.stamp ? bundle : null;
}

/**
 * The worker's whole job, apart from the messaging: the bytes, or null when it failed (an `error`
 * posted) or needs the bundle posted (`needBundle`; the page then posts the job with its bundle).
 * `database` is the app's own, but for tests.
 */
export async function handleWorkbookJob(
  job: WorkbookJob,
  post: (message: WorkbookJobMessage) => void,
  database = DB_NAME
): Promise<Uint8Array | null> {
  let bundle: ProcurementBundle | null;
  try {
    bundle = await bundleOf(job, database);
  } catch {
    bundle = null;
  }
  if (!bundle) {
    post({ type: 'needBundle' });
    return null;
  }
  const { attestationTypes, today, exportedAt, locale, dateStyle } = job;
  return handleWorkbookExport({ bundle, attestationTypes, today, exportedAt, locale, dateStyle }, post);
}

// In a dedicated worker (`self` without a document); imported elsewhere (tests), it stays idle.
if (typeof self !== 'undefined' && typeof document === 'undefined') {
  self.addEventListener('message', (event: MessageEvent<WorkbookJob>) => {
    void handleWorkbookJob(event.data, (message) => {
      if (message.type === 'done') self.postMessage(message, { transfer: [message.bytes.buffer] });
      else self.postMessage(message);
    });
  });
}
