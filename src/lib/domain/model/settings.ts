/** Scoring settings: the rubric, the price method and formula, rounding and the stability analysis. */
export interface RubricLevel {
  /** Short code shown in grids, e.g. `A`. */
  code: string;
  labelJa: string;
  labelEn: string;
  /** Share of the item's points, in [0, 1]. */
  factor: number;
}

export const PRICE_METHODS = ['none', 'additive', 'division'] as const;
export type PriceMethod = (typeof PRICE_METHODS)[number];
/**
 * The 加算方式 price formulas, a closed list: `standard` P × (1 − b ÷ C), `lowestRatio` P × min ÷ b,
 * `withFloor` P × [1 − (b − F) ÷ (C − F)] (P when b ≤ F), `reducedSlope` the standard form above T and
 * P × [(1 − T ÷ C) + r × (T − b) ÷ C] at or below it (`domain/price.ts`).
 */
export const PRICE_FORMULAS = ['standard', 'lowestRatio', 'withFloor', 'reducedSlope'] as const;
export type PriceFormula = (typeof PRICE_FORMULAS)[number];
export const ROUNDING_MODES = ['floor', 'halfUp', 'none'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];
export const PASS_RULES = ['majority', 'unanimous'] as const;
export type PassRule = (typeof PASS_RULES)[number];

export interface RoundingSettings {
  /** The mode of every figure that has no mode of its own (the one mode of earlier versions). */
  mode: RoundingMode;
  technicalDecimals: number;
  priceDecimals: number;
  totalDecimals: number;
  evaluationValueDecimals: number;
  referenceValueDecimals: number;
  /** A figure's own mode; null: `mode`. Added later: older data restores with null (one mode for all). */
  technicalMode: RoundingMode | null;
  priceMode: RoundingMode | null;
  totalMode: RoundingMode | null;
  evaluationValueMode: RoundingMode | null;
  referenceValueMode: RoundingMode | null;
  /**
   * The item mean (a scored item's points × the mean factor, or × the consensus factor), rounded
   * before it is summed into 技術点. Added later; `none` (not rounded) is the behaviour from before.
   */
  itemMeanMode: RoundingMode;
  itemMeanDecimals: number;
}

export interface ScoringSettings {
  rubric: RubricLevel[];
  priceMethod: PriceMethod;
  priceFormula: PriceFormula;
  /** 価格点配分 P (加算方式). */
  priceAllocation: number;
  /** 予定価格 C in yen. */
  ceilingPrice: number | null;
  /** Scale S of 除算方式 (default 10^8). */
  divisionScale: number;
  /** 基準評価値 gate in 除算方式. */
  referenceValueGate: boolean;
  /** 調査基準価格 in yen. */
  lowBidThreshold: number | null;
  /** 基礎価格 F in yen (price formula `withFloor`); added later, null before. */
  floorPrice: number | null;
  /** 基準額 T in yen below which 価格点 grows at the rate r (`reducedSlope`); added later, null before. */
  slopeThreshold: number | null;
  /** The rate r below T, in [0, 1] (`reducedSlope`); added later, 0.5 as in the rule seen. */
  slopeFactor: number;
  passRule: PassRule;
  /** Minimum 加点 total, or null for none. */
  minimumBonus: number | null;
  rounding: RoundingSettings;
  /** Recorded label: tax included or not. */
  priceTaxIncluded: boolean;
  /** Recorded label: years of lifecycle cost the bid covers. */
  priceYears: number;
  /** Stability analysis: ± share of points (0.2 = 20 %), random draws and seed. */
  stabilityVariation: number;
  stabilityDraws: number;
  stabilitySeed: number;
}
