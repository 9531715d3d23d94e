/**
 * Starts the stability analysis in `stability.worker.ts` and hands each result back as it comes:
 * the share of first places over the draws, then the changes of first place one at a time.
 * Aborting the signal ends the worker at once (the panel went away, or the input changed). Where
 * a worker cannot start (Node, unit tests, a blocked worker), the same analysis runs on the main
 * thread, yielding between the two parts.
 */
import type { ScoringInput } from '$lib/domain/scoring';
import type { OneAtATimeResult, RandomDrawsResult } from '$lib/domain/stability';
import { runWorkerTask, WorkerStartError } from '$lib/io/worker-task';
import type { StabilityMessage, StabilityPhase, StabilityRequest } from './stability.worker';

export type { StabilityPhase } from './stability.worker';

export interface StabilityCallbacks {
  onPhase?: (phase: StabilityPhase) => void;
  onDraws?: (result: RandomDrawsResult) => void;
  onOneAtATime?: (result: OneAtATimeResult) => void;
  signal?: AbortSignal;
}

function deliver(message: StabilityMessage, callbacks: StabilityCallbacks): void {
  if (message.type === 'phase') callbacks.onPhase?.(message.phase);
  else if (message.type === 'draws') callbacks.onDraws?.(message.result);
  else if (message.type === 'oneAtATime') callbacks.onOneAtATime?.(message.result);
}

async function runOnMainThread(input: ScoringInput, callbacks: StabilityCallbacks): Promise<void> {
  const { oneAtATime, randomDraws } = await import('$lib/domain/stability');
  const { signal } = callbacks;
  // Part by part, letting the page paint (and a cancel arrive) in between.
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  callbacks.onPhase?.('draws');
  await pause();
  signal?.throwIfAborted();
  callbacks.onDraws?.(randomDraws(input));
  callbacks.onPhase?.('oneAtATime');
  await pause();
  signal?.throwIfAborted();
  callbacks.onOneAtATime?.(oneAtATime(input));
}

function runInWorker(input: ScoringInput, callbacks: StabilityCallbacks): Promise<void> {
  return runWorkerTask<StabilityRequest, StabilityMessage, void>({
    start: () => new Worker(new URL('./stability.worker.ts', import.meta.url), { type: 'module' }),
    // The workspace's bundle is plain data already; a reactive proxy (or anything else that cannot
    // be cloned) goes as its JSON copy, which costs more on the main thread.
    request: { input },
    plainRequest: () => ({ input: JSON.parse(JSON.stringify(input)) as ScoringInput }),
    result: () => undefined,
    onMessage: (message) => deliver(message, callbacks),
    signal: callbacks.signal,
    name: 'the stability analysis'
  });
}

/**
 * Runs `randomDraws` and `oneAtATime` on `input` with its own settings (X, N, seed), off the main
 * thread. Resolves when both are delivered; rejects with the signal's reason when aborted, or on an
 * unexpected failure of the analysis.
 */
export async function runStability(input: ScoringInput, callbacks: StabilityCallbacks = {}): Promise<void> {
  callbacks.signal?.throwIfAborted();
  if (typeof Worker === 'undefined') return runOnMainThread(input, callbacks);
  try {
    await runInWorker(input, callbacks);
  } catch (error) {
    if (!(error instanceof WorkerStartError)) throw error;
    callbacks.signal?.throwIfAborted();
    await runOnMainThread(input, callbacks);
  }
}
