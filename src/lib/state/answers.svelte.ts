/**
 * One vendor's answers: entered by hand, or exported as a questionnaire pack and read back from
 * the filled file through a preview (new / changed / unchanged) that the user confirms before
 * anything is stored. Applying is one transaction; a blank cell never overwrites an answer.
 */
import type {
  PackAttestationChange,
  PackAttestationInput,
  ResponseCell,
  ResponseFields,
  ResponseInput
} from '$lib/db';
import type { Issue } from '$lib/domain/issues';
import type { Answer, ProcurementBundle, Response } from '$lib/domain/model';
import type { PackRecordsPreview } from '$lib/domain/pack-records';
import type { IncomingAnswer, ResponseChange, ResponseCounts } from '$lib/domain/response-preview';
import { versionOf, type WriteBase } from '$lib/domain/versions';
import { downloadFile, packFileNames } from '$lib/io/download';
import type { PackReadProgress } from '$lib/io/pack-read-client';
import { attempt } from './errors';
import { currentTime, writeContext } from './context';
import { EvidenceActions } from './evidence.svelte';
import { notices } from './notices.svelte';
import { RowEdits, type RowConflict, type SaveOutcome } from './row-edits.svelte';
import type { WorkspaceState } from './workspace.svelte';

export type { PackReadPhase, PackReadProgress } from '$lib/io/pack-read-client';

// The write side of storage (and the pack's attestation matching behind it) loads on the first save,
// not with the table: the page shows what `findBundle` read.
const responsesDb = () => import('$lib/db/responses');
const packDb = () => import('$lib/db/pack');
// So does what a pack needs (its contents, the document's language, the preview): on the first
// export, read or apply, not with the table.
const packs = () => import('./vendor-packs');

export type PackImport =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; progress: PackReadProgress | null }
  | { kind: 'refused'; name: string; issues: Issue[] }
  | {
      kind: 'preview';
      name: string;
      items: ResponseChange[];
      counts: ResponseCounts;
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

const fieldsOf = (r: Response): ResponseFields => ({
  answer: r.answer,
  explanation: r.explanation,
  evidenceRefs: r.evidenceRefs
});

export class AnswersState {
  #workspace: () => WorkspaceState;
  #vendorId: string;
  pack = $state.raw<PackImport>({ kind: 'idle' });
  /** The read under way; a newer file or Cancel aborts it. */
  #reading: AbortController | null = null;
  readonly evidence: EvidenceActions;

  /** Fields typed and not yet stored, saves under way, and refused saves (one writer at a time), per requirement. */
  readonly edits: RowEdits<ResponseCell, ResponseFields>;

  constructor(workspace: () => WorkspaceState, vendorId: string) {
    this.#workspace = workspace;
    this.#vendorId = vendorId;
    this.evidence = new EvidenceActions(workspace);
    this.edits = new RowEdits<ResponseCell, ResponseFields>(
      async (cell, change, base) => {
        const r = await (await responsesDb()).changeResponse(writeContext(), cell, change, base);
        return { version: versionOf(r), values: fieldsOf(r) };
      },
      (action) => this.#workspace().perform(action)
    );
  }

  #cell(requirementId: string): ResponseCell {
    return { procurementId: this.#workspace().id, vendorId: this.#vendorId, requirementId };
  }

  /** The row as the page shows it: the base an edit of it is checked against. */
  #shown(requirementId: string): WriteBase<ResponseFields> {
    const r = this.#workspace().bundle?.responses.find(
      (x) => x.vendorId === this.#vendorId && x.requirementId === requirementId
    );
    return r
      ? { version: versionOf(r), values: fieldsOf(r) }
      : { version: 0, values: { answer: null, explanation: '', evidenceRefs: '' } };
  }

  /** What was typed or chosen on a row and is not stored yet (the fields show it until it is). */
  draftOf(requirementId: string): Partial<AnswerFields> | undefined {
    return this.edits.draftFields(requirementId);
  }
  /** Records each keystroke, so a reload from another tab never replaces what is being typed. */
  type<K extends keyof AnswerFields>(requirementId: string, field: K, value: AnswerFields[K]): void {
    this.edits.edit(requirementId, this.#cell(requirementId), this.#shown(requirementId), field, value);
  }
  conflictOf(requirementId: string): RowConflict<ResponseFields> | undefined {
    return this.edits.conflictOf(requirementId);
  }
  keepMine(requirementId: string): Promise<SaveOutcome> {
    return this.edits.keepMine(requirementId);
  }
  takeStored(requirementId: string): void {
    this.edits.takeStored(requirementId);
  }
  /** Saves whatever was typed and not stored (before leaving the page). */
  async flush(): Promise<void> {
    const outcomes = await this.edits.flush();
    if (outcomes.includes('conflict')) notices.error({ key: 'versions.conflictElsewhere' });
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
      if (!(await ws.perform(async () => (await responsesDb()).putResponse(writeContext(), input)))) return;
    }
    const response = find();
    if (!response) return;
    await this.evidence.attach(
      { procurementId: ws.id, vendorId: this.#vendorId, ownerKind: 'response', ownerId: response.id },
      files,
      (name) => ({ key: 'answers.evidenceAttached', params: { ref, name } })
    );
  }

  /**
   * Saves the field the user changed on one row (an empty field is stored empty here: the user
   * cleared it), based on the row as shown: what another tab changed in the other fields is kept,
   * and a change to the same field is refused and shown on the row (`RowEdits`).
   */
  async save(requirementId: string, ref: string, change: Partial<AnswerFields>): Promise<boolean> {
    const outcome = await this.edits.save(
      requirementId,
      this.#cell(requirementId),
      this.#shown(requirementId),
      change
    );
    if (outcome === 'saved') notices.info({ key: 'answers.saved', params: { ref } });
    return outcome === 'saved';
  }

  async exportPack(bundle: ProcurementBundle, format: 'xlsx' | 'csv' | 'csv-sjis'): Promise<void> {
    const vendor = bundle.vendors.find((v) => v.id === this.#vendorId);
    if (!vendor) return;
    await attempt(async () => {
      const [{ packInput, XLSX_TYPE }, io, { documentTranslator }] = await Promise.all([
        packs(),
        import('$lib/io/pack-export'),
        import('./document-text.svelte')
      ]);
      const input = packInput(bundle, vendor, currentTime().toISOString());
      if (!input) return;
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
    const expectation = (await packs()).packExpectation(bundle, this.#vendorId);
    if (!expectation) return;
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
        // The requirements as the pack was written: in the procurement's document language.
        expectation,
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
      subcontractors: parsed.data.subcontractors ?? [],
      soc2: parsed.data.soc2 ?? []
    });
    const issues = [...parsed.issues, ...(listed.issues ?? [])];
    this.pack = { kind: 'preview', name, items, counts, issues, records: listed };
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
    const { responseWrites } = await import('$lib/domain/response-preview');
    if (this.pack.kind !== 'preview') return;
    // The very list the preview counted: the notice below counts what is written.
    const responses: ResponseInput[] = responseWrites(this.pack.items).map((item) => ({
      ...owner,
      requirementId: item.requirementId,
      ...item.after,
      source: 'import'
    }));
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
    const changes: PackAttestationChange[] = [
      ...records.attestations,
      ...records.subcontractors.flatMap((s) => s.certifications)
    ].flatMap((a) =>
      a.kind === 'changed' && a.storedId && a.changes ? [{ id: a.storedId, changes: a.changes }] : []
    );
    const count = responses.length;
    const added = { attestations: attestations.length, subcontractors: subcontractors.length };
    if (
      await ws.perform(async () =>
        (await packDb()).applyPack(writeContext(), { responses, subcontractors, attestations, changes })
      )
    ) {
      this.pack = { kind: 'idle' };
      notices.info({ key: 'answers.applied', params: { count } });
      if (added.attestations || added.subcontractors) {
        notices.info({ key: 'answers.recordsApplied', params: added });
      }
      if (changes.length) notices.info({ key: 'answers.recordsChanged', params: { count: changes.length } });
    }
  }

  cancelPack(): void {
    this.#reading?.abort();
    this.#reading = null;
    this.pack = { kind: 'idle' };
  }
}
