/**
 * What the engine takes and gives: the input (verdicts, levels, settings, bids) and every
 * published figure, reason, flag and rank of the result. Types only.
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
} from '../model';
import type { Rational } from '../rounding';
import type { EngineSettingsIssue } from '../settings';

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
  | { code: 'belowMinimumTechnical'; minimum: number }
  | { code: 'lowestLevel'; requirementId: Id; ref: string }
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
  /** Mean factor of the grades present (of the item's own level factors when it states level points). */
  meanFactor: Rational | null;
  consensusLevel: string | null;
  /** The factor used: the consensus factor, else the mean. */
  factor: Rational | null;
  /** points × factor; null when no factor. */
  score: Rational | null;
  /** Rubric steps between the highest and lowest level given. */
  steps: number;
  flagged: boolean;
  /**
   * The item excludes at its lowest level (`excludeAtLowest`): true when its decided factor is the
   * lowest level's; null when it does not exclude or has no factor yet.
   */
  atLowest: boolean | null;
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

export type { EngineSettingsIssue as SettingsIssue } from '../settings';

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
  /** 最低入札価格 among the valid bids of qualified vendors (`lowestValidBid`; 加算方式 lowestRatio). */
  lowestBid: number | null;
  ties: TieGroup[];
  /** Every evaluator graded every item, with a rationale, for every vendor not withdrawn. */
  complete: boolean;
  missing: MissingGrade[];
  disagreements: Disagreement[];
  settingsIssues: EngineSettingsIssue[];
}
