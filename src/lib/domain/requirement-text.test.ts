import { describe, expect, it } from 'vitest';
import { englishAfterEdit, englishWording, inLanguage, requirementText } from './requirement-text';

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

describe('englishWording', () => {
  const stored = { ...ja, ...en };
  it.each([
    // the English fields as the form showed them (null: not shown), the Japanese after the edit → stored
    [
      'not shown: the rule of englishAfterEdit',
      null,
      { ...ja, title: 'MFA の強制' },
      { ...en, titleEn: undefined }
    ],
    [
      'shown and edited: as typed, trimmed',
      { domain: en.domainEn, title: '  Enforced MFA ', text: en.textEn },
      ja,
      { ...en, titleEn: 'Enforced MFA' }
    ],
    [
      'shown, Japanese rewritten, English kept as shown',
      { domain: en.domainEn, title: en.titleEn, text: en.textEn },
      { ...ja, title: 'MFA の強制' },
      en
    ],
    [
      'shown with a blank: that copy removed',
      { domain: '', title: en.titleEn, text: ' ' },
      ja,
      { domainEn: undefined, titleEn: en.titleEn, textEn: undefined }
    ],
    [
      'a custom requirement given English',
      { domain: 'Access', title: 'MFA', text: 'Enforce MFA.' },
      { domain: 'アクセス', title: 'MFA', text: 'MFAを強制すること。' },
      { domainEn: 'Access', titleEn: 'MFA', textEn: 'Enforce MFA.' }
    ]
  ] as const)('%s', (_label, typed, after, expected) => {
    expect(englishWording(stored, after, typed)).toEqual(expected);
  });

  it('what is stored is what an English document shows', () => {
    const typed = { domain: 'Access', title: 'Enforced MFA', text: 'Is MFA enforced?' };
    const stored2 = { ...ja, ...englishWording({ ...ja }, ja, typed) };
    expect(requirementText(stored2, 'en')).toEqual(typed);
    expect(requirementText(stored2, 'ja')).toEqual(ja);
  });
});
