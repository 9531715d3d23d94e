/**
 * Runs the stability analysis (`domain/stability.ts`) off the main thread, so the page stays
 * responsive however large the procurement: the random draws first (fast), then one at a time
 * (one engine run per variation, slow at large sizes), each result posted as soon as it is known.
 * Imports domain code only. `stability-client.ts` starts it as a module worker and ends it on cancel.
 */
import type { ScoringInput } from '../domain/scoring';
import { oneAtATime, randomDraws, type OneAtATimeResult, type RandomDrawsResult } from '../domain/stability';

export type StabilityPhase = 'draws' | 'oneAtATime';

/**
 * Plain objects only: they are structured-cloned into the worker. A large input comes in parts:
 * `head` (the input without its grades and consensus rows, and how many slices follow), then each
 * `slice` when the worker asks for it (`more`), so no one message holds the page's main thread
 * (cloning 30 vendors × 1,500 items × 5 evaluators' grades at once took over half a second).
 */
export type StabilityRequest =
  | { input: ScoringInput }
  | { head: ScoringInput; slices: number }
  | { slice: Pick<ScoringInput, 'grades' | 'consensus'> };

/** The rows of grades or consensus in one slice. */
export const SLICE_ROWS = 20_000;

export type StabilityMessage =
  | { type: 'phase'; phase: StabilityPhase }
  | { type: 'draws'; result: RandomDrawsResult }
  | { type: 'oneAtATime'; result: OneAtATimeResult }
  | { type: 'more'; index: number }
  | { type: 'done' }
  | { type: 'error'; message: string };

/** The worker's whole job, apart from the messaging (so it runs, and is tested, without a worker). */
export function handleStability(
  request: { input: ScoringInput },
  post: (message: StabilityMessage) => void
): void {
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

/**
 * The worker's side of the conversation: a whole input runs at once; a `head` waits for its
 * slices, asking for each in turn, and runs once the last is in.
 */
export function stabilityJob(post: (message: StabilityMessage) => void): (request: StabilityRequest) => void {
  let head: ScoringInput | null = null;
  let expected = 0;
  let grades: ScoringInput['grades'] = [];
  let consensus: ScoringInput['consensus'] = [];
  let received = 0;
  return (request) => {
    if ('input' in request) {
      handleStability(request, post);
      return;
    }
    if ('head' in request) {
      head = request.head;
      expected = request.slices;
      grades = [];
      consensus = [];
      received = 0;
    } else if (head) {
      for (const grade of request.slice.grades) grades.push(grade);
      for (const row of request.slice.consensus) consensus.push(row);
      received++;
    }
    if (!head) return;
    if (received < expected) post({ type: 'more', index: received });
    else handleStability({ input: { ...head, grades, consensus } }, post);
  };
}

// In a dedicated worker (`self` without a document); imported elsewhere (a unit test), it stays idle.
if (typeof self !== 'undefined' && typeof document === 'undefined') {
  const job = stabilityJob((message) => self.postMessage(message));
  self.addEventListener('message', (event: MessageEvent<StabilityRequest>) => job(event.data));
}
