/**
 * The collect stage's list of vendors (add, reorder, remove) and the buyer's obligations gathered
 * from the CUECs of the vendors' SOC 2 reports, exportable as a checklist.
 */
import { addVendor, moveVendor, removeVendor } from '$lib/db';
import type { ProcurementBundle } from '$lib/domain/model';
import { buyerObligations } from '$lib/domain/obligations';
import { downloadFile, safeFileName } from '$lib/io/download';
import { attempt } from './errors';
import { writeContext } from './context';
import { notices } from './notices.svelte';
import { prefs } from './preferences.svelte';
import type { WorkspaceState } from './workspace.svelte';

export class CollectState {
  #workspace: () => WorkspaceState;

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

  /** Saves the obligations checklist as CSV (UTF-8 with BOM), every cell guarded. */
  async exportObligations(bundle: ProcurementBundle): Promise<void> {
    await attempt(async () => {
      const { buildObligationsCsv } = await import('$lib/io/obligations');
      const header = [
        prefs.t('obligations.colVendor'),
        prefs.t('obligations.colSource'),
        prefs.t('obligations.colObligation'),
        prefs.t('obligations.colDone')
      ];
      const rows = buyerObligations(bundle).map((o) => [o.vendor, o.source, o.obligation, '']);
      const name = `${safeFileName(bundle.procurement.title)}-${prefs.t('obligations.fileName')}.csv`;
      downloadFile(name, buildObligationsCsv([header, ...rows]), 'text/csv;charset=utf-8');
      notices.info({ key: 'spec.exported', params: { name } });
    });
  }
}
