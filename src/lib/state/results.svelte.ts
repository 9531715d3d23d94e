/**
 * The results stage: the open procurement scored against its latest locked criteria, as `$derived`
 * from the workspace bundle, the ranking rows, the attestation statuses (once the types' validity
 * rules are loaded), the explanation currently open and the decision memo. Nothing here is shown
 * before the technical evaluation is closed (`released`): grades stay blind until then.
 */
import type { AttestationTypeInfo } from '$lib/domain/catalogue';
import { explainFigure, publishedText, type Explanation, type ExplainTarget } from '$lib/domain/explain';
import {
  buildMemo,
  evidenceStatuses,
  tieRecords,
  type DecisionMemo,
  type EvidenceStatus,
  type MemoTie
} from '$lib/domain/memo';
import { rankingRows, type RankingRow } from '$lib/domain/ranking-rows';
import { scoreProcurement, type ScoringInput, type ScoringResult } from '$lib/domain/scoring';
import { scoringInputOf } from '$lib/domain/scoring-input';
import { documentLocale } from '$lib/domain/document-language';
import { bundleInLanguage } from '$lib/domain/requirement-text';
import { itemExceptions, type ItemException } from '$lib/domain/soc2-exceptions';
import { loadAttestationTypes, localToday } from './attestation-types';
import { runStability } from './stability-client';
import type { WorkspaceState } from './workspace.svelte';

export class ResultsState {
  #workspace: () => WorkspaceState;
  #types = $state.raw<AttestationTypeInfo[] | null>(null);
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
  statuses: Record<string, EvidenceStatus> = $derived.by(() => {
    const bundle = this.#workspace().bundle;
    return bundle && this.#types ? evidenceStatuses(bundle, this.#types, localToday()) : {};
  });
  explanation: Explanation | null = $derived(
    this.input && this.result && this.#target ? explainFigure(this.input, this.result, this.#target) : null
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
  /** The attestation rules are loaded (evidence statuses are known). */
  get statusesReady(): boolean {
    return this.#types !== null;
  }

  /** Loads the attestation types' validity rules; without them the memo shows no status. */
  async load(): Promise<void> {
    try {
      this.#types = await loadAttestationTypes();
    } catch {
      this.#types = [];
    }
  }

  /** Opens the explanation of a figure (from the table: a fresh trail). */
  explain(target: ExplainTarget): void {
    this.#trail = [];
    this.#target = target;
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

  /**
   * The share of first places over the stability draws, for the memo: computed off the main
   * thread (the same worker as the stability panel); null until it arrives or when there is
   * nothing to compare.
   */
  #shares = $state.raw<Record<string, number> | null>(null);

  /** Starts the draws for the memo; the returned function stops them (page left). */
  startDraws(): () => void {
    const { input, result } = this;
    this.#shares = null;
    if (!input || !result || result.ranking.length < 2) return () => {};
    const controller = new AbortController();
    const done = (): void => controller.abort();
    runStability(input, {
      signal: controller.signal,
      onDraws: (draws) => {
        this.#shares = draws.firstPlaceShare;
        // One-at-a-time is not in the memo: stop once the draws are in.
        done();
      }
    }).catch(() => {
      // Aborted, or unusable stability settings: the memo says the analysis was not run.
    });
    return done;
  }

  /** The decision memo, with the share of first places once the draws are in. */
  memo(): DecisionMemo | null {
    const bundle = this.#workspace().bundle;
    const { result } = this;
    if (!bundle || !result) return null;
    return buildMemo({
      bundle,
      result,
      statuses: this.statuses,
      date: localToday(),
      firstPlaceShare: this.#shares
    });
  }
}
