/**
 * Builds the scoring workbook in `workbook-export.worker.ts`, off the main thread, reporting
 * progress on the way. A bundle that is as stored is read by the worker itself, so that the page
 * does not spend seconds cloning it into the worker; it is posted when the worker asks for it.
 * Without workers (Node, unit tests) or when the worker cannot start (blocked, failed to load),
 * the same `handleWorkbookExport` runs on the main thread instead, with the same bytes. ExcelJS is
 * not imported here: it loads in the worker, or on the fallback path only.
 */
import { bundleStamp } from '$lib/domain/bundle-stamp';
import type { WorkbookExportProgress, WorkbookExportRequest } from '$lib/io/workbook-export';
import { runWorkerTask, WorkerStartError } from '$lib/io/worker-task';
import type { WorkbookJob, WorkbookJobMessage } from './workbook-export.worker';

export type {
  WorkbookExportPhase,
  WorkbookExportProgress,
  WorkbookExportRequest
} from '$lib/io/workbook-export';

export interface WorkbookExportOptions {
  onProgress?: (progress: WorkbookExportProgress) => void;
  /** Aborting stops the worker and rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * The request as plain data, posted instead when `request` cannot be cloned into the worker (it
   * holds a reactive proxy). Without it the request is posted as given.
   */
  plainRequest?: () => WorkbookExportRequest;
  /**
   * The request's bundle is as stored (the workspace's, loaded from storage after every change):
   * the worker may read it from storage itself. It checks the stamp, so a bundle that differs is
   * posted after all.
   */
  stored?: boolean;
}

function relay(message: WorkbookJobMessage, options: WorkbookExportOptions): void {
  if (message.type === 'progress') {
    const { phase, done, total } = message;
    options.onProgress?.({ phase, done, total });
  }
}

async function buildOnMainThread(
  request: WorkbookExportRequest,
  options: WorkbookExportOptions
): Promise<Uint8Array> {
  const { handleWorkbookExport } = await import('$lib/io/workbook-export');
  options.signal?.throwIfAborted();
  let failure: string | null = null;
  const bytes = await handleWorkbookExport(request, (message) => {
    if (message.type === 'error') failure = message.message;
    else relay(message, options);
  });
  if (!bytes) throw new Error(failure ?? 'the workbook could not be built');
  return bytes;
}

/** The request without its bundle: what the worker needs to read the bundle itself. */
function storedJob({ bundle, ...rest }: WorkbookExportRequest): WorkbookJob {
  return { ...rest, stored: { procurementId: bundle.procurement.id, stamp: bundleStamp(bundle) } };
}

function buildInWorker(request: WorkbookExportRequest, options: WorkbookExportOptions): Promise<Uint8Array> {
  return runWorkerTask<WorkbookJob, WorkbookJobMessage, Uint8Array>({
    start: () => new Worker(new URL('./workbook-export.worker.ts', import.meta.url), { type: 'module' }),
    ...(options.stored ? { request: storedJob(request) } : { request, plainRequest: options.plainRequest }),
    result: (message) => message.bytes,
    onMessage: (message, reply) => {
      if (message.type === 'needBundle') reply(request, options.plainRequest);
      else relay(message, options);
    },
    // Until the sheets are being built (ExcelJS loaded in the worker), a failure may be the
    // worker's environment rather than the data: the main thread then tries the same work.
    begins: (message) => message.type === 'progress' && message.phase === 'building',
    signal: options.signal,
    name: 'the workbook builder'
  });
}

/** The scoring workbook's bytes, built in a worker where one can start. */
export async function buildWorkbookOffThread(
  request: WorkbookExportRequest,
  options: WorkbookExportOptions = {}
): Promise<Uint8Array> {
  options.signal?.throwIfAborted();
  if (typeof Worker === 'undefined') return buildOnMainThread(request, options);
  try {
    return await buildInWorker(request, options);
  } catch (error) {
    if (!(error instanceof WorkerStartError)) throw error;
    return buildOnMainThread(request, options);
  }
}
