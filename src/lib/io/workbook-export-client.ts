/**
 * Builds the scoring workbook in `workbook-export.worker.ts`, off the main thread, reporting
 * progress on the way. Without workers (Node, unit tests) or when the worker cannot start (blocked,
 * failed to load), the same `handleWorkbookExport` runs on the main thread instead, with the same
 * bytes. ExcelJS is not imported here: it loads in the worker, or on the fallback path only.
 */
import type {
  WorkbookExportMessage,
  WorkbookExportProgress,
  WorkbookExportRequest
} from './workbook-export.worker';

export type {
  WorkbookExportPhase,
  WorkbookExportProgress,
  WorkbookExportRequest
} from './workbook-export.worker';

export interface WorkbookExportOptions {
  onProgress?: (progress: WorkbookExportProgress) => void;
  /** Aborting stops the worker and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** The worker did not get as far as building: the main thread may build instead. */
class WorkerStartError extends Error {}

function relay(message: WorkbookExportMessage, options: WorkbookExportOptions): void {
  if (message.type === 'progress') {
    const { phase, done, total } = message;
    options.onProgress?.({ phase, done, total });
  }
}

async function buildOnMainThread(
  request: WorkbookExportRequest,
  options: WorkbookExportOptions
): Promise<Uint8Array> {
  const { handleWorkbookExport } = await import('./workbook-export.worker');
  options.signal?.throwIfAborted();
  let failure: string | null = null;
  const bytes = await handleWorkbookExport(request, (message) => {
    if (message.type === 'error') failure = message.message;
    else relay(message, options);
  });
  if (!bytes) throw new Error(failure ?? 'the workbook could not be built');
  return bytes;
}

function buildInWorker(request: WorkbookExportRequest, options: WorkbookExportOptions): Promise<Uint8Array> {
  const { signal } = options;
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./workbook-export.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(new WorkerStartError(String(error)));
      return;
    }
    // Until the sheets are being built (ExcelJS loaded in the worker), a failure may be the
    // worker's environment rather than the data: the main thread then tries the same work.
    let building = false;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(signal?.reason);
    };
    worker.addEventListener('message', (event: MessageEvent<WorkbookExportMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        if (message.phase === 'building') building = true;
        relay(message, options);
      } else if (message.type === 'done') {
        finish();
        resolve(message.bytes);
      } else {
        finish();
        reject(building ? new Error(message.message) : new WorkerStartError(message.message));
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      const detail = event.message || 'the workbook builder stopped';
      reject(building ? new Error(detail) : new WorkerStartError(detail));
    });
    worker.addEventListener('messageerror', () => {
      finish();
      reject(new Error('the workbook builder sent an unreadable message'));
    });
    signal?.addEventListener('abort', abort, { once: true });
    try {
      worker.postMessage(request);
    } catch (error) {
      finish();
      reject(new WorkerStartError(String(error)));
    }
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
