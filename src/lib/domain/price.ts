/**
 * The price rule of `scoring-method.md`, in one place: which figures each price method publishes
 * (`priceMethodPublishes`), the formulas (加算方式: 価格点 `standard` P × (1 − b ÷ C) or `lowestRatio`
 * P × min ÷ b, 総合評価点 = 技術点 + 価格点; 除算方式: 評価値 = 技術点 ÷ b × S, 基準評価値 = Σ 基礎点 ÷ C × S),
 * the ceiling gate (b ≤ C) and the lowest valid bid. Exact (`Rational`); each caller rounds the
 * figure it publishes at that figure's decimals. The engine, the previews, stability, the memo, the
 * ranking tables and the workbook read it here.
 */
import type { BidStatus, PriceFormula, PriceMethod, ScoringSettings } from './model';
import { add, compare, div, mul, sub, type Rational, type RoundedFigure } from './rounding';

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

/** What the 加算方式 price formula is measured against: 予定価格 C, or the lowest valid bid. */
export const PRICE_FORMULA_NEEDS: Record<PriceFormula, 'ceiling' | 'lowestBid'> = {
  standard: 'ceiling',
  lowestRatio: 'lowestBid'
};

type Amount = Rational | number;

/** 価格点 `standard`: P × (1 − b ÷ C). */
export function standardPricePoints(allocation: Amount, bid: Amount, ceiling: Amount): Rational {
  return mul(allocation, sub(1, div(bid, ceiling)));
}

/** 価格点 `lowestRatio`: P × min ÷ b. */
export function lowestRatioPricePoints(allocation: Amount, lowestBid: Amount, bid: Amount): Rational {
  return mul(allocation, div(lowestBid, bid));
}

/** 価格点 by the formula, or null when what it is measured against is missing. */
export function pricePoints(
  formula: PriceFormula,
  allocation: Amount,
  bid: Amount,
  against: { ceiling: Amount | null; lowestBid: Amount | null }
): Rational | null {
  if (formula === 'standard') {
    return against.ceiling === null ? null : standardPricePoints(allocation, bid, against.ceiling);
  }
  return against.lowestBid === null ? null : lowestRatioPricePoints(allocation, against.lowestBid, bid);
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
