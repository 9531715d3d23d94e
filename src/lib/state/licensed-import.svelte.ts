/**
 * Importing text the buyer is licensed to use: a standard's control text (CSV/XLSX of id, text)
 * attached to catalogue entries, or a CAIQ v4 workbook read into a catalogue of its own. Both are
 * stored on this machine only. Parsers load on demand; problems come back as coded issues.
 */
import { saveImportedCatalogue, saveLicensedTexts } from '$lib/db';
import type { Catalogue } from '$lib/domain/catalogue';
import type { Issue } from '$lib/domain/issues';
import { catalogueFromCaiq } from '$lib/domain/spec';
import { attempt } from './errors';
import { currentTime } from './context';

export type ImportOutcome =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'done'; count: number; issues: Issue[] }
  | { kind: 'refused'; issues: Issue[] };

async function table(file: File) {
  const io = await import('$lib/io/spreadsheet-read');
  if (file.size > io.TABLE_MAX_BYTES) {
    return {
      data: null,
      issues: [
        { code: 'fileTooLarge', path: '', params: { limitMb: io.TABLE_MAX_BYTES / 1024 / 1024 } }
      ] as Issue[]
    };
  }
  return io.readTable(new Uint8Array(await file.arrayBuffer()), file.name);
}

export class LicensedImportState {
  text = $state.raw<ImportOutcome>({ kind: 'idle' });
  caiq = $state.raw<ImportOutcome>({ kind: 'idle' });

  /** Attaches the file's texts to the entries of `catalogue` (ids may be given bare, e.g. `9.4.1`). */
  async importText(file: File, catalogue: Catalogue, knownIds: ReadonlySet<string>): Promise<boolean> {
    this.text = { kind: 'reading' };
    const read = await table(file);
    if (!read.data) {
      this.text = { kind: 'refused', issues: read.issues };
      return false;
    }
    const { parseLicensedText } = await import('$lib/io/licensed-text');
    const parsed = parseLicensedText(read.data, knownIds, catalogue.prefix);
    const issues = [...read.issues, ...parsed.issues];
    const entries = parsed.data?.entries ?? [];
    if (!entries.length) {
      this.text = { kind: 'refused', issues };
      return false;
    }
    const ok = await attempt(() => saveLicensedTexts(entries, file.name, currentTime().toISOString()));
    this.text = ok ? { kind: 'done', count: entries.length, issues } : { kind: 'idle' };
    return ok;
  }

  async importCaiq(file: File): Promise<boolean> {
    this.caiq = { kind: 'reading' };
    const read = await table(file);
    if (!read.data) {
      this.caiq = { kind: 'refused', issues: read.issues };
      return false;
    }
    const { parseCaiq } = await import('$lib/io/caiq');
    const parsed = parseCaiq(read.data);
    const issues = [...read.issues, ...parsed.issues];
    if (!parsed.data?.entries.length) {
      this.caiq = { kind: 'refused', issues };
      return false;
    }
    const catalogue = catalogueFromCaiq(parsed.data.entries);
    const ok = await attempt(() => saveImportedCatalogue(catalogue, file.name, currentTime().toISOString()));
    this.caiq = ok ? { kind: 'done', count: catalogue.entries.length, issues } : { kind: 'idle' };
    return ok;
  }
}
