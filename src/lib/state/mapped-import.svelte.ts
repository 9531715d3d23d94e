/**
 * Importing a vendor's answers from its own spreadsheet layout: the file read as text rows, the
 * buyer's choice of sheet, header row, columns and answer-value meanings, and the mappings saved
 * for reuse (app-level setting `answerMappings`). `toIncoming` gives the same `IncomingAnswer[]` a
 * Sentei pack gives, so the answers page previews and applies them on the one path it has.
 */
import { getSetting, setSetting } from '$lib/db';
import {
  applySavedMapping,
  distinctValues,
  fittingMappings,
  guessColumns,
  mapAnswers,
  toSavedMapping,
  validateSavedMappings,
  withSavedMapping,
  type ColumnMapping,
  type ColumnRole,
  type DistinctValue,
  type MappedAnswers,
  type MappedRequirement,
  type MatchBy,
  type SavedMapping,
  type ValueMapping
} from '$lib/domain/answer-mapping';
import type { Issue, Restored } from '$lib/domain/issues';
import type { Answer } from '$lib/domain/model';
import type { TextEncodingName } from '$lib/io/encoding';
import type { ReadTable } from '$lib/io/spreadsheet-read';
import type { SheetRows } from '$lib/io/table';
import { columnLetter } from '$lib/domain/columns';
import { attempt } from './errors';
import type { FileReadProgress } from './file-read';
import { currentTime } from './context';
import { notices } from './notices.svelte';

export const ANSWER_MAPPINGS_SETTING = 'answerMappings';
/** More distinct answers than this means the wrong column, most likely: the rest are not listed. */
export const MAX_VALUES_SHOWN = 40;
/** Columns offered in the selects (a sheet may be very wide). */
const MAX_COLUMNS = 200;

export type MappingStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; progress: FileReadProgress | null }
  | { kind: 'refused'; name: string; issues: Issue[] }
  | { kind: 'mapping'; name: string; issues: Issue[] };

/** A mapping being made: key and answer columns may not be chosen yet. */
export interface MappingDraft {
  key: number | null;
  matchBy: MatchBy;
  answer: number | null;
  explanation: number | null;
  evidence: number | null;
  values: ValueMapping;
}

export interface ColumnOption {
  index: number;
  letter: string;
  header: string;
}

/** Everything the mapping panel shows, in one read-only value. */
export interface MappingView {
  status: MappingStatus;
  sheetNames: string[];
  sheetIndex: number;
  /** 0-based; the panel shows it 1-based, as Excel does. */
  headerRow: number;
  rowCount: number;
  columns: ColumnOption[];
  draft: MappingDraft;
  /** Distinct values of the answer column, at most `MAX_VALUES_SHOWN`. */
  values: DistinctValue[];
  valuesTotal: number;
  /** Saved mappings whose headers this sheet has, the best fit first. */
  applicable: SavedMapping[];
  suggestion: SavedMapping | null;
  ready: boolean;
}

/** What the panel may ask for. */
export interface MappingActions {
  read(file: File, encoding?: TextEncodingName): Promise<void>;
  chooseSheet(index: number): void;
  chooseHeaderRow(index: number): void;
  setColumn(role: ColumnRole, index: number | null): void;
  setMatchBy(matchBy: MatchBy): void;
  setValue(value: string, answer: Answer | null | undefined): void;
  applySaved(name: string): boolean;
  save(name: string): Promise<boolean>;
  cancel(): void;
}

export interface MappedIncoming extends MappedAnswers {
  /** The file's name, for the preview title. */
  name: string;
}

type KnownValues = (values: readonly DistinctValue[]) => ValueMapping;

const emptyDraft = (): MappingDraft => ({
  key: null,
  matchBy: 'ref',
  answer: null,
  explanation: null,
  evidence: null,
  values: {}
});

const nonEmptyRows = (sheet: SheetRows) => sheet.rows.filter((row) => row.some((cell) => cell !== '')).length;

export class MappedImportState implements MappingActions {
  readonly vendorId: string;
  #status = $state.raw<MappingStatus>({ kind: 'idle' });
  #sheets = $state.raw<SheetRows[]>([]);
  #sheetIndex = $state(0);
  #headerRow = $state(0);
  #draft = $state.raw<MappingDraft>(emptyDraft());
  #saved = $state.raw<SavedMapping[]>([]);
  /** The file being read, so that cancelling or picking another file stops it. */
  #reading: AbortController | null = null;
  /** `knownAnswerValues` of io/mapped-import, once the file reader has been loaded. */
  #known: KnownValues = () => ({});
  #guessHeaderRow: (rows: readonly (readonly string[])[]) => number = () => 0;

  #rows = $derived(this.#sheets[this.#sheetIndex]?.rows ?? []);
  #headers = $derived((this.#rows[this.#headerRow] ?? []).map((cell) => cell.trim()));
  /** Its own derived, so that a draft change that keeps the answer column keeps `#allValues`. */
  #answerColumn = $derived(this.#draft.answer);
  #allValues = $derived(
    this.#answerColumn === null
      ? []
      : distinctValues(this.#rows.slice(this.#headerRow + 1), this.#answerColumn)
  );
  #applicable = $derived(fittingMappings(this.#headers, this.#saved));

  readonly view: MappingView = $derived.by(() => {
    const width = Math.min(
      MAX_COLUMNS,
      this.#rows.reduce((max, row) => Math.max(max, row.length), 0)
    );
    const draft = this.#draft;
    return {
      status: this.#status,
      sheetNames: this.#sheets.map((sheet) => sheet.name),
      sheetIndex: this.#sheetIndex,
      headerRow: this.#headerRow,
      rowCount: this.#rows.length,
      columns: Array.from({ length: width }, (_, index) => ({
        index,
        letter: columnLetter(index),
        header: this.#headers[index] ?? ''
      })),
      draft,
      values: this.#allValues.slice(0, MAX_VALUES_SHOWN),
      valuesTotal: this.#allValues.length,
      applicable: this.#applicable,
      suggestion: this.#applicable[0] ?? null,
      ready: this.#status.kind === 'mapping' && draft.key !== null && draft.answer !== null
    };
  });

  constructor(vendorId: string) {
    this.vendorId = vendorId;
  }

  /** Reads the saved mappings; a malformed or old entry is dropped, never shown. */
  async loadSaved(): Promise<void> {
    await attempt(async () => {
      this.#saved = validateSavedMappings(await getSetting<unknown>(ANSWER_MAPPINGS_SETTING, []));
    });
  }

  async read(file: File, encoding?: TextEncodingName): Promise<void> {
    this.#reading?.abort();
    const reading = new AbortController();
    this.#reading = reading;
    const name = file.name;
    this.#status = { kind: 'reading', name, progress: null };
    let table: Restored<ReadTable>;
    let io: typeof import('$lib/io/mapped-import');
    try {
      const [client, mapped] = await Promise.all([
        import('$lib/io/table-read-client'),
        import('$lib/io/mapped-import'),
        this.loadSaved()
      ]);
      io = mapped;
      reading.signal.throwIfAborted();
      table = await client.readTableOffThread(file, {
        encoding,
        signal: reading.signal,
        onProgress: (progress) => {
          if (!reading.signal.aborted) this.#status = { kind: 'reading', name, progress };
        }
      });
    } catch (error) {
      if (reading.signal.aborted) return;
      this.#status = { kind: 'idle' };
      const detail = error instanceof Error ? error.message : String(error);
      notices.error({ key: 'fileRead.failed', params: { name, detail } });
      return;
    } finally {
      if (this.#reading === reading) this.#reading = null;
    }
    if (!table.data) {
      this.#status = { kind: 'refused', name, issues: table.issues };
      return;
    }
    this.#known = io.knownAnswerValues;
    this.#guessHeaderRow = io.headerRowGuess;
    const sheets = table.data.sheets;
    // The questionnaire is the fullest sheet; cover and instruction sheets are short.
    let fullest = 0;
    sheets.forEach((sheet, i) => {
      if (nonEmptyRows(sheet) > nonEmptyRows(sheets[fullest] ?? sheet)) fullest = i;
    });
    this.#sheets = sheets;
    this.#status = { kind: 'mapping', name, issues: table.issues };
    this.chooseSheet(fullest);
  }

  chooseSheet(index: number): void {
    if (index < 0 || index >= this.#sheets.length) return;
    this.#sheetIndex = index;
    this.chooseHeaderRow(this.#guessHeaderRow(this.#rows));
  }

  /** A new header row means new headers: the columns are guessed again from them. */
  chooseHeaderRow(index: number): void {
    this.#headerRow = Math.max(0, Math.min(Math.trunc(index), Math.max(this.#rows.length - 1, 0)));
    const guess = guessColumns(this.#headers);
    this.#draft = { ...guess, values: {} };
    this.#preselect();
  }

  setColumn(role: ColumnRole, index: number | null): void {
    this.#draft = { ...this.#draft, [role]: index };
    if (role === 'answer') this.#preselect();
  }

  setMatchBy(matchBy: MatchBy): void {
    this.#draft = { ...this.#draft, matchBy };
  }

  /** `undefined` leaves the value undecided (reported on import); `null` ignores it. */
  setValue(value: string, answer: Answer | null | undefined): void {
    const values = Object.fromEntries(Object.entries(this.#draft.values).filter(([key]) => key !== value));
    this.#draft = {
      ...this.#draft,
      values: answer === undefined ? values : { ...values, [value]: answer }
    };
  }

  applySaved(name: string): boolean {
    const saved = this.#saved.find((m) => m.name === name);
    const mapping = saved ? applySavedMapping(saved, this.#headers) : null;
    if (!saved || !mapping) return false;
    // The file may hold values the saved mapping never saw: those Sentei knows are still offered.
    this.#draft = {
      ...mapping,
      values: { ...this.#known(this.#allValuesFor(mapping.answer)), ...mapping.values }
    };
    notices.info({ key: 'mapping.applied', params: { name: saved.name } });
    return true;
  }

  async save(name: string): Promise<boolean> {
    const mapping = this.#complete();
    if (!mapping || name.trim() === '') return false;
    const entry = toSavedMapping(mapping, this.#headers, name, currentTime().toISOString());
    const list = withSavedMapping(this.#saved, entry);
    const ok = await attempt(() => setSetting(ANSWER_MAPPINGS_SETTING, list));
    if (ok) {
      this.#saved = list;
      notices.info({ key: 'mapping.saved', params: { name: entry.name } });
    }
    return ok;
  }

  /**
   * The answers the mapping gives, for `previewResponses`, with the file's and the mapping's
   * issues; null until a key and an answer column are chosen.
   */
  toIncoming(requirements: readonly MappedRequirement[]): MappedIncoming | null {
    const mapping = this.#complete();
    const sheet = this.#sheets[this.#sheetIndex];
    if (!mapping || !sheet || this.#status.kind !== 'mapping') return null;
    const { answers, issues } = mapAnswers(sheet, this.#headerRow, mapping, requirements);
    return { name: this.#status.name, answers, issues: [...this.#status.issues, ...issues] };
  }

  cancel(): void {
    this.#reading?.abort();
    this.#reading = null;
    this.#status = { kind: 'idle' };
    this.#sheets = [];
    this.#sheetIndex = 0;
    this.#headerRow = 0;
    this.#draft = emptyDraft();
  }

  #complete(): ColumnMapping | null {
    const { key, answer, ...rest } = this.#draft;
    return key === null || answer === null ? null : { ...rest, key, answer };
  }

  /** The answer column's values are read once per sheet, header row and column (20,000 rows). */
  #allValuesFor(column: number): DistinctValue[] {
    return column === this.#answerColumn
      ? this.#allValues
      : distinctValues(this.#rows.slice(this.#headerRow + 1), column);
  }

  /** Values Sentei already reads (対応, ○, ×, …) start chosen; the buyer's own choices stay. */
  #preselect(): void {
    const column = this.#draft.answer;
    if (column === null) return;
    this.#draft = {
      ...this.#draft,
      values: { ...this.#known(this.#allValuesFor(column)), ...this.#draft.values }
    };
  }
}
