/**
 * Importing text the buyer is licensed to use: a standard's control text (CSV/XLSX of id, text)
 * attached to catalogue entries, or a CAIQ v4 workbook read into a catalogue of its own. Both are
 * stored on this machine only. The file is read off the main thread with progress, and can be
 * cancelled; problems come back as coded issues.
 */
import { saveImportedCatalogue, saveLicensedTexts } from '$lib/db';
import type { Catalogue } from '$lib/domain/catalogue';
import type { Issue, Restored } from '$lib/domain/issues';
import { catalogueFromCaiq } from '$lib/domain/spec';
import type { FileReadOptions } from '$lib/io/file-read-client';
import type { FileReadProgress } from './file-read';
import { attempt } from './errors';
import { currentTime } from './context';
import { notices } from './notices.svelte';

export type ImportOutcome =
  | { kind: 'idle' }
  | { kind: 'reading'; progress: FileReadProgress | null }
  | { kind: 'done'; count: number; issues: Issue[] }
  | { kind: 'refused'; issues: Issue[] };

type Which = 'text' | 'caiq';
type Client = typeof import('$lib/io/table-read-client');

export class LicensedImportState {
  text = $state.raw<ImportOutcome>({ kind: 'idle' });
  caiq = $state.raw<ImportOutcome>({ kind: 'idle' });
  #reading: Record<Which, AbortController | null> = { text: null, caiq: null };

  /** Attaches the file's texts to the entries of `catalogue` (ids may be given bare, e.g. `9.4.1`). */
  async importText(file: File, catalogue: Catalogue, knownIds: ReadonlySet<string>): Promise<boolean> {
    const read = await this.#read('text', file, (client, options) =>
      client.readLicensedTextOffThread(file, knownIds, catalogue.prefix, options)
    );
    if (!read) return false;
    const entries = read.data?.entries ?? [];
    if (!entries.length) {
      this.text = { kind: 'refused', issues: read.issues };
      return false;
    }
    const ok = await attempt(() => saveLicensedTexts(entries, file.name, currentTime().toISOString()));
    this.text = ok ? { kind: 'done', count: entries.length, issues: read.issues } : { kind: 'idle' };
    return ok;
  }

  async importCaiq(file: File): Promise<boolean> {
    const read = await this.#read('caiq', file, (client, options) => client.readCaiqOffThread(file, options));
    if (!read) return false;
    if (!read.data?.entries.length) {
      this.caiq = { kind: 'refused', issues: read.issues };
      return false;
    }
    const catalogue = catalogueFromCaiq(read.data.entries);
    const ok = await attempt(() => saveImportedCatalogue(catalogue, file.name, currentTime().toISOString()));
    this.caiq = ok
      ? { kind: 'done', count: catalogue.entries.length, issues: read.issues }
      : { kind: 'idle' };
    return ok;
  }

  /** Stops reading the file: nothing is stored. */
  cancel(which: Which): void {
    const reading = this.#reading[which];
    if (!reading) return;
    reading.abort();
    this.#reading[which] = null;
    this[which] = { kind: 'idle' };
  }

  /** The file read off the main thread; null when cancelled (or replaced) or when the reader failed. */
  async #read<T>(
    which: Which,
    file: File,
    read: (client: Client, options: FileReadOptions) => Promise<Restored<T>>
  ): Promise<Restored<T> | null> {
    this.#reading[which]?.abort();
    const reading = new AbortController();
    this.#reading[which] = reading;
    this[which] = { kind: 'reading', progress: null };
    try {
      const client = await import('$lib/io/table-read-client');
      reading.signal.throwIfAborted();
      return await read(client, {
        signal: reading.signal,
        onProgress: (progress) => {
          if (!reading.signal.aborted) this[which] = { kind: 'reading', progress };
        }
      });
    } catch (error) {
      if (reading.signal.aborted) return null;
      this[which] = { kind: 'idle' };
      const detail = error instanceof Error ? error.message : String(error);
      notices.error({ key: 'fileRead.failed', params: { name: file.name, detail } });
      return null;
    } finally {
      if (this.#reading[which] === reading) this.#reading[which] = null;
    }
  }
}
