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
export const PRICE_FORMULAS = ['standard', 'lowestRatio'] as const;
export type PriceFormula = (typeof PRICE_FORMULAS)[number];
export const ROUNDING_MODES = ['floor', 'halfUp', 'none'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];
export const PASS_RULES = ['majority', 'unanimous'] as const;
export type PassRule = (typeof PASS_RULES)[number];

export interface RoundingSettings {
  mode: RoundingMode;
  technicalDecimals: number;
  priceDecimals: number;
  totalDecimals: number;
  evaluationValueDecimals: number;
  referenceValueDecimals: number;
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
  passRule: PassRule;
  /** Minimum 加点 total, or null for none. */
  minimumBonus: number | null;
  /** Minimum 技術点 (the published, rounded figure; equal passes), or null for none. */
  minimumTechnical: number | null;
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
