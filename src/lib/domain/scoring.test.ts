import { describe, expect, it } from 'vitest';
import { defaultSettings, newEvaluator, newVendor } from './defaults';
import type { Consensus, Grade, Vendor } from './model';
import { add, div, mul, toRational, type Rational } from './rounding';
import { scoreProcurement, type ScoringInput, type ScoringResult, type VendorResult } from './scoring';
import {
  scenarioInput,
  testConsensus,
  testGrade,
  testRequirement,
  testSettings,
  TEST_PROCUREMENT_ID,
  WORKED_EXAMPLE,
  type Scenario,
  type VendorScenario
} from '$lib/testing/fixtures';

const P = TEST_PROCUREMENT_ID;

const run = (s: Scenario) => scoreProcurement(scenarioInput(s));
const vendor = (result: ScoringResult, id: string): VendorResult => {
  const found = result.vendors.find((v) => v.vendorId === id);
  if (!found) throw new Error(`no vendor ${id}`);
  return found;
};
const codes = (v: VendorResult) => v.reasons.map((r) => r.code);

/** The worked example of scoring-method.md. */
const worked = WORKED_EXAMPLE;

describe('the worked example (加算方式 standard)', () => {
  const result = run(worked);
  const A = vendor(result, 'A');
  const B = vendor(result, 'B');
  const C = vendor(result, 'C');

  it.each([
    ['A', A, 66.66, 10, 76.66],
    ['B', B, 72.5, 2.5, 75]
  ])('%s: 技術点, 価格点, total', (_, v, technical, price, total) => {
    expect(v.technicalPoints?.value).toBe(technical);
    expect(v.pricePoints?.value).toBe(price);
    expect(v.totalPoints?.value).toBe(total);
    expect(v.qualified).toBe(true);
    expect(v.reasons).toEqual([]);
  });

  it('keeps the exact values', () => {
    expect(A.technicalPoints?.exact).toEqual({ n: 200n, d: 3n });
    expect(A.scored.map((s) => s.score)).toEqual([
      { n: 55n, d: 2n },
      { n: 15n, d: 1n },
      { n: 25n, d: 6n }
    ]);
    expect(A.scored[2]?.meanFactor).toEqual({ n: 5n, d: 12n });
    expect(A.basePoints.value).toBe(20);
    expect(A.bonusPoints?.exact).toEqual({ n: 140n, d: 3n });
  });

  it('disqualifies C on mandatory item 2 (1 of 3) and gives it no rank', () => {
    expect(C.qualified).toBe(false);
    expect(C.reasons).toEqual([{ code: 'mandatoryFailed', requirementId: 'm2', ref: 'R-m2' }]);
    expect(C.mandatory[1]).toMatchObject({ passes: 1, fails: 2, passed: false });
    expect(C.rank).toBeNull();
  });

  it('ranks A then B', () => {
    expect(result.ranking).toEqual(['A', 'B']);
    expect([A.rank, B.rank]).toEqual([1, 2]);
    expect(result.ties).toEqual([]);
    expect(result.complete).toBe(true);
  });

  it("flags B's item 1 and C's item 2 (split verdicts) and no scored item", () => {
    expect(result.disagreements).toEqual([
      { vendorId: 'B', requirementId: 'm1', kind: 'splitVerdict', steps: 0, resolved: false },
      { vendorId: 'C', requirementId: 'm2', kind: 'splitVerdict', steps: 0, resolved: false }
    ]);
    expect(B.mandatory[0]).toMatchObject({ passes: 2, fails: 1, passed: true, flagged: true });
    expect(result.vendors.flatMap((v) => v.scored).some((s) => s.flagged)).toBe(false);
  });

  it('with 除算方式: 評価値 A 833.2500, B 763.1578, 基準評価値 200.0000, A first', () => {
    const division = run({ ...worked, settings: { priceMethod: 'division' } });
    expect(vendor(division, 'A').evaluationValue?.value).toBe(833.25);
    expect(vendor(division, 'B').evaluationValue?.value).toBe(763.1578);
    expect(vendor(division, 'B').evaluationValue?.rounded).toEqual({ n: 3815789n, d: 5000n });
    expect(division.referenceValue?.value).toBe(200);
    expect(division.ranking).toEqual(['A', 'B']);
    expect(vendor(division, 'A').pricePoints).toBeNull();
  });
});

const allPass = ['ppp', 'ppp'];

describe('rank and ties', () => {
  it('breaks an equal total by the higher 技術点', () => {
    // X: 技術点 55 + 価格点 10 = 65; Y: 技術点 60 + 価格点 5 = 65.
    const result = run({
      vendors: {
        X: { mandatory: allPass, scored: ['CCC', 'CCC', 'AAA'], bid: 8_000_000 },
        Y: { mandatory: allPass, scored: ['BBB', 'CCC', 'BBB'], bid: 9_000_000 }
      }
    });
    expect(vendor(result, 'X').totalPoints?.value).toBe(65);
    expect(vendor(result, 'Y').totalPoints?.value).toBe(65);
    expect(result.ranking).toEqual(['Y', 'X']);
    expect(vendor(result, 'X').tie).toBe(false);
  });

  const fullTie: Scenario = {
    vendors: {
      X: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 9_000_000 },
      Y: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 9_000_000 },
      Z: { mandatory: allPass, scored: ['EEE', 'EEE', 'EEE'], bid: 9_000_000 }
    }
  };

  it('flags a full tie with the tied vendor ids', () => {
    const result = run(fullTie);
    expect(vendor(result, 'X')).toMatchObject({ rank: 1, tie: true, tiedWith: ['Y'] });
    expect(vendor(result, 'Y')).toMatchObject({ rank: 1, tie: true, tiedWith: ['X'] });
    expect(vendor(result, 'Z')).toMatchObject({ rank: 3, tie: false });
    expect(result.ties).toEqual([{ vendorIds: ['X', 'Y'], rank: 1, winnerId: null }]);
  });

  it('applies a recorded tie resolution', () => {
    const result = run({ ...fullTie, tieResolutions: [{ vendorIds: ['Y', 'X'], winnerId: 'Y' }] });
    expect(result.ranking).toEqual(['Y', 'X', 'Z']);
    expect(vendor(result, 'Y')).toMatchObject({ rank: 1, tie: false });
    expect(vendor(result, 'X')).toMatchObject({ rank: 2, tie: false });
    expect(result.ties).toEqual([{ vendorIds: ['X', 'Y'], rank: 1, winnerId: 'Y' }]);
  });
});

describe('rounding at a boundary', () => {
  // Item 10 points, C D C → 4.1666…; technical 24.1666…
  it.each([
    ['floor', 24.16],
    ['halfUp', 24.17]
  ] as const)('%s', (mode, expected) => {
    const result = run({
      scored: [10],
      settings: { rounding: { ...defaultSettings().rounding, mode } },
      vendors: { X: { mandatory: allPass, scored: ['CDC'] } }
    });
    expect(vendor(result, 'X').technicalPoints?.value).toBe(expected);
  });

  it('rounds 価格点 half-up at exactly .5 of the last unit and floors it otherwise', () => {
    // 50 × (1 − 9,999,000 ÷ 10,000,000) = 0.005 exactly: 0.00 floored, 0.01 half-up.
    const at = (mode: 'floor' | 'halfUp') =>
      vendor(
        run({
          settings: { rounding: { ...defaultSettings().rounding, mode } },
          vendors: { X: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 9_999_000 } }
        }),
        'X'
      ).pricePoints?.value;
    expect(at('floor')).toBe(0);
    expect(at('halfUp')).toBe(0.01);
  });
  it('computes the total from the rounded components', () => {
    // Half-up: 技術点 24.1666… → 24.17, 価格点 0.005 → 0.01, total 24.18 (not 24.1716… → 24.17).
    const result = run({
      scored: [10],
      settings: { rounding: { ...defaultSettings().rounding, mode: 'halfUp' } },
      vendors: { X: { mandatory: allPass, scored: ['CDC'], bid: 9_999_000 } }
    });
    expect(vendor(result, 'X').totalPoints?.value).toBe(24.18);
  });
});

describe('gates and bid status', () => {
  it('marks a bid above the ceiling overCeiling and leaves it unranked', () => {
    const result = run({
      vendors: {
        X: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 10_000_001 },
        Y: { mandatory: allPass, scored: ['CCC', 'CCC', 'CCC'], bid: 10_000_000 }
      }
    });
    const X = vendor(result, 'X');
    expect(X.bidStatus).toBe('overCeiling');
    expect(codes(X)).toEqual(['overCeiling']);
    expect(X.rank).toBeNull();
    expect(X.pricePoints).toBeNull();
    expect(result.ranking).toEqual(['Y']);
    expect(vendor(result, 'Y').pricePoints?.value).toBe(0);
  });

  it('lists every reason at once', () => {
    const result = run({
      settings: { minimumBonus: 30 },
      vendors: { X: { mandatory: ['fff', 'ppp'], scored: ['EEE', 'EEE', 'EE-'], bid: 20_000_000 } }
    });
    expect(vendor(result, 'X').reasons).toEqual([
      { code: 'mandatoryFailed', requirementId: 'm1', ref: 'R-m1' },
      { code: 'overCeiling' },
      { code: 'belowMinimumBonus' },
      { code: 'missingGrades', count: 1 }
    ]);
  });

  it.each([
    ['withdrawn', 'withdrawn'],
    ['invalid', 'invalidBid']
  ] as const)('a %s bid is listed, not ranked', (status, code) => {
    const result = run({
      vendors: { X: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], status, bid: 9_000_000 } }
    });
    expect(codes(vendor(result, 'X'))).toEqual([code]);
    expect(vendor(result, 'X').bidStatus).toBe(status);
    expect(result.ranking).toEqual([]);
  });

  it.each([
    [29.99, true],
    [30, true],
    [30.01, false]
  ])('加点 minimum %s → qualified %s (加点 30)', (minimumBonus, qualified) => {
    const result = run({
      settings: { minimumBonus },
      vendors: { X: { mandatory: allPass, scored: ['CCC', 'CCC', 'CCC'], bid: 9_000_000 } }
    });
    expect(vendor(result, 'X').bonusPoints?.value).toBe(30);
    expect(vendor(result, 'X').qualified).toBe(qualified);
  });

  it.each([
    [null, 'pending', 'valid', [], 1],
    [{ outcome: 'accepted', note: '' }, 'accepted', 'valid', [], 1],
    [{ outcome: 'rejected', note: 'cost not credible' }, 'rejected', 'invalid', ['lowBidRejected'], null]
  ] as const)(
    'a bid below 調査基準価格, investigation %j',
    (investigation, outcome, status, reasons, rank) => {
      const result = run({
        settings: { lowBidThreshold: 7_000_000 },
        vendors: {
          X: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 6_999_999, investigation },
          Y: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 7_000_000 }
        }
      });
      const X = vendor(result, 'X');
      expect(X.lowBid).toEqual({ outcome });
      expect(X.bidStatus).toBe(status);
      expect(codes(X)).toEqual(reasons);
      expect(X.rank).toBe(rank);
      // Equal to the threshold is not below it.
      expect(vendor(result, 'Y').lowBid).toBeNull();
    }
  );

  it('除算方式: a 評価値 below 基準評価値 disqualifies', () => {
    // 基準評価値 = 20 ÷ 10,000,000 × 10^8 = 200: a bid at the ceiling with only 基礎点 meets it exactly.
    const result = run({
      mandatory: [10, 10],
      scored: [10],
      settings: { priceMethod: 'division' },
      vendors: {
        X: { mandatory: allPass, scored: ['EEE'], bid: 10_000_000 },
        Y: { mandatory: allPass, scored: ['EEE'], bid: 5_000_000 }
      }
    });
    expect(vendor(result, 'X').evaluationValue?.value).toBe(200);
    expect(vendor(result, 'X').qualified).toBe(true);
    expect(vendor(result, 'Y').evaluationValue?.value).toBe(400);
    const gated = run({
      mandatory: [10, 10],
      scored: [10],
      settings: { priceMethod: 'division', ceilingPrice: 9_000_000 },
      vendors: { X: { mandatory: allPass, scored: ['EEE'], bid: 9_000_000 } }
    });
    expect(gated.referenceValue?.value).toBe(222.2222);
    expect(vendor(gated, 'X').evaluationValue?.value).toBe(222.2222);
    expect(vendor(gated, 'X').qualified).toBe(true);
    const below = run({
      mandatory: [10, 10],
      scored: [10],
      settings: {
        priceMethod: 'division',
        rounding: { ...defaultSettings().rounding, technicalDecimals: 0 }
      },
      // One mandatory item failed (by consensus): 技術点 10 → 評価値 100 < 200, both reasons listed.
      consensus: [{ vendor: 'X', item: 'm1', verdict: 'fail' }],
      vendors: { X: { mandatory: allPass, scored: ['EEE'], bid: 10_000_000 } }
    });
    expect(vendor(below, 'X').evaluationValue?.value).toBe(100);
    expect(codes(vendor(below, 'X'))).toEqual(['mandatoryFailed', 'belowReferenceValue']);
  });
});

describe('grades', () => {
  it('is incomplete while a grade or rationale is missing, and never counts it as E', () => {
    const result = run({
      vendors: { X: { mandatory: ['pp-', 'ppp'], scored: ['AA-', 'AA_', 'AAA'], bid: 9_000_000 } }
    });
    const X = vendor(result, 'X');
    expect(result.complete).toBe(false);
    expect(X.complete).toBe(false);
    expect(X.missing).toEqual([
      { vendorId: 'X', requirementId: 'm1', evaluatorId: 'e3', what: 'grade' },
      { vendorId: 'X', requirementId: 's1', evaluatorId: 'e3', what: 'grade' },
      { vendorId: 'X', requirementId: 's2', evaluatorId: 'e3', what: 'rationale' }
    ]);
    expect(codes(X)).toEqual(['missingGrades']);
    expect(X.rank).toBeNull();
    // Provisional mean over the grades present: item 1 is A A → 30, not A A E → 20.
    expect(X.scored[0]?.score).toEqual({ n: 30n, d: 1n });
  });

  it('handles zero scored items', () => {
    const result = run({ scored: [], vendors: { X: { mandatory: allPass, scored: [], bid: 5_000_000 } } });
    const X = vendor(result, 'X');
    expect(X.bonusPoints?.value).toBe(0);
    expect(X.technicalPoints?.value).toBe(20);
    expect(X.totalPoints?.value).toBe(45);
    expect(X.rank).toBe(1);
  });

  it('works with one evaluator', () => {
    const result = run({
      evaluators: 1,
      vendors: { X: { mandatory: ['p', 'p'], scored: ['A', 'C', 'E'], bid: 10_000_000 } }
    });
    expect(vendor(result, 'X').technicalPoints?.value).toBe(60);
    expect(result.disagreements).toEqual([]);
  });

  it.each([
    ['majority', 'ppf', true],
    ['majority', 'pff', false],
    ['unanimous', 'ppf', false],
    ['unanimous', 'ppp', true]
  ] as const)('pass rule %s with %s → %s', (passRule, row, passed) => {
    const result = run({
      settings: { passRule },
      vendors: { X: { mandatory: [row, 'ppp'], scored: ['AAA', 'AAA', 'AAA'] } }
    });
    expect(vendor(result, 'X').mandatory[0]?.passed).toBe(passed);
    expect(vendor(result, 'X').qualified).toBe(passed);
  });

  it('majority of four needs three passes', () => {
    const result = run({
      evaluators: 4,
      vendors: { X: { mandatory: ['ppff', 'pppf'], scored: [] } },
      scored: []
    });
    expect(vendor(result, 'X').mandatory.map((m) => m.passed)).toEqual([false, true]);
  });

  it('a consensus replaces the mean and the verdict, and resolves the flag', () => {
    const result = run({
      consensus: [
        { vendor: 'X', item: 's1', level: 'B' },
        { vendor: 'X', item: 'm1', verdict: 'pass' }
      ],
      vendors: { X: { mandatory: ['pff', 'ppp'], scored: ['ACE', 'AAA', 'AAA'], bid: 10_000_000 } }
    });
    const X = vendor(result, 'X');
    expect(X.scored[0]).toMatchObject({ meanFactor: { n: 1n, d: 2n }, factor: { n: 3n, d: 4n }, steps: 4 });
    expect(X.scored[0]?.score).toEqual({ n: 45n, d: 2n });
    expect(X.mandatory[0]).toMatchObject({ passed: true, consensus: 'pass' });
    expect(X.technicalPoints?.value).toBe(72.5);
    expect(X.disagreements).toEqual([
      { vendorId: 'X', requirementId: 'm1', kind: 'splitVerdict', steps: 0, resolved: true },
      { vendorId: 'X', requirementId: 's1', kind: 'levelSpread', steps: 4, resolved: true }
    ]);
  });

  it('flags levels two steps apart, not one', () => {
    const result = run({ vendors: { X: { mandatory: allPass, scored: ['ABB', 'ACB', 'AAA'] } } });
    expect(vendor(result, 'X').scored.map((s) => s.flagged)).toEqual([false, true, false]);
  });
});

describe('lowest-ratio formula', () => {
  it('gives P × lowest ÷ bid over the valid bids', () => {
    const result = run({
      settings: { priceFormula: 'lowestRatio' },
      vendors: {
        X: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 8_000_000 },
        Y: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 9_000_000 },
        W: { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid: 1_000_000, status: 'withdrawn' }
      }
    });
    expect(result.lowestBid).toBe(8_000_000);
    expect(vendor(result, 'X').pricePoints?.value).toBe(50);
    expect(vendor(result, 'Y').pricePoints?.value).toBe(44.44);
    expect(vendor(result, 'Y').pricePoints?.exact).toEqual({ n: 400n, d: 9n });
    expect(result.ranking).toEqual(['X', 'Y']);
  });
});

// ------------------------------------------------------------ properties

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomScenario(seed: number, vendorCount = 4): Scenario {
  const rnd = prng(seed);
  const pick = (s: string) => s[Math.floor(rnd() * s.length)]!;
  const row = (alphabet: string) => Array.from({ length: 3 }, () => pick(alphabet)).join('');
  const vendors: Record<string, VendorScenario> = {};
  for (let v = 0; v < vendorCount; v++) {
    vendors[`v${v}`] = {
      mandatory: [row('ppppf'), row('ppppf')],
      scored: [row('ABCDE'), row('ABCDE'), row('ABCDE')],
      bid: 5_000_000 + Math.floor(rnd() * 6_000_000)
    };
  }
  return { vendors };
}

const shuffle = <T>(items: T[], rnd: () => number): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
};

describe('properties', () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

  it.each(seeds)('reordering vendors, evaluators and grades changes nothing (seed %i)', (seed) => {
    const input = scenarioInput(randomScenario(seed));
    const rnd = prng(seed * 7);
    const shuffled: ScoringInput = {
      ...input,
      vendors: shuffle(input.vendors, rnd),
      evaluators: shuffle(input.evaluators, rnd),
      grades: shuffle(input.grades, rnd),
      requirements: shuffle(input.requirements, rnd)
    };
    expect(scoreProcurement(shuffled)).toEqual(scoreProcurement(input));
  });

  it.each(seeds)('adding a vendor changes no other 技術点 (seed %i)', (seed) => {
    const base = randomScenario(seed, 3);
    const extra = randomScenario(seed + 100, 1).vendors.v0!;
    const before = run(base);
    const after = run({ vendors: { ...base.vendors, added: extra } });
    for (const v of before.vendors) {
      expect(vendor(after, v.vendorId).technicalPoints).toEqual(v.technicalPoints);
    }
  });

  it.each(seeds)('a lower bid never gets fewer 価格点 (standard, seed %i)', (seed) => {
    const rnd = prng(seed);
    const bids = Array.from({ length: 6 }, () => 1 + Math.floor(rnd() * 10_000_000)).sort((a, b) => a - b);
    const vendors = Object.fromEntries(
      bids.map((bid, i) => [`v${i}`, { mandatory: allPass, scored: ['AAA', 'AAA', 'AAA'], bid }])
    );
    const result = run({ vendors });
    const points = bids.map((_, i) => vendor(result, `v${i}`).pricePoints!.value);
    for (let i = 1; i < points.length; i++) expect(points[i]).toBeLessThanOrEqual(points[i - 1]!);
    expect(points[0]).toBeGreaterThan(points[points.length - 1]!);
  });
});

/**
 * A straightforward reading of scoring-method.md for the technical evaluation (latest grade per
 * evaluator, pass rule or consensus, mean factor or consensus factor, Σ 基礎点 + Σ item scores, the
 * missing grades and rationales, the flags), with none of the engine's shortcuts (grade table,
 * shared patterns, integer-scaled means, tallies). The engine must agree with it exactly.
 */
function referenceTechnical(input: ScoringInput) {
  const byOrder = <T extends { order: number; id: string }>(a: T, b: T) =>
    a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const requirements = [...input.requirements].sort(byOrder);
  const evaluators = [...input.evaluators].sort(byOrder);
  const { rubric, passRule } = input.settings;
  const later = (a: { updatedAt: string; id: string }, b: { updatedAt: string; id: string }) =>
    a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.id > b.id);
  const gradeOf = (v: string, r: string, e: string): Grade | undefined =>
    input.grades
      .filter((g) => g.vendorId === v && g.requirementId === r && g.evaluatorId === e)
      .reduce<Grade | undefined>((best, g) => (!best || later(g, best) ? g : best), undefined);
  const consensusOf = (v: string, r: string): Consensus | undefined =>
    input.consensus
      .filter((c) => c.vendorId === v && c.requirementId === r)
      .reduce<Consensus | undefined>(
        (best, c) =>
          !best || c.recordedAt > best.recordedAt || (c.recordedAt === best.recordedAt && c.id > best.id)
            ? c
            : best,
        undefined
      );
  const position = (code: string | null) => (code === null ? -1 : rubric.findIndex((l) => l.code === code));
  return [...input.vendors].sort(byOrder).map((vendor) => {
    const missing: { requirementId: string; evaluatorId: string | null; what: string }[] = [];
    const disagreements: { requirementId: string; kind: string; steps: number; resolved: boolean }[] = [];
    const mandatory: object[] = [];
    const scored: object[] = [];
    let base = toRational(0);
    let bonus: Rational | null = toRational(0);
    for (const req of requirements) {
      if (evaluators.length === 0) missing.push({ requirementId: req.id, evaluatorId: null, what: 'grade' });
      const grades = evaluators.map((e) => gradeOf(vendor.id, req.id, e.id));
      const agreed = consensusOf(vendor.id, req.id);
      grades.forEach((g, i) => {
        const answered = req.kind === 'mandatory' ? g?.verdict != null : position(g?.level ?? null) >= 0;
        const what = !answered ? 'grade' : g!.rationale.trim() === '' ? 'rationale' : null;
        if (what) missing.push({ requirementId: req.id, evaluatorId: evaluators[i]!.id, what });
      });
      if (req.kind === 'mandatory') {
        const passes = grades.filter((g) => g?.verdict === 'pass').length;
        const fails = grades.filter((g) => g?.verdict === 'fail').length;
        const n = evaluators.length;
        const verdict = agreed?.verdict ?? null;
        const byRule = passRule === 'majority' ? passes > n / 2 : n > 0 && passes === n;
        const passed = verdict !== null ? verdict === 'pass' : byRule;
        const flagged = passes > 0 && fails > 0;
        if (flagged)
          disagreements.push({ requirementId: req.id, kind: 'splitVerdict', steps: 0, resolved: !!verdict });
        if (passed) base = add(base, req.basePoints);
        mandatory.push({
          requirementId: req.id,
          passes,
          fails,
          missing: n - passes - fails,
          passed,
          flagged
        });
      } else {
        const positions = grades.map((g) => position(g?.level ?? null));
        const given = positions.filter((i) => i >= 0);
        const levels = positions.map((i) => (i >= 0 ? rubric[i]!.code : null));
        const meanFactor = given.length
          ? div(
              given.reduce((s, i) => add(s, toRational(rubric[i]!.factor)), toRational(0)),
              given.length
            )
          : null;
        const consensusLevel = position(agreed?.level ?? null) >= 0 ? agreed!.level : null;
        const factor =
          consensusLevel !== null ? toRational(rubric[position(consensusLevel)]!.factor) : meanFactor;
        const score = factor && mul(req.points, factor);
        const steps = given.length ? Math.max(...given) - Math.min(...given) : 0;
        if (steps >= 2) {
          disagreements.push({
            requirementId: req.id,
            kind: 'levelSpread',
            steps,
            resolved: consensusLevel !== null
          });
        }
        bonus = score && bonus ? add(bonus, score) : null;
        scored.push({
          requirementId: req.id,
          levels,
          meanFactor,
          consensusLevel,
          factor,
          score,
          steps,
          flagged: steps >= 2
        });
      }
    }
    return {
      vendorId: vendor.id,
      mandatory,
      scored,
      base,
      bonus,
      technical: bonus && add(base, bonus),
      missing,
      disagreements
    };
  });
}

/** The engine's result in the shape of `referenceTechnical`. */
function engineTechnical(result: ScoringResult) {
  return result.vendors.map((v) => ({
    vendorId: v.vendorId,
    mandatory: v.mandatory.map(({ requirementId, passes, fails, missing, passed, flagged }) => ({
      requirementId,
      passes,
      fails,
      missing,
      passed,
      flagged
    })),
    scored: v.scored.map(
      ({ requirementId, levels, meanFactor, consensusLevel, factor, score, steps, flagged }) => ({
        requirementId,
        levels,
        meanFactor,
        consensusLevel,
        factor,
        score,
        steps,
        flagged
      })
    ),
    base: v.basePoints.exact,
    bonus: v.bonusPoints?.exact ?? null,
    technical: v.technicalPoints?.exact ?? null,
    missing: v.missing.map(({ requirementId, evaluatorId, what }) => ({ requirementId, evaluatorId, what })),
    disagreements: v.disagreements.map(({ requirementId, kind, steps, resolved }) => ({
      requirementId,
      kind,
      steps,
      resolved
    }))
  }));
}

/**
 * A messy random input: missing grades, blank rationales, superseded duplicates, unknown level
 * codes, verdicts on scored items, consensus records, entities out of order.
 */
function messyInput(seed: number, evaluatorCount: number, rubricFactors?: number[]): ScoringInput {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const base = testSettings({ passRule: rnd() < 0.5 ? 'majority' : 'unanimous' });
  const rubric = rubricFactors
    ? rubricFactors.map((factor, i) => ({ ...base.rubric[0]!, code: `L${i}`, factor }))
    : base.rubric;
  const codes = rubric.map((l) => l.code);
  const requirements = Array.from({ length: 14 }, (_, i) =>
    testRequirement(
      `r${i}`,
      Math.floor(rnd() * 6),
      rnd() < 0.3 ? 'mandatory' : 'scored',
      pick([0, 1, 2.5, 5, 10, 0.1])
    )
  );
  const evaluators = Array.from({ length: evaluatorCount }, (_, i) =>
    newEvaluator(`e${i}`, P, 5 - (i % 3), '')
  );
  const vendors: Vendor[] = Array.from({ length: 4 }, (_, i) => newVendor(`v${i}`, P, 3 - i, `v${i}`));
  const grades: Grade[] = [];
  const consensus: Consensus[] = [];
  for (const v of vendors) {
    for (const r of requirements) {
      for (const e of evaluators) {
        const copies = rnd() < 0.1 ? 0 : rnd() < 0.15 ? 2 : 1;
        for (let c = 0; c < copies; c++) {
          // The mark is drawn before the rationale and the time, as the sequence of draws is the input.
          const mark = {
            verdict: rnd() < 0.1 ? null : pick(['pass', 'pass', 'fail'] as const),
            level: rnd() < 0.08 ? null : rnd() < 0.05 ? 'Z' : pick(codes)
          };
          grades.push(
            testGrade(e.id, v.id, r.id, mark, {
              id: `${v.id}-${r.id}-${e.id}-${c}`,
              rationale: pick(['why', '', ' ', '根拠']),
              updatedAt: pick(['2025-01-01T00:00:00.000Z', '2025-01-02T00:00:00.000Z'])
            })
          );
        }
      }
      if (rnd() < 0.1) {
        const mark = { verdict: pick(['pass', 'fail'] as const), level: pick([...codes, 'Z']) };
        consensus.push(
          testConsensus(v.id, r.id, mark, { reason: 'agreed', recordedAt: '2025-01-03T00:00:00.000Z' })
        );
      }
    }
  }
  return {
    requirements,
    settings: { ...base, rubric },
    evaluators,
    vendors,
    grades: shuffle(grades, rnd),
    consensus
  };
}

describe('the engine agrees with a straightforward reference', () => {
  // Panels of 0 to 5 share levels per grade pattern; 21 evaluators have too many patterns to key
  // (6^21 > 2^53); factors of thirds do not fit the integer-scaled means (rationals instead).
  it.each([
    { name: 'panel 3', evaluators: 3 },
    { name: 'panel 5', evaluators: 5 },
    { name: 'panel 1', evaluators: 1 },
    { name: 'no evaluator', evaluators: 0 },
    { name: 'panel 21 (patterns not shared)', evaluators: 21 },
    { name: 'factors in thirds (not integer-scaled)', evaluators: 4, factors: [1, 2 / 3, 1 / 3, 0] }
  ])('$name', ({ evaluators, factors }) => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const input = messyInput(seed * 31 + evaluators, evaluators, factors);
      const expected = referenceTechnical(input);
      expect(engineTechnical(scoreProcurement(input))).toEqual(expected);
      // The inputs are as messy as they claim: gaps, and (with two or more evaluators) flags.
      expect(expected.some((v) => v.missing.length > 0)).toBe(true);
      expect(expected.some((v) => v.disagreements.length > 0)).toBe(evaluators >= 2);
    }
  });

  it('shares one frozen levels array per grade pattern, equal to a fresh one', () => {
    const input = messyInput(7, 3);
    const items = scoreProcurement(input).vendors.flatMap((v) => v.scored);
    const byPattern = new Map(items.map((s) => [s.levels.join(','), s.levels]));
    for (const s of items) expect(s.levels).toBe(byPattern.get(s.levels.join(',')));
    expect(byPattern.size).toBeLessThan(items.length);
    expect(Object.isFrozen(items[0]!.levels)).toBe(true);
  });
});
