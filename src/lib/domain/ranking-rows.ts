/**
 * The rows of the ranking table (順位表), shared by the results page, the decision memo and the
 * ranking exports: ranked vendors in rank order, then the others in vendor order, each with its
 * figures as published (rounded text at the setting's decimals) and every reason the engine gives.
 * An unranked vendor has no total or 評価値 (`publishedFigures`). Pure.
 */
import { publishedText } from './explain-terms';
import type { BidStatus, Id, ScoringSettings, TypedAmount, Vendor } from './model';
import { decimalDigits } from './rounding';
import { figureRounding, type RoundedFigure } from './settings';
import type { Figure, Reason, ScoringResult, VendorResult } from './scoring';

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
  /** The rank was fixed by a recorded tie resolution (くじ etc.). */
  tieSettled: boolean;
  /** Passed every gate (a qualified vendor may still be unranked, e.g. with no price figure). */
  qualified: boolean;
  standing: Standing;
  bid: number | null;
  /** The bid as typed (unit, tax basis), when it was recorded with them; null for an older bid. */
  bidTyped: TypedAmount | null;
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

/**
 * How a figure is written: `display` as the tables print it (digits grouped; with rounding `none`,
 * the exact value, `…` where cut off); `plain` for files other programs read (no grouping; with
 * rounding `none`, the binary double, which a spreadsheet parses as a number).
 */
export type FigureStyle = 'display' | 'plain';

export function figureText(
  fig: Figure,
  settings: ScoringSettings,
  which: RoundedFigure,
  style: FigureStyle = 'display'
): string {
  if (style === 'display') return publishedText(fig, settings, which);
  const { mode, decimals } = figureRounding(settings.rounding, which);
  if (mode === 'none') return String(fig.value);
  return decimalDigits(fig.rounded, decimals).text;
}

export function figuresOf(
  v: VendorResult,
  settings: ScoringSettings,
  style: FigureStyle = 'display'
): RankingFigures {
  const text = (fig: Figure | null, which: RoundedFigure) =>
    fig ? figureText(fig, settings, which, style) : null;
  return {
    basePoints: figureText(v.basePoints, settings, 'technical', style),
    bonusPoints: text(v.bonusPoints, 'technical'),
    technicalPoints: text(v.technicalPoints, 'technical'),
    pricePoints: text(v.pricePoints, 'price'),
    totalPoints: text(v.totalPoints, 'total'),
    evaluationValue: text(v.evaluationValue, 'evaluationValue')
  };
}

/**
 * The figures that stand only beside a rank: an unranked vendor "gets no total" (scoring method),
 * and its 価格点 is not published either (the results page and the CSV show the same).
 */
export const RANKED_ONLY_FIGURES = [
  'pricePoints',
  'totalPoints',
  'evaluationValue'
] as const satisfies readonly (keyof RankingFigures)[];

/** The row's figures as published: without a rank, no 価格点, total or 評価値. */
export function publishedFigures(row: Pick<RankingRow, 'rank' | 'figures'>): RankingFigures {
  if (row.rank !== null) return row.figures;
  const figures = { ...row.figures };
  for (const key of RANKED_ONLY_FIGURES) figures[key] = null;
  return figures;
}

/** Ranked vendors in the engine's ranking order, then every other vendor in the engine's (vendor) order. */
export function rankingOrderOf(result: ScoringResult): VendorResult[] {
  const byId = new Map(result.vendors.map((v) => [v.vendorId, v]));
  const ranked = result.ranking.map((id) => byId.get(id)).filter((v) => v !== undefined);
  return [...ranked, ...result.vendors.filter((v) => v.rank === null)];
}

/** Whether a recorded tie resolution fixed the vendor's rank. */
export function tieSettled(v: VendorResult, result: ScoringResult): boolean {
  return v.rank !== null && result.ties.some((t) => t.winnerId !== null && t.vendorIds.includes(v.vendorId));
}

export function rankingRows(
  result: ScoringResult,
  vendors: readonly Vendor[],
  settings: ScoringSettings,
  style: FigureStyle = 'display'
): RankingRow[] {
  return rankingOrderOf(result).map((v) => {
    const vendor = vendors.find((x) => x.id === v.vendorId);
    return {
      vendorId: v.vendorId,
      company: vendor?.company ?? '',
      serviceName: vendor?.serviceName ?? '',
      rank: v.rank,
      tie: v.tie,
      tieSettled: tieSettled(v, result),
      qualified: v.qualified,
      standing: standingOf(v),
      bid: v.bid,
      bidTyped: v.bid === null ? null : (vendor?.bidTyped ?? null),
      bidStatus: v.bidStatus,
      bidStatusReason: v.bidStatusReason,
      lowBid: v.lowBid,
      figures: figuresOf(v, settings, style),
      reasons: v.reasons
    };
  });
}
