/**
 * Which preset to offer first: each preset says in its data which procurement settings it is written for
 * (`Preset.intendedFor`); the procurement's own settings rank them. A preset whose every stated setting holds is a
 * fit; the first fit is recommended. The others follow by how many of their settings differ (fewest first), then by
 * how many hold (most first), then as shipped (by id), so the order never depends on file order.
 */
import type { Preset, PresetIntendedFor } from './catalogue';
import type { Procurement } from './model';

/** The procurement settings a preset may be written for, in the order they are shown. */
export const PRESET_SETTINGS = [
  'buyerKind',
  'serviceModel',
  'handlesConfidential',
  'unifiedStandardEdition'
] as const;
export type PresetSetting = (typeof PRESET_SETTINGS)[number];

export type PresetProcurement = Pick<Procurement, PresetSetting>;

/** One setting the preset states, and whether the procurement has it. */
export interface PresetSettingFit {
  setting: PresetSetting;
  holds: boolean;
}

export interface RankedPreset {
  preset: Preset;
  /** The settings the preset states, in PRESET_SETTINGS order; a setting it does not state fits any procurement. */
  settings: PresetSettingFit[];
  /** Every stated setting holds. */
  fits: boolean;
  /** The first fit: offered first and marked as recommended. At most one preset has it. */
  recommended: boolean;
}

/** What the preset states about one setting, or null when it leaves it open. */
function stated(intended: PresetIntendedFor, setting: PresetSetting, procurement: PresetProcurement) {
  switch (setting) {
    case 'buyerKind':
      return intended.buyerKinds ? intended.buyerKinds.includes(procurement.buyerKind) : null;
    case 'serviceModel':
      return intended.serviceModels ? intended.serviceModels.includes(procurement.serviceModel) : null;
    case 'handlesConfidential':
      return intended.handlesConfidential === undefined
        ? null
        : intended.handlesConfidential === procurement.handlesConfidential;
    case 'unifiedStandardEdition':
      return intended.unifiedStandardEditions
        ? intended.unifiedStandardEditions.includes(procurement.unifiedStandardEdition)
        : null;
  }
}

export function presetFit(preset: Preset, procurement: PresetProcurement): PresetSettingFit[] {
  const out: PresetSettingFit[] = [];
  for (const setting of PRESET_SETTINGS) {
    const holds = stated(preset.intendedFor, setting, procurement);
    if (holds !== null) out.push({ setting, holds });
  }
  return out;
}

/** Every preset, the one to offer first at the top; see the module header for the order. */
export function rankPresets(procurement: PresetProcurement, presets: readonly Preset[]): RankedPreset[] {
  const scored = presets.map((preset) => {
    const settings = presetFit(preset, procurement);
    const differ = settings.filter((s) => !s.holds).length;
    return { preset, settings, differ, hold: settings.length - differ };
  });
  scored.sort((a, b) => a.differ - b.differ || b.hold - a.hold || a.preset.id.localeCompare(b.preset.id));
  return scored.map(({ preset, settings, differ }, i) => ({
    preset,
    settings,
    fits: differ === 0,
    recommended: i === 0 && differ === 0
  }));
}
