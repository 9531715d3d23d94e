/**
 * The ranking table (総合評価) as rows: one per vendor, ranked vendors first in rank order, then the
 * others with every reason they are not ranked. Figures are the engine's rounded values, written
 * as exact decimal text; vendor texts pass the spreadsheet-text guard. The CSV and the workbook's
 * 総合評価 sheet use the same order and wording. No encoder here, so the workbook worker stays one chunk.
 */
import { decimalDigits } from '../domain/rounding';
import type { Id, ProcurementBundle, ScoringSettings, Vendor } from '../domain/model';
import type { Figure, Reason, ScoringResult, VendorResult } from '../domain/scoring';
import {
  BID_STATUS_LABELS,
  DISQUALIFICATION_LABELS,
  LABELS,
  fill,
  type WorkbookLocale
} from './scoring-workbook-labels';
import { guardText } from './text-guard';

const byOrder = <T extends { order: number; id: Id }>(a: T, b: T): number =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Ranked vendors in the engine's ranking order, then every other vendor in its order. */
export function rankingOrder(vendors: readonly Vendor[], result: ScoringResult): Vendor[] {
  const byId = new Map(vendors.map((v) => [v.id, v]));
  const ranked = result.ranking.map((id) => byId.get(id)).filter((v): v is Vendor => v !== undefined);
  const rankedIds = new Set(result.ranking);
  return [...ranked, ...[...vendors].sort(byOrder).filter((v) => !rankedIds.has(v.id))];
}

export function reasonText(reason: Reason, locale: WorkbookLocale): string {
  const text = DISQUALIFICATION_LABELS[locale][reason.code];
  switch (reason.code) {
    case 'mandatoryFailed':
      return fill(text, { ref: reason.ref });
    case 'invalidBid':
      return fill(text, { reason: reason.reason });
    case 'missingGrades':
      return fill(text, { count: reason.count });
    default:
      return text;
  }
}

export const REASON_SEPARATOR: Record<WorkbookLocale, string> = { ja: '、', en: '; ' };

/** Every reason a vendor is not ranked, and a recorded tie resolution, as one text. */
export function remarksOf(
  vendor: VendorResult,
  result: ScoringResult,
  locale: WorkbookLocale
): { text: string; fixedRank: boolean } {
  const parts = vendor.reasons.map((r) => reasonText(r, locale));
  const fixedRank =
    vendor.rank !== null &&
    result.ties.some((t) => t.winnerId !== null && t.vendorIds.includes(vendor.vendorId));
  if (fixedRank) parts.push(LABELS[locale].rankFixed);
  return { text: parts.join(REASON_SEPARATOR[locale]), fixedRank };
}

/** The figure's rounded value as exact decimal text at the figure's decimals (`none`: the double). */
export function figureText(figure: Figure | null, decimals: number, settings: ScoringSettings): string {
  if (!figure) return '';
  if (settings.rounding.mode === 'none') return String(figure.value);
  return decimalDigits(figure.rounded, decimals).text;
}

export type RankingCell = string | number;

/** Header and one row per vendor, as the CSV holds them. */
export function rankingRows(
  bundle: ProcurementBundle,
  result: ScoringResult,
  settings: ScoringSettings,
  locale: WorkbookLocale
): RankingCell[][] {
  const l = LABELS[locale];
  const method = settings.priceMethod;
  const { rounding } = settings;
  const header = [
    l.rank,
    l.vendor,
    l.service,
    l.result,
    l.technicalPoints,
    ...(method === 'additive' ? [l.pricePoints] : []),
    l.bid,
    method === 'division' ? l.evaluationValue : l.totalPoints,
    l.bidStatus,
    l.reasons
  ];
  const results = new Map(result.vendors.map((v) => [v.vendorId, v]));
  const rows = rankingOrder(bundle.vendors, result).flatMap((vendor) => {
    const r = results.get(vendor.id);
    if (!r) return [];
    const ranked = r.rank !== null;
    const total =
      method === 'division'
        ? figureText(ranked ? r.evaluationValue : null, rounding.evaluationValueDecimals, settings)
        : figureText(ranked ? r.totalPoints : null, rounding.totalDecimals, settings);
    return [
      [
        r.rank ?? '',
        guardText(vendor.company),
        guardText(vendor.serviceName),
        r.qualified ? l.qualified : l.disqualified,
        figureText(r.technicalPoints, rounding.technicalDecimals, settings),
        ...(method === 'additive' ? [figureText(r.pricePoints, rounding.priceDecimals, settings)] : []),
        r.bid ?? '',
        total,
        BID_STATUS_LABELS[locale][r.bidStatus],
        guardText(remarksOf(r, result, locale).text)
      ]
    ];
  });
  return [header, ...rows];
}
