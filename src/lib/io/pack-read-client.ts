/**
 * Reads a filled questionnaire pack in `pack-read.worker.ts`, off the main thread, reporting
 * progress on the way; the page stays responsive however large the file. Without workers (Node,
 * unit tests) or when the worker cannot start (blocked, failed to load), the same `readPack` runs
 * on the main thread instead, with the same result. SheetJS and PapaParse are not imported here:
 * they load in the worker, or with `pack-import` on the fallback path only.
 */
import type { Issue, Restored } from '../domain/issues';
import type { TextEncodingName } from './encoding';
import type { PackExpectation, ParsedPack } from './pack-import';
import type { PackReadMessage, PackReadProgress, PackReadRequest } from './pack-read.worker';
import { runWorkerTask, WorkerStartError } from './worker-task';

export type { PackReadPhase, PackReadProgress } from './pack-read.worker';

/** `TABLE_MAX_BYTES` of spreadsheet-read (a test keeps them equal), without loading SheetJS here. */
export const PACK_READ_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadPackOffThreadOptions {
  /** Decode a CSV this way instead of guessing. */
  encoding?: TextEncodingName;
  /** Phase by phase: the file's bytes, the spreadsheet (amount unknown), then its rows. */
  onProgress?: (progress: PackReadProgress) => void;
  /** Aborting stops the worker and rejects with the signal's reason. */
  signal?: AbortSignal;
}

function tooLarge(): Issue {
  return {
    code: 'fileTooLarge',
    path: '',
    params: { limitMb: Math.round((PACK_READ_MAX_BYTES / 2 ** 20) * 10) / 10 }
  };
}

/** Only what the check needs, as plain objects: a reactive proxy cannot be cloned into a worker. */
function plainExpectation(expected: PackExpectation): PackReadRequest['expected'] {
  return {
    vendorId: expected.vendorId,
    requirements: expected.requirements.map(({ id, order, ref, domain, title, text, kind }) => ({
      id,
      order,
      ref,
      domain,
      title,
      text,
      kind
    }))
  };
}

async function readOnMainThread(
  bytes: ArrayBuffer,
  fileName: string,
  expected: PackExpectation,
  options: ReadPackOffThreadOptions
): Promise<Restored<ParsedPack>> {
  const { readPack } = await import('./pack-import');
  options.signal?.throwIfAborted();
  options.onProgress?.({ phase: 'parsing', done: 0, total: 0 });
  const { encoding } = options;
  return readPack(new Uint8Array(bytes), fileName, expected, encoding ? { encoding } : {});
}

function readInWorker(
  bytes: ArrayBuffer,
  fileName: string,
  expected: PackExpectation,
  options: ReadPackOffThreadOptions
): Promise<Restored<ParsedPack>> {
  const { signal, onProgress, encoding } = options;
  const request: PackReadRequest = {
    bytes,
    fileName,
    expected: plainExpectation(expected),
    ...(encoding ? { encoding } : {})
  };
  return runWorkerTask<PackReadRequest, PackReadMessage, Restored<ParsedPack>>({
    start: () => new Worker(new URL('./pack-read.worker.ts', import.meta.url), { type: 'module' }),
    request,
    transfer: [bytes],
    result: (message) => message.result,
    onMessage: ({ phase, done, total }) => onProgress?.({ phase, done, total }),
    signal,
    name: 'the pack reader'
  });
}

/**
 * `readPack` for a picked file, in a worker: a file over the size limit is refused before it is
 * read; otherwise the result is `readPack`'s (answers and issues, or no data and the reason).
 * Rejects only on an unexpected failure (the reader crashed) or when `signal` aborts.
 */
export async function readPackOffThread(
  file: File,
  expected: PackExpectation,
  options: ReadPackOffThreadOptions = {}
): Promise<Restored<ParsedPack>> {
  if (file.size > PACK_READ_MAX_BYTES) return { data: null, issues: [tooLarge()] };
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  onProgress?.({ phase: 'reading', done: 0, total: file.size });
  const bytes = await file.arrayBuffer();
  signal?.throwIfAborted();
  onProgress?.({ phase: 'reading', done: bytes.byteLength, total: bytes.byteLength });
  if (typeof Worker === 'undefined') return readOnMainThread(bytes, file.name, expected, options);
  try {
    return await readInWorker(bytes, file.name, expected, options);
  } catch (error) {
    if (!(error instanceof WorkerStartError)) throw error;
    // The bytes may have been handed to the worker that failed: read the file again.
    return readOnMainThread(await file.arrayBuffer(), file.name, expected, options);
  }
}
