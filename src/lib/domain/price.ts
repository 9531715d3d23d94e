/**
 * The price rule of `scoring-method.md`, in one place: which figures each price method publishes
 * (`priceMethodPublishes`), the formulas (加算方式: 価格点 `standard` P × (1 − b ÷ C), `lowestRatio`
 * P × min ÷ b, `withFloor` and `reducedSlope` (below), 総合評価点 = 技術点 + 価格点; 除算方式: 評価値 =
 * 技術点 ÷ b × S, 基準評価値 = Σ 基礎点 ÷ C × S), whether 予定価格 is needed (`ceilingNeeded`),
 * the ceiling gate (b ≤ C) and the lowest valid bid. Exact (`Rational`); each caller rounds the
 * figure it publishes at that figure's decimals. The engine, the previews, stability, the memo, the
 * ranking tables and the workbook read it here.
 */
import type { BidStatus, PriceFormula, PriceMethod, ScoringSettings } from './model';
import { add, compare, div, mul, sub, type Rational } from './rounding';
import type { RoundedFigure } from './settings';

/** What a price method computes and publishes. */
export interface PriceMethodFigures {
  /** The bids are read: 入札価格 and the ceiling gate (b ≤ C) apply. */
  bids: boolean;
  /** 価格点 (加算方式). */
  pricePoints: boolean;
  /** 総合評価点: 技術点 + 価格点 (加算方式), or the rounded 技術点 with no price method. */
  totalPoints: boolean;
  /** 評価値 (除算方式). */
  evaluationValue: boolean;
  /** 基準評価値 and its gate (除算方式). */
  referenceValue: boolean;
  /** The figure that ranks (then the higher 技術点). */
  rankBy: 'totalPoints' | 'evaluationValue';
  /** The rounding setting of the ranking figure. */
  rankFigure: Extract<RoundedFigure, 'total' | 'evaluationValue'>;
  /** The figure computed from a vendor's bid, if any. */
  bidFigure: 'pricePoints' | 'evaluationValue' | null;
}

const PUBLISHES: Record<PriceMethod, PriceMethodFigures> = {
  none: {
    bids: false,
    pricePoints: false,
    totalPoints: true,
    evaluationValue: false,
    referenceValue: false,
    rankBy: 'totalPoints',
    rankFigure: 'total',
    bidFigure: null
  },
  additive: {
    bids: true,
    pricePoints: true,
    totalPoints: true,
    evaluationValue: false,
    referenceValue: false,
    rankBy: 'totalPoints',
    rankFigure: 'total',
    bidFigure: 'pricePoints'
  },
  division: {
    bids: true,
    pricePoints: false,
    totalPoints: false,
    evaluationValue: true,
    referenceValue: true,
    rankBy: 'evaluationValue',
    rankFigure: 'evaluationValue',
    bidFigure: 'evaluationValue'
  }
};

/** Which figures the settings' price method computes and publishes. */
export function priceMethodPublishes(settings: Pick<ScoringSettings, 'priceMethod'>): PriceMethodFigures {
  return PUBLISHES[settings.priceMethod];
}

/** The figure a vendor is ranked by (総合評価点 or 評価値), as the price method says. */
export function rankFigureOf<F>(
  figures: { totalPoints: F; evaluationValue: F },
  settings: Pick<ScoringSettings, 'priceMethod'>
): F {
  return figures[priceMethodPublishes(settings).rankBy];
}

/**
 * What each 加算方式 price formula reads besides the bid and P: 予定価格 C, the lowest valid bid,
 * 基礎価格 F (`floorPrice`), 基準額 T and the rate r (`slopeThreshold`, `slopeFactor`).
 */
export interface PriceFormulaNeeds {
  ceiling: boolean;
  lowestBid: boolean;
  floorPrice: boolean;
  slope: boolean;
}

export const PRICE_FORMULA_NEEDS: Record<PriceFormula, PriceFormulaNeeds> = {
  standard: { ceiling: true, lowestBid: false, floorPrice: false, slope: false },
  lowestRatio: { ceiling: false, lowestBid: true, floorPrice: false, slope: false },
  withFloor: { ceiling: true, lowestBid: false, floorPrice: true, slope: false },
  reducedSlope: { ceiling: true, lowestBid: false, floorPrice: false, slope: true }
};

/**
 * Whether the settings need 予定価格 C: a 加算方式 formula measured against it, or the 基準評価値 gate
 * of 除算方式 (Σ 基礎点 ÷ C × S). Otherwise C is optional; when given, the ceiling gate still applies.
 */
export function ceilingNeeded(
  settings: Pick<ScoringSettings, 'priceMethod' | 'priceFormula' | 'referenceValueGate'>
): boolean {
  if (settings.priceMethod === 'additive') return PRICE_FORMULA_NEEDS[settings.priceFormula]?.ceiling ?? true;
  if (settings.priceMethod === 'division') return settings.referenceValueGate;
  return false;
}

type Amount = Rational | number;

/** 価格点 `standard`: P × (1 − b ÷ C). */
export function standardPricePoints(allocation: Amount, bid: Amount, ceiling: Amount): Rational {
  return mul(allocation, sub(1, div(bid, ceiling)));
}

/** 価格点 `lowestRatio`: P × min ÷ b. */
export function lowestRatioPricePoints(allocation: Amount, lowestBid: Amount, bid: Amount): Rational {
  return mul(allocation, div(lowestBid, bid));
}

/**
 * 価格点 `withFloor` (基礎価格 F < C): P × [1 − (b − F) ÷ (C − F)], and P when b ≤ F. Between F and C it
 * falls from P to 0; a bid over C is excluded by the ceiling gate before it is priced.
 */
export function floorPricePoints(allocation: Amount, bid: Amount, ceiling: Amount, floor: Amount): Rational {
  if (compare(bid, floor) <= 0) return mul(allocation, 1);
  return mul(allocation, sub(1, div(sub(bid, floor), sub(ceiling, floor))));
}

/**
 * 価格点 `reducedSlope` (基準額 T < C, rate r in [0, 1]): above T the standard form; at or below T
 * P × [(1 − T ÷ C) + r × (T − b) ÷ C]. Both forms give P × (1 − T ÷ C) at b = T, so it is continuous;
 * below T it still grows as the bid falls, at r times the rate. With b ≤ C it stays in [0, P].
 */
export function reducedSlopePricePoints(
  allocation: Amount,
  bid: Amount,
  ceiling: Amount,
  threshold: Amount,
  factor: Amount
): Rational {
  if (compare(bid, threshold) > 0) return standardPricePoints(allocation, bid, ceiling);
  return mul(
    allocation,
    add(sub(1, div(threshold, ceiling)), div(mul(factor, sub(threshold, bid)), ceiling))
  );
}

/** What a 加算方式 formula is measured against; null where the settings have none. */
export interface PriceAgainst {
  ceiling: Amount | null;
  lowestBid: Amount | null;
  floorPrice?: Amount | null;
  slopeThreshold?: Amount | null;
  slopeFactor?: Amount | null;
}

/** 価格点 by the formula, or null when what it is measured against is missing. */
export function pricePoints(
  formula: PriceFormula,
  allocation: Amount,
  bid: Amount,
  against: PriceAgainst
): Rational | null {
  const { ceiling, lowestBid, floorPrice = null, slopeThreshold = null, slopeFactor = null } = against;
  switch (formula) {
    case 'standard':
      return ceiling === null ? null : standardPricePoints(allocation, bid, ceiling);
    case 'lowestRatio':
      return lowestBid === null ? null : lowestRatioPricePoints(allocation, lowestBid, bid);
    case 'withFloor':
      return ceiling === null || floorPrice === null
        ? null
        : floorPricePoints(allocation, bid, ceiling, floorPrice);
    case 'reducedSlope':
      return ceiling === null || slopeThreshold === null || slopeFactor === null
        ? null
        : reducedSlopePricePoints(allocation, bid, ceiling, slopeThreshold, slopeFactor);
  }
}

/** The formula's parameters from the settings, each null unless a usable amount (checked by `validateSettings`). */
export function formulaParameters(
  settings: Pick<ScoringSettings, 'floorPrice' | 'slopeThreshold' | 'slopeFactor'>
): Pick<PriceAgainst, 'floorPrice' | 'slopeThreshold' | 'slopeFactor'> {
  const amount = (x: number | null | undefined) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
  return {
    floorPrice: amount(settings.floorPrice),
    slopeThreshold: amount(settings.slopeThreshold),
    slopeFactor: amount(settings.slopeFactor)
  };
}

/** 総合評価点 (加算方式): the rounded 技術点 + the rounded 価格点. */
export function totalPoints(technical: Amount, price: Amount): Rational {
  return add(technical, price);
}

/** 評価値 (除算方式): 技術点 ÷ b × S, from the rounded 技術点. */
export function evaluationValue(technical: Amount, bid: Amount, scale: Amount): Rational {
  return mul(div(technical, bid), scale);
}

/** 基準評価値 (除算方式): Σ 基礎点 ÷ C × S, the value of a bid at the ceiling meeting only the mandatory items. */
export function referenceValue(basePointsTotal: Amount, ceiling: Amount, scale: Amount): Rational {
  return mul(div(basePointsTotal, ceiling), scale);
}

/** The 基準評価値 gate: the rounded 評価値 is at least the rounded 基準評価値. */
export function meetsReferenceValue(value: Amount, reference: Amount): boolean {
  return compare(value, reference) >= 0;
}

/** The ceiling gate: 入札価格 ≤ 予定価格 (equal passes). */
export function withinCeiling(bid: Amount, ceiling: Amount): boolean {
  return compare(bid, ceiling) <= 0;
}

/**
 * 最低入札価格: the lowest bid of a vendor that can be ranked — a valid bid of a vendor that passed
 * every gate — so a 不合格, 無効, 辞退 or over-the-ceiling bid is never the lowest; null when none.
 */
export function lowestValidBid(
  bids: readonly { bidStatus: BidStatus; bid: number | null; qualified: boolean }[]
): number | null {
  let lowest: number | null = null;
  for (const { bidStatus, bid, qualified } of bids) {
    if (qualified && bidStatus === 'valid' && bid !== null && (lowest === null || bid < lowest)) lowest = bid;
  }
  return lowest;
}
