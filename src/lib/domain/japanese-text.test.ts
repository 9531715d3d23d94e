import { describe, expect, it } from 'vitest';
import { hasJapanese, japaneseCharacters } from './japanese-text';

describe('japaneseCharacters', () => {
  it.each([
    ['Plain English, with – and “quotes” and £', []],
    ['Kanji 暗号 and kana かな', ['暗', '号', 'か', 'な']],
    ['Katakana ログ', ['ロ', 'グ']],
    ['Full-width brackets （Chair）', ['（', '）']],
    ['Japanese punctuation 、。「」〜・', ['、', '。', '「', '」', '〜', '・']],
    ['Full-width digits and colon １：２', ['１', '：', '２']],
    ['An ideographic space\u3000here', ['\u3000']],
    ['Marks ○ and × (not Japanese script; checked where used)', []]
  ] as const)('%s', (text, expected) => {
    expect(japaneseCharacters(text)).toEqual(expected);
    expect(hasJapanese(text)).toBe(expected.length > 0);
  });
});
