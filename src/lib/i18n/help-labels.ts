/**
 * Message keys of the help page (評価方法の説明): each scoring setting's formula or meaning and the
 * kind of rule document it comes from. A setting without an entry is a type error here.
 */
import type { DocumentedSetting, RuleSource } from '$lib/domain/settings-docs';
import type { MessageKey } from './messages';

/** The help page's entry for each scoring setting (`domain/settings-docs.ts`). */
export const settingHelpKey: Record<DocumentedSetting, MessageKey> = {
  rubric: 'help.setting.rubric',
  priceMethod: 'help.setting.priceMethod',
  priceFormula: 'help.setting.priceFormula',
  priceAllocation: 'help.setting.priceAllocation',
  ceilingPrice: 'help.setting.ceilingPrice',
  ceilingPriceTyped: 'help.setting.ceilingPriceTyped',
  divisionScale: 'help.setting.divisionScale',
  referenceValueGate: 'help.setting.referenceValueGate',
  lowBidThreshold: 'help.setting.lowBidThreshold',
  lowBidThresholdTyped: 'help.setting.lowBidThresholdTyped',
  floorPrice: 'help.setting.floorPrice',
  slopeThreshold: 'help.setting.slopeThreshold',
  slopeFactor: 'help.setting.slopeFactor',
  passRule: 'help.setting.passRule',
  minimumBonus: 'help.setting.minimumBonus',
  minimumTechnical: 'help.setting.minimumTechnical',
  'rounding.mode': 'help.setting.rounding.mode',
  'rounding.technicalDecimals': 'help.setting.rounding.technicalDecimals',
  'rounding.technicalMode': 'help.setting.rounding.technicalMode',
  'rounding.priceDecimals': 'help.setting.rounding.priceDecimals',
  'rounding.priceMode': 'help.setting.rounding.priceMode',
  'rounding.totalDecimals': 'help.setting.rounding.totalDecimals',
  'rounding.totalMode': 'help.setting.rounding.totalMode',
  'rounding.evaluationValueDecimals': 'help.setting.rounding.evaluationValueDecimals',
  'rounding.evaluationValueMode': 'help.setting.rounding.evaluationValueMode',
  'rounding.referenceValueDecimals': 'help.setting.rounding.referenceValueDecimals',
  'rounding.referenceValueMode': 'help.setting.rounding.referenceValueMode',
  'rounding.itemMeanMode': 'help.setting.rounding.itemMeanMode',
  'rounding.itemMeanDecimals': 'help.setting.rounding.itemMeanDecimals',
  priceTaxIncluded: 'help.setting.priceTaxIncluded',
  consumptionTaxRate: 'help.setting.consumptionTaxRate',
  statedRatio: 'help.setting.statedRatio',
  weightConversion: 'help.setting.weightConversion',
  priceYears: 'help.setting.priceYears',
  stabilityVariation: 'help.setting.stabilityVariation',
  stabilityDraws: 'help.setting.stabilityDraws',
  stabilitySeed: 'help.setting.stabilitySeed'
};

export const ruleSourceKey: Record<RuleSource, MessageKey> = {
  guideline: 'help.source.guideline',
  procedure: 'help.source.procedure',
  awardRules: 'help.source.awardRules',
  tender: 'help.source.tender',
  app: 'help.source.app'
};
