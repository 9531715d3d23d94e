/**
 * The collect stage's list of vendors (add, reorder, remove), every vendor's questionnaire pack in
 * one go, and the buyer's obligations gathered from the CUECs of the vendors' SOC 2 reports,
 * exportable as a checklist (both exports load when asked for: `collect-exports.ts`).
 */
import { addVendor, moveVendor, removeVendor } from '$lib/db';
import type { ProcurementBundle } from '$lib/domain/model';
import { attempt } from './errors';
import { writeContext } from './context';
import type { WorkspaceState } from './workspace.svelte';

export class CollectState {
  #workspace: () => WorkspaceState;
  #exportingPacks = $state(false);

  constructor(workspace: () => WorkspaceState) {
    this.#workspace = workspace;
  }

  async add(company: string): Promise<boolean> {
    const ws = this.#workspace();
    return ws.perform(() => addVendor(writeContext(), ws.id, company.trim()));
  }

  async move(id: string, delta: -1 | 1): Promise<boolean> {
    return this.#workspace().perform(() => moveVendor(writeContext(), id, delta));
  }

  async remove(id: string): Promise<boolean> {
    return this.#workspace().perform(() => removeVendor(writeContext(), id));
  }

  /** True while the packs for every vendor are being built and saved. */
  get exportingPacks(): boolean {
    return this.#exportingPacks;
  }

  /** Saves every vendor's questionnaire pack (Excel), one file each, and says how many were made. */
  async exportAllPacks(bundle: ProcurementBundle): Promise<void> {
    if (this.#exportingPacks) return;
    this.#exportingPacks = true;
    try {
      await attempt(async () => (await import('./collect-exports')).exportAllPacks(bundle));
    } finally {
      this.#exportingPacks = false;
    }
  }

  /** Saves the obligations checklist as CSV (UTF-8 with BOM), every cell guarded. */
  async exportObligations(bundle: ProcurementBundle): Promise<void> {
    await attempt(async () => (await import('./collect-exports')).exportObligations(bundle));
  }
}
