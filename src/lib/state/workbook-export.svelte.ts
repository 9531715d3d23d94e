/**
 * Exporting the results: the scoring workbook (built in a worker, with progress and cancel) and the
 * ranking CSV (UTF-8 with BOM or Shift_JIS). The worker reads the bundle from storage itself, or is
 * given it as a plain snapshot without the evidence bytes; it scores it with the same engine as the
 * results page. A failure becomes a notice in the user's language; a cancel is silent.
 */
import type { ProcurementBundle } from '$lib/domain/model';
import type { ScoringResult } from '$lib/domain/scoring';
import { documentDateStyle } from '$lib/domain/document-dates';
import { documentLocale } from '$lib/domain/document-language';
import { scoringInputOf } from '$lib/domain/scoring-input';
import { downloadFile, safeFileName } from '$lib/io/download';
import type { WorkbookExportProgress } from './workbook-export-client';
import { loadAttestationTypes, localToday } from './attestation-types';
import { currentTime } from './context';
import { notices } from './notices.svelte';
import { documentTranslator } from './document-text.svelte';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class WorkbookExportState {
  #progress = $state<WorkbookExportProgress | null>(null);
  #busy = $state(false);
  #abort: AbortController | null = null;

  /** Set while the workbook is being built. */
  get progress(): WorkbookExportProgress | null {
    return this.#progress;
  }

  get busy(): boolean {
    return this.#busy;
  }

  async exportWorkbook(bundle: ProcurementBundle): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#progress = { phase: 'stability', done: 0, total: 0 };
    const abort = (this.#abort = new AbortController());
    try {
      const [{ buildWorkbookOffThread }, attestationTypes] = await Promise.all([
        import('./workbook-export-client'),
        loadAttestationTypes()
      ]);
      const now = currentTime().toISOString();
      const request = {
        // Posted only if the worker cannot read it from storage itself (`stored` below). The
        // workspace holds its bundle raw (`$state.raw`): a shallow copy without the files' bytes
        // is cloned into the worker as it is. A deep snapshot first would copy the whole procurement
        // once more on the main thread (seconds and hundreds of MB on a large one); it is taken only
        // if the bundle given is a reactive proxy, which the worker refuses.
        bundle: { ...bundle, evidenceBlobs: [] },
        attestationTypes,
        today: localToday(),
        exportedAt: now,
        // The documents' language and style are the procurement's, not the screen's.
        locale: documentLocale(bundle.procurement),
        // The documents' style: the procurement's, by default from its buyer (和暦 for government).
        dateStyle: documentDateStyle(bundle.procurement)
      };
      const bytes = await buildWorkbookOffThread(request, {
        onProgress: (p) => (this.#progress = p),
        signal: abort.signal,
        // The workspace's bundle is what is stored: it is reloaded from storage after every change.
        stored: true,
        plainRequest: () => ({
          ...request,
          bundle: { ...$state.snapshot(bundle), evidenceBlobs: [] } as ProcurementBundle
        })
      });
      const words = await documentTranslator(documentLocale(bundle.procurement));
      const name = `${safeFileName(bundle.procurement.title)}-${words('workbook.fileName')}.xlsx`;
      downloadFile(name, bytes, XLSX_TYPE);
      notices.info({ key: 'workbook.exported', params: { name } });
    } catch (error) {
      if (!abort.signal.aborted) notices.error({ key: 'workbook.failed', params: { detail: detail(error) } });
    } finally {
      this.#busy = false;
      this.#progress = null;
      this.#abort = null;
    }
  }

  cancel(): void {
    this.#abort?.abort();
  }

  async exportRankingCsv(
    bundle: ProcurementBundle,
    result: ScoringResult,
    encoding: 'utf-8-bom' | 'shift_jis'
  ): Promise<void> {
    try {
      const { buildRankingCsv } = await import('$lib/io/ranking-csv');
      const { settings } = scoringInputOf(bundle);
      const locale = documentLocale(bundle.procurement);
      const bytes = await buildRankingCsv(bundle, result, settings, locale, encoding);
      const words = await documentTranslator(locale);
      const name = `${safeFileName(bundle.procurement.title)}-${words('workbook.csvFileName')}.csv`;
      downloadFile(
        name,
        bytes,
        encoding === 'shift_jis' ? 'text/csv;charset=shift_jis' : 'text/csv;charset=utf-8'
      );
      notices.info({ key: 'workbook.exported', params: { name } });
    } catch (error) {
      notices.error({ key: 'workbook.failed', params: { detail: detail(error) } });
    }
  }
}
