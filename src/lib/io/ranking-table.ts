/**
 * The ranking table (総合評価) as spreadsheet rows: the domain's ranking rows (order, figures,
 * reasons) in the `plain` figure style, with labels in the workbook's locale; vendor texts pass the
 * spreadsheet-text guard. The CSV and the workbook's 総合評価 sheet use the same order and wording.
 * No encoder here, so the workbook worker stays one chunk.
 */
import type { ProcurementBundle, ScoringSettings, Vendor } from '../domain/model';
import { priceMethodPublishes, rankFigureOf } from '../domain/price';
import {
  publishedFigures,
  rankingOrderOf,
  rankingRows as rankingRowsOf,
  tieSettled
} from '../domain/ranking-rows';
import type { Reason, ScoringResult, VendorResult } from '../domain/scoring';
import {
  BID_STATUS_LABELS,
  DISQUALIFICATION_LABELS,
  LABELS,
  fill,
  type WorkbookLocale
} from './scoring-workbook-labels';
import { guardText } from './text-guard';

/**
 * The vendors in the ranking table's order (`rankingOrderOf`). A vendor the result does not
 * cover is left out: there is none when the result was scored from these vendors.
 */
export function rankingOrder(vendors: readonly Vendor[], result: ScoringResult): Vendor[] {
  const byId = new Map(vendors.map((v) => [v.id, v]));
  return rankingOrderOf(result)
    .map((r) => byId.get(r.vendorId))
    .filter((v) => v !== undefined);
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
function remarksText(reasons: readonly Reason[], fixedRank: boolean, locale: WorkbookLocale): string {
  const parts = reasons.map((r) => reasonText(r, locale));
  if (fixedRank) parts.push(LABELS[locale].rankFixed);
  return parts.join(REASON_SEPARATOR[locale]);
}

/** The remarks of a vendor, and whether a recorded resolution fixed its rank (then written as a value). */
export function remarksOf(
  vendor: VendorResult,
  result: ScoringResult,
  locale: WorkbookLocale
): { text: string; fixedRank: boolean } {
  const fixedRank = tieSettled(vendor, result);
  return { text: remarksText(vendor.reasons, fixedRank, locale), fixedRank };
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
  const publishes = priceMethodPublishes(settings);
  const header = [
    l.rank,
    l.vendor,
    l.service,
    l.result,
    l.technicalPoints,
    ...(publishes.pricePoints ? [l.pricePoints] : []),
    l.bid,
    rankFigureOf({ totalPoints: l.totalPoints, evaluationValue: l.evaluationValue }, settings),
    l.bidStatus,
    l.reasons
  ];
  const rows = rankingRowsOf(result, bundle.vendors, settings, 'plain').map((row) => {
    const f = publishedFigures(row);
    return [
      row.rank ?? '',
      guardText(row.company),
      guardText(row.serviceName),
      row.qualified ? l.qualified : l.disqualified,
      f.technicalPoints ?? '',
      ...(publishes.pricePoints ? [f.pricePoints ?? ''] : []),
      row.bid ?? '',
      rankFigureOf(f, settings) ?? '',
      BID_STATUS_LABELS[locale][row.bidStatus],
      guardText(remarksText(row.reasons, row.tieSettled, locale))
    ];
  });
  return [header, ...rows];
}
