/**
 * The register snapshots on this machine (settings page): the layouts shipped in
 * `questionnaires/registers/` (loaded on demand) and the snapshots the buyer imported (app-level,
 * shared by every procurement). Kept apart from the vendor page's check so the settings page loads
 * neither the audited repositories nor the matcher.
 */
import { listRegisterSnapshots, removeRegisterSnapshot, saveRegisterSnapshot } from '$lib/db/registers';
import type { RegisterSnapshot } from '$lib/domain/model';
import type { RegisterLayout } from '$lib/domain/registers/layout';
import { readRegisterOffThread } from '$lib/io/table-read-client';
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

export class RegisterSnapshotsState {
  snapshots = $state.raw<RegisterSnapshot[]>([]);
  layouts = $state.raw<RegisterLayout[]>([]);
  busy = $state(false);
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
    try {
      if (this.layouts.length === 0) this.layouts = await loadRegisterLayouts();
      const sha256 = await fileSha256(file);
      const read = await readRegisterOffThread(file, this.layouts);
      if (!read.data) {
        const noHeader = read.issues.find((i) => i.code === 'missingRequiredColumn');
        notices.error(noHeader ? { key: 'registers.noHeaderAny' } : { key: 'registers.readFailed' });
        return;
      }
      const parsed = read.data;
      const snapshot: RegisterSnapshot = {
        id: crypto.randomUUID(),
        registerId: parsed.registerId,
        fileName: file.name,
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
      if (!ok) return;
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
      const unreadable = read.issues.filter((i) => i.code === 'invalidDate' || i.code === 'impossibleDate');
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
    } catch {
      notices.error({ key: 'registers.readFailed' });
    } finally {
      this.busy = false;
    }
  }

  async remove(id: string): Promise<void> {
    if (await attempt(() => removeRegisterSnapshot(id))) {
      notices.info({ key: 'registers.removed' });
      await this.refresh();
    }
  }
}
