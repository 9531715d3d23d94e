import { describe, expect, it } from 'vitest';
import { jaSpecify } from './messages-specify';
import { enSpecify } from './messages-specify-en';
import { settingHelpKey } from './help-labels';
import { defaultSettings } from '$lib/domain/defaults';
import { DOCUMENTED_SETTINGS, settingPaths } from '$lib/domain/settings-docs';

describe('every scoring setting is documented on the help page', () => {
  it('the documented list is exactly the settings the app stores', () => {
    expect([...DOCUMENTED_SETTINGS].sort()).toEqual(settingPaths(defaultSettings()).sort());
  });

  it.each(DOCUMENTED_SETTINGS)('%s has its formula or meaning in Japanese and English', (setting) => {
    const key = settingHelpKey[setting] as keyof typeof jaSpecify;
    expect(jaSpecify[key]?.trim()).toBeTruthy();
    expect(enSpecify[key]?.trim()).toBeTruthy();
    expect(jaSpecify[key]).not.toBe(enSpecify[key]);
  });
});
