/**
 * English messages are written in English: no full-width punctuation （）、。〜・「」 (it reads as
 * a stray Japanese mark to an English reader, and it reaches English documents), no "(s)" where a
 * plural form can say it, and every plural form `{name|one|other}` counts a value the message is
 * given. Japanese words kept in English on purpose (基礎点, 一体方式 …) are letters, not punctuation,
 * and are not checked here.
 */
import { describe, expect, it } from 'vitest';
import { ja } from './messages';
import { en } from './messages-en';
import { jaWork } from './messages-work';
import { enWork } from './messages-work-en';
import { PLURAL_PLACEHOLDER } from './plural';

const enAll: Record<string, string> = { ...en, ...enWork };
const jaAll: Record<string, string> = { ...ja, ...jaWork };

/** The CJK symbols and punctuation block, the katakana middle dot and the full-width forms' punctuation. */
const FULL_WIDTH_PUNCTUATION = /[\u3000-\u303f\u30fb\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;

/** Messages that must quote Japanese punctuation, each with why. */
const ALLOWED: Readonly<Record<string, string>> = {
  // Explains how company names are matched: （株） is one of the legal-form spellings it ignores.
  'registers.help.matching': 'quotes the Japanese legal-form abbreviation （株）',
  // The same rule for a SOC 2 report's auditor.
  'help.soc2.identity': 'quotes the Japanese legal-form abbreviation （株）'
};

describe('English messages', () => {
  it.each(Object.entries(enAll).filter(([key]) => !(key in ALLOWED)))(
    '%s has no full-width punctuation',
    (_key, text) => {
      expect(text.match(FULL_WIDTH_PUNCTUATION)?.[0]).toBeUndefined();
    }
  );

  it('allows full-width punctuation only where a message still needs it', () => {
    for (const key of Object.keys(ALLOWED)) expect(enAll[key], key).toMatch(FULL_WIDTH_PUNCTUATION);
  });

  it('writes plurals with a plural form, never "(s)"', () => {
    expect(Object.entries(enAll).filter(([, text]) => /\w\(s\)/.test(text))).toEqual([]);
  });

  it('counts in each plural form a value the Japanese message is given too', () => {
    for (const [key, text] of Object.entries(enAll)) {
      for (const [, name] of text.matchAll(PLURAL_PLACEHOLDER)) {
        expect(jaAll[key], `${key}: {${name}|…}`).toContain(`{${name}}`);
      }
    }
  });
});
