/**
 * Rubric levels stated in points per item (段階別配点: 優 10 · 良 5 · 可 0), and the item that excludes a
 * vendor graded at its lowest level (評価項目の足切り). The engine keeps its one formula, item score =
 * points × factor, where the factor is the mean of the evaluators' level factors (or the consensus
 * level's): an item with level points gives each level the factor points ÷ the item's highest level
 * points, which the rules below make the item's points, so the score is the mean of the level points
 * exactly as written (Rational, never through a rounded factor).
 *
 * Rules (checked at the lock, `validateCriteria`): level points belong to a scored item; they name
 * every rubric level once, in rubric order; each is a number in [0, points]; the first (highest)
 * level gives exactly the item's points; and no level gives more than the level above it.
 */
import type { LevelPoints, Requirement, RubricLevel } from './model';
import { compare, div, toRational, type Rational } from './rounding';

export type LevelPointsProblemCode =
  | 'levelPointsKind'
  | 'levelPointsLevels'
  | 'levelPointsRange'
  | 'levelPointsTop'
  | 'levelPointsOrder'
  | 'excludeAtLowestKind';

type LevelFields = Pick<Requirement, 'kind' | 'points' | 'levelPoints' | 'excludeAtLowest'>;

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Every rule the item's level points and exclusion flag break, in the order above. */
export function levelPointsProblems(
  requirement: LevelFields,
  rubric: readonly Pick<RubricLevel, 'code'>[]
): LevelPointsProblemCode[] {
  const problems: LevelPointsProblemCode[] = [];
  if (requirement.excludeAtLowest && requirement.kind !== 'scored') problems.push('excludeAtLowestKind');
  const levels = requirement.levelPoints;
  if (levels === undefined) return problems;
  if (requirement.kind !== 'scored') return [...problems, 'levelPointsKind'];
  const codes = levels.map((l) => l.code);
  if (codes.length !== rubric.length || rubric.some((level, i) => level.code !== codes[i])) {
    problems.push('levelPointsLevels');
  }
  const points = requirement.points;
  if (!levels.every((l) => finite(l.points) && l.points >= 0 && l.points <= points)) {
    problems.push('levelPointsRange');
  }
  if (!finite(levels[0]?.points) || levels[0].points !== points) problems.push('levelPointsTop');
  if (levels.some((l, i) => i > 0 && finite(l.points) && l.points > levels[i - 1]!.points)) {
    problems.push('levelPointsOrder');
  }
  return problems;
}

/** The level points by rubric position, when they name every level with a usable number; else null. */
function pointsByLevel(
  levels: readonly LevelPoints[] | undefined,
  rubric: readonly Pick<RubricLevel, 'code'>[]
): number[] | null {
  if (!levels) return null;
  const byCode = new Map(levels.map((l) => [l.code, l.points]));
  const values = rubric.map((level) => byCode.get(level.code));
  if (!values.every((v): v is number => finite(v) && v >= 0)) return null;
  return Math.max(0, ...values) > 0 ? values : null;
}

/**
 * Each rubric level's factor on this item (by rubric position): its points ÷ the highest level
 * points, exactly. Null when the item has no usable level points (none, or not one per level): the
 * rubric's own factors apply. A factor is relative to the item, so varying the item's points (the
 * stability analysis) scales its score as it does any item's.
 */
export function levelFactors(
  requirement: Pick<Requirement, 'kind' | 'levelPoints'>,
  rubric: readonly Pick<RubricLevel, 'code'>[]
): Rational[] | null {
  if (requirement.kind !== 'scored') return null;
  const values = pointsByLevel(requirement.levelPoints, rubric);
  if (!values) return null;
  const top = toRational(Math.max(...values));
  return values.map((v) => div(toRational(v), top));
}

/** The item's level points as written, by rubric position, when it states usable ones. */
export function writtenLevelPoints(
  requirement: Pick<Requirement, 'kind' | 'levelPoints'>,
  rubric: readonly Pick<RubricLevel, 'code'>[]
): number[] | null {
  return requirement.kind === 'scored' ? pointsByLevel(requirement.levelPoints, rubric) : null;
}

/**
 * The position of the item's lowest level: the last level whose factor is the smallest of the
 * item's (the rubric's factors, or its level factors). −1 for an empty rubric.
 */
export function lowestLevelIndex(factors: readonly Rational[]): number {
  let lowest = -1;
  factors.forEach((f, i) => {
    if (lowest < 0 || compare(f, factors[lowest]!) <= 0) lowest = i;
  });
  return lowest;
}

/**
 * The item excludes the vendor: it is marked so, and its decided factor (the consensus level's, or
 * the mean of the grades) equals the lowest level's, that is every grade counted is at a level
 * worth the least. Null when it is not marked or has no factor yet.
 */
export function atLowestLevel(
  requirement: Pick<Requirement, 'kind' | 'excludeAtLowest'>,
  factors: readonly Rational[],
  decided: Rational | null
): boolean | null {
  if (requirement.kind !== 'scored' || !requirement.excludeAtLowest || decided === null) return null;
  const lowest = lowestLevelIndex(factors);
  return lowest >= 0 && compare(decided, factors[lowest]!) === 0;
}
