/**
 * Stability of the result (`scoring-method.md`, "Disagreement and stability"): how easily the first
 * place changes when the points of the scored items, or the evaluators, change. Pure: the random
 * draws come from a seeded PRNG implemented here, so the same seed gives the same result.
 *
 * One at a time runs the engine (`scoreProcurement`) itself for every variation. The random draws
 * run a fast path instead (see `drawFirstPlaces`), which takes every factor and fixed figure from one
 * engine run and recomputes only what the points change.
 *
 * "First place" is the first of the engine's ranking when it is settled: null when nobody is ranked,
 * or when the top is a tie that the tie-break rule (higher 技術点) and the recorded tie resolutions
 * do not settle.
 */
import type { Id, Requirement } from './model';
import { add, compare, div, mul, roundToRational, toNumber, toRational, type Rational } from './rounding';
import { FIGURE_DECIMALS, type RoundedFigure } from './rounding';
import { scoreProcurement, type ScoringInput, type ScoringResult } from './scoring';

/** What one run of `oneAtATime` varied. */
export type StabilityVariation =
  { kind: 'points'; requirementId: Id; factor: number } | { kind: 'evaluatorLeftOut'; evaluatorId: Id };

/** A run whose first place differs from the base result's. */
export interface StabilityChange {
  varied: StabilityVariation;
  /** First place of that run; null when there is none (nobody ranked, or an unsettled tie). */
  firstPlace: Id | null;
}

export interface OneAtATimeResult {
  /** First place of the base result. */
  base: Id | null;
  changes: StabilityChange[];
}

export interface DrawOptions {
  /** Number of draws (default `settings.stabilityDraws`). */
  draws?: number;
  /** Seed of the PRNG (default `settings.stabilitySeed`); read as an unsigned 32-bit integer. */
  seed?: number;
  /** X: points vary in [1 − X, 1 + X] (default `settings.stabilityVariation`). */
  variation?: number;
}

export interface RandomDrawsResult {
  draws: number;
  /** Share of the draws (0 … 1) in which each vendor comes first; vendors never first are absent. */
  firstPlaceShare: Record<Id, number>;
  /** Number of draws without a first place. */
  noWinner: number;
}

const byOrder = <T extends { order: number; id: Id }>(a: T, b: T): number =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function checkVariation(x: number): number {
  if (!Number.isFinite(x) || x < 0 || x > 1) {
    throw new RangeError(`Stability variation must be from 0 to 1: ${x}`);
  }
  return x;
}

/** First place of an engine result (see the module comment). */
export function firstPlace(result: ScoringResult): Id | null {
  const id = result.ranking[0];
  if (id === undefined) return null;
  const top = result.vendors.find((v) => v.vendorId === id);
  return top && !top.tie ? id : null;
}

/** The input with the points of some requirements multiplied (by requirement id). */
export function scalePoints(input: ScoringInput, factors: ReadonlyMap<Id, number>): ScoringInput {
  const requirements = input.requirements.map((r): Requirement => {
    const f = factors.get(r.id);
    return f === undefined ? r : { ...r, points: r.points * f };
  });
  return { ...input, requirements };
}

/** 1 + sign × X, exactly. */
const onePlus = (x: number, sign: 1 | -1): Rational => add(1, mul(toRational(x), sign));

/** The scored requirements in the engine's order (order, then id). */
const scoredRequirements = (input: ScoringInput): Requirement[] =>
  input.requirements.filter((r) => r.kind === 'scored').sort(byOrder);

/**
 * Each scored item's points × (1 − X) and × (1 + X), then each evaluator left out in turn (their
 * grades removed too): every run whose first place differs from the base's, in that order.
 * X is `settings.stabilityVariation`.
 */
export function oneAtATime(input: ScoringInput): OneAtATimeResult {
  const x = checkVariation(input.settings.stabilityVariation);
  const base = firstPlace(scoreProcurement(input));
  const changes: StabilityChange[] = [];
  const check = (varied: StabilityVariation, variant: ScoringInput) => {
    const first = firstPlace(scoreProcurement(variant));
    if (first !== base) changes.push({ varied, firstPlace: first });
  };
  // 1 ± X as the decimal a person would type (0.8, 1.2), not 1 - 0.2's double artefacts.
  const factors = [toNumber(onePlus(x, -1)), toNumber(onePlus(x, 1))];
  for (const req of scoredRequirements(input)) {
    for (const factor of factors) {
      const requirements = input.requirements.map((r) =>
        r.id === req.id ? { ...r, points: toNumber(mul(r.points, factor)) } : r
      );
      check({ kind: 'points', requirementId: req.id, factor }, { ...input, requirements });
    }
  }
  for (const ev of [...input.evaluators].sort(byOrder)) {
    check(
      { kind: 'evaluatorLeftOut', evaluatorId: ev.id },
      {
        ...input,
        evaluators: input.evaluators.filter((e) => e.id !== ev.id),
        grades: input.grades.filter((g) => g.evaluatorId !== ev.id)
      }
    );
  }
  return { base, changes };
}

/** mulberry32: a small seeded PRNG with uniform doubles in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One draw's factors: for each scored item in the engine's order, 1 − X + 2X·u with the next u of
 * the PRNG. `drawFirstPlaces` takes one such array per draw from a single PRNG, in draw order.
 */
export function drawFactors(next: () => number, count: number, variation: number): Float64Array {
  const factors = new Float64Array(count);
  for (let i = 0; i < count; i++) factors[i] = 1 - variation + 2 * variation * next();
  return factors;
}

function resolvedOptions(input: ScoringInput, options: DrawOptions) {
  const draws = options.draws ?? input.settings.stabilityDraws;
  if (!Number.isInteger(draws) || draws < 0) throw new RangeError(`Draws must be a whole number: ${draws}`);
  const variation = checkVariation(options.variation ?? input.settings.stabilityVariation);
  const seed = options.seed ?? input.settings.stabilitySeed;
  return { draws, variation, seed };
}

/**
 * The first place of each draw (same order as the PRNG's draws), by the fast path.
 *
 * Fast path. One engine run gives, per vendor, everything the points do not change: the factor of
 * each scored item (mean of the grades present, or the consensus level), the passed 基礎点, the
 * 価格点, the bid, the 基準評価値 and every reason except `belowMinimumBonus` and
 * `belowReferenceValue`, which are the two gates that depend on the points. A draw then computes,
 * as the engine does (`scoring.ts`):
 * - 加点 = Σ points_i × k_i × factor_i (in doubles; the engine sums the same products exactly),
 * - 技術点 = 基礎点 + 加点, rounded with the engine's helper at `technicalDecimals`,
 * - 加算方式: 総合評価点 = rounded(rounded 技術点 + rounded 価格点) at `totalDecimals`;
 *   除算方式: 評価値 = rounded(rounded 技術点 ÷ bid × S) at `evaluationValueDecimals`, with the
 *   基準評価値 gate; none: 総合評価点 = rounded 技術点,
 * - the minimum-加点 gate on the unrounded 加点,
 * - the rank on the rounded figures, ties broken by the rounded 技術点, then the recorded tie
 *   resolutions, exactly as the engine ranks.
 * Ranks are compared on the rounded figures, as the method publishes and ranks them. The rounding
 * reads the double 技術点 as its shortest decimal (as the engine reads typed points), so the fast path
 * can differ from the engine only when a draw lands within about 1e-12 of a rounding step.
 */
export function drawFirstPlaces(input: ScoringInput, options: DrawOptions = {}): (Id | null)[] {
  const { draws, variation, seed } = resolvedOptions(input, options);
  const { settings } = input;
  const base = scoreProcurement(input);
  const scored = scoredRequirements(input);
  const n = scored.length;
  const method = settings.priceMethod;
  const { rounding } = settings;
  const round = (r: Rational, which: RoundedFigure): Rational =>
    roundToRational(r, rounding[FIGURE_DECIMALS[which]], rounding.mode);
  const gates = new Set(['belowMinimumBonus', 'belowReferenceValue']);
  const minimum =
    settings.minimumBonus !== null && Number.isFinite(settings.minimumBonus) ? settings.minimumBonus : null;
  const scale = toRational(settings.divisionScale);
  const reference = base.referenceValue?.rounded ?? null;
  const gate = method === 'division' && settings.referenceValueGate && reference !== null;

  // Vendors that can be ranked in any draw, with their per-item weights points_i × factor_i.
  const candidates = base.vendors.flatMap((v) => {
    const rankable =
      v.technicalPoints !== null &&
      (method === 'division' ? v.evaluationValue !== null : v.totalPoints !== null) &&
      v.reasons.every((r) => gates.has(r.code));
    if (!rankable) return [];
    const factorOf = new Map(v.scored.map((s) => [s.requirementId, s.factor!]));
    const weights = new Float64Array(n);
    scored.forEach((req, i) => {
      weights[i] = req.points * toNumber(factorOf.get(req.id)!);
    });
    return [
      {
        id: v.vendorId,
        weights,
        basePoints: toNumber(v.basePoints.exact),
        price: v.pricePoints?.rounded ?? null,
        bid: v.bid
      }
    ];
  });
  const resolutions = input.tieResolutions ?? [];

  const next = mulberry32(seed);
  const result: (Id | null)[] = [];
  for (let d = 0; d < draws; d++) {
    const factors = drawFactors(next, n, variation);
    let best: { ids: Id[]; key: Rational; tech: Rational } | null = null;
    for (const c of candidates) {
      let bonus = 0;
      for (let i = 0; i < n; i++) bonus += c.weights[i]! * factors[i]!;
      if (minimum !== null && bonus < minimum) continue;
      const tech = round(toRational(c.basePoints + bonus), 'technical');
      let key: Rational;
      if (method === 'additive') key = round(add(tech, c.price!), 'total');
      else if (method === 'division') {
        key = round(mul(div(tech, c.bid!), scale), 'evaluationValue');
        if (gate && compare(key, reference) < 0) continue;
      } else key = round(tech, 'total');
      const order = best === null ? 1 : compare(key, best.key) || compare(tech, best.tech);
      if (order > 0) best = { ids: [c.id], key, tech };
      else if (order === 0) best!.ids.push(c.id);
    }
    result.push(best === null ? null : settle(best.ids, resolutions));
  }
  return result;
}

function settle(ids: Id[], resolutions: NonNullable<ScoringInput['tieResolutions']>): Id | null {
  if (ids.length === 1) return ids[0]!;
  const resolution = resolutions.find(
    (t) =>
      t.vendorIds.length === ids.length &&
      ids.every((id) => t.vendorIds.includes(id)) &&
      ids.includes(t.winnerId)
  );
  return resolution?.winnerId ?? null;
}

/**
 * N draws, each multiplying every scored item's points by a uniform factor in [1 − X, 1 + X]: the
 * share of the draws each vendor comes first. Defaults from the settings; seeded, so it repeats.
 */
export function randomDraws(input: ScoringInput, options: DrawOptions = {}): RandomDrawsResult {
  const firsts = drawFirstPlaces(input, options);
  const counts = new Map<Id, number>();
  let noWinner = 0;
  for (const id of firsts) {
    if (id === null) noWinner++;
    else counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const firstPlaceShare: Record<Id, number> = {};
  for (const [id, count] of counts) firstPlaceShare[id] = count / firsts.length;
  return { draws: firsts.length, firstPlaceShare, noWinner };
}
