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
import type { Locale as WorkbookLocale } from '../i18n/format';
import { bidStatusKey, type Translate } from '../i18n/results-labels';
import { syncTranslator } from '../i18n/translate-sync';
import { disqualificationKey } from '../i18n/workbook-labels';
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
  const t = syncTranslator(locale);
  const key = disqualificationKey[reason.code];
  switch (reason.code) {
    case 'mandatoryFailed':
    case 'lowestLevel':
      return t(key, { ref: reason.ref });
    case 'belowMinimumTechnical':
      return t(key, { minimum: reason.minimum });
    case 'invalidBid':
      return t(key, { reason: reason.reason });
    case 'missingGrades':
      return t(key, { count: reason.count });
    default:
      return t(key);
  }
}

export const REASON_SEPARATOR: Record<WorkbookLocale, string> = { ja: '、', en: '; ' };

/** Every reason a vendor is not ranked, and a recorded tie resolution, as one text. */
function remarksText(reasons: readonly Reason[], fixedRank: boolean, locale: WorkbookLocale): string {
  const parts = reasons.map((r) => reasonText(r, locale));
  if (fixedRank) parts.push(syncTranslator(locale)('workbook.rankFixed'));
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
  const t: Translate = syncTranslator(locale);
  const publishes = priceMethodPublishes(settings);
  const header = [
    t('results.colRank'),
    t('results.colVendor'),
    t('collect.service'),
    t('workbook.result'),
    t('scoring.figure.technical'),
    ...(publishes.pricePoints ? [t('scoring.figure.price')] : []),
    t('results.colBid'),
    rankFigureOf(
      { totalPoints: t('scoring.figure.total'), evaluationValue: t('scoring.figure.evaluationValue') },
      settings
    ),
    t('workbook.bidStatus'),
    t('workbook.reasons')
  ];
  const rows = rankingRowsOf(result, bundle.vendors, settings, 'plain').map((row) => {
    const f = publishedFigures(row);
    return [
      row.rank ?? '',
      guardText(row.company),
      guardText(row.serviceName),
      row.qualified ? t('workbook.qualified') : t('workbook.disqualified'),
      f.technicalPoints ?? '',
      ...(publishes.pricePoints ? [f.pricePoints ?? ''] : []),
      row.bid ?? '',
      rankFigureOf(f, settings) ?? '',
      t(bidStatusKey[row.bidStatus]),
      guardText(remarksText(row.reasons, row.tieSettled, locale))
    ];
  });
  return [header, ...rows];
}
