/**
 * Which scoring settings the help page documents, and the kind of rule document each comes from.
 * Keyed by every setting of `ScoringSettings` (and of its rounding), so a setting added without an
 * entry here is a type error, and `settings-docs.test.ts` checks the stored shape against it.
 */
import type { RoundingSettings, ScoringSettings } from './model';

/** A setting by its path: a top-level key, or `rounding.<key>`. */
export type DocumentedSetting =
  Exclude<keyof ScoringSettings, 'rounding'> | `rounding.${Extract<keyof RoundingSettings, string>}`;

/**
 * Where a setting's rule is written: the 総合評価落札方式の標準ガイドライン (and 予算決算及び会計令), the
 * agency's 評価手順書, its 落札者決定基準 (the variants found in published ones), the 入札説明書 /
 * 仕様書, or this app's own analysis (no rule document).
 */
export const RULE_SOURCES = ['guideline', 'procedure', 'awardRules', 'tender', 'app'] as const;
export type RuleSource = (typeof RULE_SOURCES)[number];

export const SETTING_SOURCES: Record<DocumentedSetting, RuleSource> = {
  rubric: 'procedure',
  priceMethod: 'guideline',
  priceFormula: 'guideline',
  priceAllocation: 'guideline',
  ceilingPrice: 'guideline',
  ceilingPriceTyped: 'tender',
  divisionScale: 'guideline',
  referenceValueGate: 'guideline',
  lowBidThreshold: 'guideline',
  lowBidThresholdTyped: 'tender',
  floorPrice: 'awardRules',
  slopeThreshold: 'awardRules',
  slopeFactor: 'awardRules',
  passRule: 'procedure',
  minimumBonus: 'awardRules',
  minimumTechnical: 'awardRules',
  'rounding.mode': 'procedure',
  'rounding.technicalDecimals': 'procedure',
  'rounding.technicalMode': 'awardRules',
  'rounding.priceDecimals': 'procedure',
  'rounding.priceMode': 'awardRules',
  'rounding.totalDecimals': 'procedure',
  'rounding.totalMode': 'awardRules',
  'rounding.evaluationValueDecimals': 'procedure',
  'rounding.evaluationValueMode': 'awardRules',
  'rounding.referenceValueDecimals': 'procedure',
  'rounding.referenceValueMode': 'awardRules',
  'rounding.itemMeanMode': 'procedure',
  'rounding.itemMeanDecimals': 'procedure',
  priceTaxIncluded: 'tender',
  consumptionTaxRate: 'tender',
  statedRatio: 'tender',
  weightConversion: 'tender',
  priceYears: 'tender',
  stabilityVariation: 'app',
  stabilityDraws: 'app',
  stabilitySeed: 'app'
};

/** The documented settings, in the order the help page lists them. */
export const DOCUMENTED_SETTINGS = Object.keys(SETTING_SOURCES) as DocumentedSetting[];

/** Every setting path of stored settings (`rounding.*` for the rounding's keys). */
export function settingPaths(settings: ScoringSettings): string[] {
  return Object.keys(settings).flatMap((key) =>
    key === 'rounding' ? Object.keys(settings.rounding).map((k) => `rounding.${k}`) : [key]
  );
}
