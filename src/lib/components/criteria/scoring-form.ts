/**
 * The scoring settings as the criteria form holds them while they are typed: numbers stay text
 * until they are parsed for the preview or the save. Shared by the form and its field groups.
 */
import type { RoundedFigure } from '$lib/domain/settings';
import type {
  AmountUnit,
  PassRule,
  PriceFormula,
  PriceMethod,
  RoundingMode,
  TaxBasis
} from '$lib/domain/model';

/** The settings as typed: numbers stay text until they are parsed for the preview or the save. */
export interface ScoringForm {
  rubric: RubricRow[];
  priceMethod: PriceMethod;
  priceFormula: PriceFormula;
  priceAllocation: string;
  /** 予定価格 as typed, in `ceilingUnit` on `ceilingBasis`. */
  ceilingPrice: string;
  ceilingUnit: AmountUnit;
  ceilingBasis: TaxBasis;
  divisionScale: string;
  referenceValueGate: boolean;
  lowBidThreshold: string;
  lowBidUnit: AmountUnit;
  lowBidBasis: TaxBasis;
  floorPrice: string;
  slopeThreshold: string;
  slopeFactor: string;
  passRule: PassRule;
  minimumBonus: string;
  minimumTechnical: string;
  roundingMode: RoundingMode;
  /** Each figure's own mode; '' follows the common mode (the item mean always has its own). */
  modes: Record<RoundedFigure, RoundingMode | ''>;
  decimals: Record<RoundedFigure, string>;
  priceTaxIncluded: boolean;
  /** Consumption-tax rate in percent. */
  consumptionTaxRate: string;
  priceYears: string;
  stabilityVariation: string;
  stabilityDraws: string;
  stabilitySeed: string;
  /** The stated 技術点:価格点, both blank when none is stated. */
  statedTechnical: string;
  statedPrice: string;
}

/** The number fields typed as free text (the fields of type `string`, not the choices). */
type TextField = { [K in keyof ScoringForm]: string extends ScoringForm[K] ? K : never }[keyof ScoringForm];
/** A field that can fail validation (`rubric` stands for the whole rubric table). */
export type ScoringField = 'rubric' | 'statedRatio' | 'weightConversion' | RoundedFigure | TextField;

/** One level of the rubric as typed: the factor stays text until the form is saved. */
export interface RubricRow {
  code: string;
  labelJa: string;
  labelEn: string;
  factor: string;
}
