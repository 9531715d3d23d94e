/**
 * The procurement list page's state: the list itself, create / rename / duplicate / delete,
 * the demo procurement, and backup export and import (preview first, then apply in one go).
 */
import {
  createProcurement,
  deleteProcurement,
  listProcurements,
  saveBundles,
  updateProcurement,
  type ExportScope,
  type ImportPreview,
  type ProcurementSummary
} from '$lib/db';
import type { Issue } from '$lib/domain/issues';
import { BACKUP_MAX_BYTES, BACKUP_MAX_MB } from '$lib/domain/limits';
import type { BuyerKind, DocumentLanguage, ProcurementBundle } from '$lib/domain/model';
import { sha256Text } from '$lib/domain/sha256';
import { downloadFile, safeFileName } from '$lib/io/download';
import { currentTime, writeContext } from './context';
import { attempt, storageMessage } from './errors';
import { notices } from './notices.svelte';
import { prefs } from './preferences.svelte';

const FIRST_RUN_KEY = 'sentei.firstRun';

export type { ProcurementSummary };

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'refused'; issues: Issue[] }
  | { kind: 'preview'; preview: Extract<ImportPreview, { ok: true }> };

function stamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}

export class ProcurementListState {
  #items = $state.raw<ProcurementSummary[]>([]);
  #loaded = $state(false);
  #busy = $state(false);
  #import = $state.raw<ImportState>({ kind: 'idle' });

  get items(): readonly ProcurementSummary[] {
    return this.#items;
  }
  get loaded(): boolean {
    return this.#loaded;
  }
  get busy(): boolean {
    return this.#busy;
  }
  get importState(): ImportState {
    return this.#import;
  }

  async load(): Promise<void> {
    try {
      this.#items = await listProcurements();
    } catch (e) {
      notices.error(storageMessage(e));
    }
    this.#loaded = true;
  }

  /** On the very first visit to an empty database, load the demo so a new user sees a full example. */
  async loadDemoOnFirstRun(): Promise<void> {
    let firstRun = false;
    try {
      firstRun = localStorage.getItem(FIRST_RUN_KEY) !== 'done';
      localStorage.setItem(FIRST_RUN_KEY, 'done');
    } catch {
      firstRun = false;
    }
    if (firstRun && this.#items.length === 0) await this.loadDemo();
  }

  async loadDemo(): Promise<void> {
    // Loaded on demand: the demo and the backup code stay out of the first page's JavaScript.
    const { buildDemoBundle } = await import('$lib/domain/demo');
    const bundle = buildDemoBundle({
      newId: () => crypto.randomUUID(),
      now: currentTime().toISOString(),
      hash: sha256Text
    });
    if (await this.#run(() => saveBundles([bundle]))) notices.info({ key: 'demo.loaded' });
  }

  async create(
    title: string,
    buyerKind: BuyerKind = 'government',
    documentLanguage: DocumentLanguage = 'ja'
  ): Promise<string | null> {
    let id: string | null = null;
    await this.#run(async () => {
      id = (await createProcurement(writeContext(), title.trim(), buyerKind, documentLanguage)).id;
    });
    return id;
  }

  async rename(id: string, title: string): Promise<void> {
    await this.#run(() => updateProcurement(writeContext(), id, { title: title.trim() }));
  }

  async duplicate(id: string, title: string): Promise<void> {
    const copyTitle = `${title}${prefs.t('list.copySuffix')}`;
    // Loaded when asked for: the first page stays light (most visits never duplicate).
    const copy = async () =>
      (await import('$lib/db/duplicate')).duplicateProcurement(writeContext(), id, copyTitle);
    if (await this.#run(copy)) {
      notices.info({ key: 'list.duplicated', params: { title: copyTitle } });
    }
  }

  async remove(id: string, title: string): Promise<void> {
    if (await this.#run(() => deleteProcurement(id)))
      notices.info({ key: 'list.deleted', params: { title } });
  }

  async exportOne(id: string, title: string): Promise<void> {
    await this.#export({ kind: 'procurement', id }, `sentei-${safeFileName(title)}`);
  }

  async exportAll(): Promise<void> {
    await this.#export({ kind: 'all' }, 'sentei-all');
  }

  async readFile(file: File): Promise<void> {
    if (file.size > BACKUP_MAX_BYTES) {
      // Refused before reading: a huge file should not be loaded into memory at all.
      this.#import = {
        kind: 'refused',
        issues: [{ code: 'fileTooLarge', path: '', params: { limitMb: BACKUP_MAX_MB } }]
      };
      return;
    }
    this.#import = { kind: 'reading' };
    try {
      const { readBackup } = await import('$lib/db/backup');
      const preview = await readBackup(await file.text(), file.size);
      this.#import = preview.ok ? { kind: 'preview', preview } : { kind: 'refused', issues: preview.issues };
    } catch (e) {
      this.#import = { kind: 'idle' };
      notices.error(storageMessage(e));
    }
  }

  async applyImport(): Promise<void> {
    if (this.#import.kind !== 'preview') return;
    const preview = this.#import.preview;
    const bundles: ProcurementBundle[] = preview.bundles;
    const apply = async () => (await import('$lib/db/backup')).applyPreview(preview);
    if (await this.#run(apply)) {
      notices.info({ key: 'backup.applied', params: { count: bundles.length } });
      this.#import = { kind: 'idle' };
    }
  }

  cancelImport(): void {
    if (this.#import.kind === 'preview') notices.info({ key: 'backup.cancelled' });
    this.#import = { kind: 'idle' };
  }

  async #export(scope: ExportScope, baseName: string): Promise<void> {
    const now = currentTime();
    await this.#run(async () => {
      const { exportBackup } = await import('$lib/db/backup');
      const text = await exportBackup(scope, { appVersion: __APP_VERSION__, exportedAt: now.toISOString() });
      const name = `${baseName}-${stamp(now)}.json`;
      downloadFile(name, text, 'application/json');
      notices.info({ key: 'backup.exported', params: { name } });
    }, false);
  }

  /** Runs a storage action, reports a failure in the user's language, then refreshes the list. */
  async #run(action: () => Promise<unknown>, reload = true): Promise<boolean> {
    this.#busy = true;
    const ok = await attempt(action);
    if (reload) await this.load();
    this.#busy = false;
    return ok;
  }
}
