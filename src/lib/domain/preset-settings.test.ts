import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Preset } from './catalogue';
import { defaultSettings, newProcurement } from './defaults';
import { applyPresetSettings } from './preset-settings';
import { validateSettings } from './settings';

const shipped = (id: string) =>
  JSON.parse(readFileSync(`questionnaires/presets/${id}.json`, 'utf8')) as Preset;

describe('applyPresetSettings', () => {
  it.each([
    [{}, {}, []],
    [{ priceFormula: 'lowestRatio', priceAllocation: 30 }, {}, ['priceFormula', 'priceAllocation']],
    [
      { priceFormula: 'lowestRatio', priceAllocation: 30 },
      { priceFormula: 'lowestRatio' },
      ['priceAllocation']
    ],
    [{ priceMethod: 'additive', priceFormula: 'standard', priceAllocation: 50 }, {}, []],
    [{ priceMethod: 'division', passRule: 'unanimous' }, {}, ['priceMethod', 'passRule']]
  ] as const)('preset %j on %j changes %j', (presetSettings, current, changed) => {
    const before = { ...defaultSettings(), ...current };
    const { settings, changes } = applyPresetSettings({ settings: presetSettings }, before);
    expect(changes.map((c) => c.setting)).toEqual(changed);
    for (const change of changes) {
      expect(change.before).toBe(before[change.setting]);
      expect(settings[change.setting]).toBe(change.after);
    }
    expect({ ...before, ...presetSettings }).toEqual(settings);
  });

  it('keeps the settings it does not state, and does not change its input', () => {
    const before = { ...defaultSettings(), ceilingPrice: 1_000_000, minimumTechnical: 40 };
    const copy = structuredClone(before);
    const { settings } = applyPresetSettings({ settings: { priceAllocation: 30 } }, before);
    expect(before).toEqual(copy);
    expect(settings.ceilingPrice).toBe(1_000_000);
    expect(settings.minimumTechnical).toBe(40);
  });

  it('the enterprise preset sets the lowest-bid ratio with its allocation, and then needs no ceiling', () => {
    const preset = shipped('enterprise-saas-baseline');
    const procurement = newProcurement('p', 't', 'now', 'enterprise');
    const { settings, changes } = applyPresetSettings(preset, procurement.settings);
    expect(settings.priceMethod).toBe(preset.settings.priceMethod);
    expect(settings.priceFormula).toBe('lowestRatio');
    expect(settings.priceAllocation).toBe(preset.settings.priceAllocation);
    expect(changes.length).toBeGreaterThan(0);
    expect(settings.ceilingPrice).toBeNull();
    expect(validateSettings(settings)).toEqual([]);
    // Before the preset, the standard formula needed 予定価格.
    expect(validateSettings(procurement.settings).map((p) => p.code)).toContain('ceilingPriceMissing');
  });
});
