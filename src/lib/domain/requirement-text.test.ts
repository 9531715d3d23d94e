import { describe, expect, it } from 'vitest';
import { englishAfterEdit, inLanguage, requirementText } from './requirement-text';

const ja = { domain: '9 アクセス制御', title: '多要素認証', text: '多要素認証を強制できること。' };
const en = {
  domainEn: '9 Access control',
  titleEn: 'Multi-factor authentication',
  textEn: 'MFA can be enforced.'
};

describe('requirementText', () => {
  it.each([
    ['Japanese, with English beside it', { ...ja, ...en }, 'ja', ja],
    [
      'English, with English beside it',
      { ...ja, ...en },
      'en',
      { domain: en.domainEn, title: en.titleEn, text: en.textEn }
    ],
    ['English, typed by the user (no English)', ja, 'en', ja],
    [
      'English, with only a title in English',
      { ...ja, titleEn: en.titleEn },
      'en',
      { ...ja, title: en.titleEn }
    ],
    [
      'English, with a blank English text',
      { ...ja, ...en, textEn: '  ' },
      'en',
      { ...ja, domain: en.domainEn, title: en.titleEn }
    ]
  ] as const)('%s', (_name, requirement, language, expected) => {
    expect(requirementText(requirement, language)).toEqual(expected);
  });

  it('keeps the other fields of a record given in a language', () => {
    const r = { ref: 'R-001', ...ja, ...en };
    expect(inLanguage(r, 'en')).toMatchObject({ ref: 'R-001', title: en.titleEn, titleEn: en.titleEn });
    expect(inLanguage(r, 'ja')).toBe(r);
  });
});

describe('englishAfterEdit', () => {
  it.each([
    ['nothing rewritten', ja, en],
    ['the title rewritten', { ...ja, title: 'MFA の強制' }, { ...en, titleEn: undefined }],
    ['the text rewritten', { ...ja, text: '別の文。' }, { ...en, textEn: undefined }],
    [
      'everything rewritten',
      { domain: 'x', title: 'y', text: 'z' },
      { domainEn: undefined, titleEn: undefined, textEn: undefined }
    ]
  ] as const)('%s', (_name, after, expected) => {
    expect(englishAfterEdit({ ...ja, ...en }, after)).toEqual(expected);
  });
});
