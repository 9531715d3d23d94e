/**
 * The spreadsheet imports other than the pack, as jobs on a file's bytes: the sheets themselves
 * (column-mapped import), the licensed text of a standard, or a CAIQ workbook. One function runs a
 * job, in `table-read.worker.ts` or on the main thread when there is no worker, so both give the
 * same result: `readTable`'s refusal, or the parse with `readTable`'s issues first.
 */
import type { Restored } from '../domain/issues';
import type { RegisterLayout } from '../domain/registers/layout';
import { parseRegister, type ParsedRegister } from '../domain/registers/parse';
import { parseCaiq, type CaiqEntry } from './caiq';
import type { TextEncodingName } from './encoding';
import { parseLicensedText, type LicensedTextEntry } from './licensed-text';
import { readTable, type ReadTable } from './spreadsheet-read';

/** Plain data only: a job is structured-cloned into the worker. */
export type TableJob =
  /** The sheets as text rows; `fillMerged` puts a merged cell's text in every cell it covers (a register). */
  | { kind: 'table'; fillMerged?: boolean }
  | { kind: 'licensedText'; knownIds: string[]; prefixHint?: string }
  | { kind: 'caiq' }
  /** An official register: merged cells filled, read with the first of `layouts` that fits. */
  | { kind: 'register'; layouts: RegisterLayout[] };

export interface TableJobResults {
  table: ReadTable;
  licensedText: { entries: LicensedTextEntry[] };
  caiq: { entries: CaiqEntry[] };
  register: ParsedRegister;
}

export type TableJobResult<J extends TableJob> = Restored<TableJobResults[J['kind']]>;

function parse(job: TableJob, table: ReadTable): Restored<TableJobResults[TableJob['kind']]> {
  switch (job.kind) {
    case 'table':
      return { data: table, issues: [] };
    case 'licensedText':
      return parseLicensedText(table, new Set(job.knownIds), job.prefixHint);
    case 'caiq':
      return parseCaiq(table);
    case 'register':
      return parseRegister(table.sheets, job.layouts);
    default:
      throw new Error(`unknown table job ${String((job as { kind: unknown }).kind)}`);
  }
}

export function runTableJob<J extends TableJob>(
  bytes: Uint8Array,
  fileName: string,
  job: J,
  encoding?: TextEncodingName
): TableJobResult<J> {
  const table = readTable(bytes, fileName, {
    ...(encoding ? { encoding } : {}),
    ...(job.kind === 'register' || (job.kind === 'table' && job.fillMerged) ? { fillMerged: true } : {})
  });
  if (!table.data) return { data: null, issues: table.issues };
  const parsed = parse(job, table.data);
  return { data: parsed.data, issues: [...table.issues, ...parsed.issues] } as TableJobResult<J>;
}
