/**
 * The official registers on this machine: the layouts shipped in `questionnaires/registers/`
 * (loaded on demand), the snapshots the buyer imported (app-level, shared by every procurement),
 * and the check of one vendor's attestations against them. Loaded lazily by the settings page
 * and the vendor page only.
 */
import { updateAttestation } from '$lib/db';
import { listRegisterSnapshots, removeRegisterSnapshot, saveRegisterSnapshot } from '$lib/db/registers';
import type { Attestation, RegisterSnapshot } from '$lib/domain/model';
import { checkVendor, type RegisterCheckRow } from '$lib/domain/registers/check';
import type { RegisterLayout } from '$lib/domain/registers/layout';
import { outcomeChanges } from '$lib/domain/registers/verify';
import { readRegisterOffThread } from '$lib/io/table-read-client';
import { localToday } from './attestation-types';
import { writeContext } from './context';
import { attempt } from './errors';
import { notices } from './notices.svelte';
import { prefs } from './preferences.svelte';
import type { WorkspaceState } from './workspace.svelte';

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
      const ctx = writeContext();
      const snapshot: RegisterSnapshot = {
        id: ctx.newId(),
        registerId: parsed.registerId,
        fileName: file.name,
        sha256,
        importedAt: ctx.now(),
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

/** The vendor page's 登録簿で確認: checks, writes what may be written, keeps the rows to show. */
export class RegisterCheckState {
  #workspace: () => WorkspaceState;
  #vendorId: () => string;
  rows = $state.raw<RegisterCheckRow[]>([]);
  /** Attestation id → the outcome recorded before this check, where it changed. */
  changedFrom = $state.raw<Record<string, string>>({});
  ran = $state(false);

  constructor(workspace: () => WorkspaceState, vendorId: () => string) {
    this.#workspace = workspace;
    this.#vendorId = vendorId;
  }

  async run(): Promise<void> {
    const bundle = this.#workspace().bundle;
    const vendor = bundle?.vendors.find((v) => v.id === this.#vendorId());
    if (!bundle || !vendor) return;
    const [layouts, snapshots] = await Promise.all([loadRegisterLayouts(), listRegisterSnapshots()]);
    const today = localToday();
    const rows = checkVendor({
      vendor,
      subcontractors: bundle.subcontractors,
      attestations: bundle.attestations,
      snapshots,
      layouts,
      asOf: bundle.procurement.bidDeadline ?? today,
      checkedOn: today,
      checkedBy: prefs.actorForAudit
    });
    this.rows = rows;
    this.ran = true;
    if (rows.length === 0) {
      notices.info({ key: 'registers.checkNone' });
      return;
    }
    const plans = rows.flatMap((r) => (r.plan ? [{ attestationId: r.attestation.id, plan: r.plan }] : []));
    const changes = outcomeChanges(plans);
    this.changedFrom = Object.fromEntries(changes.map((c) => [c.attestationId, c.from]));
    const fills = plans.filter((p) => p.plan.kind === 'fill');
    await this.#workspace().perform(async () => {
      for (const { attestationId, plan } of fills) {
        if (plan.kind === 'fill')
          await updateAttestation(writeContext(), attestationId, { verification: plan.record });
      }
    });
    notices.info({
      key: 'registers.checked',
      params: {
        filled: fills.length,
        changed: changes.length,
        kept: plans.filter((p) => p.plan.kind === 'keepManual').length
      }
    });
  }

  /** Replaces a verification recorded by hand with the register's, when the buyer asks. */
  async replaceManual(attestation: Attestation): Promise<void> {
    const row = this.rows.find((r) => r.attestation.id === attestation.id);
    if (row?.plan?.kind !== 'keepManual') return;
    const record = row.plan.record;
    const ok = await this.#workspace().perform(() =>
      updateAttestation(writeContext(), attestation.id, { verification: record })
    );
    if (ok)
      this.rows = this.rows.map((r) =>
        r === row ? { ...r, plan: { kind: 'fill', record, previous: null } } : r
      );
  }
}
