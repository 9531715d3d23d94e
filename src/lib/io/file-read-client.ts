/**
 * How every import reads a picked file off the main thread: a file over the size limit is refused
 * before it is read; its bytes are read (progress `reading`) and handed to a worker; without
 * workers (Node, unit tests) or when the worker cannot start (blocked, failed to load), the same
 * work runs on the main thread instead, with the same result. Neither SheetJS nor PapaParse is
 * imported here: they load in the worker, or on the fallback path only.
 */
import type { Issue, Restored } from '../domain/issues';
import type { TextEncodingName } from './encoding';
import { WorkerStartError } from './worker-task';

/** `TABLE_MAX_BYTES` of spreadsheet-read (a test keeps them equal), without loading SheetJS here. */
export const TABLE_READ_MAX_BYTES = 20 * 1024 * 1024;

/** `reading`: the file's bytes; `parsing`: the spreadsheet itself; `checking`: its rows. */
export type FileReadPhase = 'reading' | 'parsing' | 'checking';

export interface FileReadProgress {
  phase: FileReadPhase;
  /** Bytes read or rows checked; with `total` 0 the amount is unknown (one library call). */
  done: number;
  total: number;
}

export interface FileReadOptions {
  /** Decode a CSV this way instead of guessing. */
  encoding?: TextEncodingName;
  /** Phase by phase: the file's bytes, the spreadsheet (amount unknown), then its rows. */
  onProgress?: (progress: FileReadProgress) => void;
  /** Aborting stops the worker and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** The two ways to do one import's work on the file's bytes. */
export interface FileReadWork<T> {
  /** Resolves with the worker's result; rejects with `WorkerStartError` when it did not start. */
  inWorker: (bytes: ArrayBuffer) => Promise<Restored<T>>;
  onMainThread: (bytes: ArrayBuffer) => Promise<Restored<T>>;
}

export function fileTooLarge(maxBytes: number): Issue {
  return { code: 'fileTooLarge', path: '', params: { limitMb: Math.round((maxBytes / 2 ** 20) * 10) / 10 } };
}

/**
 * `work` for a picked file, in a worker when there is one. Rejects only on an unexpected failure
 * (the worker crashed) or when `signal` aborts.
 */
export async function readFileOffThread<T>(
  file: File,
  work: FileReadWork<T>,
  options: Pick<FileReadOptions, 'onProgress' | 'signal'> & { maxBytes?: number } = {}
): Promise<Restored<T>> {
  const { signal, onProgress, maxBytes = TABLE_READ_MAX_BYTES } = options;
  if (file.size > maxBytes) return { data: null, issues: [fileTooLarge(maxBytes)] };
  signal?.throwIfAborted();
  onProgress?.({ phase: 'reading', done: 0, total: file.size });
  const bytes = await file.arrayBuffer();
  signal?.throwIfAborted();
  onProgress?.({ phase: 'reading', done: bytes.byteLength, total: bytes.byteLength });
  if (typeof Worker === 'undefined') return work.onMainThread(bytes);
  try {
    return await work.inWorker(bytes);
  } catch (error) {
    if (!(error instanceof WorkerStartError)) throw error;
    // The bytes may have been handed to the worker that failed: read the file again.
    return work.onMainThread(await file.arrayBuffer());
  }
}
