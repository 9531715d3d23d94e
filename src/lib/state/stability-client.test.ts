import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import type { ScoringInput } from '$lib/domain/scoring';
import { scoringInputOf } from '$lib/domain/scoring-input';
import { sha256Text } from '$lib/domain/sha256';
import { oneAtATime, randomDraws } from '$lib/domain/stability';
import type { OneAtATimeResult, RandomDrawsResult } from '$lib/domain/stability';
import { inSlices, runStability, type StabilityPhase } from './stability-client';
import {
  handleStability,
  SLICE_ROWS,
  stabilityJob,
  type StabilityMessage,
  type StabilityRequest
} from './stability.worker';

function demoInput() {
  let n = 0;
  const bundle = buildDemoBundle({
    newId: () => `id-${++n}`,
    now: '2026-11-26T00:00:00.000Z',
    hash: sha256Text
  });
  // Few draws keep the test quick; the settings carry N, X and the seed to the worker.
  return scoringInputOf({
    ...bundle,
    criteriaVersions: bundle.criteriaVersions.map((v) => ({
      ...v,
      settings: { ...v.settings, stabilityDraws: 200 }
    }))
  });
}

function collect() {
  const phases: StabilityPhase[] = [];
  const seen: { draws?: RandomDrawsResult; oneAtATime?: OneAtATimeResult } = {};
  return {
    phases,
    seen,
    callbacks: {
      onPhase: (p: StabilityPhase) => phases.push(p),
      onDraws: (r: RandomDrawsResult) => (seen.draws = r),
      onOneAtATime: (r: OneAtATimeResult) => (seen.oneAtATime = r)
    }
  };
}

describe('handleStability (the worker’s job)', () => {
  it('posts the draws, then one at a time, then done, with the domain’s own results', () => {
    const input = demoInput();
    const messages: StabilityMessage[] = [];
    handleStability({ input }, (m) => messages.push(m));
    expect(messages.map((m) => m.type)).toEqual(['phase', 'draws', 'phase', 'oneAtATime', 'done']);
    expect(messages[1]).toEqual({ type: 'draws', result: randomDraws(input) });
    expect(messages[3]).toEqual({ type: 'oneAtATime', result: oneAtATime(input) });
  });

  it('reports a failure as a message instead of throwing', () => {
    const input = demoInput();
    input.settings = { ...input.settings, stabilityVariation: 2 };
    const messages: StabilityMessage[] = [];
    handleStability({ input }, (m) => messages.push(m));
    expect(messages.at(-1)).toMatchObject({ type: 'error', message: expect.stringContaining('variation') });
  });
});

describe('a large input in slices', () => {
  it('cuts the grades and the consensus rows into slices of SLICE_ROWS, the rest in the head', () => {
    const input = demoInput();
    const grade = input.grades[0]!;
    const big = {
      ...input,
      grades: Array.from({ length: 2 * SLICE_ROWS + 1 }, () => grade),
      consensus: Array.from({ length: 3 }, () => ({}) as ScoringInput['consensus'][number])
    };
    const { head, slices } = inSlices(big);
    expect(head).toEqual({ ...big, grades: [], consensus: [] });
    expect(slices.map((s) => [s.grades.length, s.consensus.length])).toEqual([
      [SLICE_ROWS, 0],
      [SLICE_ROWS, 0],
      [1, 0],
      [0, 3]
    ]);
  });

  it('the worker asks for each slice in turn and runs on the input put back together', () => {
    const input = demoInput();
    const third = Math.ceil(input.grades.length / 3);
    const slices = [0, 1, 2].map((k) => ({
      grades: input.grades.slice(k * third, (k + 1) * third),
      consensus: k === 2 ? input.consensus : []
    }));
    const messages: StabilityMessage[] = [];
    const job = stabilityJob((m) => messages.push(m));
    job({ head: { ...input, grades: [], consensus: [] }, slices: 3 });
    for (const slice of slices) job({ slice });
    expect(messages.slice(0, 3)).toEqual([0, 1, 2].map((index) => ({ type: 'more', index })));
    expect(messages.slice(3).map((m) => m.type)).toEqual(['phase', 'draws', 'phase', 'oneAtATime', 'done']);
    expect(messages[4]).toEqual({ type: 'draws', result: randomDraws(input) });
  });
});

describe('runStability without workers (Node): on the main thread', () => {
  it('delivers both results, the draws first', async () => {
    const input = demoInput();
    const { phases, seen, callbacks } = collect();
    await runStability(input, callbacks);
    expect(phases).toEqual(['draws', 'oneAtATime']);
    expect(seen.draws).toEqual(randomDraws(input));
    expect(seen.oneAtATime).toEqual(oneAtATime(input));
  });

  it('stops when aborted, delivering nothing more', async () => {
    const controller = new AbortController();
    const { seen, callbacks } = collect();
    const run = runStability(demoInput(), { ...callbacks, signal: controller.signal });
    controller.abort(new Error('gone'));
    await expect(run).rejects.toThrow('gone');
    expect(seen).toEqual({});
  });
});

describe('runStability with a worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A stand-in Worker running the same job asynchronously, recording what it was sent. */
  function stubWorker() {
    const state = { terminated: 0, received: [] as StabilityRequest[] };
    class FakeWorker extends EventTarget {
      #job = stabilityJob((data) => {
        if (!state.terminated) this.dispatchEvent(new MessageEvent('message', { data }));
      });
      constructor(url: URL, options: WorkerOptions) {
        super();
        expect(String(url)).toContain('stability.worker');
        expect(options.type).toBe('module');
      }
      postMessage(request: StabilityRequest) {
        // As a real worker does: refuse what structured cloning cannot copy.
        const copy = structuredClone(request);
        state.received.push(request);
        setTimeout(() => {
          if (!state.terminated) this.#job(copy);
        }, 0);
      }
      terminate() {
        state.terminated++;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    return state;
  }

  it('sends the input in slices and delivers what the worker posts, then ends it', async () => {
    const worker = stubWorker();
    const input = demoInput();
    const { phases, seen, callbacks } = collect();
    await runStability(input, callbacks);
    const { head, slices } = inSlices(input);
    expect(slices.length).toBeGreaterThan(0);
    expect(worker.received).toEqual([{ head, slices: slices.length }, ...slices.map((slice) => ({ slice }))]);
    expect(phases).toEqual(['draws', 'oneAtATime']);
    expect(seen.draws).toEqual(randomDraws(input));
    expect(seen.oneAtATime).toEqual(oneAtATime(input));
    expect(worker.terminated).toBe(1);
  });

  it('sends a JSON copy of an input that cannot be cloned (a proxy, a function)', async () => {
    const worker = stubWorker();
    const input = demoInput();
    const odd = { ...input, settings: { ...input.settings, extra: () => 1 } };
    const { seen, callbacks } = collect();
    await runStability(odd as ScoringInput, callbacks);
    const first = worker.received[0]!;
    expect('head' in first && first.head.settings).not.toHaveProperty('extra');
    expect(seen.draws).toEqual(randomDraws(input));
  });

  it('ends the worker at once when aborted', async () => {
    const worker = stubWorker();
    const controller = new AbortController();
    const { seen, callbacks } = collect();
    const run = runStability(demoInput(), { ...callbacks, signal: controller.signal });
    controller.abort(new Error('panel closed'));
    await expect(run).rejects.toThrow('panel closed');
    expect(worker.terminated).toBe(1);
    expect(seen).toEqual({});
  });
});
