import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '$lib/domain/issues';
import { beforeAll } from 'vitest';
import { ja, loadMessages, translate, type MessageKey } from './messages';
import { en } from './messages-en';

describe('messages', () => {
  beforeAll(() => loadMessages('en'));

  it('has the same keys in Japanese and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
    for (const [key, text] of [...Object.entries(ja), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ja) as MessageKey[]) {
      expect(names(en[key]), key).toEqual(names(ja[key]));
    }
  });

  it('has a message for every issue code', () => {
    for (const code of ISSUE_CODES) expect(Object.keys(ja)).toContain(`issue.${code}`);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('ja', 'list.deleted', { title: 'A' })).toBe('「A」を削除しました。');
    expect(translate('en', 'list.deleted', { title: 'A' })).toBe('Deleted “A”.');
    expect(translate('en', 'list.deleted', {})).toBe('Deleted “{title}”.');
  });
});
