/**
 * Starts the stability analysis in `stability.worker.ts` and hands each result back as it comes:
 * the share of first places over the draws, then the changes of first place one at a time.
 * Aborting the signal ends the worker at once (the panel went away, or the input changed). Where
 * a worker cannot start (Node, unit tests, a blocked worker), the same analysis runs on the main
 * thread, yielding between the two parts.
 */
import { nextTask } from '$lib/charts/deferred';
import type { ScoringInput } from '$lib/domain/scoring';
import type { OneAtATimeResult, RandomDrawsResult } from '$lib/domain/stability';
import { runWorkerTask, WorkerStartError } from '$lib/io/worker-task';
import {
  SLICE_ROWS,
  type StabilityMessage,
  type StabilityPhase,
  type StabilityRequest
} from './stability.worker';

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
  callbacks.onPhase?.('draws');
  await nextTask();
  signal?.throwIfAborted();
  callbacks.onDraws?.(randomDraws(input));
  callbacks.onPhase?.('oneAtATime');
  await nextTask();
  signal?.throwIfAborted();
  callbacks.onOneAtATime?.(oneAtATime(input));
}

/** A copy that can be cloned: a reactive proxy (or anything else that cannot) goes as its JSON copy. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The input as the worker takes it: without its grades and consensus rows, which follow in
 * slices of `SLICE_ROWS`, each posted in its own task when the worker asks for it.
 */
export function inSlices(input: ScoringInput): {
  head: ScoringInput;
  slices: Pick<ScoringInput, 'grades' | 'consensus'>[];
} {
  const slices: Pick<ScoringInput, 'grades' | 'consensus'>[] = [];
  for (let at = 0; at < input.grades.length; at += SLICE_ROWS) {
    slices.push({ grades: input.grades.slice(at, at + SLICE_ROWS), consensus: [] });
  }
  for (let at = 0; at < input.consensus.length; at += SLICE_ROWS) {
    slices.push({ grades: [], consensus: input.consensus.slice(at, at + SLICE_ROWS) });
  }
  return { head: { ...input, grades: [], consensus: [] }, slices };
}

function runInWorker(input: ScoringInput, callbacks: StabilityCallbacks): Promise<void> {
  const { head, slices } = inSlices(input);
  return runWorkerTask<StabilityRequest, StabilityMessage, void>({
    start: () => new Worker(new URL('./stability.worker.ts', import.meta.url), { type: 'module' }),
    // The workspace's bundle is plain data already; what cannot be cloned goes as its JSON copy,
    // which costs more on the main thread.
    request: { head, slices: slices.length },
    plainRequest: () => ({ head: plain(head), slices: slices.length }),
    result: () => undefined,
    onMessage: (message, reply) => {
      if (message.type !== 'more') deliver(message, callbacks);
      else {
        const slice = slices[message.index]!;
        reply({ slice }, () => ({ slice: plain(slice) }));
      }
    },
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
