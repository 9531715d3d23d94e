/**
 * Which field holds a requirement's points: a mandatory item's 基礎点 is `basePoints`, a scored
 * item's maximum 加点 is `points`, and the other field is 0. Code that shows or sums "the item's
 * points" whatever its kind reads `pointsOf`; code that writes them goes through `kindPoints`.
 */
import type { Requirement, RequirementKind } from './model';

/** The points of the item's own kind: 基礎点 of a mandatory item, maximum 加点 of a scored one. */
export function pointsOf(requirement: Pick<Requirement, 'kind' | 'basePoints' | 'points'>): number {
  return requirement.kind === 'mandatory' ? requirement.basePoints : requirement.points;
}

/** The two fields for an item of `kind` worth `value` points. */
export function kindPoints(kind: RequirementKind, value: number): Pick<Requirement, 'basePoints' | 'points'> {
  return kind === 'mandatory' ? { basePoints: value, points: 0 } : { basePoints: 0, points: value };
}

/**
 * Whether an item of `kind` may hold `value` points: a scored item's maximum 加点 is above 0 (else it scores
 * nothing); a mandatory item's 基礎点 may be 0, a pure pass/fail gate that adds nothing to the 技術点 and its
 * maximum. Null when allowed, else the issue the criteria lock reports.
 */
export function pointsProblem(
  kind: RequirementKind,
  value: number
): 'pointsNotPositive' | 'pointsNegative' | null {
  if (kind === 'mandatory') return Number.isFinite(value) && value >= 0 ? null : 'pointsNegative';
  return Number.isFinite(value) && value > 0 ? null : 'pointsNotPositive';
}
