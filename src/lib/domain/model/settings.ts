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

/** Whether an amount includes consumption tax (税込) or not (税抜). */
export const TAX_BASES = ['included', 'excluded'] as const;
export type TaxBasis = (typeof TAX_BASES)[number];
/** The unit an amount was typed in: 円 or 千円. */
export const AMOUNT_UNITS = ['yen', 'thousandYen'] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

/**
 * An amount as it was typed (入札書 or 予定価格調書): its whole yen on its own tax basis, the unit
 * it was typed in and that basis. The amount evaluated is converted from it (`domain/tax.ts`).
 */
export interface TypedAmount {
  yen: number;
  unit: AmountUnit;
  taxBasis: TaxBasis;
}

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

/** 技術点:価格点 as the procurement states it, e.g. 1:1 or 3:1 (each part above 0). */
export interface StatedRatio {
  technical: number;
  price: number;
}

/**
 * Points converted from weights in % (`domain/weights.ts`): the 技術点 total T, and per requirement (by ref, in
 * specification order) the % entered and the whole points it gave, by the largest remainder rule.
 */
export interface WeightConversion {
  total: number;
  items: { ref: string; percent: number; points: number }[];
}

export interface ScoringSettings {
  rubric: RubricLevel[];
  priceMethod: PriceMethod;
  priceFormula: PriceFormula;
  /** 価格点配分 P (加算方式). */
  priceAllocation: number;
  /** 予定価格 C in yen, on the evaluation basis (`priceTaxIncluded`). */
  ceilingPrice: number | null;
  /** 予定価格 as typed, when it was typed on a basis or in a unit of its own; null: as `ceilingPrice`. */
  ceilingPriceTyped: TypedAmount | null;
  /** Scale S of 除算方式 (default 10^8). */
  divisionScale: number;
  /** 基準評価値 gate in 除算方式. */
  referenceValueGate: boolean;
  /** 調査基準価格 in yen, on the evaluation basis. */
  lowBidThreshold: number | null;
  /** 調査基準価格 as typed; null: as `lowBidThreshold`. */
  lowBidThresholdTyped: TypedAmount | null;
  /** 基礎価格 F in yen (price formula `withFloor`); added later, null before. */
  floorPrice: number | null;
  /** 基準額 T in yen below which 価格点 grows at the rate r (`reducedSlope`); added later, null before. */
  slopeThreshold: number | null;
  /** The rate r below T, in [0, 1] (`reducedSlope`); added later, 0.5 as in the rule seen. */
  slopeFactor: number;
  passRule: PassRule;
  /** Minimum 加点 total, or null for none. */
  minimumBonus: number | null;
  /** Minimum 技術点 (the published, rounded figure; equal passes), or null for none. */
  minimumTechnical: number | null;
  rounding: RoundingSettings;
  /**
   * The evaluation basis: prices are evaluated tax included (税込) or not (税抜). An amount typed
   * on the other basis is converted at `consumptionTaxRate` (`domain/tax.ts`).
   */
  priceTaxIncluded: boolean;
  /** The procurement's consumption-tax rate in percent (10, 8, …), national and local together. */
  consumptionTaxRate: number;
  /** Recorded label: years of lifecycle cost the bid covers. */
  priceYears: number;
  /** Stability analysis: ± share of points (0.2 = 20 %), random draws and seed. */
  stabilityVariation: number;
  stabilityDraws: number;
  stabilitySeed: number;
  /**
   * 技術点:価格点 stated in the procurement's documents, or null when none is stated. The lock
   * compares it with the criteria's own (技術点の満点 : 価格点配分) and warns when they differ.
   */
  statedRatio: StatedRatio | null;
  /** The weights the points were converted from, stated in the criteria; null when points were entered. */
  weightConversion: WeightConversion | null;
}
