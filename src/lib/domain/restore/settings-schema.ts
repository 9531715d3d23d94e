/**
 * The schema of scoring settings. Each value's bounds come from `SETTINGS_BOUNDS` (domain/settings.ts),
 * and the whole is checked by `validateSettings`, the one check the settings form, the criteria lock
 * and the engine use too. Every default comes from `defaultSettings()`.
 */
import { defaultSettings } from '../defaults';
import { AMOUNT_UNITS, PASS_RULES, PRICE_FORMULAS, PRICE_METHODS, ROUNDING_MODES, TAX_BASES } from '../model';
import type {
  RoundingSettings,
  RubricLevel,
  ScoringSettings,
  StatedRatio,
  TypedAmount,
  WeightConversion
} from '../model';
import { RUBRIC_BOUNDS, SETTINGS_BOUNDS as B, validateSettings } from '../settings';
import { joinPath, s, type Schema } from './schema';

const DS = defaultSettings();

const rubricLevelSchema = s.object<RubricLevel>({
  code: s.string({ minLength: 1 }),
  labelJa: s.string(),
  labelEn: s.string(),
  factor: s.number(RUBRIC_BOUNDS.factor)
});

const decimals = (fallback: number) => s.number({ ...B.decimals, default: fallback });

const figureMode = s.nullable(s.enumOf(ROUNDING_MODES));

const roundingSchema = s.object<RoundingSettings>({
  mode: s.enumOf(ROUNDING_MODES, DS.rounding.mode),
  technicalDecimals: decimals(DS.rounding.technicalDecimals),
  priceDecimals: decimals(DS.rounding.priceDecimals),
  totalDecimals: decimals(DS.rounding.totalDecimals),
  evaluationValueDecimals: decimals(DS.rounding.evaluationValueDecimals),
  referenceValueDecimals: decimals(DS.rounding.referenceValueDecimals),
  // Added later: older data has one mode for every figure (null here), and unrounded item means.
  technicalMode: figureMode,
  priceMode: figureMode,
  totalMode: figureMode,
  evaluationValueMode: figureMode,
  referenceValueMode: figureMode,
  itemMeanMode: s.enumOf(ROUNDING_MODES, DS.rounding.itemMeanMode),
  itemMeanDecimals: decimals(DS.rounding.itemMeanDecimals)
});

/** An amount as typed (予定価格, 調査基準価格, 入札価格): whole yen, its unit and tax basis. */
export const typedAmountSchema = s.object<TypedAmount>({
  yen: s.number(B.typedYen),
  unit: s.enumOf(AMOUNT_UNITS, 'yen'),
  taxBasis: s.enumOf(TAX_BASES, 'included')
});

const weightConversionSchema = s.nullable(
  s.object<WeightConversion>({
    total: s.number(B.weightTotal),
    items: s.array(
      s.object<WeightConversion['items'][number]>({
        ref: s.string(),
        percent: s.number(B.weightPercent),
        points: s.number(B.weightPoints)
      }),
      () => []
    )
  })
);

const ratioObject = s.nullable(
  s.object<StatedRatio>({ technical: s.number(B.statedRatioPart), price: s.number(B.statedRatioPart) })
);

/** A stated ratio with a part missing or out of range restores as not stated (null), never half. */
const statedRatioSchema: Schema<StatedRatio | null> = {
  ...ratioObject,
  read(input, path, issues) {
    const before = issues.length;
    const value = ratioObject.read(input, path, issues);
    const unusable = issues.slice(before).some((i) => i.code !== 'unknownKey' && i.code !== 'forbiddenKey');
    return unusable ? null : value;
  }
};

/** Every default comes from `defaultSettings()`, so `{}` restores to exactly the default settings. */
export const settingsSchema = s.refine(
  s.object<ScoringSettings>({
    rubric: s.array(rubricLevelSchema, () => defaultSettings().rubric),
    priceMethod: s.enumOf(PRICE_METHODS, DS.priceMethod),
    priceFormula: s.enumOf(PRICE_FORMULAS, DS.priceFormula),
    priceAllocation: s.number({ ...B.priceAllocation, default: DS.priceAllocation }),
    ceilingPrice: s.nullable(s.number(B.ceilingPrice)),
    ceilingPriceTyped: s.nullable(typedAmountSchema),
    divisionScale: s.number({ ...B.divisionScale, default: DS.divisionScale }),
    referenceValueGate: s.boolean(DS.referenceValueGate),
    lowBidThreshold: s.nullable(s.number(B.lowBidThreshold)),
    lowBidThresholdTyped: s.nullable(typedAmountSchema),
    floorPrice: s.nullable(s.number(B.floorPrice)),
    slopeThreshold: s.nullable(s.number(B.slopeThreshold)),
    slopeFactor: s.number({ ...B.slopeFactor, default: DS.slopeFactor }),
    passRule: s.enumOf(PASS_RULES, DS.passRule),
    minimumBonus: s.nullable(s.number(B.minimumBonus)),
    // Added with issue 17; settings stored or backed up before it have none (the default).
    minimumTechnical: s.addedLater(s.nullable(s.number(B.minimumTechnical))),
    rounding: roundingSchema,
    priceTaxIncluded: s.boolean(DS.priceTaxIncluded),
    priceYears: s.number({ ...B.priceYears, default: DS.priceYears }),
    consumptionTaxRate: s.number({ ...B.consumptionTaxRate, default: DS.consumptionTaxRate }),
    stabilityVariation: s.number({ ...B.stabilityVariation, default: DS.stabilityVariation }),
    stabilityDraws: s.number({ ...B.stabilityDraws, default: DS.stabilityDraws }),
    stabilitySeed: s.number({ ...B.stabilitySeed, default: DS.stabilitySeed }),
    statedRatio: statedRatioSchema,
    // Added with issue 18; settings stored or backed up before it state no conversion (null).
    weightConversion: s.addedLater(weightConversionSchema)
  }),
  (settings, path, issues) => {
    // What the fields' own bounds above cannot see (a value out of range was reported there and
    // replaced by its default): the rubric as a whole, the 調査基準価格 below the 予定価格. What the
    // price method still needs (a ceiling, an allocation) is the lock's concern: a draft may lack it.
    for (const problem of validateSettings(settings)) {
      if (problem.requirement) continue;
      issues.push({
        code: 'outOfRange',
        path: joinPath(path, problem.path),
        params: { setting: problem.code }
      });
    }
  }
);
