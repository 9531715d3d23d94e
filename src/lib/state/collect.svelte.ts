/**
 * The collect stage's list of vendors (add, reorder, remove), every vendor's questionnaire pack in
 * one go, and the buyer's obligations gathered from the CUECs of the vendors' SOC 2 reports,
 * exportable as a checklist.
 */
import { addVendor, moveVendor, removeVendor } from '$lib/db';
import { documentLocale } from '$lib/domain/document-language';
import { documentDateStyle } from '$lib/domain/document-dates';
import type { ProcurementBundle } from '$lib/domain/model';
import { buyerObligations } from '$lib/domain/obligations';
import { formatDate } from '$lib/i18n/format';
import { obligationSourceText } from '$lib/i18n/obligation-labels';
import { downloadFile, safeFileName } from '$lib/io/download';
import { attempt } from './errors';
import { currentTime, writeContext } from './context';
import { notices } from './notices.svelte';
import { documentTranslator } from './document-text.svelte';
import { exportVendorPacks, XLSX_TYPE } from './vendor-packs';
import type { WorkspaceState } from './workspace.svelte';

/** The pause between two packs: browsers that ask before several downloads may drop quicker ones. */
const PACK_SPACING_MS = 400;

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
      await attempt(async () => {
        const io = await import('$lib/io/pack-export');
        const words = await documentTranslator(documentLocale(bundle.procurement));
        const request = { exportedAt: currentTime().toISOString(), label: words('answers.packFileName') };
        const names = await exportVendorPacks(bundle, request, {
          build: (input) => io.buildPackXlsx(input),
          save: (name, bytes) => downloadFile(name, bytes, XLSX_TYPE),
          pause: () => new Promise((resolve) => setTimeout(resolve, PACK_SPACING_MS))
        });
        if (names.length) notices.info({ key: 'collect.packsExported', params: { count: names.length } });
      });
    } finally {
      this.#exportingPacks = false;
    }
  }

  /** Saves the obligations checklist as CSV (UTF-8 with BOM), every cell guarded. */
  async exportObligations(bundle: ProcurementBundle): Promise<void> {
    await attempt(async () => {
      const { buildObligationsCsv } = await import('$lib/io/obligations');
      // A document: in the procurement's document language, whatever the screen's.
      const t = await documentTranslator(documentLocale(bundle.procurement));
      const header = [
        t('obligations.colVendor'),
        t('obligations.colSource'),
        t('obligations.colObligation'),
        t('obligations.colDone')
      ];
      const locale = documentLocale(bundle.procurement);
      const style = documentDateStyle(bundle.procurement);
      const rows = buyerObligations(bundle).map((o) => [
        o.vendor,
        obligationSourceText(t, o.source, (d) => formatDate(d, locale, style)),
        o.obligation,
        ''
      ]);
      const name = `${safeFileName(bundle.procurement.title)}-${t('obligations.fileName')}.csv`;
      downloadFile(name, buildObligationsCsv([header, ...rows]), 'text/csv;charset=utf-8');
      notices.info({ key: 'spec.exported', params: { name } });
    });
  }
}
