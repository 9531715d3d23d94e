/**
 * Reads a filled questionnaire pack off the main thread, so that a large file does not freeze the
 * page: the bytes arrive transferred, `readTable` (SheetJS or PapaParse) reads them, `parsePack`
 * checks the rows, and progress goes back as messages. `pack-read-client.ts` starts it as a Vite
 * module worker served from the app's own origin, which the CSP's `worker-src 'self'` allows
 * (PapaParse's own `worker: true` builds a blob: URL, which it does not).
 */
import type { Restored } from '../domain/issues';
import type { TextEncodingName } from './encoding';
import type { FileReadPhase, FileReadProgress } from './file-read-client';
import { parsePack, type PackExpectation, type ParsedPack } from './pack-import';
import { readTable } from './spreadsheet-read';

export type PackReadPhase = FileReadPhase;
export type PackReadProgress = FileReadProgress;

export interface PackReadRequest {
  /** Transferred, not copied. */
  bytes: ArrayBuffer;
  fileName: string;
  /** Plain objects only: they are structured-cloned into the worker. */
  expected: PackExpectation;
  encoding?: TextEncodingName;
}

export type PackReadMessage =
  | ({ type: 'progress' } & PackReadProgress)
  | { type: 'done'; result: Restored<ParsedPack> }
  | { type: 'error'; message: string };

/** The worker's whole job, apart from the messaging (so it can be tested without a worker). */
export function handlePackRead(request: PackReadRequest, post: (message: PackReadMessage) => void): void {
  try {
    const { bytes, fileName, expected, encoding } = request;
    post({ type: 'progress', phase: 'parsing', done: 0, total: 0 });
    const table = readTable(new Uint8Array(bytes), fileName, encoding ? { encoding } : {});
    if (!table.data) {
      post({ type: 'done', result: { data: null, issues: table.issues } });
      return;
    }
    const parsed = parsePack(table.data, expected, (done, total) =>
      post({ type: 'progress', phase: 'checking', done, total })
    );
    post({ type: 'done', result: { data: parsed.data, issues: [...table.issues, ...parsed.issues] } });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

// In a dedicated worker (`self` without a document); imported elsewhere (a unit test), it stays idle.
if (typeof self !== 'undefined' && typeof document === 'undefined') {
  self.addEventListener('message', (event: MessageEvent<PackReadRequest>) => {
    handlePackRead(event.data, (message) => self.postMessage(message));
  });
}
