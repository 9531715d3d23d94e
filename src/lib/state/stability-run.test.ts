import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import { scoringInputOf } from '$lib/domain/scoring-input';
import { sha256Text } from '$lib/domain/sha256';
import { oneAtATime, randomDraws } from '$lib/domain/stability';
import { StabilityRun } from './stability-run.svelte';

function demoInput(draws = 100) {
  let n = 0;
  const input = scoringInputOf(
    buildDemoBundle({ newId: () => `id-${++n}`, now: '2026-11-26T00:00:00.000Z', hash: sha256Text })
  );
  return { ...input, settings: { ...input.settings, stabilityDraws: draws } };
}

const settle = async (run: StabilityRun) => {
  for (let i = 0; i < 200 && run.phase !== null; i++) await new Promise((r) => setTimeout(r, 5));
};

describe('StabilityRun (no worker in Node: the same analysis on the main thread)', () => {
  it('runs to the end and holds both results', async () => {
    const input = demoInput();
    const run = new StabilityRun();
    run.start(input);
    expect(run.phase).toBe('draws');
    await settle(run);
    expect(run.phase).toBeNull();
    expect(run.draws).toEqual(randomDraws(input));
    expect(run.oneAtATime).toEqual(oneAtATime(input));
    expect([run.error, run.stopped]).toEqual([null, false]);
  });

  it('stops when asked: no more results, and says it was stopped', async () => {
    const run = new StabilityRun();
    run.start(demoInput());
    run.stop();
    await new Promise((r) => setTimeout(r, 30));
    expect([run.phase, run.stopped, run.draws, run.oneAtATime]).toEqual([null, true, null, null]);
  });

  it('a new start replaces the running one; only its results are kept', async () => {
    const run = new StabilityRun();
    run.start(demoInput(50));
    const second = demoInput(80);
    run.start(second);
    await settle(run);
    expect(run.draws?.draws).toBe(80);
  });

  it('reports a failure of the analysis', async () => {
    const input = demoInput();
    const run = new StabilityRun();
    run.start({ ...input, settings: { ...input.settings, stabilityVariation: 3 } });
    await settle(run);
    expect(run.error).toContain('variation');
    expect(run.phase).toBeNull();
  });
});
