/**
 * The decision memo of the open procurement: the results stage's scoring (`ResultsState`), the
 * attestation statuses (once the types' validity rules are loaded) and the share of first places
 * over the stability draws, as one document. Nothing is built before the technical evaluation is
 * closed: `memo()` is null until then.
 */
import type { AttestationTypeInfo } from '$lib/domain/catalogue';
import { buildMemo, evidenceStatuses, type DecisionMemo, type EvidenceStatus } from '$lib/domain/memo';
import type { ScoringInput } from '$lib/domain/scoring';
import { loadAttestationTypes, localToday } from './attestation-types';
import { ResultsState } from './results.svelte';
import type { WorkspaceState } from './workspace.svelte';

export class MemoState {
  #workspace: () => WorkspaceState;
  #results: ResultsState;
  #types = $state.raw<AttestationTypeInfo[] | null>(null);
  /** The share of first places over the draws: null until they arrive or with nothing to compare. */
  #shares = $state.raw<Record<string, number> | null>(null);

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

  /**
   * Starts the stability draws for the share of first places, off the main thread (the same
   * worker as the stability panel); the returned function stops them (page left). The worker's
   * client loads here, once the memo shows: the document does not wait for it.
   */
  startDraws(): () => void {
    const { input, result } = this.#results;
    this.#shares = null;
    if (!input || !result || result.ranking.length < 2) return () => {};
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
                // One-at-a-time is not in the memo: stop once the draws are in.
                done();
              }
            })
      )
      .catch(() => {
        // Aborted, or unusable stability settings: the memo says the analysis was not run.
      });
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
