import { describe, expect, it } from 'vitest';
import { parseDateText } from './dates';
import { numericDateOrder } from './date-order';
import type { DocumentLanguage, SlashDateOrder } from './model';

describe('numericDateOrder: the procurement decides how 03/31/2026 reads', () => {
  it.each<[DocumentLanguage | undefined, SlashDateOrder | undefined, string]>([
    [undefined, undefined, 'ymd'],
    ['ja', undefined, 'ymd'],
    ['ja', 'auto', 'ymd'],
    ['en', undefined, 'mdy'],
    ['en', 'auto', 'mdy'],
    ['en', 'dmy', 'dmy'],
    ['ja', 'dmy', 'dmy'],
    ['ja', 'mdy', 'mdy'],
    [undefined, 'dmy', 'dmy']
  ])('document language %s, order %s → %s', (documentLanguage, slashDateOrder, order) => {
    const procurement = {
      ...(documentLanguage ? { documentLanguage } : {}),
      ...(slashDateOrder ? { slashDateOrder } : {})
    };
    expect(numericDateOrder(procurement)).toBe(order);
  });

  it.each<[DocumentLanguage | undefined, SlashDateOrder | undefined, string, object]>([
    ['en', undefined, '03/31/2026', { date: '2026-03-31' }],
    ['en', 'dmy', '31/03/2026', { date: '2026-03-31' }],
    ['en', 'dmy', '03/31/2026', { error: 'impossibleDate' }],
    ['ja', undefined, '03/31/2026', { error: 'ambiguousDate' }],
    ['ja', undefined, '2026/03/31', { date: '2026-03-31' }],
    ['en', undefined, '2026/03/31', { date: '2026-03-31' }]
  ])('%s / %s reads %j as %j', (documentLanguage, slashDateOrder, text, reading) => {
    const order = numericDateOrder({
      ...(documentLanguage ? { documentLanguage } : {}),
      ...(slashDateOrder ? { slashDateOrder } : {})
    });
    expect(parseDateText(text, { order })).toEqual(reading);
  });
});
