import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import type { ScoringInput } from '$lib/domain/scoring';
import { scoringInputOf } from '$lib/domain/scoring-input';
import { sha256Text } from '$lib/domain/sha256';
import { oneAtATime, randomDraws } from '$lib/domain/stability';
import type { OneAtATimeResult, RandomDrawsResult } from '$lib/domain/stability';
import { runStability, type StabilityPhase } from './stability-client';
import { handleStability, type StabilityMessage, type StabilityRequest } from './stability.worker';

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
    const state = { terminated: 0, received: null as StabilityRequest | null };
    class FakeWorker extends EventTarget {
      constructor(url: URL, options: WorkerOptions) {
        super();
        expect(String(url)).toContain('stability.worker');
        expect(options.type).toBe('module');
      }
      postMessage(request: StabilityRequest) {
        // As a real worker does: refuse what structured cloning cannot copy.
        structuredClone(request);
        state.received = request;
        setTimeout(() => {
          if (state.terminated) return;
          handleStability(structuredClone(request), (data) => {
            if (!state.terminated) this.dispatchEvent(new MessageEvent('message', { data }));
          });
        }, 0);
      }
      terminate() {
        state.terminated++;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    return state;
  }

  it('sends the input and delivers what the worker posts, then ends it', async () => {
    const worker = stubWorker();
    const input = demoInput();
    const { phases, seen, callbacks } = collect();
    await runStability(input, callbacks);
    expect(worker.received?.input).toEqual(JSON.parse(JSON.stringify(input)));
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
    expect(worker.received?.input.settings).not.toHaveProperty('extra');
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
