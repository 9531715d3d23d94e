import { describe, expect, it } from 'vitest';
import { newEvaluator, newVendor } from '../defaults';
import type {
  Consensus,
  Grade,
  LevelPoints,
  PriceFormula,
  Requirement,
  RoundingMode,
  RoundingSettings,
  ScoringSettings,
  Vendor
} from '../model';
import {
  add,
  compare,
  div,
  mul,
  rational,
  roundToRational,
  sub,
  toRational,
  type Rational
} from '../rounding';
import { scoreProcurement, type ScoringInput, type ScoringResult, type VendorResult } from './index';
import {
  scenarioInput,
  testConsensus,
  testGrade,
  testRequirement,
  testSettings,
  TEST_PROCUREMENT_ID,
  type Scenario,
  type VendorScenario
} from '$lib/testing/fixtures';

const P = TEST_PROCUREMENT_ID;

const allPass = ['ppp', 'ppp'];
const run = (s: Scenario) => scoreProcurement(scenarioInput(s));
const vendor = (result: ScoringResult, id: string): VendorResult => {
  const found = result.vendors.find((v) => v.vendorId === id);
  if (!found) throw new Error(`no vendor ${id}`);
  return found;
};

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
/**
 * Rounding as a person does it by hand (no engine code): scale by 10^d and cut (切捨て), or add a
 * half and cut (四捨五入); values here are ≥ 0.
 */
function handRound(r: Rational, decimals: number, mode: RoundingMode): Rational {
  if (mode === 'none') return r;
  const scale = 10n ** BigInt(decimals);
  const units = mode === 'floor' ? (r.n * scale) / r.d : (2n * r.n * scale + r.d) / (2n * r.d);
  return rational(units, scale);
}

/** A figure's rounding read straight from the settings: its own mode, else the common one. */
function handMode(r: RoundingSettings, figure: 'technical' | 'price' | 'total'): [number, RoundingMode] {
  const own = { technical: r.technicalMode, price: r.priceMode, total: r.totalMode }[figure];
  const decimals = { technical: r.technicalDecimals, price: r.priceDecimals, total: r.totalDecimals }[figure];
  return [decimals, own ?? r.mode];
}

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
  // A level's factor on an item: its stated points ÷ the item's top level points when it states a
  // number ≥ 0 for every level (and some above 0), else the rubric's factor.
  const ownPoints = (req: Requirement): number[] | null => {
    if (req.kind !== 'scored' || !req.levelPoints) return null;
    const values = rubric.map((l) => req.levelPoints!.find((p) => p.code === l.code)?.points);
    const usable = values.every((v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0);
    return usable && Math.max(...values) > 0 ? values : null;
  };
  const factorAt = (req: Requirement, i: number): Rational => {
    const own = ownPoints(req);
    return own ? div(own[i]!, Math.max(...own)) : toRational(rubric[i]!.factor);
  };
  return [...input.vendors].sort(byOrder).map((vendor) => {
    const missing: { requirementId: string; evaluatorId: string | null; what: string }[] = [];
    const disagreements: { requirementId: string; kind: string; steps: number; resolved: boolean }[] = [];
    const mandatory: object[] = [];
    const scored: object[] = [];
    const excluded: object[] = [];
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
              given.reduce((s, i) => add(s, factorAt(req, i)), toRational(0)),
              given.length
            )
          : null;
        const consensusLevel = position(agreed?.level ?? null) >= 0 ? agreed!.level : null;
        const factor = consensusLevel !== null ? factorAt(req, position(consensusLevel)) : meanFactor;
        // 評価項目の足切り: the decided factor is the least any level of the item gives.
        const least = rubric
          .map((_, i) => factorAt(req, i))
          .reduce<Rational | null>((m, f) => (m === null || compare(f, m) < 0 ? f : m), null);
        const atLowest =
          req.excludeAtLowest && factor !== null ? least !== null && compare(factor, least) === 0 : null;
        if (atLowest) excluded.push({ code: 'lowestLevel', requirementId: req.id, ref: req.ref });
        // The item mean, rounded when the rule says so (`rounding.itemMeanMode`; not by default).
        const { itemMeanMode, itemMeanDecimals } = input.settings.rounding;
        const score = factor && handRound(mul(req.points, factor), itemMeanDecimals, itemMeanMode);
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
          flagged: steps >= 2,
          atLowest
        });
      }
    }
    // The minimum 技術点 on the published 技術点; exactly at it passes.
    const technical = bonus && add(base, bonus);
    const { minimumTechnical, rounding } = input.settings;
    if (technical && minimumTechnical !== null) {
      const published = roundToRational(
        technical,
        rounding.technicalDecimals,
        rounding.technicalMode ?? rounding.mode
      );
      if (compare(published, minimumTechnical) < 0) {
        excluded.push({ code: 'belowMinimumTechnical', minimum: minimumTechnical });
      }
    }
    return {
      vendorId: vendor.id,
      mandatory,
      scored,
      base,
      bonus,
      technical,
      excluded,
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
      ({ requirementId, levels, meanFactor, consensusLevel, factor, score, steps, flagged, atLowest }) => ({
        requirementId,
        levels,
        meanFactor,
        consensusLevel,
        factor,
        score,
        steps,
        flagged,
        atLowest
      })
    ),
    base: v.basePoints.exact,
    bonus: v.bonusPoints?.exact ?? null,
    technical: v.technicalPoints?.exact ?? null,
    excluded: v.reasons.filter((r) => r.code === 'lowestLevel' || r.code === 'belowMinimumTechnical'),
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
function messyInput(
  seed: number,
  evaluatorCount: number,
  rubricFactors?: number[],
  rounding: Partial<RoundingSettings> = {}
): ScoringInput {
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
  // Points per level on some items, as a rule document writes them (decreasing, some tied, some
  // decimals), a few unusable (a level left out: the rubric's factors apply); some items exclude at
  // their lowest level.
  for (const r of requirements) {
    if (r.kind === 'scored' && rnd() < 0.4) {
      let top = r.points || 10;
      const levelPoints: LevelPoints[] = codes.map((code, i) => {
        if (i > 0) top = pick([top, top / 2, Math.max(0, top - 2.5), i === 1 ? top : 0]);
        return { code, points: top };
      });
      r.levelPoints = rnd() < 0.15 ? levelPoints.slice(1) : levelPoints;
    }
    if (rnd() < 0.3) r.excludeAtLowest = true;
  }
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
    settings: {
      ...base,
      rubric,
      minimumTechnical: pick([null, 20, 35.5, 50]),
      rounding: { ...base.rounding, ...rounding }
    },
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
    { name: 'factors in thirds (not integer-scaled)', evaluators: 4, factors: [1, 2 / 3, 1 / 3, 0] },
    // Issue 17 (d): the item mean rounded before it is summed.
    {
      name: 'item means floored to 1 decimal',
      evaluators: 3,
      rounding: { itemMeanMode: 'floor' as const, itemMeanDecimals: 1 }
    },
    {
      name: 'item means rounded half up to 2 decimals',
      evaluators: 3,
      rounding: { itemMeanMode: 'halfUp' as const }
    },
    {
      name: 'item means in thirds rounded half up to an integer',
      evaluators: 4,
      factors: [1, 2 / 3, 1 / 3, 0],
      rounding: { itemMeanMode: 'halfUp' as const, itemMeanDecimals: 0 }
    }
  ])('$name', ({ evaluators, factors, rounding }) => {
    const exclusions = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const input = messyInput(seed * 31 + evaluators, evaluators, factors, rounding);
      const expected = referenceTechnical(input);
      expect(engineTechnical(scoreProcurement(input))).toEqual(expected);
      // The inputs are as messy as they claim: gaps, and (with two or more evaluators) flags.
      expect(expected.some((v) => v.missing.length > 0)).toBe(true);
      for (const v of expected) for (const r of v.excluded) exclusions.add((r as { code: string }).code);
      expect(expected.some((v) => v.disagreements.length > 0)).toBe(evaluators >= 2);
    }
    // Some vendors are excluded by a threshold or an item at its lowest level.
    expect(exclusions.has('lowestLevel')).toBe(true);
    expect(exclusions.has('belowMinimumTechnical')).toBe(evaluators >= 3);
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

/** 価格点 as the rule documents state it (scoring-method.md, "Variants"), with no engine code. */
function handPrice(s: ScoringSettings, bid: number, lowest: number): Rational {
  const [P, C, b] = [toRational(s.priceAllocation), toRational(s.ceilingPrice!), toRational(bid)];
  const standard = mul(P, div(sub(C, b), C));
  switch (s.priceFormula) {
    case 'standard':
      return standard;
    case 'lowestRatio':
      return mul(P, div(toRational(lowest), b));
    case 'withFloor': {
      const F = toRational(s.floorPrice!);
      return bid <= s.floorPrice! ? P : mul(P, div(sub(C, b), sub(C, F)));
    }
    case 'reducedSlope': {
      if (bid > s.slopeThreshold!) return standard;
      const [T, r] = [toRational(s.slopeThreshold!), toRational(s.slopeFactor)];
      return mul(P, div(add(sub(C, T), mul(r, sub(T, b))), C));
    }
  }
}

describe('the engine agrees with the rule documents on the price formulas and per-figure rounding', () => {
  const modes: RoundingMode[] = ['floor', 'halfUp', 'none'];
  const F = 7_777_777;
  const T = 8_333_333;
  it.each<[PriceFormula, Partial<ScoringSettings>]>([
    ['standard', {}],
    ['lowestRatio', {}],
    ['withFloor', { floorPrice: F }],
    ['reducedSlope', { slopeThreshold: T, slopeFactor: 0.5 }],
    ['reducedSlope', { slopeThreshold: T, slopeFactor: 0.37 }]
  ])('%s %j, each figure under each mode', (priceFormula, patch) => {
    let checked = 0;
    for (let seed = 1; seed <= 9; seed++) {
      const rnd = prng(seed * 7919);
      const [technicalMode, priceMode, totalMode] = [0, 1, 2].map(
        (i) => modes[(seed + i * Math.floor(seed / 3)) % 3]!
      );
      const settings: Partial<ScoringSettings> = {
        priceFormula,
        ...patch,
        rounding: {
          ...testSettings().rounding,
          mode: 'floor',
          technicalMode: seed % 4 === 0 ? null : technicalMode!,
          priceMode: priceMode!,
          totalMode: totalMode!,
          technicalDecimals: seed % 3,
          priceDecimals: (seed + 1) % 4,
          totalDecimals: (seed % 2) + 1
        }
      };
      // Bids exactly at F and T, one yen either side, and random ones within the ceiling.
      const bids = [
        F,
        F - 1,
        F + 1,
        T,
        T - 1,
        T + 1,
        ...Array.from({ length: 4 }, () => 1_000_000 + Math.floor(rnd() * 9_000_000))
      ];
      const vendors = Object.fromEntries(
        bids.map((bid, i) => [
          `v${i}`,
          {
            mandatory: allPass,
            scored: [`ABC`, 'BBD', 'CAE'].map((x) => x.slice(i % 3) + x.slice(0, i % 3)),
            bid
          }
        ])
      );
      const input = scenarioInput({ vendors, settings });
      const result = scoreProcurement(input);
      const lowest = Math.min(...bids);
      const r = input.settings.rounding;
      for (const v of result.vendors) {
        const [td, tm] = handMode(r, 'technical');
        const [pd, pm] = handMode(r, 'price');
        const [sd, sm] = handMode(r, 'total');
        const technical = handRound(v.technicalPoints!.exact, td, tm);
        const price = handRound(handPrice(input.settings, v.bid!, lowest), pd, pm);
        expect(v.technicalPoints!.rounded, `${v.vendorId} 技術点`).toEqual(technical);
        expect(v.pricePoints!.rounded, `${v.vendorId} 価格点`).toEqual(price);
        expect(v.totalPoints!.rounded, `${v.vendorId} 総合評価点`).toEqual(
          handRound(add(technical, price), sd, sm)
        );
        checked++;
      }
    }
    expect(checked).toBe(9 * 10);
  });
});
