/**
 * Scoring settings added after criteria were first locked, each with the value that gives the
 * behaviour from before it existed (dotted path → value). Such a setting is hashed only when it
 * differs from that value, so criteria locked earlier, restored with the value filled in, keep
 * their hash. Every new setting is added here; its other values are hashed like any setting.
 * Data only, importing nothing: the stored-record upgrades (`upgrades.ts`) read it on the first
 * page, with the database.
 */
export const SETTINGS_ADDED_LATER: Readonly<Record<string, unknown>> = {
  // Amounts typed on their own tax basis or in 千円 (issue 13): before, every amount was typed in
  // 円 on the evaluation basis, and there was no rate to convert at.
  consumptionTaxRate: 10,
  ceilingPriceTyped: null,
  lowBidThresholdTyped: null,
  // 技術点:価格点 stated by the procurement (null: none stated, as before the setting existed).
  statedRatio: null,
  /** The minimum 技術点 (issue 17): none before. */
  minimumTechnical: null,
  // Issue 17 (d): a mode per figure (null: the one common mode), the rounded item mean (not rounded
  // before), and the parameters of the floor-price and reduced-slope price formulas.
  'rounding.technicalMode': null,
  'rounding.priceMode': null,
  'rounding.totalMode': null,
  'rounding.evaluationValueMode': null,
  'rounding.referenceValueMode': null,
  'rounding.itemMeanMode': 'none',
  'rounding.itemMeanDecimals': 2,
  floorPrice: null,
  slopeThreshold: null,
  slopeFactor: 0.5,
  // Issue 18 (item 17): points converted from weights in %, stated in the criteria (null: none, as before).
  weightConversion: null
};
