/**
 * The results stage: the open procurement scored against its latest locked criteria, as `$derived`
 * from the workspace bundle, the ranking rows and the explanation currently open (its code loads
 * with the first figure asked about). Nothing here is shown before the technical evaluation is
 * closed (`released`): grades stay blind until then. The decision memo is `memo.svelte.ts`.
 */
import type { explainFigure } from '$lib/domain/explain';
import { publishedText, type Explanation, type ExplainTarget } from '$lib/domain/explain-terms';
import { tieRecords, type MemoTie } from '$lib/domain/memo-ties';
import { rankingRows, type RankingRow } from '$lib/domain/ranking-rows';
import { scoreProcurement, type ScoringInput, type ScoringResult } from '$lib/domain/scoring';
import { scoringInputOf } from '$lib/domain/scoring-input';
import { documentLocale } from '$lib/domain/document-language';
import { bundleInLanguage } from '$lib/domain/requirement-text';
import { itemExceptions, type ItemException } from '$lib/domain/soc2-exceptions';
import type { WorkspaceState } from './workspace.svelte';

export class ResultsState {
  #workspace: () => WorkspaceState;
  /** `explainFigure`, loaded with the first figure asked about (the ranking does not need it). */
  #explainFigure = $state.raw<typeof explainFigure | null>(null);
  #target = $state.raw<ExplainTarget | null>(null);
  /** Targets opened before the current one (a child opened from a figure), to go back to. */
  #trail = $state.raw<ExplainTarget[]>([]);

  /** The technical evaluation is closed: figures may be shown. */
  released: boolean = $derived.by(() => this.#workspace().bundle?.procurement.technicalLock != null);
  input: ScoringInput | null = $derived.by(() => {
    const bundle = this.#workspace().bundle;
    // Requirement wording in the procurement's document language, as the memo and workbook print it.
    return bundle && this.released
      ? scoringInputOf(bundleInLanguage(bundle, documentLocale(bundle.procurement)))
      : null;
  });
  result: ScoringResult | null = $derived(this.input ? scoreProcurement(this.input) : null);
  rows: RankingRow[] = $derived.by(() =>
    this.result && this.input
      ? rankingRows(this.result, this.#workspace().bundle?.vendors ?? [], this.input.settings)
      : []
  );
  /** 基準評価値 as published (除算方式 with a ceiling), else null. */
  referenceValue: string | null = $derived.by(() =>
    this.result?.referenceValue && this.input
      ? publishedText(this.result.referenceValue, this.input.settings, 'referenceValue')
      : null
  );
  ties: MemoTie[] = $derived.by(() => {
    const bundle = this.#workspace().bundle;
    return bundle && this.result ? tieRecords(bundle, this.result) : [];
  });
  explanation: Explanation | null = $derived(
    this.input && this.result && this.#target && this.#explainFigure
      ? this.#explainFigure(this.input, this.result, this.#target)
      : null
  );
  /** The SOC 2 exceptions and qualifications that reach the item explained (items only). */
  explanationExceptions: ItemException[] = $derived.by(() => {
    const bundle = this.#workspace().bundle;
    const target = this.#target;
    const requirement = target?.requirementId
      ? this.input?.requirements.find((r) => r.id === target.requirementId)
      : undefined;
    return bundle && target && requirement
      ? itemExceptions(bundle.attestations, target.vendorId, requirement)
      : [];
  });

  constructor(workspace: () => WorkspaceState) {
    this.#workspace = workspace;
  }

  /** The vendor's company name, or '' for an unknown id. */
  vendorName = (vendorId: string): string =>
    this.#workspace().bundle?.vendors.find((v) => v.id === vendorId)?.company ?? '';

  get target(): ExplainTarget | null {
    return this.#target;
  }
  /** True when a figure opened from another can go back to it. */
  get canGoBack(): boolean {
    return this.#trail.length > 0;
  }
  /** Opens the explanation of a figure (from the table: a fresh trail). */
  explain(target: ExplainTarget): void {
    this.#trail = [];
    this.#target = target;
    if (!this.#explainFigure)
      void import('$lib/domain/explain').then((m) => (this.#explainFigure = m.explainFigure));
  }

  /** Opens a figure the current one is made of; `back` returns to it. */
  openChild(target: ExplainTarget): void {
    if (this.#target) this.#trail = [...this.#trail, this.#target];
    this.#target = target;
  }

  back(): void {
    const trail = this.#trail;
    this.#target = trail.at(-1) ?? null;
    this.#trail = trail.slice(0, -1);
  }

  close(): void {
    this.#target = null;
    this.#trail = [];
  }
}
