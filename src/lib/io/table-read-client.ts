/**
 * The column-mapped, licensed-text and CAIQ imports, read in `table-read.worker.ts` off the main
 * thread with progress (see `readFileOffThread`); the page stays responsive whatever the file.
 * Each gives `runTableJob`'s result: `readTable`'s refusal (too large, a zip bomb, not a
 * spreadsheet) or the parse. SheetJS and PapaParse are not imported here.
 */
import type { CaiqEntry } from './caiq';
import { readFileOffThread, type FileReadOptions } from './file-read-client';
import type { LicensedTextEntry } from './licensed-text';
import type { ReadTable } from './spreadsheet-read';
import type { TableJob, TableJobResult } from './table-read';
import type { TableReadMessage, TableReadRequest } from './table-read.worker';
import { runWorkerTask } from './worker-task';
import type { Restored } from '../domain/issues';
import type { RegisterLayout } from '../domain/registers/layout';
import type { ParsedRegister } from '../domain/registers/parse';

/** The worker's result with the rows it sent apart (`rows` messages) put back in their sheets. */
function withRows<R extends TableJobResult<TableJob>>(result: R, rows: string[][][]): R {
  if (!result.data || !('sheets' in result.data)) return result;
  const sheets = result.data.sheets.map(({ name }, i) => ({ name, rows: rows[i] ?? [] }));
  return { ...result, data: { ...result.data, sheets } };
}

function readJob<J extends TableJob>(
  file: File,
  job: J,
  options: FileReadOptions
): Promise<TableJobResult<J>> {
  const { encoding, signal, onProgress } = options;
  const rows: string[][][] = [];
  return readFileOffThread(
    file,
    {
      inWorker: (bytes) =>
        runWorkerTask<TableReadRequest, TableReadMessage, TableJobResult<J>>({
          start: () => new Worker(new URL('./table-read.worker.ts', import.meta.url), { type: 'module' }),
          request: { bytes, fileName: file.name, job, ...(encoding ? { encoding } : {}) },
          transfer: [bytes],
          result: (message) => withRows(message.result as TableJobResult<J>, rows),
          onMessage: (message) => {
            if (message.type === 'rows') (rows[message.sheet] ??= []).push(...message.rows);
            else onProgress?.({ phase: message.phase, done: message.done, total: message.total });
          },
          signal,
          name: 'the spreadsheet reader'
        }),
      onMainThread: async (bytes) => {
        const { runTableJob } = await import('./table-read');
        signal?.throwIfAborted();
        onProgress?.({ phase: 'parsing', done: 0, total: 0 });
        return runTableJob(new Uint8Array(bytes), file.name, job, encoding);
      }
    },
    options
  );
}

/** The file's sheets as text rows, for the column-mapped import. */
export function readTableOffThread(file: File, options: FileReadOptions = {}): Promise<Restored<ReadTable>> {
  return readJob(file, { kind: 'table' }, options);
}

/** A register's sheets as text rows, merged cells filled, for the column-mapped register import. */
export function readRegisterTableOffThread(
  file: File,
  options: FileReadOptions = {}
): Promise<Restored<ReadTable>> {
  return readJob(file, { kind: 'table', fillMerged: true }, options);
}

/** A standard's licensed text, matched to `knownIds` (bare ids tried with `prefixHint` first). */
export function readLicensedTextOffThread(
  file: File,
  knownIds: Iterable<string>,
  prefixHint: string | undefined,
  options: Omit<FileReadOptions, 'encoding'> = {}
): Promise<Restored<{ entries: LicensedTextEntry[] }>> {
  const job: TableJob = {
    kind: 'licensedText',
    knownIds: [...knownIds],
    ...(prefixHint ? { prefixHint } : {})
  };
  return readJob(file, job as Extract<TableJob, { kind: 'licensedText' }>, options);
}

/** A CAIQ v4 workbook's questions. */
export function readCaiqOffThread(
  file: File,
  options: Omit<FileReadOptions, 'encoding'> = {}
): Promise<Restored<{ entries: CaiqEntry[] }>> {
  return readJob(file, { kind: 'caiq' }, options);
}

/** An official register's entries, read with the first of `layouts` whose header it finds. */
export function readRegisterOffThread(
  file: File,
  layouts: RegisterLayout[],
  options: FileReadOptions = {}
): Promise<Restored<ParsedRegister>> {
  return readJob(file, { kind: 'register', layouts }, options);
}
