/**
 * Runs the stability analysis (`domain/stability.ts`) off the main thread, so the page stays
 * responsive however large the procurement: the random draws first (fast), then one at a time
 * (one engine run per variation, slow at large sizes), each result posted as soon as it is known.
 * Imports domain code only. `stability-client.ts` starts it as a module worker and ends it on cancel.
 */
import type { ScoringInput } from '../domain/scoring';
import { oneAtATime, randomDraws, type OneAtATimeResult, type RandomDrawsResult } from '../domain/stability';

export type StabilityPhase = 'draws' | 'oneAtATime';

export interface StabilityRequest {
  /** Plain objects only: they are structured-cloned into the worker. */
  input: ScoringInput;
}

export type StabilityMessage =
  | { type: 'phase'; phase: StabilityPhase }
  | { type: 'draws'; result: RandomDrawsResult }
  | { type: 'oneAtATime'; result: OneAtATimeResult }
  | { type: 'done' }
  | { type: 'error'; message: string };

/** The worker's whole job, apart from the messaging (so it runs, and is tested, without a worker). */
export function handleStability(request: StabilityRequest, post: (message: StabilityMessage) => void): void {
  try {
    post({ type: 'phase', phase: 'draws' });
    post({ type: 'draws', result: randomDraws(request.input) });
    post({ type: 'phase', phase: 'oneAtATime' });
    post({ type: 'oneAtATime', result: oneAtATime(request.input) });
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

// In a dedicated worker (`self` without a document); imported elsewhere (a unit test), it stays idle.
if (typeof self !== 'undefined' && typeof document === 'undefined') {
  self.addEventListener('message', (event: MessageEvent<StabilityRequest>) => {
    handleStability(event.data, (message) => self.postMessage(message));
  });
}
