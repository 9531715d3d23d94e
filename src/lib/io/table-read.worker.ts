/**
 * Runs a spreadsheet import (`runTableJob`: column-mapped sheets, licensed text, CAIQ) off the
 * main thread, so that a large file or a zip bomb does not freeze the page: the bytes arrive
 * transferred, progress goes back as messages, then the result. A table's rows go back in slices
 * (`rows` messages) before it: the page receives each message in one task, so a large sheet in
 * one message would hold it as long as the slices together do. Started by `table-read-client.ts`
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

/** Rows per `rows` message: a few milliseconds each for the page to receive. */
export const TABLE_ROWS_PER_MESSAGE = 2000;

export type TableReadMessage =
  | ({ type: 'progress' } & FileReadProgress)
  /** The next rows of sheet `sheet` (0-based), in order; the `done` result's sheets have none. */
  | { type: 'rows'; sheet: number; rows: string[][] }
  | { type: 'done'; result: TableJobResult<TableJob> }
  | { type: 'error'; message: string };

/** Posts a table's rows in slices; gives the result without them. */
function postRows(
  result: TableJobResult<TableJob>,
  post: (message: TableReadMessage) => void
): TableJobResult<TableJob> {
  if (!result.data || !('sheets' in result.data)) return result;
  const { sheets } = result.data;
  sheets.forEach(({ rows }, sheet) => {
    for (let from = 0; from < rows.length; from += TABLE_ROWS_PER_MESSAGE) {
      post({ type: 'rows', sheet, rows: rows.slice(from, from + TABLE_ROWS_PER_MESSAGE) });
    }
  });
  return { ...result, data: { ...result.data, sheets: sheets.map(({ name }) => ({ name, rows: [] })) } };
}

/** The worker's whole job, apart from the messaging (so it can be tested without a worker). */
export function handleTableRead(request: TableReadRequest, post: (message: TableReadMessage) => void): void {
  try {
    const { bytes, fileName, job, encoding } = request;
    post({ type: 'progress', phase: 'parsing', done: 0, total: 0 });
    const result = runTableJob(new Uint8Array(bytes), fileName, job, encoding);
    post({ type: 'done', result: postRows(result, post) });
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
