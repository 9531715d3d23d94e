/**
 * Runs a spreadsheet import (`runTableJob`: column-mapped sheets, licensed text, CAIQ) off the
 * main thread, so that a large file or a zip bomb does not freeze the page: the bytes arrive
 * transferred, progress goes back as messages, then the result. Started by `table-read-client.ts`
 * as a Vite module worker from the app's own origin, which the CSP's `worker-src 'self'` allows.
 */
import type { TextEncodingName } from './encoding';
import type { FileReadProgress } from './file-read-client';
import { runTableJob, type TableJob, type TableJobResult } from './table-read';

export interface TableReadRequest {
  /** Transferred, not copied. */
  bytes: ArrayBuffer;
  fileName: string;
  job: TableJob;
  encoding?: TextEncodingName;
}

export type TableReadMessage =
  | ({ type: 'progress' } & FileReadProgress)
  | { type: 'done'; result: TableJobResult<TableJob> }
  | { type: 'error'; message: string };

/** The worker's whole job, apart from the messaging (so it can be tested without a worker). */
export function handleTableRead(request: TableReadRequest, post: (message: TableReadMessage) => void): void {
  try {
    const { bytes, fileName, job, encoding } = request;
    post({ type: 'progress', phase: 'parsing', done: 0, total: 0 });
    post({ type: 'done', result: runTableJob(new Uint8Array(bytes), fileName, job, encoding) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

// In a dedicated worker (`self` without a document); imported elsewhere (a unit test), it stays idle.
if (typeof self !== 'undefined' && typeof document === 'undefined') {
  self.addEventListener('message', (event: MessageEvent<TableReadRequest>) => {
    handleTableRead(event.data, (message) => self.postMessage(message));
  });
}
