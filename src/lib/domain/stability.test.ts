import { describe, expect, it } from 'vitest';
import { defaultSettings } from './defaults';
import type { ScoringSettings } from './model';
import { add, mul, sub, toNumber, toRational } from './rounding';
import { scoreProcurement, type ScoringInput } from './scoring';
import {
  drawFactors,
  drawFirstPlaces,
  firstPlace,
  mulberry32,
  oneAtATime,
  randomDraws,
  scalePoints,
  type StabilityChange
} from './stability';
import {
  scenarioInput as build,
  WORKED_EXAMPLE,
  type Scenario,
  type VendorScenario
} from '$lib/testing/fixtures';

/** The worked example of scoring-method.md (same grades as scoring/index.test.ts). */
const worked = WORKED_EXAMPLE;

/**
 * A close case, equal bids: X = 10 + 10 × 0.5 = 15, Y = 10 × 5/12 + 10 = 14.1666… (14.16), X first.
 * s1 × 0.8: X 13, Y 13.33; s2 × 1.2: X 16, Y 16.16; e3 left out: X 12.5, Y 15: Y first each time.
 * s1 × 1.2 (X 17, Y 15), s2 × 0.8 (X 14, Y 12.16), e1 or e2 left out (X 16.25, Y 13.75): X stays.
 */
const close: Scenario = {
  mandatory: [],
  scored: [10, 10],
  evaluators: 3,
  vendors: {
    X: { mandatory: [], scored: ['AAA', 'DDA'] },
    Y: { mandatory: [], scored: ['CCD', 'AAA'] }
  }
};

/** A larger case with pseudo-random grades: several vendors close enough to trade first place. */
function randomScenario(
  vendorCount: number,
  items: number,
  evaluators: number,
  seed: number,
  bidSteps = 30
): Scenario {
  const next = mulberry32(seed);
  const levels = 'ABCD';
  const vendors: Record<string, VendorScenario> = {};
  for (let v = 0; v < vendorCount; v++) {
    vendors[`V${v}`] = {
      mandatory: ['p'.repeat(evaluators)],
      scored: Array.from({ length: items }, () =>
        Array.from({ length: evaluators }, () => levels[Math.floor(next() * levels.length)]).join('')
      ),
      bid: 7_000_000 + Math.floor(next() * bidSteps) * 100_000
    };
  }
  return {
    mandatory: [10],
    scored: Array.from({ length: items }, (_, i) => 5 + (i % 4) * 5),
    evaluators,
    vendors
  };
}

describe('oneAtATime', () => {
  it('worked example: A first, and no single ±20 % or left-out evaluator changes it', () => {
    const input = build(worked);
    expect(input.settings.stabilityVariation).toBe(0.2);
    expect(oneAtATime(input)).toEqual({ base: 'A', changes: [] });
  });

  it('worked example at ±60 %: item 1 × 0.4, item 2 or 3 × 1.6 let B pass A', () => {
    // s1 × 0.4: A 20 + 11 + 15 + 4.1666 = 50.16 + 10 = 60.16; B 20 + 9 + 20 + 10 = 59 + 2.5 = 61.5.
    // s2 × 1.6: A 75.66 + 10 = 85.66, B 84.5 + 2.5 = 87; s3 × 1.6: A 79.16, B 81.
    const input = build({ ...worked, settings: { stabilityVariation: 0.6 } });
    expect(oneAtATime(input)).toEqual({
      base: 'A',
      changes: [
        { varied: { kind: 'points', requirementId: 's1', factor: 0.4 }, firstPlace: 'B' },
        { varied: { kind: 'points', requirementId: 's2', factor: 1.6 }, firstPlace: 'B' },
        { varied: { kind: 'points', requirementId: 's3', factor: 1.6 }, firstPlace: 'B' }
      ]
    });
  });

  it('close case: lists every flip, points and evaluator', () => {
    const expected: StabilityChange[] = [
      { varied: { kind: 'points', requirementId: 's1', factor: 0.8 }, firstPlace: 'Y' },
      { varied: { kind: 'points', requirementId: 's2', factor: 1.2 }, firstPlace: 'Y' },
      { varied: { kind: 'evaluatorLeftOut', evaluatorId: 'e3' }, firstPlace: 'Y' }
    ];
    expect(oneAtATime(build(close))).toEqual({ base: 'X', changes: expected });
  });

  it('reports null when a variation leaves an unsettled tie at the top', () => {
    const input = build({
      ...close,
      vendors: { X: { mandatory: [], scored: ['AAA', 'DDA'] }, Y: { mandatory: [], scored: ['CDA', 'BAA'] } }
    });
    // Base: X 15; Y 10 × 7/12 + 10 × 11/12 = 15 → tie on total and 技術点: no first place.
    expect(firstPlace(scoreProcurement(input))).toBeNull();
    const { base, changes } = oneAtATime(input);
    expect(base).toBeNull();
    // e3 out: X 10 + 2.5 = 12.5, Y 10 × 3/8 + 10 × 7/8 = 12.5: still a tie, so not a change.
    expect(changes.map((c) => c.varied)).not.toContainEqual({ kind: 'evaluatorLeftOut', evaluatorId: 'e3' });
    // s1 × 0.8: X 8 + 5 = 13, Y 8 × 7/12 + 9.1666 = 13.83 → Y; s1 × 1.2: X 17, Y 16.16 → X.
    expect(changes).toContainEqual({
      varied: { kind: 'points', requirementId: 's1', factor: 0.8 },
      firstPlace: 'Y'
    });
    expect(changes).toContainEqual({
      varied: { kind: 'points', requirementId: 's1', factor: 1.2 },
      firstPlace: 'X'
    });
  });

  it('leaving the only evaluator out leaves no first place', () => {
    const input = build({
      mandatory: [],
      scored: [10],
      evaluators: 1,
      vendors: { X: { mandatory: [], scored: ['A'] }, Y: { mandatory: [], scored: ['B'] } }
    });
    expect(oneAtATime(input)).toEqual({
      base: 'X',
      changes: [{ varied: { kind: 'evaluatorLeftOut', evaluatorId: 'e1' }, firstPlace: null }]
    });
  });

  it.each([-0.1, 1.5, Number.NaN])('rejects the variation %s', (x) => {
    expect(() => oneAtATime(build({ ...close, settings: { stabilityVariation: x } }))).toThrow(RangeError);
  });
});

describe('mulberry32', () => {
  it('repeats for a seed, differs between seeds, stays in [0, 1)', () => {
    const take = (seed: number) => {
      const next = mulberry32(seed);
      return Array.from({ length: 1000 }, () => next());
    };
    const a = take(1);
    expect(take(1)).toEqual(a);
    expect(take(2)).not.toEqual(a);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...a)).toBeLessThan(1);
    const mean = a.reduce((s, x) => s + x, 0) / a.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it('draws factors within [1 − X, 1 + X]', () => {
    const factors = drawFactors(mulberry32(7), 1000, 0.2);
    expect(Math.min(...factors)).toBeGreaterThanOrEqual(0.8);
    expect(Math.max(...factors)).toBeLessThan(1.2);
    expect(Math.min(...factors)).toBeLessThan(0.82);
    expect(Math.max(...factors)).toBeGreaterThan(1.18);
  });
});

describe('randomDraws', () => {
  it('repeats exactly for the same seed and differs for another seed', () => {
    const input = build(close);
    const first = randomDraws(input, { draws: 500, seed: 42 });
    expect(randomDraws(input, { draws: 500, seed: 42 })).toEqual(first);
    expect(drawFirstPlaces(input, { draws: 500, seed: 42 })).toEqual(
      drawFirstPlaces(input, { draws: 500, seed: 42 })
    );
    expect(drawFirstPlaces(input, { draws: 500, seed: 43 })).not.toEqual(
      drawFirstPlaces(input, { draws: 500, seed: 42 })
    );
    expect(randomDraws(input, { draws: 500, seed: 43 })).not.toEqual(first);
  });

  it('uses the settings by default', () => {
    const input = build({ ...close, settings: { stabilityDraws: 321, stabilitySeed: 9 } });
    const result = randomDraws(input);
    expect(result.draws).toBe(321);
    expect(result).toEqual(randomDraws(input, { draws: 321, seed: 9, variation: 0.2 }));
  });

  it.each([
    { name: 'close', scenario: close, variation: 0.2 },
    { name: 'worked example', scenario: worked, variation: 0.6 },
    { name: 'random 12 × 6 × 3', scenario: randomScenario(12, 6, 3, 5), variation: 0.2 }
  ])('$name: the shares and the no-winner draws add up to 1', ({ scenario, variation }) => {
    const result = randomDraws(build(scenario), { draws: 400, seed: 3, variation });
    const shares = Object.values(result.firstPlaceShare);
    expect(shares.length).toBeGreaterThan(1);
    expect(shares.reduce((a, b) => a + b, 0) + result.noWinner / result.draws).toBeCloseTo(1, 12);
    for (const share of shares) expect(share).toBeGreaterThan(0);
  });

  it('counts unsettled ties as no winner', () => {
    // X and Y identical: every draw ties on the total and on 技術点.
    const input = build({
      mandatory: [],
      scored: [10, 10],
      evaluators: 2,
      vendors: { X: { mandatory: [], scored: ['AB', 'CC'] }, Y: { mandatory: [], scored: ['AB', 'CC'] } }
    });
    expect(randomDraws(input, { draws: 50 })).toEqual({ draws: 50, firstPlaceShare: {}, noWinner: 50 });
    const resolved = { ...input, tieResolutions: [{ vendorIds: ['Y', 'X'], winnerId: 'Y' }] };
    expect(randomDraws(resolved, { draws: 50 })).toEqual({
      draws: 50,
      firstPlaceShare: { Y: 1 },
      noWinner: 0
    });
  });

  it.each([
    { name: 'worked example', scenario: worked },
    { name: 'close', scenario: close },
    { name: 'random 12 × 6 × 3', scenario: randomScenario(12, 6, 3, 5) }
  ])('$name: X = 0 gives the base winner 100 %', ({ scenario }) => {
    const input = build(scenario);
    const base = firstPlace(scoreProcurement(input));
    expect(base).not.toBeNull();
    expect(randomDraws(input, { draws: 200, variation: 0 })).toEqual({
      draws: 200,
      firstPlaceShare: { [base!]: 1 },
      noWinner: 0
    });
  });

  it('gives the close case to both vendors at ±20 %', () => {
    const { firstPlaceShare } = randomDraws(build(close), { draws: 2000 });
    expect(firstPlaceShare.X).toBeGreaterThan(0.5);
    expect(firstPlaceShare.Y).toBeGreaterThan(0.05);
  });

  it.each([-1, 1.5, Number.NaN])('rejects draws %s', (draws) => {
    expect(() => randomDraws(build(close), { draws })).toThrow(RangeError);
  });
});

describe('the fast path agrees with scoreProcurement', () => {
  const random = randomScenario(12, 6, 3, 5);
  const sameBids = randomScenario(12, 6, 3, 5, 1);
  it.each<[string, Scenario, Partial<ScoringSettings>]>([
    ['close, 加算方式 standard', close, {}],
    ['worked, ±60 %', worked, { stabilityVariation: 0.6 }],
    ['random, 加算方式 standard', random, {}],
    ['random, 加算方式 lowestRatio', random, { priceFormula: 'lowestRatio' }],
    ['random, same bids, 除算方式', sameBids, { priceMethod: 'division' }],
    ['random, price none', random, { priceMethod: 'none' }],
    [
      'random, price none, halfUp at 0 decimals',
      random,
      {
        priceMethod: 'none',
        rounding: { ...defaultSettings().rounding, mode: 'halfUp', technicalDecimals: 0, totalDecimals: 0 }
      }
    ],
    ['random, price none, minimum 加点', random, { priceMethod: 'none', minimumBonus: 45 }],
    ['random, 加算方式, minimum 技術点', random, { minimumTechnical: 52 }],
    ['random, 除算方式, minimum 技術点', sameBids, { priceMethod: 'division', minimumTechnical: 50.5 }]
  ])('%s', (_, scenario, patch) => {
    const input = build({ ...scenario, settings: { ...scenario.settings, ...patch } });
    const draws = 100;
    const seed = 11;
    const fast = drawFirstPlaces(input, { draws, seed });
    const next = mulberry32(seed);
    const scored = input.requirements.filter((r) => r.kind === 'scored');
    const slow = Array.from({ length: draws }, () => {
      const factors = drawFactors(next, scored.length, input.settings.stabilityVariation);
      const map = new Map(scored.map((r, i) => [r.id, factors[i]!]));
      return firstPlace(scoreProcurement(scalePoints(input, map)));
    });
    expect(fast).toEqual(slow);
    // The case must exercise something: more than one outcome, or a gate that removes vendors.
    expect(new Set(fast).size + (patch.minimumBonus || patch.ceilingPrice ? 1 : 0)).toBeGreaterThan(1);
    // A minimum 技術点 must leave some vendor out in some draw and rank it in another.
    if (patch.minimumTechnical) {
      const fates = scored.length && outcomesOf(input, draws, seed);
      expect(fates).toEqual({ excluded: true, ranked: true });
    }
  });
});

/** Whether, over the draws, some vendor is excluded by the minimum 技術点 and some is ranked. */
function outcomesOf(input: ScoringInput, draws: number, seed: number) {
  const next = mulberry32(seed);
  const scored = input.requirements.filter((r) => r.kind === 'scored');
  let excluded = false;
  let ranked = false;
  for (let d = 0; d < draws; d++) {
    const factors = drawFactors(next, scored.length, input.settings.stabilityVariation);
    const result = scoreProcurement(scalePoints(input, new Map(scored.map((r, i) => [r.id, factors[i]!]))));
    for (const v of result.vendors) {
      if (v.reasons.some((r) => r.code === 'belowMinimumTechnical')) excluded = true;
      else if (v.rank !== null) ranked = true;
    }
  }
  return { excluded, ranked };
}

/** One at a time as the method states it: the engine itself for every variation. */
function oneAtATimeByEngine(input: ScoringInput) {
  const base = firstPlace(scoreProcurement(input));
  const x = input.settings.stabilityVariation;
  const changes: StabilityChange[] = [];
  const byOrder = <T extends { order: number; id: string }>(a: T, b: T) =>
    a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const scored = input.requirements.filter((r) => r.kind === 'scored').sort(byOrder);
  for (const req of scored) {
    for (const factor of [toNumber(sub(1, toRational(x))), toNumber(add(1, toRational(x)))]) {
      const points = toNumber(mul(req.points, factor));
      const exact = firstPlace(
        scoreProcurement({
          ...input,
          requirements: input.requirements.map((r) => (r.id === req.id ? { ...r, points } : r))
        })
      );
      if (exact !== base)
        changes.push({ varied: { kind: 'points', requirementId: req.id, factor }, firstPlace: exact });
    }
  }
  for (const ev of [...input.evaluators].sort(byOrder)) {
    const first = firstPlace(
      scoreProcurement({
        ...input,
        evaluators: input.evaluators.filter((e) => e.id !== ev.id),
        grades: input.grades.filter((g) => g.evaluatorId !== ev.id)
      })
    );
    if (first !== base)
      changes.push({ varied: { kind: 'evaluatorLeftOut', evaluatorId: ev.id }, firstPlace: first });
  }
  return { base, changes };
}

describe('one at a time: the points fast path agrees with the engine', () => {
  const random = randomScenario(12, 6, 3, 5);
  const sameBids = randomScenario(12, 6, 3, 5, 1);
  const rounding = defaultSettings().rounding;
  it.each<[string, Scenario, Partial<ScoringSettings>]>([
    ['worked, ±60 %', worked, { stabilityVariation: 0.6 }],
    ['close', close, {}],
    ['random, 加算方式 standard, ±50 %', random, { stabilityVariation: 0.5 }],
    ['random, 加算方式 lowestRatio, ±50 %', random, { priceFormula: 'lowestRatio', stabilityVariation: 0.5 }],
    ['random, same bids, 除算方式, ±40 %', sameBids, { priceMethod: 'division', stabilityVariation: 0.4 }],
    [
      'random, same bids, 除算方式 with a 基準評価値 that gates',
      sameBids,
      { priceMethod: 'division', stabilityVariation: 0.5, ceilingPrice: 7_000_000 }
    ],
    ['random, price none, ±50 %', random, { priceMethod: 'none', stabilityVariation: 0.5 }],
    [
      'random, price none, halfUp at 0 decimals, ±50 %',
      random,
      {
        priceMethod: 'none',
        stabilityVariation: 0.5,
        rounding: { ...rounding, mode: 'halfUp', technicalDecimals: 0, totalDecimals: 0 }
      }
    ],
    [
      'random, price none, no rounding, ±50 %',
      random,
      { priceMethod: 'none', stabilityVariation: 0.5, rounding: { ...rounding, mode: 'none' } }
    ],
    [
      'random, price none, minimum 加点, ±50 %',
      random,
      { priceMethod: 'none', minimumBonus: 46.5, stabilityVariation: 0.5 }
    ],
    ['random, minimum 技術点, ±50 %', random, { minimumTechnical: 52, stabilityVariation: 0.5 }]
  ])('%s', (_, scenario, patch) => {
    const input = build({ ...scenario, settings: { ...scenario.settings, ...patch } });
    const expected = oneAtATimeByEngine(input);
    expect(oneAtATime(input)).toEqual(expected);
    // Each case must exercise the points variations: some change the first place.
    expect(expected.changes.some((c) => c.varied.kind === 'points')).toBe(true);
  });

  it('agrees on ties: unsettled, and settled by a recorded resolution', () => {
    // X and Y equal at the base: every variation of s1 or s2 separates them.
    const tied = build({
      mandatory: [],
      scored: [10, 10],
      evaluators: 2,
      vendors: { X: { mandatory: [], scored: ['AB', 'CC'] }, Y: { mandatory: [], scored: ['CC', 'AB'] } }
    });
    const resolved = { ...tied, tieResolutions: [{ vendorIds: ['Y', 'X'], winnerId: 'Y' }] };
    for (const input of [tied, resolved]) expect(oneAtATime(input)).toEqual(oneAtATimeByEngine(input));
    expect(oneAtATime(tied).base).toBeNull();
    expect(oneAtATime(resolved).base).toBe('Y');
  });
});
