/**
 * The decision memo of the open procurement: the results stage's scoring (`ResultsState`), the
 * attestation statuses (once the types' validity rules are loaded) and the share of first places
 * over the stability draws, as one document. Nothing is built before the technical evaluation is
 * closed: `memo()` is null until then.
 */
import type { AttestationTypeInfo } from '$lib/domain/catalogue';
import { buildMemo, evidenceStatuses, type DecisionMemo, type EvidenceStatus } from '$lib/domain/memo';
import type { ScoringInput } from '$lib/domain/scoring';
import type { CorrectionWording } from '$lib/i18n/correction-wording';
import { loadAttestationTypes, localToday } from './attestation-types';
import { ResultsState } from './results.svelte';
import type { WorkspaceState } from './workspace.svelte';

export class MemoState {
  #workspace: () => WorkspaceState;
  #results: ResultsState;
  #types = $state.raw<AttestationTypeInfo[] | null>(null);
  /** The share of first places over the draws: null until they arrive or with nothing to compare. */
  #shares = $state.raw<Record<string, number> | null>(null);
  /** The draws for the current input have ended: their shares are in, or they could not run. */
  #drawsEnded = $state(false);
  #wording = $state.raw<CorrectionWording | null>(null);

  statuses: Record<string, EvidenceStatus> = $derived.by(() => {
    const bundle = this.#workspace().bundle;
    return bundle && this.#types ? evidenceStatuses(bundle, this.#types, localToday()) : {};
  });

  constructor(workspace: () => WorkspaceState) {
    this.#workspace = workspace;
    this.#results = new ResultsState(workspace);
  }

  /** The scored input, once released (the draws restart when it changes). */
  get input(): ScoringInput | null {
    return this.#results.input;
  }
  /**
   * The memo's share of first places is still to come: there are two ranked vendors to compare and
   * the draws have not ended. The memo says so, rather than that the analysis was not run, and the
   * page does not print it until they end.
   */
  get stabilityPending(): boolean {
    const ranked = this.#results.result?.ranking.length ?? 0;
    return this.#results.input !== null && ranked >= 2 && !this.#drawsEnded;
  }
  /** The attestation rules are loaded (evidence statuses are known). */
  get statusesReady(): boolean {
    return this.#types !== null;
  }

  /** How post-close corrections are put in words, once loaded (`loadCorrectionWording`). */
  get correctionWording(): CorrectionWording | null {
    return this.#wording;
  }

  /** Loads the wording of post-close corrections: only a memo that lists some needs it. */
  async loadCorrectionWording(): Promise<void> {
    this.#wording ??= await import('$lib/i18n/correction-wording');
  }

  /** Loads the attestation types' validity rules; without them the memo shows no status. */
  async load(): Promise<void> {
    try {
      this.#types = await loadAttestationTypes();
    } catch {
      this.#types = [];
    }
  }

  /**
   * Starts the stability draws for the share of first places, off the main thread (the same
   * worker as the stability panel); the returned function stops them (page left). The worker's
   * client loads here, once the memo shows: the document does not wait for it.
   */
  startDraws(): () => void {
    const { input, result } = this.#results;
    this.#shares = null;
    this.#drawsEnded = false;
    if (!input || !result || result.ranking.length < 2) {
      this.#drawsEnded = true;
      return () => {};
    }
    const controller = new AbortController();
    const done = (): void => controller.abort();
    import('./stability-client')
      .then(({ runStability }) =>
        controller.signal.aborted
          ? undefined
          : runStability(input, {
              signal: controller.signal,
              onDraws: (draws) => {
                this.#shares = draws.firstPlaceShare;
                this.#drawsEnded = true;
                // One-at-a-time is not in the memo: stop once the draws are in.
                done();
              }
            })
      )
      .then(
        () => {
          // Ended without draws to show: the memo says the analysis was not run.
          this.#drawsEnded = true;
        },
        () => {
          // Unusable stability settings, unless the page was left or the draws are in.
          if (!controller.signal.aborted) this.#drawsEnded = true;
        }
      );
    return done;
  }

  /** The decision memo, with the share of first places once the draws are in. */
  memo(): DecisionMemo | null {
    const bundle = this.#workspace().bundle;
    const { result } = this.#results;
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
