import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_TIME_ZONE,
  firstVisitLocale,
  formatBytes,
  formatDate,
  formatDateTime,
  formatLevel,
  formatNumber,
  formatWeekday,
  formatYen
} from './format';

describe('formatters', () => {
  it.each([
    ['2025-04-28', 'ja', 'western', '2025年4月28日'],
    ['2025-04-28', 'ja', 'japanese', '令和7年4月28日'],
    ['2019-04-30', 'ja', 'japanese', '平成31年4月30日'],
    ['2019-05-01', 'ja', 'japanese', '令和元年5月1日'],
    ['2025-04-28', 'en', 'western', '28 April 2025']
  ] as const)('formats %s in %s (%s)', (iso, locale, style, expected) => {
    expect(formatDate(iso, locale, style)).toBe(expected);
  });

  it('leaves an empty date empty and an invalid one as typed', () => {
    expect(formatDate(null, 'ja', 'western')).toBe('');
    expect(formatDate('not-a-date', 'ja', 'western')).toBe('not-a-date');
  });

  it('formats yen with thousands separators', () => {
    expect(formatYen(9_500_000, 'ja')).toBe('9,500,000円');
    expect(formatYen(9_500_000, 'en')).toBe('¥9,500,000');
  });

  it('formats numbers and sizes', () => {
    expect(formatNumber(763.15789, 'ja')).toBe('763.1579');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(10, 'ja')).toBe('10 B');
  });
});

describe('formatLevel', () => {
  const rubric = [
    { code: 'A', labelJa: '特に優れている', labelEn: 'Excellent' },
    { code: 'B', labelJa: '優れている', labelEn: 'Good' }
  ];
  it.each([
    ['B', 'ja', 'B 優れている'],
    ['A', 'en', 'A Excellent'],
    ['Z', 'ja', ''],
    [null, 'en', '']
  ] as const)('%s in %s → %s', (code, locale, expected) => {
    expect(formatLevel(rubric, code, locale)).toBe(expected);
  });
});

describe('formatWeekday', () => {
  it.each([
    [0, 'ja', '日曜日'],
    [1, 'ja', '月曜日'],
    [6, 'ja', '土曜日'],
    [0, 'en', 'Sunday'],
    [3, 'en', 'Wednesday']
  ] as const)('%d in %s is %s', (day, locale, name) => {
    expect(formatWeekday(day, locale)).toBe(name);
  });
});

describe('formatDateTime in Japan time', () => {
  it.each([
    ['2027-02-01T05:12:00.000Z', 'ja', 'western', '2027年2月1日 14:12:00'],
    ['2027-02-01T05:12:00.000Z', 'ja', 'japanese', '令和9年2月1日 14:12:00'],
    ['2027-01-31T20:00:05.000Z', 'ja', 'western', '2027年2月1日 05:00:05'],
    ['2019-04-30T15:00:00.000Z', 'ja', 'japanese', '令和元年5月1日 00:00:00'],
    ['2027-02-01T05:12:00.000Z', 'en', 'western', '1 Feb 2027, 14:12:00'],
    ['not a time', 'ja', 'western', 'not a time']
  ] as const)('%s (%s, %s) is %s', (iso, locale, style, text) => {
    expect(formatDateTime(iso, locale, style, DOCUMENT_TIME_ZONE)).toBe(text);
  });
});

describe('firstVisitLocale', () => {
  it.each([
    [['en-US', 'en'], 'en'],
    [['en'], 'en'],
    [['EN-gb'], 'en'],
    [['ja-JP', 'en-US'], 'ja'],
    [['fr-FR', 'en-US'], 'ja'],
    [['de'], 'ja'],
    [['eng'], 'ja'],
    [[], 'ja'],
    [['', 'en-US'], 'en']
  ] as const)('%j → %s', (languages, expected) => {
    expect(firstVisitLocale(languages)).toBe(expected);
  });
});
