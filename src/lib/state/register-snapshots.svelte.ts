/**
 * The register snapshots on this machine (settings page): the layouts shipped in
 * `questionnaires/registers/` (loaded on demand) and the snapshots the buyer imported (app-level,
 * shared by every procurement). Kept apart from the vendor page's check so the settings page loads
 * neither the audited repositories nor the matcher.
 */
import { listRegisterSnapshots, removeRegisterSnapshot, saveRegisterSnapshot } from '$lib/db/registers';
import type { RegisterSnapshot } from '$lib/domain/model';
import type { RegisterLayout } from '$lib/domain/registers/layout';
import type { Issue } from '$lib/domain/issues';
import type { RegisterRole } from '$lib/domain/registers/layout';
import {
  guessRegisterColumns,
  parseMappedRegister,
  type ParsedRegister,
  type RegisterColumnMapping,
  type RegisterSheet
} from '$lib/domain/registers/parse';
import { headerRowGuess } from '$lib/io/mapped-import';
import { readRegisterOffThread, readRegisterTableOffThread } from '$lib/io/table-read-client';
import { currentTime } from './context';
import { attempt } from './errors';
import { notices } from './notices.svelte';
import { prefs } from './preferences.svelte';
import type { RecheckReport } from './register-recheck';

const layoutFiles = import.meta.glob<RegisterLayout>('../../../questionnaires/registers/*.json', {
  import: 'default'
});

export async function loadRegisterLayouts(): Promise<RegisterLayout[]> {
  const files = await Promise.all(Object.values(layoutFiles).map((load) => load()));
  return files.sort((a, b) => a.id.localeCompare(b.id));
}

/** SHA-256 of a file's bytes, lower-case hex (Web Crypto, as the backup's evidence check). */
async function fileSha256(file: File): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The column-mapped import of a list no layout recognised (0-based sheet, row and columns). */
export interface RegisterMappingDraft {
  fileName: string;
  sha256: string;
  sheets: RegisterSheet[];
  sheetIndex: number;
  headerRow: number;
  registerId: string;
  columns: RegisterColumnMapping;
}

export class RegisterSnapshotsState {
  snapshots = $state.raw<RegisterSnapshot[]>([]);
  layouts = $state.raw<RegisterLayout[]>([]);
  busy = $state(false);
  /** A list no layout recognised, waiting for the buyer to map its columns. */
  mapping = $state.raw<RegisterMappingDraft | null>(null);
  /** What the last imported snapshot changed when it re-checked earlier checks (none shown when it re-checked nothing). */
  recheck = $state.raw<{ snapshot: RegisterSnapshot; reports: RecheckReport[] } | null>(null);

  titleOf(registerId: string): string {
    const layout = this.layouts.find((l) => l.id === registerId);
    if (!layout) return registerId;
    return prefs.locale === 'ja' ? layout.title.ja : layout.title.en;
  }

  async refresh(): Promise<void> {
    if (this.layouts.length === 0) this.layouts = await loadRegisterLayouts();
    await attempt(async () => {
      this.snapshots = await listRegisterSnapshots();
    });
  }

  /** Reads, hashes and stores one downloaded register file as a snapshot. */
  async importFile(file: File): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.mapping = null;
    try {
      if (this.layouts.length === 0) this.layouts = await loadRegisterLayouts();
      const sha256 = await fileSha256(file);
      const read = await readRegisterOffThread(file, this.layouts);
      if (!read.data) {
        const noHeader = read.issues.find((i) => i.code === 'missingRequiredColumn');
        if (noHeader && (await this.#offerMapping(file, sha256))) return;
        notices.error(noHeader ? { key: 'registers.noHeaderAny' } : { key: 'registers.readFailed' });
        return;
      }
      await this.#store(file.name, sha256, read.data, read.issues);
    } catch {
      notices.error({ key: 'registers.readFailed' });
    } finally {
      this.busy = false;
    }
  }

  /**
   * A list no layout recognises: its sheets as text, for the buyer to say which register it is and
   * what each column holds (the column-mapped import). False when the file has no rows to map.
   */
  async #offerMapping(file: File, sha256: string): Promise<boolean> {
    const table = await readRegisterTableOffThread(file);
    const sheets = (table.data?.sheets ?? []).filter((sheet) => sheet.rows.length > 0);
    const first = sheets[0];
    const layout = this.layouts.find((l) => l.id === 'ismap') ?? this.layouts[0];
    if (!first || !layout) return false;
    const headerRow = headerRowGuess(first.rows);
    this.mapping = {
      fileName: file.name,
      sha256,
      sheets,
      sheetIndex: 0,
      headerRow,
      registerId: layout.id,
      columns: guessRegisterColumns(layout, first.rows[headerRow] ?? [])
    };
    notices.info({ key: 'registers.mapping.needed' });
    return true;
  }

  /** Changes the mapping draft; a new register, sheet or header row guesses the columns again. */
  editMapping(change: Partial<Pick<RegisterMappingDraft, 'registerId' | 'sheetIndex' | 'headerRow'>>): void {
    const draft = this.mapping;
    if (!draft) return;
    const next = { ...draft, ...change };
    if (change.sheetIndex !== undefined && change.headerRow === undefined) {
      next.headerRow = headerRowGuess(next.sheets[next.sheetIndex]?.rows ?? []);
    }
    const rows = next.sheets[next.sheetIndex]?.rows ?? [];
    next.headerRow = Math.min(Math.max(0, Math.trunc(next.headerRow) || 0), Math.max(0, rows.length - 1));
    const layout = this.layouts.find((l) => l.id === next.registerId);
    if (layout) next.columns = guessRegisterColumns(layout, rows[next.headerRow] ?? []);
    this.mapping = next;
  }

  setMappedColumn(role: RegisterRole, column: number | null): void {
    const draft = this.mapping;
    if (!draft) return;
    const columns = { ...draft.columns };
    if (column === null) delete columns[role];
    else columns[role] = column;
    this.mapping = { ...draft, columns };
  }

  cancelMapping(): void {
    this.mapping = null;
  }

  /** Stores the mapped list as a snapshot of the chosen register, like a list whose layout is known. */
  async importMapped(): Promise<void> {
    const draft = this.mapping;
    const layout = this.layouts.find((l) => l.id === draft?.registerId);
    const sheet = draft?.sheets[draft.sheetIndex];
    if (this.busy || !draft || !layout || !sheet) return;
    const read = parseMappedRegister(sheet, draft.headerRow, draft.columns, layout);
    if (!read.data || read.data.entries.length === 0) {
      const issue = read.issues[0]?.code;
      notices.error({
        key:
          issue === 'missingColumn'
            ? 'registers.mapping.needKey'
            : issue === 'notAllowed'
              ? 'registers.mapping.sameColumn'
              : 'registers.mapping.empty'
      });
      return;
    }
    this.busy = true;
    try {
      if (await this.#store(draft.fileName, draft.sha256, read.data, read.issues)) this.mapping = null;
    } finally {
      this.busy = false;
    }
  }

  /** Stores a read list as a snapshot, tells what was stored, and re-checks with it when it is new. */
  async #store(
    fileName: string,
    sha256: string,
    parsed: ParsedRegister,
    issues: readonly Issue[]
  ): Promise<boolean> {
    const snapshot: RegisterSnapshot = {
      id: crypto.randomUUID(),
      registerId: parsed.registerId,
      fileName,
      sha256,
      importedAt: currentTime().toISOString(),
      importedBy: prefs.actorForAudit,
      listDate: parsed.listDate,
      sheet: parsed.sheet,
      headerRow: parsed.headerRow,
      entries: parsed.entries
    };
    let stored: RegisterSnapshot = snapshot;
    const ok = await attempt(async () => {
      stored = await saveRegisterSnapshot(snapshot);
    });
    if (!ok) return false;
    const register = this.titleOf(parsed.registerId);
    if (stored.id !== snapshot.id) {
      notices.info({
        key: 'registers.alreadyImported',
        params: { register, importedAt: stored.importedAt }
      });
    } else if (parsed.listDate) {
      notices.info({
        key: 'registers.imported',
        params: { register, count: parsed.entries.length, listDate: parsed.listDate }
      });
    } else {
      notices.info({ key: 'registers.importedNoDate', params: { register, count: parsed.entries.length } });
    }
    const unreadable = issues.filter((i) => i.code === 'invalidDate' || i.code === 'impossibleDate');
    if (unreadable.length > 0) {
      notices.info({
        key: 'registers.unreadableDates',
        params: { count: unreadable.length, path: unreadable[0]?.path ?? '' }
      });
    }
    await this.refresh();
    if (stored.id === snapshot.id) {
      // A newer snapshot re-checks what older snapshots of the same register confirmed or not.
      const { recheckWithSnapshot } = await import('./register-recheck');
      const reports = await recheckWithSnapshot(stored, this.layouts);
      this.recheck = reports && reports.length > 0 ? { snapshot: stored, reports } : null;
    }
    return true;
  }

  async remove(id: string): Promise<void> {
    if (await attempt(() => removeRegisterSnapshot(id))) {
      notices.info({ key: 'registers.removed' });
      await this.refresh();
    }
  }
}
