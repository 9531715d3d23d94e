import { describe, expect, it } from 'vitest';
import { documentLocale } from './document-language';
import type { DocumentLanguage } from './model';

describe('documentLocale', () => {
  it.each<[DocumentLanguage | undefined, DocumentLanguage]>([
    ['ja', 'ja'],
    ['en', 'en'],
    // A procurement stored before the choice existed writes Japanese documents, as it did.
    [undefined, 'ja']
  ])('a procurement whose document language is %s writes %s documents', (documentLanguage, expected) => {
    expect(documentLocale({ documentLanguage })).toBe(expected);
  });
});
