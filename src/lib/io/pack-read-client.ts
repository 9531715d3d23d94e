/**
 * Reads a filled questionnaire pack in `pack-read.worker.ts`, off the main thread, reporting
 * progress on the way; the page stays responsive however large the file. Without workers (Node,
 * unit tests) or when the worker cannot start (blocked, failed to load), the same `readPack` runs
 * on the main thread instead, with the same result. SheetJS and PapaParse are not imported here:
 * they load in the worker, or with `pack-import` on the fallback path only.
 */
import type { Restored } from '../domain/issues';
import type { PackExpectation, ParsedPack } from './pack-import';
import type { PackReadMessage, PackReadRequest } from './pack-read.worker';
import { readFileOffThread, TABLE_READ_MAX_BYTES, type FileReadOptions } from './file-read-client';
import { runWorkerTask } from './worker-task';

export type { PackReadPhase, PackReadProgress } from './pack-read.worker';

/** The size limit every spreadsheet import shares. */
export const PACK_READ_MAX_BYTES = TABLE_READ_MAX_BYTES;

export type ReadPackOffThreadOptions = FileReadOptions;

/** Only what the check needs, as plain objects: a reactive proxy cannot be cloned into a worker. */
function plainExpectation(expected: PackExpectation): PackReadRequest['expected'] {
  return {
    vendorId: expected.vendorId,
    ...(expected.dateOrder ? { dateOrder: expected.dateOrder } : {}),
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
export function readPackOffThread(
  file: File,
  expected: PackExpectation,
  options: ReadPackOffThreadOptions = {}
): Promise<Restored<ParsedPack>> {
  return readFileOffThread(
    file,
    {
      inWorker: (bytes) => readInWorker(bytes, file.name, expected, options),
      onMainThread: (bytes) => readOnMainThread(bytes, file.name, expected, options)
    },
    options
  );
}
