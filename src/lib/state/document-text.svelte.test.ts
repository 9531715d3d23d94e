import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '$lib/i18n/messages';
import { DocumentText } from './document-text.svelte';

// A DocumentText loads its messages as it is made: load them first, so no import outlives the test.
beforeAll(() =>
  Promise.all((['ja', 'en'] as const).flatMap((l) => [loadMessages(l, 'core'), loadMessages(l, 'work')]))
);

describe('DocumentText', () => {
  // The memo's times (consensus, lock, submissions) are Japan time whatever the PC's zone, as in the workbook.
  it.each([
    ['ja', 'western', '2026-12-02T18:50:38.000Z', /12月3日.*03:50:38/],
    ['en', 'western', '2026-12-02T18:50:38.000Z', /3 Dec 2026.*03:50:38/],
    ['ja', 'western', '2026-03-31T14:59:59.000Z', /3月31日.*23:59:59/]
  ] as const)('%s %s: %s is written in Japan time', (locale, style, iso, expected) => {
    expect(new DocumentText(locale).dateTime(iso, style)).toMatch(expected);
  });
});
