/**
 * Saves the requirement list (仕様書別紙 要件一覧) as XLSX or CSV. When the criteria are locked the
 * annex carries the latest version and its hash; the file builders load only when used.
 */
import { latestVersion } from '$lib/domain/criteria';
import { documentLocale } from '$lib/domain/document-language';
import type { ProcurementBundle } from '$lib/domain/model';
import { inLanguage } from '$lib/domain/requirement-text';
import { downloadFile, safeFileName } from '$lib/io/download';
import type { SpecAnnexInput } from '$lib/io/spec-annex';
import { attempt } from './errors';
import { notices } from './notices.svelte';

export type AnnexFormat = 'xlsx' | 'csv' | 'csv-sjis';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function exportSpecAnnex(bundle: ProcurementBundle, format: AnnexFormat): Promise<void> {
  const latest = latestVersion(bundle.criteriaVersions);
  const locale = documentLocale(bundle.procurement);
  // The annex of a locked spec is the frozen copy, not whatever a reopened draft holds now.
  const requirements =
    latest && !bundle.procurement.criteriaReopen ? latest.requirements : bundle.requirements;
  const input: SpecAnnexInput = {
    procurementTitle: bundle.procurement.title,
    organisation: bundle.procurement.organisation,
    criteria: latest ? { version: latest.version, hash: latest.hash, lockedAt: latest.lockedAt } : null,
    requirements: requirements.map((r) => inLanguage(r, locale)),
    locale
  };
  const base = `${safeFileName(bundle.procurement.title)}-${locale === 'ja' ? '要件一覧' : 'requirements'}`;
  await attempt(async () => {
    const io = await import('$lib/io/spec-annex');
    const name = `${base}.${format === 'xlsx' ? 'xlsx' : 'csv'}`;
    if (format === 'xlsx') downloadFile(name, io.buildSpecAnnexXlsx(input), XLSX_TYPE);
    else {
      const bytes = await io.buildSpecAnnexCsv(input, format === 'csv' ? 'utf-8-bom' : 'shift_jis');
      downloadFile(name, bytes, format === 'csv' ? 'text/csv;charset=utf-8' : 'text/csv;charset=shift_jis');
    }
    notices.info({ key: 'spec.exported', params: { name } });
  });
}
