/**
 * The rows of the ranking table (順位表), shared by the results page and the decision memo: ranked
 * vendors in rank order, then the others in vendor order, each with its figures as published
 * (rounded text at the setting's decimals) and every reason the engine gives. Pure.
 */
import { publishedText } from './explain';
import type { BidStatus, Id, ScoringSettings, Vendor } from './model';
import type { Reason, ScoringResult, VendorResult } from './scoring';

/** ranked: has a rank; pending: only missing grades or a bid not yet entered; else disqualified. */
export type Standing = 'ranked' | 'pending' | 'disqualified';

export interface RankingFigures {
  basePoints: string;
  bonusPoints: string | null;
  technicalPoints: string | null;
  pricePoints: string | null;
  totalPoints: string | null;
  evaluationValue: string | null;
}

export interface RankingRow {
  vendorId: Id;
  company: string;
  serviceName: string;
  rank: number | null;
  /** An unsettled tie (no recorded resolution). */
  tie: boolean;
  standing: Standing;
  bid: number | null;
  bidStatus: BidStatus;
  bidStatusReason: string;
  lowBid: VendorResult['lowBid'];
  figures: RankingFigures;
  reasons: Reason[];
}

const PENDING: ReadonlySet<Reason['code']> = new Set(['missingBid', 'missingGrades']);

export function standingOf(v: VendorResult): Standing {
  if (v.rank !== null) return 'ranked';
  return v.reasons.length > 0 && v.reasons.every((r) => PENDING.has(r.code)) ? 'pending' : 'disqualified';
}

export function figuresOf(v: VendorResult, settings: ScoringSettings): RankingFigures {
  const text = (fig: VendorResult['bonusPoints'], which: Parameters<typeof publishedText>[2]) =>
    fig ? publishedText(fig, settings, which) : null;
  return {
    basePoints: publishedText(v.basePoints, settings, 'technical'),
    bonusPoints: text(v.bonusPoints, 'technical'),
    technicalPoints: text(v.technicalPoints, 'technical'),
    pricePoints: text(v.pricePoints, 'price'),
    totalPoints: text(v.totalPoints, 'total'),
    evaluationValue: text(v.evaluationValue, 'evaluationValue')
  };
}

export function rankingRows(
  result: ScoringResult,
  vendors: readonly Vendor[],
  settings: ScoringSettings
): RankingRow[] {
  const byId = new Map(result.vendors.map((v) => [v.vendorId, v]));
  const ranked = result.ranking.map((id) => byId.get(id)!);
  const others = result.vendors.filter((v) => v.rank === null);
  return [...ranked, ...others].map((v) => {
    const vendor = vendors.find((x) => x.id === v.vendorId);
    return {
      vendorId: v.vendorId,
      company: vendor?.company ?? '',
      serviceName: vendor?.serviceName ?? '',
      rank: v.rank,
      tie: v.tie,
      standing: standingOf(v),
      bid: v.bid,
      bidStatus: v.bidStatus,
      bidStatusReason: v.bidStatusReason,
      lowBid: v.lowBid,
      figures: figuresOf(v, settings),
      reasons: v.reasons
    };
  });
}
