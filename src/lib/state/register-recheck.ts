/**
 * After a snapshot is imported on the settings page: the re-check of every procurement's
 * attestations last checked against an older snapshot of the same register (`recheckAll`), written
 * per procurement (`applyRegisterRecheck`), and what changed, for the page to show. Loaded only
 * when a new snapshot was stored.
 */
import { browserContext } from '$lib/db';
import { applyRegisterRecheck, loadRecheckSources } from '$lib/db/register-recheck';
import type { RegisterSnapshot } from '$lib/domain/model';
import type { RegisterLayout } from '$lib/domain/registers/layout';
import { recheckAll, type RecheckItem } from '$lib/domain/registers/recheck';
import { localToday } from './attestation-types';
import { notices } from './notices.svelte';
import { prefs } from './preferences.svelte';

export interface RecheckReport {
  procurementId: string;
  title: string;
  frozen: boolean;
  /** Records replaced (none after the technical lock). */
  updated: number;
  /** The re-checked claims whose outcome or differing fields changed. */
  changed: RecheckItem[];
  unchanged: number;
}

/** Null when nothing was stored (a failure was already told). */
export async function recheckWithSnapshot(
  snapshot: RegisterSnapshot,
  layouts: readonly RegisterLayout[]
): Promise<RecheckReport[] | null> {
  const layout = layouts.find((l) => l.id === snapshot.registerId);
  if (!layout) return [];
  const today = localToday();
  try {
    const procurements = recheckAll({
      sources: await loadRecheckSources(today),
      snapshot,
      layout,
      checkedOn: today,
      checkedBy: prefs.actorForAudit
    });
    // No post-close correction: after the technical lock nothing but the audit entry is written.
    const ctx = browserContext(prefs.actorForAudit, prefs.operator !== null);
    const reports: RecheckReport[] = [];
    for (const p of procurements) {
      const applied = await applyRegisterRecheck(ctx, p.procurementId, snapshot, p.items);
      const changed = p.items.filter((i) => i.changed);
      reports.push({
        procurementId: p.procurementId,
        title: p.title,
        frozen: applied.frozen,
        updated: applied.updated,
        changed,
        unchanged: p.items.length - changed.length
      });
    }
    if (reports.length > 0) {
      notices.info({
        key: 'registers.recheck.done',
        params: {
          procurements: reports.length,
          count: reports.reduce((n, r) => n + r.changed.length + r.unchanged, 0),
          changed: reports.reduce((n, r) => n + r.changed.length, 0)
        }
      });
    }
    return reports;
  } catch {
    notices.error({ key: 'registers.recheck.failed' });
    return null;
  }
}
