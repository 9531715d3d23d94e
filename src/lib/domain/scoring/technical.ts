/**
 * 技術点 of one vendor: each mandatory item passes under the pass rule (or its consensus) and gives
 * its 基礎点; each scored item gives points × the mean factor of the grades present (or × the
 * consensus factor). Notes every missing grade or rationale and flags split verdicts and level
 * spreads of two steps or more. 基礎点, 加点 and 技術点 are rounded from their exact sums.
 */
import { atLowestLevel } from '../level-points';
import type { Evaluator, Grade, Requirement, ScoringSettings, Vendor } from '../model';
import { add, div, type Rational } from '../rounding';
import { figure } from './figure';
import { passesRule } from './gates';
import type { GradeIndex } from './grade-index';
import { sum } from './figure';
import { tallySum, type ItemMeans, type Pattern } from './item-means';
import type { Disagreement, Figure, MandatoryItemResult, MissingGrade, ScoredItemResult } from './types';

/** The entities of the run, sorted, and the tables shared by its vendors. */
export interface TechnicalContext {
  settings: ScoringSettings;
  requirements: readonly Requirement[];
  evaluators: readonly Evaluator[];
  grades: readonly Grade[];
  index: GradeIndex;
  means: ItemMeans;
  /** Per requirement (sorted), its own level factors when it states level points (`level-points.ts`). */
  levelFactors: readonly (Rational[] | null)[];
  /** The rubric's factors by position. */
  rubricFactors: readonly Rational[];
  /** Mean level factors of items with level points, per requirement and grade pattern (shared by vendors). */
  ownMeans: Map<Pattern, Rational | null>[];
}

export interface TechnicalResult {
  mandatory: MandatoryItemResult[];
  scored: ScoredItemResult[];
  missing: MissingGrade[];
  disagreements: Disagreement[];
  basePoints: Figure;
  /** Exact 加点; null when an item has no grade at all. */
  bonusExact: Rational | null;
  bonusPoints: Figure | null;
  technicalPoints: Figure | null;
}

/** The technical evaluation of the vendor at position `vi` of the sorted vendors. */
export function technicalOf(ctx: TechnicalContext, vendor: Vendor, vi: number): TechnicalResult {
  const { settings, requirements, evaluators, grades, index, means } = ctx;
  const { answers, latestGrade, consensus, nr, ne } = index;
  const evaluatorSlotOf = index.evaluatorSlots.of;
  const requirementSlotOf = index.requirementSlots.of;
  const { rubricIndex, digitBase, pointsIndex, scores } = means;
  const panel = evaluators.length;
  const missing: MissingGrade[] = [];
  const disagreements: Disagreement[] = [];
  const mandatory: MandatoryItemResult[] = [];
  const scored: ScoredItemResult[] = [];
  // Σ over tallies of equal values: each distinct points or score is added once, times its count.
  const passedPoints = new Array<number>(means.distinctPoints).fill(0);
  const scoreCounts: number[] = [];
  let everyScore = true;
  const vs = index.vendorSlots.of[vi]!;
  // The grades or rationales missing on an item, in evaluator order (only read when one is).
  const noteMissing = (req: Requirement, first: number, isMandatory: boolean) => {
    for (let ei = 0; ei < panel; ei++) {
      const k = first + evaluatorSlotOf[ei]!;
      const code = answers[k]!;
      const answered = isMandatory ? (code & 12) !== 0 : code >= 16;
      if (!answered) {
        missing.push({
          vendorId: vendor.id,
          requirementId: req.id,
          evaluatorId: evaluators[ei]!.id,
          what: 'grade'
        });
      } else if ((code & 3) === 0 || ((code & 3) === 2 && !grades[latestGrade[k]! - 1]!.rationale.trim())) {
        missing.push({
          vendorId: vendor.id,
          requirementId: req.id,
          evaluatorId: evaluators[ei]!.id,
          what: 'rationale'
        });
      }
    }
  };
  for (let ri = 0; ri < requirements.length; ri++) {
    const req = requirements[ri]!;
    const at = vs * nr + requirementSlotOf[ri]!;
    const first = at * ne;
    const agreed = consensus.size ? consensus.get(at) : undefined;
    if (panel === 0) {
      missing.push({ vendorId: vendor.id, requirementId: req.id, evaluatorId: null, what: 'grade' });
    }
    if (req.kind === 'mandatory') {
      let passes = 0;
      let fails = 0;
      let gaps = false;
      for (let ei = 0; ei < panel; ei++) {
        const code = answers[first + evaluatorSlotOf[ei]!]!;
        const verdict = (code >> 2) & 3;
        if (verdict === 1) passes++;
        else if (verdict === 2) fails++;
        if (verdict === 0 || (code & 3) !== 1) gaps = true;
      }
      if (gaps) noteMissing(req, first, true);
      const verdict = agreed?.verdict ?? null;
      const flagged = passes > 0 && fails > 0;
      if (flagged) {
        disagreements.push({
          vendorId: vendor.id,
          requirementId: req.id,
          kind: 'splitVerdict',
          steps: 0,
          resolved: verdict !== null
        });
      }
      const passed = verdict !== null ? verdict === 'pass' : passesRule(settings.passRule, passes, panel);
      if (passed) passedPoints[pointsIndex[ri]!]! += 1;
      mandatory.push({
        requirementId: req.id,
        ref: req.ref,
        points: req.basePoints,
        passes,
        fails,
        missing: panel - passes - fails,
        consensus: verdict,
        passed,
        flagged
      });
    } else {
      let key = 0;
      let gaps = false;
      for (let ei = 0; ei < panel; ei++) {
        const code = answers[first + evaluatorSlotOf[ei]!]!;
        key = key * digitBase + (code >> 4);
        if (code < 16 || (code & 3) !== 1) gaps = true;
      }
      if (gaps) noteMissing(req, first, false);
      const pattern = means.patternOf(key, first);
      const { levels, steps } = pattern;
      const consensusLevel = agreed?.level != null && rubricIndex.has(agreed.level) ? agreed.level : null;
      // An item stating level points has its own factors (points ÷ its top level's points).
      const own = ctx.levelFactors[ri] ?? null;
      const meanFactor = own ? ownMean(ctx, ri, own, pattern) : pattern.meanFactor;
      const factor =
        consensusLevel === null
          ? meanFactor
          : own
            ? own[rubricIndex.get(consensusLevel)!]!
            : means.factorOf(consensusLevel);
      const flagged = steps >= 2;
      if (flagged) {
        disagreements.push({
          vendorId: vendor.id,
          requirementId: req.id,
          kind: 'levelSpread',
          steps,
          resolved: consensusLevel !== null
        });
      }
      let score: Rational | null = null;
      if (factor === null) everyScore = false;
      else {
        const ids = consensusLevel === null && !own ? pattern.scoreIds! : means.scoreIdsOf(factor);
        const id = means.scoreId(ids, pointsIndex[ri]!, factor);
        score = scores[id]!;
        while (scoreCounts.length <= id) scoreCounts.push(0);
        scoreCounts[id]! += 1;
      }
      scored.push({
        requirementId: req.id,
        ref: req.ref,
        points: req.points,
        // Shared between items of the same pattern, hence frozen; the type stays as published.
        levels: levels as (string | null)[],
        meanFactor,
        consensusLevel,
        factor,
        score,
        steps,
        flagged,
        atLowest: atLowestLevel(req, own ?? ctx.rubricFactors, factor)
      });
    }
  }

  const basePointsExact = tallySum(passedPoints, means.pointsAt);
  const bonusExact = everyScore ? tallySum(scoreCounts, (id) => scores[id]!) : null;
  return {
    mandatory,
    scored,
    missing,
    disagreements,
    basePoints: figure(basePointsExact, settings, 'technical'),
    bonusExact,
    bonusPoints: bonusExact && figure(bonusExact, settings, 'technical'),
    technicalPoints: bonusExact && figure(add(basePointsExact, bonusExact), settings, 'technical')
  };
}

/** The mean of the item's own level factors over the grades present in `pattern` (null: none). */
function ownMean(
  ctx: TechnicalContext,
  ri: number,
  own: readonly Rational[],
  pattern: Pattern
): Rational | null {
  const cache = (ctx.ownMeans[ri] ??= new Map());
  let mean = cache.get(pattern);
  if (mean === undefined) {
    const present = pattern.levels.flatMap((code) =>
      code === null ? [] : [own[ctx.means.rubricIndex.get(code)!]!]
    );
    mean = present.length ? div(sum(present), present.length) : null;
    cache.set(pattern, mean);
  }
  return mean;
}
