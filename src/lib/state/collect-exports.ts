/**
 * The collect stage's two exports: every vendor's questionnaire pack, and the buyer's obligations
 * checklist. Apart from `collect.svelte.ts`, so the vendor list shows without their code.
 */
import { documentLocale } from '$lib/domain/document-language';
import { documentDateStyle } from '$lib/domain/document-dates';
import type { ProcurementBundle } from '$lib/domain/model';
import { buyerObligations } from '$lib/domain/obligations';
import { formatDate } from '$lib/i18n/format';
import { obligationSourceText } from '$lib/i18n/obligation-labels';
import { downloadFile, safeFileName } from '$lib/io/download';
import { currentTime } from './context';
import { notices } from './notices.svelte';
import { documentTranslator } from './document-text.svelte';
import { exportVendorPacks, XLSX_TYPE } from './vendor-packs';

/** The pause between two packs: browsers that ask before several downloads may drop quicker ones. */
const PACK_SPACING_MS = 400;

/** Saves every vendor's questionnaire pack (Excel), one file each, and says how many were made. */
export async function exportAllPacks(bundle: ProcurementBundle): Promise<void> {
  const io = await import('$lib/io/pack-export');
  const words = await documentTranslator(documentLocale(bundle.procurement));
  const request = { exportedAt: currentTime().toISOString(), label: words('answers.packFileName') };
  const names = await exportVendorPacks(bundle, request, {
    build: (input) => io.buildPackXlsx(input),
    save: (name, bytes) => downloadFile(name, bytes, XLSX_TYPE),
    pause: () => new Promise((resolve) => setTimeout(resolve, PACK_SPACING_MS))
  });
  if (names.length) notices.info({ key: 'collect.packsExported', params: { count: names.length } });
}

/** Saves the obligations checklist as CSV (UTF-8 with BOM), every cell guarded. */
export async function exportObligations(bundle: ProcurementBundle): Promise<void> {
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
}
