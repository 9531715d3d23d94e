/**
 * The scoring engine of `scoring-method.md`: verdicts and levels in, every published figure out,
 * with the gates, the bid status, the rank and the disagreement flags. Pure: no clock, no ids.
 *
 * Arithmetic is exact (`Rational`) until the rounding step of each published figure; every figure
 * comes back as its exact value, its exact rounded value and the double of the rounded value, so
 * the UI can explain a number. 技術点 is rounded from the exact sum; 総合評価点 is the rounded
 * 技術点 plus the rounded 価格点, rounded; 評価値 is the rounded 技術点 ÷ 入札価格 × S.
 *
 * Figures are computed whenever their inputs allow, also for an unqualified or incomplete vendor
 * (to explain them); `qualified` and `rank` decide what is published. A missing grade never counts
 * as level E here: an item mean is over the grades present (provisional), the vendor is
 * `complete: false` and not qualified (`missingGrades`). Entities are processed in their `order`
 * (then id), so the order of the input arrays changes nothing.
 *
 * Speed (issue 5): grades are indexed once by position (vendor × requirement × evaluator) into a
 * compact table; what a scored item's grade pattern gives (levels, mean factor, spread) is computed
 * once per distinct pattern and shared (its `levels` array frozen); a mean factor is a sum of
 * integer-scaled rubric factors over a count, made a `Rational` once per distinct (sum, count);
 * item scores are shared per distinct (points, factor); a vendor's 基礎点 and 加点 add each distinct
 * value once, times its count. All exact, as before.
 */
import type {
  BidStatus,
  Consensus,
  Evaluator,
  Grade,
  Id,
  Requirement,
  ScoringSettings,
  TieResolution,
  Vendor,
  Verdict
} from './model';
import {
  add,
  compare,
  div,
  mul,
  rational,
  roundToRational,
  sub,
  toNumber,
  toRational,
  type Rational
} from './rounding';
import { FIGURE_DECIMALS, type RoundedFigure } from './rounding';
import { pointsOf } from './spec-points';
import { engineSettingsIssues, SETTINGS_BOUNDS, withinBound, type EngineSettingsIssue } from './settings';

export interface ScoringInput {
  requirements: Requirement[];
  settings: ScoringSettings;
  evaluators: Evaluator[];
  vendors: Vendor[];
  grades: Grade[];
  consensus: Consensus[];
  /** Recorded resolutions of ties (くじ etc.), `procurement.tieResolutions`. */
  tieResolutions?: Pick<TieResolution, 'vendorIds' | 'winnerId'>[];
}

/** A figure: its exact value, and (for a published figure) the exact rounded value and its double. */
export interface Figure {
  exact: Rational;
  rounded: Rational;
  value: number;
}

export type Reason =
  | { code: 'mandatoryFailed'; requirementId: Id; ref: string }
  | { code: 'overCeiling' }
  | { code: 'invalidBid'; reason: string }
  | { code: 'withdrawn' }
  | { code: 'missingBid' }
  | { code: 'belowMinimumBonus' }
  | { code: 'belowReferenceValue' }
  | { code: 'lowBidRejected' }
  | { code: 'missingGrades'; count: number };
export type ReasonCode = Reason['code'];

/** A grade or rationale not yet recorded; `evaluatorId` null when there is no evaluator at all. */
export interface MissingGrade {
  vendorId: Id;
  requirementId: Id;
  evaluatorId: Id | null;
  what: 'grade' | 'rationale';
}

export interface Disagreement {
  vendorId: Id;
  requirementId: Id;
  kind: 'splitVerdict' | 'levelSpread';
  /** Rubric steps between the highest and lowest level (levelSpread), or 0. */
  steps: number;
  /** A consensus grade is recorded for the item. */
  resolved: boolean;
}

export interface MandatoryItemResult {
  requirementId: Id;
  ref: string;
  points: number;
  passes: number;
  fails: number;
  missing: number;
  consensus: Verdict | null;
  /** Under the pass rule over all evaluators (a missing verdict is not a pass), or the consensus. */
  passed: boolean;
  flagged: boolean;
}

export interface ScoredItemResult {
  requirementId: Id;
  ref: string;
  points: number;
  /** Level codes per evaluator, in evaluator order (null: missing). */
  levels: (string | null)[];
  /** Mean factor of the grades present; null when none. */
  meanFactor: Rational | null;
  consensusLevel: string | null;
  /** The factor used: the consensus factor, else the mean. */
  factor: Rational | null;
  /** points × factor; null when no factor. */
  score: Rational | null;
  /** Rubric steps between the highest and lowest level given. */
  steps: number;
  flagged: boolean;
}

export interface VendorResult {
  vendorId: Id;
  mandatory: MandatoryItemResult[];
  scored: ScoredItemResult[];
  /** Σ 基礎点 of the passed mandatory items. */
  basePoints: Figure;
  /** Σ item scores; null when an item has no grade at all. */
  bonusPoints: Figure | null;
  technicalPoints: Figure | null;
  /** 加算方式 only. */
  pricePoints: Figure | null;
  /** 総合評価点 (加算方式; with price method `none`, the rounded 技術点). */
  totalPoints: Figure | null;
  /** 評価値 (除算方式). */
  evaluationValue: Figure | null;
  bid: number | null;
  bidStatus: BidStatus;
  bidStatusReason: string;
  /** Present when the bid is below the 調査基準価格. */
  lowBid: { outcome: 'accepted' | 'rejected' | 'pending' } | null;
  qualified: boolean;
  reasons: Reason[];
  complete: boolean;
  missing: MissingGrade[];
  disagreements: Disagreement[];
  /** 1-based, competition ranking; null when not ranked. */
  rank: number | null;
  /** A tie the tie-break rule (higher 技術点) could not settle and no resolution records. */
  tie: boolean;
  tiedWith: Id[];
}

export type { EngineSettingsIssue as SettingsIssue } from './settings';

export interface TieGroup {
  vendorIds: Id[];
  rank: number;
  winnerId: Id | null;
}

export interface ScoringResult {
  vendors: VendorResult[];
  /** Vendor ids by rank (ranked vendors only). */
  ranking: Id[];
  /** 基準評価値 (除算方式 with a ceiling). */
  referenceValue: Figure | null;
  /** 最低入札価格 among the valid bids (加算方式 lowestRatio). */
  lowestBid: number | null;
  ties: TieGroup[];
  /** Every evaluator graded every item, with a rationale, for every vendor not withdrawn. */
  complete: boolean;
  missing: MissingGrade[];
  disagreements: Disagreement[];
  settingsIssues: EngineSettingsIssue[];
}

const ZERO = toRational(0);

/** What one grade pattern of a scored item gives (see `scoreProcurement`). */
interface Pattern {
  levels: readonly (string | null)[];
  meanFactor: Rational | null;
  /** `scoreIds` of the mean factor. */
  scoreIds: number[] | null;
  steps: number;
}

const byOrder = <T extends { order: number; id: Id }>(a: T, b: T): number =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const sum = (values: readonly Rational[]): Rational => values.reduce((a, b) => add(a, b), ZERO);

function figure(exact: Rational, settings: ScoringSettings, which: RoundedFigure): Figure {
  const { rounding } = settings;
  const decimals = rounding[FIGURE_DECIMALS[which]];
  // Decimals out of bounds are reported (`invalidSettings`); the figure then stays unrounded.
  const rounded = withinBound(decimals, SETTINGS_BOUNDS.decimals)
    ? roundToRational(exact, decimals, rounding.mode)
    : exact;
  return { exact, rounded, value: toNumber(rounded) };
}

const positive = (x: number | null | undefined): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x > 0;

/** Slots of the distinct ids, in first-seen order (duplicated ids share a slot). */
function slots(entities: readonly { id: Id }[]): { slotOf: Map<Id, number>; of: number[] } {
  const slotOf = new Map<Id, number>();
  const of = entities.map((e) => {
    let slot = slotOf.get(e.id);
    if (slot === undefined) slotOf.set(e.id, (slot = slotOf.size));
    return slot;
  });
  return { slotOf, of };
}

/**
 * The latest record per position (by timestamp, then id), so duplicates resolve the same in any
 * order; `position` is −1 for a record no entity of the input refers to. A map, as few positions
 * have a record.
 */
function latest<T extends { id: Id }>(
  records: readonly T[],
  position: (r: T) => number,
  at: (r: T) => string
): Map<number, T> {
  const table = new Map<number, T>();
  for (const r of records) {
    const i = position(r);
    if (i < 0) continue;
    const prev = table.get(i);
    if (!prev || at(r) > at(prev) || (at(r) === at(prev) && r.id > prev.id)) table.set(i, r);
  }
  return table;
}

/** `text.trim() !== ''`, without the call when the first character is plainly not a space. */
function written(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c > 0x20 && c < 0x7f) || (c > 0x3000 && c < 0xfeff) || text.trim() !== '';
}

/**
 * The slot of `id` among the distinct ids (`ids[slot]`, `slotOf` its inverse): `guess` is tried
 * first, then the slot before it, then the map. Grades usually come grouped by vendor and
 * requirement, in evaluator order, so the guess (the slot after the last one) mostly holds.
 */
function slotOfId(ids: readonly Id[], slotOf: Map<Id, number>, id: Id, guess: number): number {
  if (ids[guess] === id) return guess;
  if (guess > 0 && ids[guess - 1] === id) return guess - 1;
  return slotOf.get(id) ?? -1;
}

/**
 * The latest grade per position (vendor slot, requirement slot, evaluator slot), by timestamp then
 * id, so duplicates resolve the same in any order; what it says is read once into a compact table,
 * `answers`: (rubric position + 1) × 16 + verdict × 4 + rationale, with verdict 0 none, 1 pass,
 * 2 fail, 3 other, and rationale 0 blank, 1 given, 2 not a string (then read from the grade).
 * `latestGrade` gives the grade itself (index into `grades` + 1, 0 for none).
 */
function indexGrades(
  grades: readonly Grade[],
  vendorSlot: Map<Id, number>,
  requirementSlot: Map<Id, number>,
  evaluatorSlot: Map<Id, number>,
  rubricCodes: readonly string[]
) {
  const nv = vendorSlot.size;
  const nr = requirementSlot.size;
  const ne = evaluatorSlot.size;
  const answers = new Int32Array(nv * nr * ne);
  const latestGrade = new Int32Array(answers.length);
  const vendorIds = [...vendorSlot.keys()];
  const requirementIds = [...requirementSlot.keys()];
  const evaluatorIds = [...evaluatorSlot.keys()];
  // Rubric positions by code (the last match); one-character ASCII codes, the usual A–E, by a
  // table of character codes, which spares a string comparison per grade.
  const rubricIndex = new Map(rubricCodes.map((code, i) => [code, i]));
  const byChar = new Int32Array(128).fill(-1);
  rubricCodes.forEach((code, i) => {
    if (code.length === 1 && code.charCodeAt(0) < 128) byChar[code.charCodeAt(0)] = i;
  });
  let v = -1;
  let r = -1;
  let e = -1;
  for (let gi = 0; gi < grades.length; gi++) {
    const g = grades[gi]!;
    // Guesses: the same vendor; the same requirement or the next; the next evaluator.
    if (v < 0 || vendorIds[v] !== g.vendorId) v = slotOfId(vendorIds, vendorSlot, g.vendorId, v + 1);
    if (r < 0 || requirementIds[r] !== g.requirementId) {
      r = slotOfId(requirementIds, requirementSlot, g.requirementId, r + 1 < nr ? r + 1 : 0);
    }
    e = slotOfId(evaluatorIds, evaluatorSlot, g.evaluatorId, e + 1 < ne ? e + 1 : 0);
    if (v < 0 || r < 0 || e < 0) continue;
    const i = (v * nr + r) * ne + e;
    const previous = latestGrade[i]!;
    if (previous) {
      const prev = grades[previous - 1]!;
      if (!(g.updatedAt > prev.updatedAt || (g.updatedAt === prev.updatedAt && g.id > prev.id))) continue;
    }
    latestGrade[i] = gi + 1;
    const code = g.level;
    const level =
      code == null
        ? -1
        : code.length === 1 && code.charCodeAt(0) < 128
          ? byChar[code.charCodeAt(0)]!
          : (rubricIndex.get(code) ?? -1);
    const verdict = g.verdict == null ? 0 : g.verdict === 'pass' ? 1 : g.verdict === 'fail' ? 2 : 3;
    const reason = typeof g.rationale !== 'string' ? 2 : written(g.rationale) ? 1 : 0;
    answers[i] = (level + 1) * 16 + verdict * 4 + reason;
  }
  return { answers, latestGrade };
}

/** Σ value(i) × counts[i], exactly: each distinct value is multiplied once, by its count. */
function tallySum(counts: ArrayLike<number>, value: (i: number) => Rational): Rational {
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

export function scoreProcurement(input: ScoringInput): ScoringResult {
  const { settings } = input;
  const requirements = [...input.requirements].sort(byOrder);
  const evaluators = [...input.evaluators].sort(byOrder);
  const vendors = [...input.vendors].sort(byOrder);
  const rubricIndex = new Map(settings.rubric.map((level, i) => [level.code, i]));
  const levelFactors: (Rational | undefined)[] = [];
  // Factors by rubric position, read once each (as the decimal typed).
  const factorAt = (i: number): Rational => (levelFactors[i] ??= toRational(settings.rubric[i]!.factor));
  const factorOf = (code: string): Rational => factorAt(rubricIndex.get(code)!);

  // Grades and consensus indexed by position: vendor slot, requirement slot, evaluator slot.
  const vendorSlots = slots(vendors);
  const requirementSlots = slots(requirements);
  const evaluatorSlots = slots(evaluators);
  const nr = requirementSlots.slotOf.size;
  const ne = evaluatorSlots.slotOf.size;
  const { answers, latestGrade } = indexGrades(
    input.grades,
    vendorSlots.slotOf,
    requirementSlots.slotOf,
    evaluatorSlots.slotOf,
    settings.rubric.map((level) => level.code)
  );
  const consensus = latest(
    input.consensus,
    (c) => {
      const v = vendorSlots.slotOf.get(c.vendorId);
      const r = requirementSlots.slotOf.get(c.requirementId);
      return v === undefined || r === undefined ? -1 : v * nr + r;
    },
    (c) => c.recordedAt
  );

  // Exact values shared by the items: a mean factor per (sum of scaled factors, count), a score per
  // (factor, points). Rationals are immutable, so items with equal values share one.
  const scaled = scaledFactors(settings, evaluators.length);
  const meanCache = new Map<number, Rational>();
  const meanOf = (scaledSum: number, n: number): Rational => {
    const k = scaledSum * (evaluators.length + 1) + n;
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
  const pointsIndex = requirements.map((r) => {
    let i = pointsSlots.get(pointsOf(r));
    if (i === undefined) pointsSlots.set(pointsOf(r), (i = pointsSlots.size));
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
  const scoreId = (ids: number[], pointsAtIndex: number, factor: Rational): number => {
    let id = ids[pointsAtIndex]!;
    if (id < 0) {
      id = ids[pointsAtIndex] = scores.length;
      scores.push(mul(pointsAt(pointsAtIndex), factor));
    }
    return id;
  };

  const method = settings.priceMethod;
  const settingsIssues = engineSettingsIssues(settings);
  const ceiling =
    method !== 'none' && !settingsIssues.includes('missingCeiling') ? settings.ceilingPrice : null;

  // ------------------------------------------------------------ technical evaluation, bid status
  const panel = evaluators.length;
  const evaluatorSlotOf = evaluatorSlots.of;
  const scaledAt = scaled?.scaled ?? null;
  const { rubric } = settings;
  const grades = input.grades;

  // What a scored item's grade pattern (each evaluator's rubric position, or missing) gives: its
  // levels, mean factor and spread. Items with the same pattern share one frozen `levels` array
  // and one mean; the pattern is a number in base (rubric size + 1), so it is shared only while
  // every pattern of the panel fits in a safe integer (else each item gets its own).
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

  const partial = vendors.map((vendor, vi) => {
    const missing: MissingGrade[] = [];
    const disagreements: Disagreement[] = [];
    const mandatory: MandatoryItemResult[] = [];
    const scored: ScoredItemResult[] = [];
    // Σ over tallies of equal values: each distinct points or score is added once, times its count.
    const passedPoints = new Array<number>(distinctPoints.length).fill(0);
    const scoreCounts: number[] = [];
    let everyScore = true;
    const vs = vendorSlots.of[vi]!;
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
      const at = vs * nr + requirementSlots.of[ri]!;
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
        const byRule = settings.passRule === 'majority' ? 2 * passes > panel : panel > 0 && passes === panel;
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
        const passed = verdict !== null ? verdict === 'pass' : byRule;
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
        let pattern: Pattern | undefined;
        if (patterned) {
          pattern = patterns.get(key);
          if (pattern === undefined) patterns.set(key, (pattern = patternAt(first)));
        } else pattern = patternAt(first);
        const { levels, meanFactor, steps } = pattern;
        const consensusLevel = agreed?.level != null && rubricIndex.has(agreed.level) ? agreed.level : null;
        const factor = consensusLevel !== null ? factorOf(consensusLevel) : meanFactor;
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
          const ids = consensusLevel === null ? pattern.scoreIds! : scoreIdsOf(factor);
          const id = scoreId(ids, pointsIndex[ri]!, factor);
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
          flagged
        });
      }
    }

    const basePointsExact = tallySum(passedPoints, pointsAt);
    const bonusExact = everyScore ? tallySum(scoreCounts, (id) => scores[id]!) : null;
    const basePoints = figure(basePointsExact, settings, 'technical');
    const bonusPoints = bonusExact && figure(bonusExact, settings, 'technical');
    const technicalPoints = bonusExact && figure(add(basePointsExact, bonusExact), settings, 'technical');

    // Bid status: the recorded status, then the ceiling gate, then the low-bid investigation.
    const bid = positive(vendor.bidPrice) ? vendor.bidPrice : null;
    const reasons: Reason[] = [];
    for (const m of mandatory) {
      if (!m.passed) reasons.push({ code: 'mandatoryFailed', requirementId: m.requirementId, ref: m.ref });
    }
    let bidStatus: BidStatus = vendor.bidStatus === 'overCeiling' ? 'valid' : vendor.bidStatus;
    let bidStatusReason = bidStatus === 'invalid' ? vendor.bidStatusReason : '';
    let lowBid: VendorResult['lowBid'] = null;
    if (bidStatus === 'withdrawn') reasons.push({ code: 'withdrawn' });
    else if (bidStatus === 'invalid') reasons.push({ code: 'invalidBid', reason: vendor.bidStatusReason });
    if (method !== 'none' && bidStatus === 'valid') {
      if (bid === null) reasons.push({ code: 'missingBid' });
      else if (ceiling !== null && compare(bid, ceiling) > 0) {
        bidStatus = 'overCeiling';
        reasons.push({ code: 'overCeiling' });
      } else if (positive(settings.lowBidThreshold) && compare(bid, settings.lowBidThreshold) < 0) {
        const outcome = vendor.lowBidInvestigation?.outcome ?? 'pending';
        lowBid = { outcome };
        if (outcome === 'rejected') {
          bidStatus = 'invalid';
          bidStatusReason = vendor.lowBidInvestigation?.note ?? '';
          reasons.push({ code: 'lowBidRejected' });
        }
      }
    }
    const minimum = settings.minimumBonus;
    if (minimum !== null && Number.isFinite(minimum) && bonusExact && compare(bonusExact, minimum) < 0) {
      reasons.push({ code: 'belowMinimumBonus' });
    }
    return {
      vendor,
      mandatory,
      scored,
      basePoints,
      bonusPoints,
      technicalPoints,
      bid,
      bidStatus,
      bidStatusReason,
      lowBid,
      reasons,
      missing,
      disagreements
    };
  });

  // ------------------------------------------------------------ price, totals, reference value
  const validBids = partial.filter((p) => p.bidStatus === 'valid' && p.bid !== null).map((p) => p.bid!);
  const lowestBid = validBids.length ? Math.min(...validBids) : null;
  const scale = positive(settings.divisionScale) ? settings.divisionScale : null;
  const baseTotal = sum(
    requirements.filter((r) => r.kind === 'mandatory').map((r) => toRational(r.basePoints))
  );
  const referenceValue =
    method === 'division' && ceiling !== null && scale !== null
      ? figure(mul(div(baseTotal, ceiling), scale), settings, 'referenceValue')
      : null;

  const results: VendorResult[] = partial.map((p) => {
    const { technicalPoints: tech, bid } = p;
    const priced = p.bidStatus === 'valid' && bid !== null;
    let pricePoints: Figure | null = null;
    let totalPoints: Figure | null = null;
    let evaluationValue: Figure | null = null;
    if (method === 'additive' && priced && !settingsIssues.includes('invalidAllocation')) {
      const allocation = toRational(settings.priceAllocation);
      if (settings.priceFormula === 'standard' && ceiling !== null) {
        pricePoints = figure(mul(allocation, sub(1, div(bid, ceiling))), settings, 'price');
      } else if (settings.priceFormula === 'lowestRatio' && lowestBid !== null) {
        pricePoints = figure(mul(allocation, div(lowestBid, bid)), settings, 'price');
      }
      if (tech && pricePoints)
        totalPoints = figure(add(tech.rounded, pricePoints.rounded), settings, 'total');
    } else if (method === 'division' && priced && scale !== null && tech) {
      evaluationValue = figure(mul(div(tech.rounded, bid), scale), settings, 'evaluationValue');
    } else if (method === 'none' && tech) {
      totalPoints = figure(tech.rounded, settings, 'total');
    }
    const reasons = [...p.reasons];
    if (
      method === 'division' &&
      settings.referenceValueGate &&
      referenceValue &&
      evaluationValue &&
      compare(evaluationValue.rounded, referenceValue.rounded) < 0
    ) {
      reasons.push({ code: 'belowReferenceValue' });
    }
    const gradeGaps = p.missing.length;
    if (gradeGaps) reasons.push({ code: 'missingGrades', count: gradeGaps });
    return {
      vendorId: p.vendor.id,
      mandatory: p.mandatory,
      scored: p.scored,
      basePoints: p.basePoints,
      bonusPoints: p.bonusPoints,
      technicalPoints: tech,
      pricePoints,
      totalPoints,
      evaluationValue,
      bid,
      bidStatus: p.bidStatus,
      bidStatusReason: p.bidStatusReason,
      lowBid: p.lowBid,
      qualified: reasons.length === 0,
      reasons,
      complete: gradeGaps === 0,
      missing: p.missing,
      disagreements: p.disagreements,
      rank: null,
      tie: false,
      tiedWith: []
    };
  });

  // ------------------------------------------------------------ rank
  const rankKey = (r: VendorResult): Figure | null =>
    method === 'division' ? r.evaluationValue : r.totalPoints;
  const ranked = results.filter((r) => r.qualified && rankKey(r) && r.technicalPoints);
  const order = (a: VendorResult, b: VendorResult): number =>
    compare(rankKey(b)!.rounded, rankKey(a)!.rounded) ||
    compare(b.technicalPoints!.rounded, a.technicalPoints!.rounded);
  ranked.sort(order);
  const ties: TieGroup[] = [];
  for (let i = 0; i < ranked.length;) {
    let j = i + 1;
    while (j < ranked.length && order(ranked[i]!, ranked[j]!) === 0) j++;
    const group = ranked.slice(i, j);
    const ids = group.map((r) => r.vendorId);
    for (const r of group) r.rank = i + 1;
    if (group.length > 1) {
      const sameSet = (list: Id[]) => list.length === ids.length && ids.every((id) => list.includes(id));
      const resolution = (input.tieResolutions ?? []).find(
        (t) => sameSet(t.vendorIds) && ids.includes(t.winnerId)
      );
      const winnerId = resolution?.winnerId ?? null;
      ties.push({ vendorIds: ids, rank: i + 1, winnerId });
      const rest = group.filter((r) => r.vendorId !== winnerId);
      for (const r of rest) {
        if (winnerId !== null) r.rank = i + 2;
        r.tie = rest.length > 1;
        r.tiedWith = rest.length > 1 ? rest.map((x) => x.vendorId).filter((id) => id !== r.vendorId) : [];
      }
      if (winnerId !== null) {
        // The winner first, the others after it in the order of their ids.
        const winner = group.find((r) => r.vendorId === winnerId)!;
        ranked.splice(i, group.length, winner, ...rest);
      }
    }
    i = j;
  }

  // Concatenated by hand: `flatMap` copies element by element, slowly for ~10⁴ disagreements.
  const missing: MissingGrade[] = [];
  const disagreements: Disagreement[] = [];
  for (const r of results) {
    for (const m of r.missing) missing.push(m);
    for (const d of r.disagreements) disagreements.push(d);
  }
  return {
    vendors: results,
    ranking: ranked.map((r) => r.vendorId),
    referenceValue,
    lowestBid,
    ties,
    complete: results.every((r) => r.complete || r.bidStatus === 'withdrawn'),
    missing,
    disagreements,
    settingsIssues
  };
}
