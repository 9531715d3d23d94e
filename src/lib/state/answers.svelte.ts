/**
 * One vendor's answers: entered by hand, or exported as a questionnaire pack and read back from
 * the filled file through a preview (new / changed / unchanged) that the user confirms before
 * anything is stored. Applying is one transaction; a blank cell never overwrites an answer.
 */
import { applyPack, putResponse, type PackAttestationInput, type ResponseInput } from '$lib/db';
import { latestVersion } from '$lib/domain/criteria';
import type { Issue } from '$lib/domain/issues';
import type { Answer, ProcurementBundle, Response } from '$lib/domain/model';
import type { PackRecordsPreview } from '$lib/domain/pack-records';
import type { IncomingAnswer, ResponseChange } from '$lib/domain/response-preview';
import { downloadFile, packFileNames } from '$lib/io/download';
import type { PackReadProgress } from '$lib/io/pack-read-client';
import { attempt } from './errors';
import { currentTime, writeContext } from './context';
import { EvidenceActions } from './evidence.svelte';
import { notices } from './notices.svelte';
import { documentTranslator } from './document-text.svelte';
import { packInput, XLSX_TYPE } from './vendor-packs';
import type { WorkspaceState } from './workspace.svelte';

export type { PackReadPhase, PackReadProgress } from '$lib/io/pack-read-client';

export type PackImport =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; progress: PackReadProgress | null }
  | { kind: 'refused'; name: string; issues: Issue[] }
  | {
      kind: 'preview';
      name: string;
      items: ResponseChange[];
      counts: { new: number; changed: number; unchanged: number; skipped: number };
      issues: Issue[];
      /** The certifications and subcontractors the vendor listed (none for a column-mapped file). */
      records: PackRecordsPreview;
    };

const NO_RECORDS: PackRecordsPreview = { attestations: [], subcontractors: [] };

export interface AnswerFields {
  answer: Answer | null;
  explanation: string;
  evidenceRefs: string;
}

/** The names of a row's answer controls; a change from any other control (its file input) is not an edit. */
const ANSWER_CONTROLS: readonly string[] = [
  'answer',
  'explanation',
  'evidenceRefs'
] satisfies (keyof AnswerFields)[];

export function isAnswerControl(name: string): boolean {
  return ANSWER_CONTROLS.includes(name);
}

export class AnswersState {
  #workspace: () => WorkspaceState;
  #vendorId: string;
  pack = $state.raw<PackImport>({ kind: 'idle' });
  /** The read under way; a newer file or Cancel aborts it. */
  #reading: AbortController | null = null;
  readonly evidence: EvidenceActions;

  constructor(workspace: () => WorkspaceState, vendorId: string) {
    this.#workspace = workspace;
    this.#vendorId = vendorId;
    this.evidence = new EvidenceActions(workspace);
  }

  /**
   * Attaches files to the vendor's answer to a requirement, recording an empty answer first if
   * there is none. An existing answer is left as stored: attaching never saves the row's fields.
   */
  async attach(requirementId: string, ref: string, files: readonly File[]): Promise<void> {
    const ws = this.#workspace();
    const find = () =>
      ws.bundle?.responses.find((r) => r.vendorId === this.#vendorId && r.requirementId === requirementId);
    if (!find()) {
      const input = {
        procurementId: ws.id,
        vendorId: this.#vendorId,
        requirementId,
        answer: null,
        explanation: '',
        evidenceRefs: '',
        source: 'manual' as const
      };
      if (!(await ws.perform(() => putResponse(writeContext(), input)))) return;
    }
    const response = find();
    if (!response) return;
    await this.evidence.attach(
      { procurementId: ws.id, vendorId: this.#vendorId, ownerKind: 'response', ownerId: response.id },
      files,
      (name) => ({ key: 'answers.evidenceAttached', params: { ref, name } })
    );
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
    const input = vendor && packInput(bundle, vendor, currentTime().toISOString());
    if (!vendor || !input) return;
    await attempt(async () => {
      const io = await import('$lib/io/pack-export');
      const extension = format === 'xlsx' ? 'xlsx' : 'csv';
      const [name] = packFileNames(
        bundle.procurement.title,
        [vendor.company],
        (await documentTranslator(input.locale))('answers.packFileName'),
        extension
      );
      if (format === 'xlsx') {
        downloadFile(name!, await io.buildPackXlsx(input), XLSX_TYPE);
      } else {
        const bytes = await io.buildPackCsv(input, format === 'csv' ? 'utf-8-bom' : 'shift_jis');
        downloadFile(name!, bytes, 'text/csv');
      }
      notices.info({ key: 'answers.packExported' });
    });
  }

  async readPack(file: File, bundle: ProcurementBundle, encoding?: 'utf-8' | 'shift_jis'): Promise<void> {
    const latest = latestVersion(bundle.criteriaVersions);
    if (!latest) return;
    this.#reading?.abort();
    const reading = new AbortController();
    this.#reading = reading;
    const name = file.name;
    this.pack = { kind: 'reading', name, progress: null };
    const [client, preview, records] = await Promise.all([
      import('$lib/io/pack-read-client'),
      import('$lib/domain/response-preview'),
      import('$lib/domain/pack-records')
    ]);
    let parsed: Awaited<ReturnType<typeof client.readPackOffThread>>;
    try {
      parsed = await client.readPackOffThread(
        file,
        { requirements: latest.requirements, vendorId: this.#vendorId },
        {
          encoding,
          signal: reading.signal,
          onProgress: (progress) => {
            if (!reading.signal.aborted) this.pack = { kind: 'reading', name, progress };
          }
        }
      );
    } catch (error) {
      if (reading.signal.aborted) return;
      this.pack = { kind: 'idle' };
      const detail = error instanceof Error ? error.message : String(error);
      notices.error({ key: 'packRead.failed', params: { name, detail } });
      return;
    } finally {
      if (this.#reading === reading) this.#reading = null;
    }
    if (reading.signal.aborted) return;
    if (!parsed.data) {
      this.pack = { kind: 'refused', name, issues: parsed.issues };
      return;
    }
    const existing: Response[] = bundle.responses.filter((r) => r.vendorId === this.#vendorId);
    const { items, counts } = preview.previewResponses(existing, parsed.data.answers, this.#vendorId);
    const listed = records.previewPackRecords(bundle, this.#vendorId, {
      attestations: parsed.data.attestations ?? [],
      subcontractors: parsed.data.subcontractors ?? []
    });
    this.pack = { kind: 'preview', name, items, counts, issues: parsed.issues, records: listed };
  }

  /** Shows the same preview for answers read another way (the column-mapped import). */
  async previewIncoming(
    name: string,
    incoming: readonly IncomingAnswer[],
    issues: Issue[],
    bundle: ProcurementBundle
  ): Promise<void> {
    const { previewResponses } = await import('$lib/domain/response-preview');
    const existing = bundle.responses.filter((r) => r.vendorId === this.#vendorId);
    const { items, counts } = previewResponses(existing, incoming, this.#vendorId);
    this.pack =
      items.length === 0 && issues.length > 0
        ? { kind: 'refused', name, issues }
        : { kind: 'preview', name, items, counts, issues, records: NO_RECORDS };
  }

  async applyPack(): Promise<void> {
    if (this.pack.kind !== 'preview') return;
    const ws = this.#workspace();
    const owner = { procurementId: ws.id, vendorId: this.#vendorId };
    const responses: ResponseInput[] = this.pack.items
      .filter((item) => item.kind !== 'unchanged')
      .map((item) => ({ ...owner, requirementId: item.requirementId, ...item.after, source: 'import' }));
    const { records } = this.pack;
    const subcontractors = records.subcontractors
      .filter((s) => s.kind === 'new')
      .map(({ row }) => ({
        ...owner,
        name: row.name,
        role: row.role,
        criticality: row.criticality,
        subserviceMethod: row.subserviceMethod,
        notes: ''
      }));
    const attestations: PackAttestationInput[] = [
      ...records.attestations,
      ...records.subcontractors.flatMap((s) => s.certifications)
    ]
      .filter((a) => a.kind === 'new')
      .map((a) => ({ ...owner, ...a.fields, subcontractorName: a.holder }));
    const count = responses.length;
    const added = { attestations: attestations.length, subcontractors: subcontractors.length };
    if (await ws.perform(() => applyPack(writeContext(), { responses, subcontractors, attestations }))) {
      this.pack = { kind: 'idle' };
      notices.info({ key: 'answers.applied', params: { count } });
      if (added.attestations || added.subcontractors) {
        notices.info({ key: 'answers.recordsApplied', params: added });
      }
    }
  }

  cancelPack(): void {
    this.#reading?.abort();
    this.#reading = null;
    this.pack = { kind: 'idle' };
  }
}
