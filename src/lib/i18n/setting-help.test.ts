import { describe, expect, it } from 'vitest';
import { jaHelp } from './messages-help';
import { enHelp } from './messages-help-en';
import { settingHelpKey } from './help-labels';
import { defaultSettings } from '$lib/domain/defaults';
import { DOCUMENTED_SETTINGS, settingPaths } from '$lib/domain/settings-docs';

describe('every scoring setting is documented on the help page', () => {
  it('the documented list is exactly the settings the app stores', () => {
    expect([...DOCUMENTED_SETTINGS].sort()).toEqual(settingPaths(defaultSettings()).sort());
  });

  it.each(DOCUMENTED_SETTINGS)('%s has its formula or meaning in Japanese and English', (setting) => {
    const key = settingHelpKey[setting] as keyof typeof jaHelp;
    expect(jaHelp[key]?.trim()).toBeTruthy();
    expect(enHelp[key]?.trim()).toBeTruthy();
    expect(jaHelp[key]).not.toBe(enHelp[key]);
  });
});
