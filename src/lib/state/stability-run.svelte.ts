/**
 * One run of the stability analysis for a panel: starts it off the main thread (`runStability`),
 * exposes what has arrived so far (the draws, then one at a time) and the phase, and cancels the
 * worker on `stop()` or when a new run replaces it. Starting again clears the previous results.
 */
import type { ScoringInput } from '$lib/domain/scoring';
import type { OneAtATimeResult, RandomDrawsResult } from '$lib/domain/stability';
import { runStability, type StabilityPhase } from './stability-client';

export class StabilityRun {
  #phase = $state<StabilityPhase | null>(null);
  #draws = $state.raw<RandomDrawsResult | null>(null);
  #oneAtATime = $state.raw<OneAtATimeResult | null>(null);
  #error = $state<string | null>(null);
  #stopped = $state(false);
  #controller: AbortController | null = null;

  /** The part running now; null when finished, stopped or failed. */
  get phase(): StabilityPhase | null {
    return this.#phase;
  }
  get draws(): RandomDrawsResult | null {
    return this.#draws;
  }
  get oneAtATime(): OneAtATimeResult | null {
    return this.#oneAtATime;
  }
  get error(): string | null {
    return this.#error;
  }
  get stopped(): boolean {
    return this.#stopped;
  }

  start(input: ScoringInput): void {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#draws = null;
    this.#oneAtATime = null;
    this.#error = null;
    this.#stopped = false;
    this.#phase = 'draws';
    const current = () => this.#controller === controller;
    runStability(input, {
      signal: controller.signal,
      onPhase: (phase) => current() && (this.#phase = phase),
      onDraws: (result) => current() && (this.#draws = result),
      onOneAtATime: (result) => current() && (this.#oneAtATime = result)
    }).then(
      () => {
        if (current()) this.#phase = null;
      },
      (error: unknown) => {
        if (controller.signal.aborted || !current()) return;
        this.#error = error instanceof Error ? error.message : String(error);
        this.#phase = null;
      }
    );
  }

  /** Ends the running analysis (the worker is terminated); what arrived stays shown. */
  stop(): void {
    if (this.#phase !== null) this.#stopped = true;
    this.#phase = null;
    this.#controller?.abort();
    this.#controller = null;
  }
}
