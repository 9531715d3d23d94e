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
  roundToRational,
  sub,
  toNumber,
  toRational,
  type Rational
} from './rounding';
import { FIGURE_DECIMALS, type RoundedFigure } from './rounding';

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

export type SettingsIssue = 'missingCeiling' | 'invalidAllocation' | 'invalidScale';

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
  settingsIssues: SettingsIssue[];
}

const ZERO = toRational(0);

const byOrder = <T extends { order: number; id: Id }>(a: T, b: T): number =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const sum = (values: readonly Rational[]): Rational => values.reduce((a, b) => add(a, b), ZERO);

function figure(exact: Rational, settings: ScoringSettings, which: RoundedFigure): Figure {
  const { rounding } = settings;
  const rounded = roundToRational(exact, rounding[FIGURE_DECIMALS[which]], rounding.mode);
  return { exact, rounded, value: toNumber(rounded) };
}

const positive = (x: number | null | undefined): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x > 0;

const key = (vendorId: Id, requirementId: Id, evaluatorId = ''): string =>
  `${vendorId}\u0000${requirementId}\u0000${evaluatorId}`;

/** The latest record per key (by timestamp, then id), so duplicates resolve the same in any order. */
function latest<T extends { id: Id }>(records: T[], keyOf: (r: T) => string, at: (r: T) => string) {
  const map = new Map<string, T>();
  for (const r of records) {
    const k = keyOf(r);
    const prev = map.get(k);
    if (!prev || at(r) > at(prev) || (at(r) === at(prev) && r.id > prev.id)) map.set(k, r);
  }
  return map;
}

export function scoreProcurement(input: ScoringInput): ScoringResult {
  const { settings } = input;
  const requirements = [...input.requirements].sort(byOrder);
  const evaluators = [...input.evaluators].sort(byOrder);
  const vendors = [...input.vendors].sort(byOrder);
  const rubricIndex = new Map(settings.rubric.map((level, i) => [level.code, i]));
  const factorOf = (code: string): Rational => toRational(settings.rubric[rubricIndex.get(code)!]!.factor);
  const grades = latest(
    input.grades,
    (g) => key(g.vendorId, g.requirementId, g.evaluatorId),
    (g) => g.updatedAt
  );
  const consensus = latest(
    input.consensus,
    (c) => key(c.vendorId, c.requirementId),
    (c) => c.recordedAt
  );

  const method = settings.priceMethod;
  const settingsIssues: SettingsIssue[] = [];
  const ceiling = positive(settings.ceilingPrice) ? settings.ceilingPrice : null;
  if (method !== 'none' && ceiling === null) settingsIssues.push('missingCeiling');
  if (
    method === 'additive' &&
    !(Number.isFinite(settings.priceAllocation) && settings.priceAllocation >= 0)
  ) {
    settingsIssues.push('invalidAllocation');
  }
  if (method === 'division' && !positive(settings.divisionScale)) settingsIssues.push('invalidScale');

  // ------------------------------------------------------------ technical evaluation, bid status
  const partial = vendors.map((vendor) => {
    const missing: MissingGrade[] = [];
    const disagreements: Disagreement[] = [];
    const mandatory: MandatoryItemResult[] = [];
    const scored: ScoredItemResult[] = [];
    for (const req of requirements) {
      const agreed = consensus.get(key(vendor.id, req.id));
      if (evaluators.length === 0) {
        missing.push({ vendorId: vendor.id, requirementId: req.id, evaluatorId: null, what: 'grade' });
      }
      const given = evaluators.map((ev) => {
        const grade = grades.get(key(vendor.id, req.id, ev.id));
        const answer =
          req.kind === 'mandatory'
            ? (grade?.verdict ?? null)
            : grade?.level != null && rubricIndex.has(grade.level)
              ? grade.level
              : null;
        if (answer === null) {
          missing.push({ vendorId: vendor.id, requirementId: req.id, evaluatorId: ev.id, what: 'grade' });
        } else if (!grade?.rationale.trim()) {
          missing.push({ vendorId: vendor.id, requirementId: req.id, evaluatorId: ev.id, what: 'rationale' });
        }
        return answer;
      });
      if (req.kind === 'mandatory') {
        const passes = given.filter((v) => v === 'pass').length;
        const fails = given.filter((v) => v === 'fail').length;
        const verdict = agreed?.verdict ?? null;
        const n = evaluators.length;
        const byRule = settings.passRule === 'majority' ? 2 * passes > n : n > 0 && passes === n;
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
        mandatory.push({
          requirementId: req.id,
          ref: req.ref,
          points: req.points,
          passes,
          fails,
          missing: n - passes - fails,
          consensus: verdict,
          passed: verdict !== null ? verdict === 'pass' : byRule,
          flagged
        });
      } else {
        const present = given.filter((l): l is string => l !== null);
        const indices = present.map((l) => rubricIndex.get(l)!);
        const steps = indices.length ? Math.max(...indices) - Math.min(...indices) : 0;
        const meanFactor = present.length ? div(sum(present.map(factorOf)), present.length) : null;
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
        scored.push({
          requirementId: req.id,
          ref: req.ref,
          points: req.points,
          levels: given,
          meanFactor,
          consensusLevel,
          factor,
          score: factor === null ? null : mul(req.points, factor),
          steps,
          flagged
        });
      }
    }

    const basePointsExact = sum(mandatory.filter((m) => m.passed).map((m) => toRational(m.points)));
    const scores = scored.map((s) => s.score);
    const bonusExact = scores.every((s) => s !== null) ? sum(scores as Rational[]) : null;
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
  const baseTotal = sum(requirements.filter((r) => r.kind === 'mandatory').map((r) => toRational(r.points)));
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

  const missing = results.flatMap((r) => r.missing);
  return {
    vendors: results,
    ranking: ranked.map((r) => r.vendorId),
    referenceValue,
    lowestBid,
    ties,
    complete: results.every((r) => r.complete || r.bidStatus === 'withdrawn'),
    missing,
    disagreements: results.flatMap((r) => r.disagreements),
    settingsIssues
  };
}
