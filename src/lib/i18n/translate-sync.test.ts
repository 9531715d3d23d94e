import { describe, expect, it } from 'vitest';
import { LOCALES } from './format';
import { loadMessages, translate, type MessageKey } from './messages';
import { syncTranslator } from './translate-sync';
import { sheetNameKey, WORKBOOK_SHEETS } from './workbook-labels';

describe('syncTranslator', () => {
  const keys: MessageKey[] = [
    'app.name',
    'workbook.sheet.tally',
    'results.colVendor',
    'vendor.reason.expiredOn'
  ];

  it.each(LOCALES)('%s: the same text as translate once both parts are loaded', async (locale) => {
    await loadMessages(locale, 'core');
    await loadMessages(locale, 'work');
    const t = syncTranslator(locale);
    for (const key of keys)
      expect(t(key, { date: '2025-04-01' })).toBe(translate(locale, key, { date: '2025-04-01' }));
  });

  it('fills placeholders once, leaving a value that looks like one as written', () => {
    const t = syncTranslator('ja');
    expect(t('workbook.stability.evaluatorLeftOut', { name: '{name}' })).toBe('評価者「{name}」を除外');
    expect(t('workbook.criteriaVersion', { version: 2, hash: 'ab' })).toBe('第2版\u3000SHA-256: ab');
  });
});

describe('workbook sheet names', () => {
  it.each(LOCALES)('%s: valid Excel sheet names that formulas can quote, all different', (locale) => {
    const t = syncTranslator(locale);
    const names = WORKBOOK_SHEETS.map((sheet) => t(sheetNameKey[sheet]));
    for (const name of names) {
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\']/);
    }
    expect(new Set(names).size).toBe(names.length);
  });
});
