import { describe, expect, it } from 'vitest';
import {
  codePointLabel,
  hasHiddenCharacters,
  visibleParts,
  visibleText,
  withoutHiddenCharacters
} from './visible-text';

/** Every character the brief names, by code point. */
const HIDDEN_CODES = [
  0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066,
  0x2067, 0x2068, 0x2069, 0xfeff
];

/** Neighbours and look-alikes that are ordinary text and must stay as they are. */
const KEPT_CODES = [0x200a, 0x2010, 0x2029, 0x2061, 0x206a, 0x2065, 0x0020, 0x3000, 0x00a0, 0x27e6, 0x05d0];

describe('visibleText', () => {
  it.each(HIDDEN_CODES.map((c) => [c.toString(16), String.fromCodePoint(c)]))(
    'shows U+%s as a marker',
    (hex, char) => {
      const label = `U+${hex.toUpperCase().padStart(4, '0')}`;
      expect(visibleText(`a${char}b`)).toBe(`a⟦${label}⟧b`);
      expect(hasHiddenCharacters(char)).toBe(true);
      expect(withoutHiddenCharacters(`a${char}b`)).toBe('ab');
    }
  );

  it.each(KEPT_CODES.map((c) => [c.toString(16), String.fromCodePoint(c)]))('keeps U+%s', (_hex, char) => {
    expect(visibleText(`a${char}b`)).toBe(`a${char}b`);
    expect(hasHiddenCharacters(char)).toBe(false);
  });

  it.each([
    ['report\u202Efdp.exe', 'report⟦U+202E⟧fdp.exe'],
    ['\uFEFF架空クラウド株式会社', '⟦U+FEFF⟧架空クラウド株式会社'],
    ['a\u2066b\u2069c\u200D', 'a⟦U+2066⟧b⟦U+2069⟧c⟦U+200D⟧'],
    ['\u202E\u202E', '⟦U+202E⟧⟦U+202E⟧'],
    ['', ''],
    ['ISMAP 登録 C23-0001', 'ISMAP 登録 C23-0001'],
    ['👍 emoji stays', '👍 emoji stays']
  ])('%j → %j', (input, expected) => {
    expect(visibleText(input)).toBe(expected);
  });

  it('leaves no hidden character in what it returns, for every hidden character', () => {
    const all = HIDDEN_CODES.map((c) => String.fromCodePoint(c)).join('x');
    expect(hasHiddenCharacters(visibleText(all))).toBe(false);
  });
});

describe('visibleParts', () => {
  it('splits text into runs and markers that join back to visibleText', () => {
    const text = 'report\u202Efdp.exe\u200B';
    const parts = visibleParts(text);
    expect(parts).toEqual([
      { kind: 'text', text: 'report' },
      { kind: 'marker', text: '⟦U+202E⟧', code: 'U+202E' },
      { kind: 'text', text: 'fdp.exe' },
      { kind: 'marker', text: '⟦U+200B⟧', code: 'U+200B' }
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(visibleText(text));
  });

  it('gives one text run for plain text and nothing for empty text', () => {
    expect(visibleParts('架空IaaS')).toEqual([{ kind: 'text', text: '架空IaaS' }]);
    expect(visibleParts('')).toEqual([]);
  });
});

describe('codePointLabel', () => {
  it.each([
    ['\u061C', 'U+061C'],
    ['\uFEFF', 'U+FEFF'],
    ['😀', 'U+1F600']
  ])('%j → %s', (char, label) => {
    expect(codePointLabel(char)).toBe(label);
  });
});
