import { describe, expect, it } from 'vitest';
import { japaneseCharacters } from '$lib/domain/japanese-text';
import { REGISTER_IDS, registerLayout } from '$lib/testing/registers';
import { registerTitle } from './register-labels';

describe('registerTitle: each shipped register named in the reader’s language', () => {
  it.each(REGISTER_IDS)('%s', (id) => {
    const layout = registerLayout(id);
    const en = registerTitle(layout, 'en');
    const ja = registerTitle(layout, 'ja');
    expect(en).toBe(layout.title.en);
    expect(ja).toBe(layout.title.ja);
    expect(en).not.toBe(ja);
    // The English title holds no kana, kanji or full-width punctuation; the Japanese one is Japanese.
    expect(japaneseCharacters(en)).toEqual([]);
    expect(japaneseCharacters(ja).length).toBeGreaterThan(0);
  });
});
