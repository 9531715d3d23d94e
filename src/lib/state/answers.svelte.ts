/**
 * One vendor's answers: entered by hand, or exported as a questionnaire pack and read back from
 * the filled file through a preview (new / changed / unchanged) that the user confirms before
 * anything is stored. Applying is one transaction; a blank cell never overwrites an answer.
 */
import { putResponse, putResponses, type ResponseInput } from '$lib/db';
import { latestVersion } from '$lib/domain/criteria';
import type { Issue } from '$lib/domain/issues';
import type { Answer, ProcurementBundle, Response } from '$lib/domain/model';
import type { ResponseChange } from '$lib/domain/response-preview';
import { downloadFile, safeFileName } from '$lib/io/download';
import { attempt } from './errors';
import { currentTime, writeContext } from './context';
import { notices } from './notices.svelte';
import { prefs } from './preferences.svelte';
import type { WorkspaceState } from './workspace.svelte';

export type PackImport =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'refused'; name: string; issues: Issue[] }
  | {
      kind: 'preview';
      name: string;
      items: ResponseChange[];
      counts: { new: number; changed: number; unchanged: number; skipped: number };
      issues: Issue[];
    };

export interface AnswerFields {
  answer: Answer | null;
  explanation: string;
  evidenceRefs: string;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class AnswersState {
  #workspace: () => WorkspaceState;
  #vendorId: string;
  pack = $state.raw<PackImport>({ kind: 'idle' });

  constructor(workspace: () => WorkspaceState, vendorId: string) {
    this.#workspace = workspace;
    this.#vendorId = vendorId;
  }

  /** Saves one row as typed (an empty field is stored empty here: the user cleared it). */
  async save(requirementId: string, ref: string, fields: AnswerFields): Promise<boolean> {
    const ws = this.#workspace();
    const ok = await ws.perform(() =>
      putResponse(writeContext(), {
        procurementId: ws.id,
        vendorId: this.#vendorId,
        requirementId,
        ...fields,
        source: 'manual'
      })
    );
    if (ok) notices.info({ key: 'answers.saved', params: { ref } });
    return ok;
  }

  async exportPack(bundle: ProcurementBundle, format: 'xlsx' | 'csv' | 'csv-sjis'): Promise<void> {
    const vendor = bundle.vendors.find((v) => v.id === this.#vendorId);
    const latest = latestVersion(bundle.criteriaVersions);
    if (!vendor || !latest) return;
    await attempt(async () => {
      const io = await import('$lib/io/pack-export');
      const input = {
        procurementTitle: bundle.procurement.title,
        organisation: bundle.procurement.organisation,
        vendor: { id: vendor.id, company: vendor.company, serviceName: vendor.serviceName },
        criteria: { version: latest.version, hash: latest.hash },
        requirements: latest.requirements,
        answers: bundle.responses.filter((r) => r.vendorId === vendor.id),
        locale: prefs.locale,
        exportedAt: currentTime().toISOString()
      };
      const base = `${safeFileName(bundle.procurement.title)}-${safeFileName(vendor.company)}-${prefs.t('answers.packFileName')}`;
      if (format === 'xlsx') {
        downloadFile(`${base}.xlsx`, await io.buildPackXlsx(input), XLSX_TYPE);
      } else {
        const bytes = await io.buildPackCsv(input, format === 'csv' ? 'utf-8-bom' : 'shift_jis');
        downloadFile(`${base}.csv`, bytes, 'text/csv');
      }
      notices.info({ key: 'answers.packExported' });
    });
  }

  async readPack(file: File, bundle: ProcurementBundle, encoding?: 'utf-8' | 'shift_jis'): Promise<void> {
    const latest = latestVersion(bundle.criteriaVersions);
    if (!latest) return;
    this.pack = { kind: 'reading', name: file.name };
    const [read, packIo, preview] = await Promise.all([
      import('$lib/io/spreadsheet-read'),
      import('$lib/io/pack-import'),
      import('$lib/domain/response-preview')
    ]);
    if (file.size > read.TABLE_MAX_BYTES) {
      this.pack = {
        kind: 'refused',
        name: file.name,
        issues: [{ code: 'fileTooLarge', path: '', params: { limitMb: read.TABLE_MAX_BYTES / 1024 / 1024 } }]
      };
      return;
    }
    const table = read.readTable(new Uint8Array(await file.arrayBuffer()), file.name, { encoding });
    if (!table.data) {
      this.pack = { kind: 'refused', name: file.name, issues: table.issues };
      return;
    }
    const parsed = packIo.parsePack(table.data, {
      requirements: latest.requirements,
      vendorId: this.#vendorId
    });
    if (!parsed.data) {
      this.pack = { kind: 'refused', name: file.name, issues: [...table.issues, ...parsed.issues] };
      return;
    }
    const existing: Response[] = bundle.responses.filter((r) => r.vendorId === this.#vendorId);
    const { items, counts } = preview.previewResponses(existing, parsed.data.answers, this.#vendorId);
    this.pack = {
      kind: 'preview',
      name: file.name,
      items,
      counts,
      issues: [...table.issues, ...parsed.issues]
    };
  }

  async applyPack(): Promise<void> {
    if (this.pack.kind !== 'preview') return;
    const ws = this.#workspace();
    const inputs: ResponseInput[] = this.pack.items
      .filter((item) => item.kind !== 'unchanged')
      .map((item) => ({
        procurementId: ws.id,
        vendorId: this.#vendorId,
        requirementId: item.requirementId,
        ...item.after,
        source: 'import'
      }));
    const count = inputs.length;
    if (await ws.perform(() => putResponses(writeContext(), inputs))) {
      this.pack = { kind: 'idle' };
      notices.info({ key: 'answers.applied', params: { count } });
    }
  }

  cancelPack(): void {
    this.pack = { kind: 'idle' };
  }
}
