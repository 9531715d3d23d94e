/**
 * A preset's scoring settings, applied with its requirements: the preset states the settings it is written
 * for (e.g. the enterprise preset's lowest-bid ratio with 30 価格点 and no 予定価格), and applying it sets
 * them on the procurement. Each setting that changes is listed, so the user sees what the preset set and
 * the audit log records it; a setting the preset does not state keeps its value.
 */
import type { Preset } from './catalogue';
import type { ScoringSettings } from './model';

/** The settings a preset may state, in the order they are listed. */
export const PRESET_SCORING_SETTINGS = [
  'priceMethod',
  'priceFormula',
  'priceAllocation',
  'passRule'
] as const;
export type PresetScoringSetting = (typeof PRESET_SCORING_SETTINGS)[number];

export interface PresetSettingChange {
  setting: PresetScoringSetting;
  before: ScoringSettings[PresetScoringSetting];
  after: ScoringSettings[PresetScoringSetting];
}

export interface PresetSettingsResult {
  /** The procurement's settings with the preset's applied. */
  settings: ScoringSettings;
  /** The settings that change, in `PRESET_SCORING_SETTINGS` order (empty: the preset sets nothing new). */
  changes: PresetSettingChange[];
}

export function applyPresetSettings(
  preset: Pick<Preset, 'settings'>,
  current: ScoringSettings
): PresetSettingsResult {
  const settings: ScoringSettings = { ...current };
  const changes: PresetSettingChange[] = [];
  for (const setting of PRESET_SCORING_SETTINGS) {
    const after = preset.settings[setting];
    if (after === undefined || after === current[setting]) continue;
    changes.push({ setting, before: current[setting], after });
    Object.assign(settings, { [setting]: after });
  }
  return { settings, changes };
}
