/**
 * A preset's scoring settings as the user reads them: "価格点の算定式: 最低価格比 …", one line a setting,
 * for the preset picker (what applying it sets) and the notice after it was applied (what it changed).
 */
import type { PassRule, PriceFormula, PriceMethod, ScoringSettings } from '$lib/domain/model';
import { PRESET_SCORING_SETTINGS, type PresetScoringSetting } from '$lib/domain/preset-settings';
import type { MessageKey, MessageParams } from '$lib/i18n/messages';

type T = (key: MessageKey, params?: MessageParams) => string;

const LABEL: Record<PresetScoringSetting, MessageKey> = {
  priceMethod: 'scoring.priceMethod',
  priceFormula: 'scoring.priceFormula',
  priceAllocation: 'scoring.priceAllocation',
  passRule: 'scoring.passRule'
};
const METHOD: Record<PriceMethod, MessageKey> = {
  none: 'scoring.priceMethod.none',
  additive: 'scoring.priceMethod.additive',
  division: 'scoring.priceMethod.division'
};
const FORMULA: Record<PriceFormula, MessageKey> = {
  standard: 'scoring.priceFormula.standard',
  lowestRatio: 'scoring.priceFormula.lowestRatio',
  withFloor: 'scoring.priceFormula.withFloor',
  reducedSlope: 'scoring.priceFormula.reducedSlope'
};
const PASS: Record<PassRule, MessageKey> = {
  majority: 'scoring.passRule.majority',
  unanimous: 'scoring.passRule.unanimous'
};

function valueText(
  setting: PresetScoringSetting,
  value: ScoringSettings[PresetScoringSetting],
  t: T
): string {
  switch (setting) {
    case 'priceMethod':
      return t(METHOD[value as PriceMethod]);
    case 'priceFormula':
      return t(FORMULA[value as PriceFormula]);
    case 'passRule':
      return t(PASS[value as PassRule]);
    case 'priceAllocation':
      return t('spec.presetPoints.value', { points: String(value) });
  }
}

/** One line per setting given, in the order of `PRESET_SCORING_SETTINGS`. */
export function presetSettingLines(
  settings: Partial<Pick<ScoringSettings, PresetScoringSetting>>,
  t: T
): string[] {
  return PRESET_SCORING_SETTINGS.flatMap((setting) => {
    const value = settings[setting];
    return value === undefined ? [] : [`${t(LABEL[setting])}: ${valueText(setting, value, t)}`];
  });
}
