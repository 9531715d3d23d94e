/**
 * The vendor page's check of one vendor's attestations (its own and its 委託先's) against the
 * newest snapshot of each register (`register-snapshots.svelte.ts` holds the snapshots). Loaded
 * lazily by the vendor page only.
 */
import { updateAttestation } from '$lib/db';
import { checkVendor, type RegisterCheckRow } from '$lib/domain/registers/check';
import { outcomeChanges } from '$lib/domain/registers/verify';
import type { Attestation } from '$lib/domain/model';
import { listRegisterSnapshots } from '$lib/db/registers';
import { localToday } from './attestation-types';
import { writeContext } from './context';
import { notices } from './notices.svelte';
import { prefs } from './preferences.svelte';
import { loadRegisterLayouts } from './register-snapshots.svelte';
import type { WorkspaceState } from './workspace.svelte';

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
