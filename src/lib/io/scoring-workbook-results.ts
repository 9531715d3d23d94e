/**
 * The result sheets of the scoring workbook: 価格点計算 (bids, the lowest valid bid, 基準評価値, and
 * 価格点 or 評価値 as live formulas with the rounding rule) and 総合評価 (技術点 and 価格点 linked from
 * the sheets before, 総合評価点 as a formula for ranked vendors, the rank as COUNTIFS on the total
 * then on 技術点, or the recorded value where a tie was settled by lot; every other vendor with the
 * reasons it is not ranked and no total). Which figures and which formula are written is the price
 * rule's (`domain/price.ts`); the formula text is Excel's. A vendor that is not ranked gets no
 * 価格点, 評価値 or total on either sheet, and only a qualified vendor's valid bid enters the lowest
 * bid (`lowestValidBid`). A rounded quotient or sum is exact by construction (`scoring-workbook-exact`).
 */
import { documentSettings } from '../domain/buyer-fields';
import { lowestValidBid, priceMethodPublishes } from '../domain/price';
import { kindKey } from '../i18n/labels';
import { formatTyped, TAX_BASIS_KEY } from '../i18n/format-amount';
import { bidStatusKey } from '../i18n/results-labels';
import { workbookPriceFormulaKey, workbookPriceMethodKey } from '../i18n/workbook-labels';
import { rankingOrder, remarksOf } from './ranking-table';
import {
  TALLY,
  TALLY_SUMMARY,
  TITLE_ROWS,
  itemRow,
  cellRef,
  decimalsFormat,
  formula,
  local,
  newSheet,
  putRow,
  rangeRef,
  roundedFormula,
  styleHeader,
  text,
  type Cell,
  type Context
} from './scoring-workbook-sheet';
import { columnLetter } from '../domain/columns';
import { levelFactors, lowestLevelIndex } from '../domain/level-points';
import { toNumber, toRational } from '../domain/rounding';
import { figureRounded, figureRounding, type RoundedFigure } from '../domain/settings';
import type { VendorResult } from '../domain/scoring';
import { pointsOf } from '../domain/spec-points';
import { evaluatedBid, evaluationBasis, typedAmountOf } from '../domain/tax';
import type { ScoringSettings } from '../domain/model';
import {
  decimalSumFormula,
  decimalTerm,
  exactQuotientFormula,
  settingTerm,
  type ExactQuotient
} from './scoring-workbook-exact';

/** The cells the price formulas read (references, e.g. `C13` or `'評価基準'!$B$11`). */
export interface PriceCells {
  allocation: string;
  ceiling: string;
  lowest: string;
  bid: string;
  /** 基礎価格 F, 基準額 T and the rate r (the formulas that read them). */
  floor?: string;
  threshold?: string;
  factor?: string;
}

/** 価格点 (加算方式) of the bid in `cells.bid`, rounded by the settings; `value` is the engine's. */
export function pricePointsFormula(
  settings: ScoringSettings,
  cells: PriceCells,
  bounds: WorkbookBounds,
  value: number
): string {
  const { allocation, ceiling, lowest, bid } = cells;
  const p = settingTerm(allocation, settings.priceAllocation);
  const yen = { max: bounds.yen };
  const decimals = settings.rounding.priceDecimals;
  const rounded = (quotient: Pick<ExactQuotient, 'numerator' | 'denominator'>, approximate: string) =>
    quotientFormula(settings, 'price', { ...quotient, exponent: 0, decimals }, approximate, value);
  // P × (C − b) ÷ C, the standard form (also the reduced slope above T).
  const standard = () =>
    rounded(
      {
        numerator: [p.term, { expr: `${ceiling}-${bid}`, ...yen }],
        denominator: [p.denominator, { expr: ceiling, ...yen }]
      },
      `${allocation}*(1-${bid}/${ceiling})`
    );
  switch (settings.priceFormula) {
    case 'standard':
      return standard();
    case 'lowestRatio':
      return rounded(
        {
          numerator: [p.term, { expr: lowest, ...yen }],
          denominator: [p.denominator, { expr: bid, ...yen }]
        },
        `${allocation}*${lowest}/${bid}`
      );
    case 'withFloor': {
      // 1 − (b − F) ÷ (C − F) = (C − b) ÷ (C − F); P itself (rounded) at or below F.
      const F = cells.floor!;
      const full = rounded({ numerator: [p.term], denominator: [p.denominator] }, allocation);
      const line = rounded(
        {
          numerator: [p.term, { expr: `${ceiling}-${bid}`, ...yen }],
          denominator: [p.denominator, { expr: `${ceiling}-${F}`, ...yen }]
        },
        `${allocation}*(1-(${bid}-${F})/(${ceiling}-${F}))`
      );
      return `IF(${bid}<=${F},${full},${line})`;
    }
    case 'reducedSlope': {
      // At or below T: P × [(C − T) × d + n × (T − b)] ÷ (C × d), with r = n ÷ d; at most P × C × d ÷ (C × d).
      const T = cells.threshold!;
      const r = settingTerm(cells.factor!, settings.slopeFactor);
      const d = r.denominator.expr;
      const kept = d === '1' ? `${ceiling}-${T}` : `(${ceiling}-${T})*${d}`;
      const below = rounded(
        {
          numerator: [
            p.term,
            { expr: `${kept}+${r.term.expr}*(${T}-${bid})`, max: bounds.yen * r.denominator.max }
          ],
          denominator: [p.denominator, r.denominator, { expr: ceiling, ...yen }]
        },
        `${allocation}*((1-${T}/${ceiling})+${cells.factor!}*(${T}-${bid})/${ceiling})`
      );
      return `IF(${bid}>${T},${standard()},${below})`;
    }
  }
}

/** 評価値 (除算方式) from the rounded 技術点 in `cells.technical`; `value` is the engine's. */
export function evaluationValueFormula(
  settings: ScoringSettings,
  cells: { technical: string; bid: string; scale: string },
  bounds: WorkbookBounds,
  value: number
): string {
  const { technical, bid, scale } = cells;
  const s = settingTerm(scale, settings.divisionScale);
  const dt = settings.rounding.technicalDecimals;
  // The integer quotient needs 技術点 at `dt` decimals; an unrounded 技術点 gets the approximate formula.
  if (!figureRounded(settings.rounding, 'technical')) {
    const { mode } = figureRounding(settings.rounding, 'evaluationValue');
    const decimals = settings.rounding.evaluationValueDecimals;
    return roundedFormula(`${technical}/${bid}*${scale}`, decimals, mode, 'quotient', value);
  }
  return quotientFormula(
    settings,
    'evaluationValue',
    {
      numerator: [decimalTerm(technical, dt, bounds.technical), s.term],
      denominator: [s.denominator, { expr: bid, max: bounds.yen }],
      exponent: -dt,
      decimals: settings.rounding.evaluationValueDecimals
    },
    `${technical}/${bid}*${scale}`,
    value
  );
}

// ------------------------------------------------------------------ 5. 価格点計算

const PRICE = { vendor: 1, status: 2, bid: 3, validBid: 4, technical: 5, figure: 6, typed: 7 } as const;

/** Decimal places of a number as typed (0.25 → 2), so a sum of such numbers is an integer × 10^-places. */
function placesOf(x: number): number {
  const d = toRational(x).d;
  let places = 0;
  for (let p = 1n; p % d !== 0n && places <= 20; p *= 10n) places++;
  return places;
}

/** The figure's number format: its decimals, or general where it is not rounded. */
export const figureFormat = (settings: ScoringSettings, figure: RoundedFigure): string => {
  const { mode, decimals } = figureRounding(settings.rounding, figure);
  return decimalsFormat(mode === 'none' ? null : decimals);
};

/**
 * The rounded quotient as an exact formula, or the approximate one (`roundedFormula`) where the
 * figure's rounding is `none` or the integers would not stay exact.
 */
function quotientFormula(
  settings: ScoringSettings,
  figure: RoundedFigure,
  quotient: Omit<ExactQuotient, 'mode'>,
  approximate: string,
  value: number
): string {
  const { mode } = figureRounding(settings.rounding, figure);
  const exact =
    mode !== 'none' && figureRounded(settings.rounding, figure)
      ? exactQuotientFormula({ ...quotient, mode })
      : null;
  return exact ?? roundedFormula(approximate, quotient.decimals, mode, 'quotient', value);
}

/** Bounds the exact formulas are built for: the largest 技術点 and the largest amount in yen. */
export interface WorkbookBounds {
  technical: number;
  yen: number;
}

function boundsOf(ctx: Context): WorkbookBounds {
  const technical = ctx.requirements.reduce((sum, r) => sum + Math.abs(pointsOf(r)), 0);
  const bids = ctx.vendors.map((v) => evaluatedBid(v, ctx.settings) ?? 0);
  return { technical: technical + 1, yen: Math.max(ctx.settings.ceilingPrice ?? 0, 1, ...bids) };
}

export function writePrice(ctx: Context): void {
  const { t, settings, vendors, input } = ctx;
  const { rounding } = settings;
  const publishes = priceMethodPublishes(settings);
  const header = TITLE_ROWS + 7;
  const sheet = newSheet(
    ctx,
    'price',
    [
      { width: 26, wrap: true },
      { width: 16 },
      { width: 16, numFmt: '#,##0' },
      { width: 16, numFmt: '#,##0' },
      { width: 12 },
      { width: 14 },
      { width: 24, wrap: true }
    ],
    { row: header, xSplit: 1 }
  );
  // How each amount was typed, beside the figure evaluated (scoring-method: the tax basis of every
  // amount is explicit): the basis, the rate and the conversion rule, then each amount as typed.
  const basisRow = TITLE_ROWS + 6;
  const typedText = (yen: number | null, typed: Parameters<typeof typedAmountOf>[1]) =>
    yen === null ? '' : formatTyped(t, typedAmountOf(yen, typed, settings), ctx.locale);
  const first = header + 1;
  const last = header + vendors.length;
  const validBids = vendors.length ? `${local(PRICE.validBid, first)}:${local(PRICE.validBid, last)}` : null;
  const bounds = boundsOf(ctx);
  // Each vendor's row on 総合評価, whose 結果 (合格/不合格) decides whether its bid can be the lowest.
  const overallFirst = TITLE_ROWS + 3;
  const overallRow = new Map(rankingOrder(vendors, input.result).map((v, i) => [v.id, overallFirst + i]));
  const ceiling = ctx.setting.ceilingPrice!;
  const allocation = ctx.setting.priceAllocation!;
  const scale = ctx.setting.divisionScale!;
  const lowestRow = TITLE_ROWS + 4;
  const referenceRow = TITLE_ROWS + 5;
  const formulaLine = publishes.evaluationValue
    ? t('workbook.priceFormula.division')
    : publishes.pricePoints
      ? t(workbookPriceFormulaKey[settings.priceFormula])
      : t(workbookPriceMethodKey.none);
  putRow(ctx, sheet, TITLE_ROWS + 2, [t('workbook.setting.priceFormula'), formulaLine]);
  // An enterprise's price sheet names no 予定価格 its formula does not use (`buyerFields`).
  const stated = documentSettings(input.bundle.procurement.buyerKind, settings);
  if (stated.ceilingPrice) {
    putRow(ctx, sheet, TITLE_ROWS + 3, [
      t('memo.ceilingPrice'),
      settings.ceilingPrice === null ? t('collect.none') : formula(ceiling, settings.ceilingPrice)
    ]);
  }
  putRow(ctx, sheet, lowestRow, [
    t('workbook.lowestBid'),
    validBids && input.result.lowestBid !== null
      ? formula(`MIN(${validBids})`, input.result.lowestBid)
      : t('results.noValue')
  ]);
  const reference = input.result.referenceValue;
  if (publishes.referenceValue && stated.referenceValue) {
    const range = ctx.criteriaRange;
    const criteria = ctx.names.criteria;
    const base = range
      ? `SUMIF(${rangeRef(criteria, 5, range.first, range.last)},"${t(kindKey.mandatory)}",${rangeRef(criteria, 6, range.first, range.last)})`
      : '0';
    const mandatory = ctx.requirements.filter((r) => r.kind === 'mandatory').map((r) => r.basePoints);
    const places = Math.max(0, ...mandatory.map(placesOf));
    const s = settingTerm(scale, settings.divisionScale);
    putRow(ctx, sheet, referenceRow, [
      t('scoring.figure.referenceValue'),
      reference
        ? formula(
            quotientFormula(
              settings,
              'referenceValue',
              {
                numerator: [
                  decimalTerm(base, places, mandatory.reduce((a, b) => a + Math.abs(b), 0) + 1),
                  s.term
                ],
                denominator: [s.denominator, { expr: ceiling, max: bounds.yen }],
                exponent: -places,
                decimals: rounding.referenceValueDecimals
              },
              `${base}/${ceiling}*${scale}`,
              reference.value
            ),
            reference.value
          )
        : t('results.noValue')
    ]);
    sheet.getCell(referenceRow, 2).numFmt = figureFormat(settings, 'referenceValue');
  }
  if (settings.ceilingPrice !== null) {
    sheet.getCell(TITLE_ROWS + 3, 3).value = t('workbook.typedAs', {
      amount: typedText(settings.ceilingPrice, settings.ceilingPriceTyped)
    });
  }
  if (publishes.bids) {
    putRow(ctx, sheet, basisRow, [
      t('workbook.taxBasis'),
      t('workbook.taxBasisRule', {
        basis: t(TAX_BASIS_KEY[evaluationBasis(settings)]),
        rate: settings.consumptionTaxRate
      })
    ]);
  }
  sheet.getCell(TITLE_ROWS + 3, 2).numFmt = '#,##0';
  sheet.getCell(lowestRow, 2).numFmt = '#,##0';
  for (const row of [TITLE_ROWS + 2, TITLE_ROWS + 3, lowestRow, referenceRow, basisRow]) {
    sheet.getCell(row, 1).font = { bold: true };
  }

  putRow(ctx, sheet, header, [
    t('results.colVendor'),
    t('workbook.bidStatus'),
    t('results.colBid'),
    t('workbook.validBid'),
    t('scoring.figure.technical'),
    publishes.evaluationValue ? t('scoring.figure.evaluationValue') : t('scoring.figure.price'),
    t('workbook.bidTyped')
  ]);
  styleHeader(sheet, header, 7);
  const valid = t(bidStatusKey.valid);
  const tally = ctx.names.tally;
  vendors.forEach((vendor, i) => {
    const row = first + i;
    ctx.priceRow.set(vendor.id, row);
    const r = ctx.results.get(vendor.id);
    const status = local(PRICE.status, row);
    const bidCell = local(PRICE.bid, row);
    // The bid if it is one the lowest valid bid is taken from: a qualified vendor's valid bid.
    const validBid = r ? lowestValidBid([r]) : null;
    // Only a ranked vendor's figure is published (`publishedFigures`).
    const ranked = r?.rank !== null && r?.rank !== undefined;
    let figure: Cell = t('results.noValue');
    if (publishes.pricePoints && ranked && r.pricePoints) {
      const cells = {
        allocation,
        ceiling,
        lowest: `$B$${lowestRow}`,
        bid: bidCell,
        floor: ctx.setting.floorPrice,
        threshold: ctx.setting.slopeThreshold,
        factor: ctx.setting.slopeFactor
      };
      figure = formula(pricePointsFormula(settings, cells, bounds, r.pricePoints.value), r.pricePoints.value);
    } else if (publishes.evaluationValue && ranked && r.evaluationValue) {
      const cells = { technical: local(PRICE.technical, row), bid: bidCell, scale };
      figure = formula(
        evaluationValueFormula(settings, cells, bounds, r.evaluationValue.value),
        r.evaluationValue.value
      );
    }
    const result = cellRef(ctx.names.overall, OVERALL.result, overallRow.get(vendor.id) ?? overallFirst);
    const tallyRow = ctx.tallyVendorRow.get(vendor.id);
    putRow(ctx, sheet, row, [
      text(vendor.company),
      t(bidStatusKey[r?.bidStatus ?? vendor.bidStatus]),
      r?.bid ?? vendor.bidPrice ?? '',
      formula(
        `IF(AND(${status}="${valid}",${result}="${t('workbook.qualified')}",ISNUMBER(${bidCell})),${bidCell},"")`,
        validBid ?? ''
      ),
      r?.technicalPoints && tallyRow
        ? formula(cellRef(tally, TALLY_SUMMARY.technical, tallyRow), r.technicalPoints.value)
        : t('results.noValue'),
      figure,
      text(typedText(vendor.bidPrice, vendor.bidTyped))
    ]);
    sheet.getCell(row, PRICE.technical).numFmt = figureFormat(settings, 'technical');
    sheet.getCell(row, PRICE.figure).numFmt = figureFormat(
      settings,
      publishes.evaluationValue ? 'evaluationValue' : 'price'
    );
  });
}

// ------------------------------------------------------------------ 6. 総合評価

export const OVERALL = {
  rank: 1,
  vendor: 2,
  service: 3,
  result: 4,
  technical: 5,
  price: 6,
  total: 7,
  status: 8,
  remarks: 9
} as const;

export function writeOverall(ctx: Context): void {
  const { t, locale, settings, input } = ctx;
  const { rounding } = settings;
  const publishes = priceMethodPublishes(settings);
  const header = TITLE_ROWS + 2;
  const sheet = newSheet(
    ctx,
    'overall',
    [
      { width: 7 },
      { width: 26, wrap: true },
      { width: 20, wrap: true },
      { width: 9 },
      { width: 11 },
      { width: 13 },
      { width: 13 },
      { width: 13 },
      { width: 48, wrap: true }
    ],
    { row: header, xSplit: 2 }
  );
  putRow(ctx, sheet, header, [
    t('results.colRank'),
    t('results.colVendor'),
    t('collect.service'),
    t('workbook.result'),
    t('scoring.figure.technical'),
    publishes.pricePoints ? t('scoring.figure.price') : t('results.colBid'),
    publishes.evaluationValue ? t('scoring.figure.evaluationValue') : t('scoring.figure.total'),
    t('workbook.bidStatus'),
    t('workbook.reasons')
  ]);
  styleHeader(sheet, header, 9);
  const order = rankingOrder(ctx.vendors, input.result);
  const first = header + 1;
  const last = header + order.length;
  const totals = `$${columnLetter(OVERALL.total - 1)}$${first}:$${columnLetter(OVERALL.total - 1)}$${last}`;
  const techs = `$${columnLetter(OVERALL.technical - 1)}$${first}:$${columnLetter(OVERALL.technical - 1)}$${last}`;
  const tally = ctx.names.tally;
  const price = ctx.names.price;
  const bounds = boundsOf(ctx);
  // 総合評価点: the rounded 技術点 (+ the rounded 価格点), exact to the places of its parts, rounded.
  // Exact when the total and every part are rounded (each part then has at most `places` decimals).
  const totalMode = figureRounding(rounding, 'total').mode;
  const sumFormula = (
    expr: string,
    parts: readonly RoundedFigure[],
    places: number,
    max: number,
    value: number
  ): string => {
    const exact =
      totalMode !== 'none' &&
      figureRounded(rounding, 'total') &&
      parts.every((part) => figureRounded(rounding, part))
        ? decimalSumFormula(expr, places, max, rounding.totalDecimals, totalMode)
        : null;
    return exact ?? roundedFormula(expr, rounding.totalDecimals, totalMode, 'sum', value);
  };
  order.forEach((vendor, i) => {
    const row = first + i;
    const r = ctx.results.get(vendor.id);
    if (!r) return;
    const tallyRow = ctx.tallyVendorRow.get(vendor.id)!;
    const priceRow = ctx.priceRow.get(vendor.id)!;
    const E = local(OVERALL.technical, row);
    const F = local(OVERALL.price, row);
    const G = local(OVERALL.total, row);
    const ranked = r.rank !== null;
    const { text: remarks, fixedRank } = remarksOf(r, input.result, locale);
    let total: Cell = '';
    if (ranked && publishes.pricePoints && r.totalPoints) {
      total = formula(
        sumFormula(
          `${E}+${F}`,
          ['technical', 'price'],
          Math.max(rounding.technicalDecimals, rounding.priceDecimals),
          bounds.technical + Math.abs(settings.priceAllocation),
          r.totalPoints.value
        ),
        r.totalPoints.value
      );
    } else if (ranked && !publishes.bids && r.totalPoints) {
      total = formula(
        sumFormula(E, ['technical'], rounding.technicalDecimals, bounds.technical, r.totalPoints.value),
        r.totalPoints.value
      );
    } else if (ranked && publishes.evaluationValue && r.evaluationValue) {
      total = formula(cellRef(price, PRICE.figure, priceRow), r.evaluationValue.value);
    }
    const rank: Cell = !ranked
      ? ''
      : fixedRank
        ? r.rank
        : formula(`COUNTIFS(${totals},">"&${G})+COUNTIFS(${totals},${G},${techs},">"&${E})+1`, r.rank);
    putRow(ctx, sheet, row, [
      rank,
      text(vendor.company),
      text(vendor.serviceName),
      resultCell(ctx, r, E),
      r.technicalPoints
        ? formula(cellRef(tally, TALLY_SUMMARY.technical, tallyRow), r.technicalPoints.value)
        : t('results.noValue'),
      publishes.pricePoints
        ? ranked && r.pricePoints
          ? formula(cellRef(price, PRICE.figure, priceRow), r.pricePoints.value)
          : t('results.noValue')
        : (r.bid ?? ''),
      total,
      t(bidStatusKey[r.bidStatus]),
      text(remarks)
    ]);
    sheet.getCell(row, OVERALL.technical).numFmt = figureFormat(settings, 'technical');
    sheet.getCell(row, OVERALL.price).numFmt = publishes.pricePoints
      ? figureFormat(settings, 'price')
      : '#,##0';
    sheet.getCell(row, OVERALL.total).numFmt = figureFormat(
      settings,
      publishes.evaluationValue ? 'evaluationValue' : 'total'
    );
  });
  const noteRow = last + 2;
  sheet.getCell(noteRow, 1).value = t('workbook.note.rankRule');
}

/** Reasons the workbook decides again by formula: the minimum 技術点 and the items that exclude at their lowest level. */
const THRESHOLDS: ReadonlySet<string> = new Set(['belowMinimumTechnical', 'lowestLevel']);

/**
 * 合格 / 不合格 of a vendor on 総合評価. While the thresholds are the only gates that could stop it,
 * they are live formulas: the 技術点 beside it against the minimum on 評価基準 (exactly at it
 * passes), and each excluding item's decided factor on 集計 against its lowest level's (above it
 * passes; compared to 9 places, far finer than any two factors differ). Any other reason is
 * decided by the app and written as the outcome.
 */
function resultCell(ctx: Context, r: VendorResult, technical: string): Cell {
  const { t, settings } = ctx;
  const outcome = r.qualified ? t('workbook.qualified') : t('workbook.disqualified');
  if (!r.technicalPoints || r.reasons.some((reason) => !THRESHOLDS.has(reason.code))) return outcome;
  const tests: string[] = [];
  const minimum = settings.minimumTechnical;
  if (minimum !== null && Number.isFinite(minimum) && ctx.setting.minimumTechnical) {
    tests.push(`${technical}>=${ctx.setting.minimumTechnical}`);
  }
  const vi = ctx.vendors.findIndex((v) => v.id === r.vendorId);
  const rubricFactors = settings.rubric.map((l) => toRational(Number.isFinite(l.factor) ? l.factor : 0));
  ctx.requirements.forEach((req, ri) => {
    if (req.kind !== 'scored' || !req.excludeAtLowest || vi < 0) return;
    const factors = levelFactors(req, settings.rubric) ?? rubricFactors;
    const lowest = lowestLevelIndex(factors);
    if (lowest < 0) return;
    const decided = cellRef(ctx.names.tally, TALLY.decided, itemRow(ctx, vi, ri));
    tests.push(`ROUND(${decided}-${toNumber(factors[lowest]!)},9)>0`);
  });
  if (tests.length === 0) return outcome;
  const all = tests.length === 1 ? tests[0]! : `AND(${tests.join(',')})`;
  return formula(`IF(${all},"${t('workbook.qualified')}","${t('workbook.disqualified')}")`, outcome);
}
