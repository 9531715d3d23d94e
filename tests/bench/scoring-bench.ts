// Measurements for the scoring engine, run by tests/bench/scoring.mjs through Vite (TypeScript, $lib).
// The input is generated deterministically; each figure is a median of repeated runs after a
// warm-up, with a bare loop over the same grades (Σ points × factor per vendor, plain numbers) as
// the floor it is compared to.
import { defaultSettings, newEvaluator, newVendor } from '$lib/domain/defaults';
import type { Grade, Requirement, Vendor } from '$lib/domain/model';
import { scoreProcurement, type ScoringInput } from '$lib/domain/scoring';
import { oneAtATime, randomDraws } from '$lib/domain/stability';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(work: () => unknown, repeat: number): number {
  work(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const P = 'bench';
const CEILING = 100_000_000;

/** A procurement of the given size: every item a fifth mandatory, every grade present, all bids. */
export function generatedInput(vendorCount: number, requirementCount: number, evaluatorCount: number) {
  const settings = { ...defaultSettings(), ceilingPrice: CEILING };
  const requirements: Requirement[] = Array.from({ length: requirementCount }, (_, i) => ({
    id: `r${i}`,
    procurementId: P,
    order: i,
    ref: `R-${String(i + 1).padStart(4, '0')}`,
    domain: `${(i % 14) + 5} 分野`,
    title: `要件 ${i + 1}`,
    text: '',
    kind: i % 5 === 0 ? 'mandatory' : 'scored',
    basePoints: i % 5 === 0 ? (i % 4) + 1 : 0,
    points: i % 5 === 0 ? 0 : (i % 4) + 1,
    appliesTo: 'csp',
    acceptedAttestations: [],
    controlRefs: [],
    sourceRef: null
  }));
  const evaluators = Array.from({ length: evaluatorCount }, (_, e) =>
    newEvaluator(`e${e}`, P, e, `評価者 ${e}`)
  );
  const vendors: Vendor[] = Array.from({ length: vendorCount }, (_, v) => ({
    ...newVendor(`v${v}`, P, v, `事業者 ${v}`),
    bidPrice: 60_000_000 + ((v * 7_919_993) % 39_000_000)
  }));
  const codes = settings.rubric.map((level) => level.code);
  const grades: Grade[] = [];
  // A small linear congruential generator, so the grades are varied but always the same.
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  for (const vendor of vendors) {
    for (const req of requirements) {
      for (const ev of evaluators) {
        const r = next() >>> 8;
        grades.push({
          id: `${vendor.id}-${req.id}-${ev.id}`,
          procurementId: P,
          evaluatorId: ev.id,
          vendorId: vendor.id,
          requirementId: req.id,
          verdict: req.kind === 'mandatory' ? (r % 50 === 0 ? 'fail' : 'pass') : null,
          level: req.kind === 'scored' ? codes[r % 4]! : null,
          rationale: '根拠',
          updatedAt: '2026-01-01T00:00:00.000Z'
        });
      }
    }
  }
  const input: ScoringInput = { requirements, settings, evaluators, vendors, grades, consensus: [] };
  return input;
}

/** The floor: Σ points × factor per vendor over the same grades, with plain numbers. */
function bareLoop(input: ScoringInput): Map<string, number> {
  const points = new Map(input.requirements.map((r) => [r.id, r.points]));
  const factor = new Map(input.settings.rubric.map((l) => [l.code, l.factor]));
  const perVendor = new Map<string, number>();
  for (const g of input.grades) {
    const p = points.get(g.requirementId)!;
    const f = g.level === null ? (g.verdict === 'pass' ? 1 : 0) : factor.get(g.level)!;
    perVendor.set(g.vendorId, (perVendor.get(g.vendorId) ?? 0) + p * f);
  }
  return perVendor;
}

export function scoring(vendorCount = 30, requirementCount = 1500, evaluatorCount = 5, repeat = 9) {
  const input = generatedInput(vendorCount, requirementCount, evaluatorCount);
  const engineMs = time(() => scoreProcurement(input), repeat);
  const floorMs = time(() => bareLoop(input), repeat);
  const result = scoreProcurement(input);
  return {
    vendors: vendorCount,
    requirements: requirementCount,
    mandatory: input.requirements.filter((r) => r.kind === 'mandatory').length,
    evaluators: evaluatorCount,
    grades: input.grades.length,
    engineMs,
    floorMs,
    ranked: result.ranking.length,
    first: result.ranking[0] ?? null
  };
}

export function draws(count = 2000, vendorCount = 30, requirementCount = 1500, evaluatorCount = 5) {
  const input = generatedInput(vendorCount, requirementCount, evaluatorCount);
  const start = performance.now();
  const result = randomDraws(input, { draws: count });
  const ms = performance.now() - start;
  return {
    draws: result.draws,
    ms,
    noWinner: result.noWinner,
    winners: Object.keys(result.firstPlaceShare).length
  };
}

/** One at a time at the same size: 2 × scored items points variations and each evaluator left out. */
export function oneAtATimeRun(vendorCount = 30, requirementCount = 1500, evaluatorCount = 5) {
  const input = generatedInput(vendorCount, requirementCount, evaluatorCount);
  const start = performance.now();
  const result = oneAtATime(input);
  const ms = performance.now() - start;
  const scored = input.requirements.filter((r) => r.kind === 'scored').length;
  return {
    ms,
    variations: 2 * scored + evaluatorCount,
    evaluators: evaluatorCount,
    changes: result.changes.length,
    base: result.base
  };
}
