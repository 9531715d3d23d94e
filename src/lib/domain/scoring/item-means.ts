/**
 * What a scored item's grades give: the levels, the mean factor and the spread of each grade
 * pattern, and the exact item scores (points × factor). Pure arithmetic over the grade index.
 *
 * Speed (issue 5): what a pattern gives is computed once per distinct pattern and shared (its
 * `levels` array frozen); a mean factor is a sum of integer-scaled rubric factors over a count,
 * made a `Rational` once per distinct (sum, count); item scores are shared per distinct (points,
 * factor), so a vendor can tally its items by ids and add each distinct value once. All exact.
 */
import type { ScoringSettings } from '../model';
import { add, div, mul, rational, roundToRational, toRational, type Rational } from '../rounding';
import { figureRounded, figureRounding } from '../settings';
import { sum, ZERO } from './figure';

/** What one grade pattern of a scored item gives. */
export interface Pattern {
  levels: readonly (string | null)[];
  meanFactor: Rational | null;
  /** `scoreIds` of the mean factor. */
  scoreIds: number[] | null;
  steps: number;
}

/** Σ value(i) × counts[i], exactly: each distinct value is multiplied once, by its count. */
export function tallySum(counts: ArrayLike<number>, value: (i: number) => Rational): Rational {
  let total = ZERO;
  for (let i = 0; i < counts.length; i++) if (counts[i]) total = add(total, mul(value(i), counts[i]!));
  return total;
}

function bigintGcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * The rubric factors as integers over a common denominator (factor = scaled ÷ denominator), when
 * every factor is a finite number ≥ 0 and the sums of a whole panel fit in safe integers; else null
 * (the item means are then summed as rationals, as the method states them).
 */
function scaledFactors(settings: ScoringSettings, panel: number) {
  const { rubric } = settings;
  if (!rubric.every((l) => Number.isFinite(l.factor) && l.factor >= 0)) return null;
  const exact = rubric.map((l) => toRational(l.factor));
  const denominator = exact.reduce((d, r) => (d / bigintGcd(d, r.d)) * r.d, 1n);
  const scaled = exact.map((r) => r.n * (denominator / r.d));
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  // Sums of a panel's scaled factors, and the cache keys sum × (panel + 1) + count, stay safe.
  const reach = BigInt(panel + 1) * BigInt(panel + 1);
  if (denominator * reach > limit || scaled.some((x) => x * reach > limit)) return null;
  return { denominator, scaled: scaled.map(Number) };
}

export type ItemMeans = ReturnType<typeof itemMeans>;

/**
 * The shared tables of one scoring run. `points` are the requirements' points (`pointsOf`), in
 * order; `answers` and `evaluatorSlotOf` are the grade index's; `first` is the index of a cell's
 * first evaluator in `answers`.
 */
export function itemMeans(
  settings: ScoringSettings,
  points: readonly number[],
  panel: number,
  answers: Int32Array,
  evaluatorSlotOf: readonly number[]
) {
  const { rubric } = settings;
  const rubricIndex = new Map(rubric.map((level, i) => [level.code, i]));
  const levelFactors: (Rational | undefined)[] = [];
  // Factors by rubric position, read once each (as the decimal typed).
  const factorAt = (i: number): Rational => (levelFactors[i] ??= toRational(rubric[i]!.factor));
  const factorOf = (code: string): Rational => factorAt(rubricIndex.get(code)!);

  // Exact values shared by the items: a mean factor per (sum of scaled factors, count), a score per
  // (factor, points). Rationals are immutable, so items with equal values share one.
  const scaled = scaledFactors(settings, panel);
  const meanCache = new Map<number, Rational>();
  const meanOf = (scaledSum: number, n: number): Rational => {
    const k = scaledSum * (panel + 1) + n;
    let mean = meanCache.get(k);
    if (mean === undefined) {
      mean = rational(BigInt(scaledSum), BigInt(n) * scaled!.denominator);
      meanCache.set(k, mean);
    }
    return mean;
  };
  // The distinct points of the requirements (`pointsIndex[ri]` is requirement ri's), and the
  // distinct item scores by id (`scores`); `scoreIds.get(factor)[points index]` is the id of
  // points × factor, −1 until needed. A vendor tallies its items by these indexes.
  const pointsSlots = new Map<number, number>();
  const pointsIndex = points.map((p) => {
    let i = pointsSlots.get(p);
    if (i === undefined) pointsSlots.set(p, (i = pointsSlots.size));
    return i;
  });
  const distinctPoints = [...pointsSlots.keys()];
  const pointsExact: (Rational | undefined)[] = [];
  const pointsAt = (i: number): Rational => (pointsExact[i] ??= toRational(distinctPoints[i]!));
  const scores: Rational[] = [];
  const scoreIds = new Map<Rational, number[]>();
  const scoreIdsOf = (factor: Rational): number[] => {
    let ids = scoreIds.get(factor);
    if (ids === undefined) scoreIds.set(factor, (ids = new Array<number>(distinctPoints.length).fill(-1)));
    return ids;
  };
  // The item mean (points × factor), rounded when the rule rounds it (`rounding.itemMeanMode`).
  const itemRounding = figureRounded(settings.rounding, 'itemMean')
    ? figureRounding(settings.rounding, 'itemMean')
    : null;
  const scoreId = (ids: number[], pointsAtIndex: number, factor: Rational): number => {
    let id = ids[pointsAtIndex]!;
    if (id < 0) {
      id = ids[pointsAtIndex] = scores.length;
      const score = mul(pointsAt(pointsAtIndex), factor);
      scores.push(itemRounding ? roundToRational(score, itemRounding.decimals, itemRounding.mode) : score);
    }
    return id;
  };

  // What a scored item's grade pattern (each evaluator's rubric position, or missing) gives: its
  // levels, mean factor and spread. Items with the same pattern share one frozen `levels` array
  // and one mean; the pattern is a number in base (rubric size + 1), so it is shared only while
  // every pattern of the panel fits in a safe integer (else each item gets its own).
  const scaledAt = scaled?.scaled ?? null;
  const digitBase = rubric.length + 1;
  const patterned = digitBase ** panel <= Number.MAX_SAFE_INTEGER;
  const patterns = new Map<number, Pattern>();
  const patternAt = (first: number): Pattern => {
    const levels = new Array<string | null>(panel);
    const factors: Rational[] = [];
    let present = 0;
    let lowest = Infinity;
    let highest = -Infinity;
    let scaledSum = 0;
    for (let ei = 0; ei < panel; ei++) {
      const i = (answers[first + evaluatorSlotOf[ei]!]! >> 4) - 1;
      levels[ei] = i >= 0 ? rubric[i]!.code : null;
      if (i < 0) continue;
      present++;
      if (i < lowest) lowest = i;
      if (i > highest) highest = i;
      if (scaledAt) scaledSum += scaledAt[i]!;
      else factors.push(factorAt(i));
    }
    let meanFactor: Rational | null = null;
    if (present) meanFactor = scaledAt ? meanOf(scaledSum, present) : div(sum(factors), present);
    return {
      levels: Object.freeze(levels),
      meanFactor,
      scoreIds: meanFactor && scoreIdsOf(meanFactor),
      steps: present ? highest - lowest : 0
    };
  };
  /** The pattern of the cell at `first`, whose key (the digits `answers >> 4`, base `digitBase`) is `key`. */
  const patternOf = (key: number, first: number): Pattern => {
    if (!patterned) return patternAt(first);
    let pattern = patterns.get(key);
    if (pattern === undefined) patterns.set(key, (pattern = patternAt(first)));
    return pattern;
  };

  return {
    rubricIndex,
    factorOf,
    digitBase,
    patternOf,
    pointsIndex,
    pointsAt,
    distinctPoints: distinctPoints.length,
    scores,
    scoreIdsOf,
    scoreId
  };
}
