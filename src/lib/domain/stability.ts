/**
 * Stability of the result (`scoring-method.md`, "Disagreement and stability"): how easily the first
 * place changes when the points of the scored items, or the evaluators, change. Pure: the random
 * draws come from a seeded PRNG implemented here, so the same seed gives the same result.
 *
 * Both take every factor and fixed figure from one engine run (`scoreProcurement`) and recompute
 * only what the points change: the random draws in doubles (see `drawFirstPlaces`), one at a time
 * exactly (see `pointsVariant`). Leaving an evaluator out changes the means, so one at a time runs
 * the engine itself for those variations.
 *
 * "First place" is the first of the engine's ranking when it is settled: null when nobody is ranked,
 * or when the top is a tie that the tie-break rule (higher 技術点) and the recorded tie resolutions
 * do not settle.
 */
import type { Id, Requirement } from './model';
import {
  evaluationValue,
  meetsReferenceValue,
  priceMethodPublishes,
  rankFigureOf,
  totalPoints
} from './price';
import { byPosition } from './records';
import { add, compare, mul, roundToRational, sub, toNumber, toRational, type Rational } from './rounding';
import { figureRounded, figureRounding, type RoundedFigure } from './settings';
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
  input.requirements.filter((r) => r.kind === 'scored').sort(byPosition);

/**
 * Each scored item's points × (1 − X) and × (1 + X), then each evaluator left out in turn (their
 * grades removed too): every run whose first place differs from the base's, in that order.
 * X is `settings.stabilityVariation`.
 */
export function oneAtATime(input: ScoringInput): OneAtATimeResult {
  const x = checkVariation(input.settings.stabilityVariation);
  const result = scoreProcurement(input);
  const base = firstPlace(result);
  const changes: StabilityChange[] = [];
  const check = (varied: StabilityVariation, first: Id | null) => {
    if (first !== base) changes.push({ varied, firstPlace: first });
  };
  // 1 ± X as the decimal a person would type (0.8, 1.2), not 1 - 0.2's double artefacts.
  const factors = [toNumber(onePlus(x, -1)), toNumber(onePlus(x, 1))];
  const scored = scoredRequirements(input);
  // The fast path relies on one requirement per id (a variation scales every requirement with it).
  const fast = new Set(input.requirements.map((r) => r.id)).size === input.requirements.length;
  const variant = fast ? pointsVariant(input, result, scored) : null;
  for (let i = 0; i < scored.length; i++) {
    const req = scored[i]!;
    for (const factor of factors) {
      const points = toNumber(mul(req.points, factor));
      const varied: StabilityVariation = { kind: 'points', requirementId: req.id, factor };
      if (variant) check(varied, variant(i, points));
      else {
        const requirements = input.requirements.map((r) =>
          r.id === req.id ? { ...r, points: toNumber(mul(r.points, factor)) } : r
        );
        check(varied, firstPlace(scoreProcurement({ ...input, requirements })));
      }
    }
  }
  for (const ev of [...input.evaluators].sort(byPosition)) {
    // Their grades need not be removed: the engine reads only the grades of the evaluators given.
    const variantInput = { ...input, evaluators: input.evaluators.filter((e) => e.id !== ev.id) };
    check({ kind: 'evaluatorLeftOut', evaluatorId: ev.id }, firstPlace(scoreProcurement(variantInput)));
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
 * 価格点, the bid, the 基準評価値 and every reason except `belowMinimumBonus`, `belowMinimumTechnical`
 * and `belowReferenceValue`, the gates that depend on the points (an item graded at its lowest level
 * does not: its factor stays). A draw then computes,
 * as the engine does (`scoring/`, `price.ts`):
 * - 加点 = Σ points_i × k_i × factor_i (in doubles; the engine sums the same products exactly),
 * - 技術点 = 基礎点 + 加点, rounded with the engine's helper at `technicalDecimals`,
 * - 加算方式: 総合評価点 = rounded(rounded 技術点 + rounded 価格点) at `totalDecimals`;
 *   除算方式: 評価値 = rounded(rounded 技術点 ÷ bid × S) at `evaluationValueDecimals`, with the
 *   基準評価値 gate; none: 総合評価点 = rounded 技術点,
 * - the minimum-加点 gate on the unrounded 加点, the minimum-技術点 gate on the rounded 技術点,
 * - the rank on the rounded figures, ties broken by the rounded 技術点, then the recorded tie
 *   resolutions, exactly as the engine ranks.
 * Ranks are compared on the rounded figures, as the method publishes and ranks them. The rounding
 * reads the double 技術点 as its shortest decimal (as the engine reads typed points), so the fast path
 * can differ from the engine only when a draw lands within about 1e-12 of a rounding step. Only the
 * vendors that can still be first are rounded exactly (see `firstPlaceFinder`).
 */
export function drawFirstPlaces(input: ScoringInput, options: DrawOptions = {}): (Id | null)[] {
  const { draws, variation, seed } = resolvedOptions(input, options);
  const minimum = minimumBonus(input);
  const base = scoreProcurement(input);
  const scored = scoredRequirements(input);
  const n = scored.length;
  const candidates = candidatesOf(input, base, scored);
  const m = candidates.length;
  // Per candidate, its weights points_i × factor_i, one row each.
  const weights = new Float64Array(m * n);
  candidates.forEach((c, ci) => {
    for (let i = 0; i < n; i++) weights[ci * n + i] = scored[i]!.points * c.factorsD[i]!;
  });
  const find = firstPlaceFinder(input, base, candidates);
  const bonus = new Float64Array(m);
  const tech = new Float64Array(m);
  const exactTech = (ci: number): Rational | null =>
    minimum !== null && bonus[ci]! < minimum ? null : toRational(tech[ci]!);

  // A rounded item mean (`rounding.itemMeanMode`), in doubles: a draw's item score is a random
  // double, so this shares the fast path's margin (a draw within ~1e-9 of a step may round apart).
  const item = figureRounded(input.settings.rounding, 'itemMean')
    ? figureRounding(input.settings.rounding, 'itemMean')
    : null;
  const itemUnit = item ? 10 ** item.decimals : 0;
  const roundItem = (x: number): number =>
    item?.mode === 'halfUp'
      ? Math.floor(x * itemUnit + 0.5 + 1e-9) / itemUnit
      : Math.floor(x * itemUnit + 1e-9) / itemUnit;
  const next = mulberry32(seed);
  const result: (Id | null)[] = [];
  for (let d = 0; d < draws; d++) {
    const factors = drawFactors(next, n, variation);
    for (let ci = 0; ci < m; ci++) {
      let sum = 0;
      if (itemUnit === 0) for (let i = 0, row = ci * n; i < n; i++) sum += weights[row + i]! * factors[i]!;
      else for (let i = 0, row = ci * n; i < n; i++) sum += roundItem(weights[row + i]! * factors[i]!);
      bonus[ci] = sum;
      tech[ci] = candidates[ci]!.baseD + sum;
    }
    result.push(find(tech, bonus, exactTech));
  }
  return result;
}

/**
 * One at a time's points variations without the engine: the first place when the scored item at
 * `index` (of `scored`) has `points`, computed exactly as the engine does (the item's score
 * points × factor is replaced in the exact 加点 of each vendor that can still be first).
 */
function pointsVariant(
  input: ScoringInput,
  base: ScoringResult,
  scored: readonly Requirement[]
): (index: number, points: number) => Id | null {
  const minimum = minimumBonus(input);
  const candidates = candidatesOf(input, base, scored);
  const m = candidates.length;
  const find = firstPlaceFinder(input, base, candidates);
  const bonus = new Float64Array(m);
  const tech = new Float64Array(m);
  let index = 0;
  let delta: Rational = toRational(0);
  // The item's score as the engine has it: points × factor, then the item-mean rounding if any.
  const item = figureRounded(input.settings.rounding, 'itemMean')
    ? figureRounding(input.settings.rounding, 'itemMean')
    : null;
  const itemScore = (points: Rational, factor: Rational): Rational => {
    const score = mul(points, factor);
    return item ? roundToRational(score, item.decimals, item.mode) : score;
  };
  let oldPoints: Rational = toRational(0);
  let newPoints: Rational = toRational(0);
  const exactTech = (ci: number): Rational | null => {
    const c = candidates[ci]!;
    const f = c.factors[index]!;
    const varied = item
      ? add(c.bonus, sub(itemScore(newPoints, f), itemScore(oldPoints, f)))
      : add(c.bonus, mul(delta, f));
    return minimum !== null && compare(varied, minimum) < 0 ? null : add(c.basePoints, varied);
  };
  return (i, points) => {
    index = i;
    // The engine reads points as typed (their shortest decimal), the old as well as the new.
    oldPoints = toRational(scored[i]!.points);
    newPoints = toRational(points);
    delta = sub(newPoints, oldPoints);
    const deltaD = points - scored[i]!.points;
    for (let ci = 0; ci < m; ci++) {
      const c = candidates[ci]!;
      bonus[ci] = c.bonusD + deltaD * c.factorsD[i]!;
      tech[ci] = c.baseD + bonus[ci]!;
    }
    return find(tech, bonus, exactTech);
  };
}

/** The minimum-加点 gate, when set. */
function minimumBonus(input: ScoringInput): number | null {
  const { minimumBonus } = input.settings;
  return minimumBonus !== null && Number.isFinite(minimumBonus) ? minimumBonus : null;
}

/** A vendor that can be ranked under any points, with what the points do not change. */
interface Candidate {
  id: Id;
  /** Factor of each scored item, in `scored` order, exact and as a double. */
  factors: Rational[];
  factorsD: Float64Array;
  basePoints: Rational;
  baseD: number;
  /** 加点 at the recorded points. */
  bonus: Rational;
  bonusD: number;
  /** Rounded 価格点 (加算方式). */
  price: Rational | null;
  priceD: number;
  bid: number | null;
}

const GATES: ReadonlySet<string> = new Set([
  'belowMinimumBonus',
  'belowMinimumTechnical',
  'belowReferenceValue'
]);

function candidatesOf(input: ScoringInput, base: ScoringResult, scored: readonly Requirement[]): Candidate[] {
  return base.vendors.flatMap((v) => {
    const rankable =
      v.technicalPoints !== null &&
      v.bonusPoints !== null &&
      rankFigureOf(v, input.settings) !== null &&
      v.reasons.every((r) => GATES.has(r.code));
    if (!rankable) return [];
    const factorOf = new Map(v.scored.map((s) => [s.requirementId, s.factor!]));
    const factors = scored.map((req) => factorOf.get(req.id)!);
    const price = v.pricePoints?.rounded ?? null;
    return [
      {
        id: v.vendorId,
        factors,
        factorsD: Float64Array.from(factors, toNumber),
        basePoints: v.basePoints.exact,
        baseD: toNumber(v.basePoints.exact),
        bonus: v.bonusPoints!.exact,
        bonusD: toNumber(v.bonusPoints!.exact),
        price,
        priceD: price === null ? 0 : toNumber(price),
        bid: v.bid
      }
    ];
  });
}

/** A margin for the error of a double near `x` (far above the few ulps a sum of products makes). */
const slack = (x: number): number => 1e-9 * (1 + Math.abs(x));

/**
 * The first place among the candidates for one variation of the points, ranked as the engine
 * ranks (see `drawFirstPlaces`). `tech` and `bonus` hold each candidate's 技術点 and 加点 as
 * doubles; `exactTech(ci)` gives its exact unrounded 技術点, or null when the minimum-加点 gate
 * leaves it out. Only candidates whose key, bounded from the doubles (the rounding steps and a
 * margin for the double's error), can reach the best sure key are computed exactly: the others
 * rank strictly below a vendor that is certainly ranked, so the result is the same.
 */
function firstPlaceFinder(input: ScoringInput, base: ScoringResult, candidates: readonly Candidate[]) {
  const { settings } = input;
  const { rounding } = settings;
  const publishes = priceMethodPublishes(settings);
  const round = (r: Rational, which: RoundedFigure): Rational => {
    const { mode, decimals } = figureRounding(rounding, which);
    return roundToRational(r, decimals, mode);
  };
  const step = (which: RoundedFigure): number => 10 ** -figureRounding(rounding, which).decimals;
  const minimum = minimumBonus(input);
  const { minimumTechnical } = settings;
  const technicalGate =
    minimumTechnical !== null && Number.isFinite(minimumTechnical) ? minimumTechnical : null;
  const technicalStep = step('technical');
  const scale = toRational(settings.divisionScale);
  const scaleD = settings.divisionScale;
  const reference = base.referenceValue?.rounded ?? null;
  const gate = publishes.referenceValue && settings.referenceValueGate && reference !== null;
  const referenceD = reference === null ? 0 : toNumber(reference);
  const resolutions = input.tieResolutions ?? [];
  const m = candidates.length;
  // Per candidate: the approximate key, its bound, and 0 certainly ranked, 1 maybe, 2 left out.
  const approx = new Float64Array(m);
  const bound = new Float64Array(m);
  const state = new Uint8Array(m);
  // How far rounding moves the key from the unrounded value, per candidate.
  // A rounded item mean moves one item's score by less than a step, which a variation's doubles
  // (`pointsVariant`) do not follow: twice that step is added to the margin.
  const itemSpan = figureRounded(rounding, 'itemMean') ? 2 * step('itemMean') : 0;
  const roundingSpan = candidates.map((c) =>
    publishes.evaluationValue
      ? ((step('technical') + itemSpan) * scaleD) / c.bid! + step('evaluationValue')
      : step('technical') + step('total') + itemSpan
  );

  return (tech: Float64Array, bonus: Float64Array, exactTech: (ci: number) => Rational | null): Id | null => {
    let floor = -Infinity;
    for (let ci = 0; ci < m; ci++) {
      const c = candidates[ci]!;
      const t = tech[ci]!;
      const a = publishes.pricePoints ? t + c.priceD : publishes.evaluationValue ? (t / c.bid!) * scaleD : t;
      const e = roundingSpan[ci]! + slack(a);
      approx[ci] = a;
      bound[ci] = e;
      let s = 0;
      if (!Number.isFinite(a) || !Number.isFinite(e)) s = 1;
      if (minimum !== null) {
        const b = bonus[ci]!;
        if (b + slack(b) < minimum) s = 2;
        else if (!(b - slack(b) >= minimum)) s = Math.max(s, 1);
      }
      if (technicalGate !== null && s !== 2) {
        // The rounded 技術点 lies within one rounding step of the unrounded one.
        const margin = technicalStep + slack(t);
        if (t + margin < technicalGate) s = 2;
        else if (!(t - margin >= technicalGate)) s = Math.max(s, 1);
      }
      if (gate && s !== 2) {
        if (a + e < referenceD - slack(referenceD)) s = 2;
        else if (!(a - e >= referenceD + slack(referenceD))) s = 1;
      }
      state[ci] = s;
      if (s === 0 && a - e > floor) floor = a - e;
    }
    let best: { ids: Id[]; key: Rational; tech: Rational } | null = null;
    for (let ci = 0; ci < m; ci++) {
      if (state[ci] === 2 || approx[ci]! + bound[ci]! < floor) continue;
      const c = candidates[ci]!;
      const exact = exactTech(ci);
      if (exact === null) continue;
      const t = round(exact, 'technical');
      if (technicalGate !== null && compare(t, technicalGate) < 0) continue;
      let key: Rational;
      if (publishes.pricePoints) key = round(totalPoints(t, c.price!), 'total');
      else if (publishes.evaluationValue) {
        key = round(evaluationValue(t, c.bid!, scale), 'evaluationValue');
        if (gate && !meetsReferenceValue(key, reference)) continue;
      } else key = round(t, 'total');
      const order = best === null ? 1 : compare(key, best.key) || compare(t, best.tech);
      if (order > 0) best = { ids: [c.id], key, tech: t };
      else if (order === 0) best!.ids.push(c.id);
    }
    return best === null ? null : settle(best.ids, resolutions);
  };
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
