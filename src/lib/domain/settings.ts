/**
 * The one table of what a scoring setting may hold, and the one check of it. The settings form,
 * the criteria lock (`validateCriteria`), the scoring engine and restore (backups, stored records,
 * presets) all read `validateSettings`, so a value is accepted or refused the same way everywhere.
 *
 * Two kinds of rule: a *bound* says what a value may be whenever it is set (always checked); a
 * *requirement* says what the chosen price method needs (`ceilingPrice` where a formula or gate reads
 * it, `priceAllocation` in 加算方式, 基礎価格 or 基準額 for the formula using it), which a draft may
 * still lack and restore therefore leaves alone.
 */
import type { RoundingMode, RoundingSettings, ScoringSettings, TypedAmount } from './model';
import { ceilingNeeded, PRICE_FORMULA_NEEDS } from './price';
import { roundRational, toRational, type Rational } from './rounding';
import { toEvaluationBasis } from './tax';

/**
 * The figures rounded with their own mode and number of decimals: the published ones, and the item
 * mean (a scored item's points × mean factor, before it is summed into 技術点).
 */
export const ROUNDED_FIGURES = [
  'technical',
  'price',
  'total',
  'evaluationValue',
  'referenceValue',
  'itemMean'
] as const;
export type RoundedFigure = (typeof ROUNDED_FIGURES)[number];

/** Which setting holds the decimals of each figure. */
export const FIGURE_DECIMALS = {
  technical: 'technicalDecimals',
  price: 'priceDecimals',
  total: 'totalDecimals',
  evaluationValue: 'evaluationValueDecimals',
  referenceValue: 'referenceValueDecimals',
  itemMean: 'itemMeanDecimals'
} as const satisfies Record<RoundedFigure, keyof RoundingSettings>;

/** Which setting holds the mode of each figure (null there: the common `rounding.mode`). */
export const FIGURE_MODE = {
  technical: 'technicalMode',
  price: 'priceMode',
  total: 'totalMode',
  evaluationValue: 'evaluationValueMode',
  referenceValue: 'referenceValueMode',
  itemMean: 'itemMeanMode'
} as const satisfies Record<RoundedFigure, keyof RoundingSettings>;

/** The mode and decimals a figure is rounded with: its own mode, else the common one. */
export function figureRounding(
  rounding: RoundingSettings,
  figure: RoundedFigure
): { mode: RoundingMode; decimals: number } {
  return {
    mode: rounding[FIGURE_MODE[figure]] ?? rounding.mode,
    decimals: rounding[FIGURE_DECIMALS[figure]]
  };
}

/** Whether the figure is rounded (its mode is not `none` and its decimals are within bounds). */
export function figureRounded(rounding: RoundingSettings, figure: RoundedFigure): boolean {
  const { mode, decimals } = figureRounding(rounding, figure);
  return mode !== 'none' && withinBound(decimals, SETTINGS_BOUNDS.decimals);
}

/** A number's range: `min`/`max` inclusive unless marked exclusive. */
export interface NumberBound {
  integer?: boolean;
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /** At most this many decimals, as the value is written (8.25 has 2). */
  maxDecimals?: number;
}

/**
 * Bounds of every number setting, checked whenever the value is set; the rubric's are
 * `RUBRIC_BOUNDS`. What a price method needs on top (a ceiling; an allocation above 0 in 加算方式)
 * is a requirement, checked by `validateSettings` but not by restore.
 */
export const SETTINGS_BOUNDS = {
  /** 価格点配分 P (above 0 when 加算方式 uses it). */
  priceAllocation: { min: 0 },
  /** 予定価格 and 調査基準価格: whole yen. */
  ceilingPrice: { integer: true, min: 1, max: Number.MAX_SAFE_INTEGER },
  lowBidThreshold: { integer: true, min: 1, max: Number.MAX_SAFE_INTEGER },
  /** 基礎価格 F and 基準額 T of the price formulas: whole yen, below 予定価格. */
  floorPrice: { integer: true, min: 1, max: Number.MAX_SAFE_INTEGER },
  slopeThreshold: { integer: true, min: 1, max: Number.MAX_SAFE_INTEGER },
  /** The rate r below T: 0 (no more points below T) to 1 (the standard slope). */
  slopeFactor: { min: 0, max: 1 },
  /** Scale S of 除算方式. */
  divisionScale: { min: 0, minExclusive: true },
  minimumBonus: { min: 0 },
  /** 技術点 below it excludes (exactly at it passes). */
  minimumTechnical: { min: 0 },
  /** Decimals of each published figure. */
  decimals: { integer: true, min: 0, max: 6 },
  priceYears: { integer: true, min: 1, max: 100 },
  /** Consumption-tax rate in percent (10 today, 8 reduced; 0 when untaxed), to 1/100 %. */
  consumptionTaxRate: { min: 0, max: 30, maxDecimals: 2 },
  /** An amount as typed (its own yen, before conversion). */
  typedYen: { integer: true, min: 1, max: Number.MAX_SAFE_INTEGER },
  /** ± share of points (0.2 = 20 %). */
  stabilityVariation: { min: 0, max: 1, minExclusive: true, maxExclusive: true },
  stabilityDraws: { integer: true, min: 100, max: 100_000 },
  stabilitySeed: { integer: true, min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
  /** Each part of the stated 技術点:価格点 ratio (e.g. 3 and 1 of 3:1). */
  statedRatioPart: { min: 0, minExclusive: true, max: 1_000_000 },
  /** Weights in % converted to points (domain/weights.ts): each % to 1/100, the 技術点 total whole. */
  weightPercent: { min: 0, max: 100, maxDecimals: 2 },
  weightTotal: { integer: true, min: 1, max: 100_000 },
  weightPoints: { integer: true, min: 0, max: 100_000 }
} as const satisfies Record<string, NumberBound>;

export const RUBRIC_BOUNDS = { minLevels: 2, factor: { min: 0, max: 1 } } as const;

/** Largest number of decimals a published figure may have (`SETTINGS_BOUNDS.decimals.max`). */
export const MAX_DECIMALS = SETTINGS_BOUNDS.decimals.max;

export function withinBound(value: number, bound: NumberBound): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (bound.integer && !Number.isInteger(value)) return false;
  const { min = -Infinity, max = Infinity } = bound;
  if (bound.minExclusive ? !(value > min) : !(value >= min)) return false;
  if (bound.maxExclusive ? !(value < max) : !(value <= max)) return false;
  if (bound.maxDecimals !== undefined && decimalsOf(value) > bound.maxDecimals) return false;
  return true;
}

/** Decimals of a number as written: its shortest decimal string (8.25 → 2, 1e-7 → 7). */
function decimalsOf(value: number): number {
  const match = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) return Infinity;
  return Math.max(0, (match[1]?.length ?? 0) - Number(match[2] ?? 0));
}

/**
 * An amount stored on the evaluation basis agrees with how it was typed: the typed yen is whole
 * and in range, and converts (domain/tax.ts) to the stored figure. No typed record: nothing to check.
 */
export function typedAgrees(
  stored: number | null,
  typed: TypedAmount | null,
  settings: Pick<ScoringSettings, 'priceTaxIncluded' | 'consumptionTaxRate'>
): boolean {
  if (typed === null) return true;
  if (stored === null || !withinBound(typed.yen, SETTINGS_BOUNDS.typedYen)) return false;
  if (!withinBound(settings.consumptionTaxRate, SETTINGS_BOUNDS.consumptionTaxRate)) return true;
  return toEvaluationBasis(typed, settings) === stored;
}

export type SettingsProblemCode =
  | 'rubricSize'
  | 'rubricCode'
  | 'rubricFactor'
  | 'priceAllocation'
  | 'ceilingPrice'
  | 'ceilingPriceMissing'
  | 'divisionScale'
  | 'lowBidThreshold'
  | 'floorPrice'
  | 'floorPriceMissing'
  | 'slopeThreshold'
  | 'slopeThresholdMissing'
  | 'slopeFactor'
  | 'minimumBonus'
  | 'minimumTechnical'
  | 'decimals'
  | 'priceYears'
  | 'consumptionTaxRate'
  | 'stabilityVariation'
  | 'stabilityDraws'
  | 'stabilitySeed'
  | 'statedRatio'
  | 'weightConversion';

/** Where a problem is: a settings field, or a figure's decimals. */
export type SettingsField =
  | 'rubric'
  | 'priceAllocation'
  | 'ceilingPrice'
  | 'divisionScale'
  | 'lowBidThreshold'
  | 'floorPrice'
  | 'slopeThreshold'
  | 'slopeFactor'
  | 'minimumBonus'
  | 'minimumTechnical'
  | RoundedFigure
  | 'priceYears'
  | 'consumptionTaxRate'
  | 'stabilityVariation'
  | 'stabilityDraws'
  | 'stabilitySeed'
  | 'statedRatio'
  | 'weightConversion';

export interface SettingsProblem {
  code: SettingsProblemCode;
  field: SettingsField;
  /** Path in `ScoringSettings`, e.g. `rounding.priceDecimals`. */
  path: string;
  /** A requirement of the price method, not a bound (restore leaves these to the lock). */
  requirement?: true;
  /** Rubric rows concerned (rubricCode, rubricFactor). */
  rows?: number[];
}

/**
 * What the settings use: a price method (bids, the optional ceiling), the price allocation, the
 * division scale; `ceiling` whether 予定価格 is required (`ceilingNeeded`: a formula or gate reads
 * it); the 加算方式 formula's own parameters (基礎価格, 基準額 and rate).
 */
export function settingsInUse(
  settings: Pick<ScoringSettings, 'priceMethod' | 'priceFormula' | 'referenceValueGate'>
) {
  const additive = settings.priceMethod === 'additive';
  const needs = PRICE_FORMULA_NEEDS[settings.priceFormula];
  return {
    price: settings.priceMethod !== 'none',
    ceiling: ceilingNeeded(settings),
    allocation: additive,
    scale: settings.priceMethod === 'division',
    floorPrice: additive && needs?.floorPrice === true,
    slope: additive && needs?.slope === true
  };
}

/**
 * Every problem of `settings`, in the order of the form: each value set is within its bound, and
 * the price method has what it needs (`requirement: true`). A setting the form hides for the chosen
 * method keeps its stored value, which was checked when it was saved.
 */
export function validateSettings(settings: ScoringSettings): SettingsProblem[] {
  const found: SettingsProblem[] = [];
  const add = (
    code: SettingsProblemCode,
    field: SettingsField,
    path: string,
    extra: Partial<SettingsProblem> = {}
  ) => found.push({ code, field, path, ...extra });
  const B = SETTINGS_BOUNDS;
  const use = settingsInUse(settings);

  const rubric = Array.isArray(settings.rubric) ? settings.rubric : [];
  const codes = rubric.map((l) => l.code);
  const badCode = codes.flatMap((c, i) => (typeof c !== 'string' || !c || codes.indexOf(c) !== i ? [i] : []));
  const badFactor = rubric.flatMap((l, i) => (withinBound(l.factor, RUBRIC_BOUNDS.factor) ? [] : [i]));
  if (rubric.length < RUBRIC_BOUNDS.minLevels) add('rubricSize', 'rubric', 'rubric');
  if (badCode.length) add('rubricCode', 'rubric', 'rubric', { rows: badCode });
  if (badFactor.length) add('rubricFactor', 'rubric', 'rubric', { rows: badFactor });

  if (!withinBound(settings.priceAllocation, B.priceAllocation)) {
    add('priceAllocation', 'priceAllocation', 'priceAllocation');
  } else if (use.allocation && !(settings.priceAllocation > 0)) {
    add('priceAllocation', 'priceAllocation', 'priceAllocation', { requirement: true });
  }
  const ceiling = settings.ceilingPrice;
  const ceilingOk =
    ceiling !== null &&
    withinBound(ceiling, B.ceilingPrice) &&
    typedAgrees(ceiling, settings.ceilingPriceTyped, settings);
  if ((ceiling !== null || settings.ceilingPriceTyped !== null) && !ceilingOk)
    add('ceilingPrice', 'ceilingPrice', 'ceilingPrice');
  else if (use.ceiling && ceiling === null) {
    add('ceilingPriceMissing', 'ceilingPrice', 'ceilingPrice', { requirement: true });
  }
  const threshold = settings.lowBidThreshold;
  if (
    (threshold !== null || settings.lowBidThresholdTyped !== null) &&
    (threshold === null ||
      !withinBound(threshold, B.lowBidThreshold) ||
      !typedAgrees(threshold, settings.lowBidThresholdTyped, settings) ||
      (ceilingOk && threshold >= ceiling))
  ) {
    add('lowBidThreshold', 'lowBidThreshold', 'lowBidThreshold');
  }
  // The formulas' amounts lie below 予定価格 (a bound while both are set), and are required only by
  // the formula that reads them.
  const belowCeiling = (key: 'floorPrice' | 'slopeThreshold', missing: SettingsProblemCode) => {
    const value = settings[key];
    if (value === null || value === undefined) {
      if (key === 'floorPrice' ? use.floorPrice : use.slope) add(missing, key, key, { requirement: true });
    } else if (!withinBound(value, B[key]) || (ceilingOk && value >= ceiling)) add(key, key, key);
  };
  belowCeiling('floorPrice', 'floorPriceMissing');
  belowCeiling('slopeThreshold', 'slopeThresholdMissing');
  if (!withinBound(settings.slopeFactor, B.slopeFactor)) add('slopeFactor', 'slopeFactor', 'slopeFactor');
  if (!withinBound(settings.divisionScale, B.divisionScale)) {
    add('divisionScale', 'divisionScale', 'divisionScale');
  }
  if (settings.minimumBonus !== null && !withinBound(settings.minimumBonus, B.minimumBonus)) {
    add('minimumBonus', 'minimumBonus', 'minimumBonus');
  }
  const minimumTechnical = settings.minimumTechnical;
  if (minimumTechnical !== null && !withinBound(minimumTechnical, B.minimumTechnical)) {
    add('minimumTechnical', 'minimumTechnical', 'minimumTechnical');
  }
  for (const figure of ROUNDED_FIGURES) {
    const key = FIGURE_DECIMALS[figure];
    if (!withinBound(settings.rounding?.[key], B.decimals)) add('decimals', figure, `rounding.${key}`);
  }
  if (!withinBound(settings.priceYears, B.priceYears)) add('priceYears', 'priceYears', 'priceYears');
  if (!withinBound(settings.consumptionTaxRate, B.consumptionTaxRate)) {
    add('consumptionTaxRate', 'consumptionTaxRate', 'consumptionTaxRate');
  }
  if (!withinBound(settings.stabilityVariation, B.stabilityVariation)) {
    add('stabilityVariation', 'stabilityVariation', 'stabilityVariation');
  }
  if (!withinBound(settings.stabilityDraws, B.stabilityDraws)) {
    add('stabilityDraws', 'stabilityDraws', 'stabilityDraws');
  }
  if (!withinBound(settings.stabilitySeed, B.stabilitySeed))
    add('stabilitySeed', 'stabilitySeed', 'stabilitySeed');
  const ratio = settings.statedRatio;
  if (
    ratio &&
    !(withinBound(ratio.technical, B.statedRatioPart) && withinBound(ratio.price, B.statedRatioPart))
  ) {
    add('statedRatio', 'statedRatio', 'statedRatio');
  }
  if (settings.weightConversion && !weightConversionSound(settings.weightConversion)) {
    add('weightConversion', 'weightConversion', 'weightConversion');
  }
  return found;
}

/**
 * A stated weight conversion is whole: its total and every % and points within bounds, the % summing to
 * exactly 100 (counted in 1/100 %, as they are written) and the points to the total.
 */
function weightConversionSound(conversion: NonNullable<ScoringSettings['weightConversion']>): boolean {
  const B = SETTINGS_BOUNDS;
  const items = Array.isArray(conversion.items) ? conversion.items : [];
  if (!withinBound(conversion.total, B.weightTotal) || items.length === 0) return false;
  if (!items.every((i) => withinBound(i.percent, B.weightPercent) && withinBound(i.points, B.weightPoints)))
    return false;
  const hundredths = items.reduce((sum, i) => sum + Math.round(i.percent * 100), 0);
  return hundredths === 10_000 && items.reduce((sum, i) => sum + i.points, 0) === conversion.total;
}

/**
 * What the engine reports of the settings: a missing or invalid ceiling (no price can be
 * evaluated against it), a missing or invalid 基礎価格, 基準額 or rate (`missingPriceParameter`: no
 * 価格点 by that formula), an invalid allocation or scale (no 価格点 or 評価値), and any other value
 * out of bounds (`invalidSettings`: the figures are computed, but the criteria would not lock).
 */
export type EngineSettingsIssue =
  'missingCeiling' | 'missingPriceParameter' | 'invalidAllocation' | 'invalidScale' | 'invalidSettings';

export function engineSettingsIssues(settings: ScoringSettings): EngineSettingsIssue[] {
  const issues = new Set<EngineSettingsIssue>();
  const use = settingsInUse(settings);
  for (const problem of validateSettings(settings)) {
    if (problem.field === 'ceilingPrice') issues.add('missingCeiling');
    else if (
      (problem.field === 'floorPrice' && use.floorPrice) ||
      ((problem.field === 'slopeThreshold' || problem.field === 'slopeFactor') && use.slope)
    )
      issues.add('missingPriceParameter');
    else if (problem.field === 'priceAllocation') issues.add('invalidAllocation');
    else if (problem.field === 'divisionScale') issues.add('invalidScale');
    else issues.add('invalidSettings');
  }
  return [...issues];
}

/** Rounds a figure at the decimals and mode the settings give it (its own mode, else the common one). */
export function roundFigure(
  value: Rational | number,
  rounding: RoundingSettings,
  figure: RoundedFigure
): number {
  const { mode, decimals } = figureRounding(rounding, figure);
  return roundRational(typeof value === 'number' ? toRational(value) : value, decimals, mode);
}
