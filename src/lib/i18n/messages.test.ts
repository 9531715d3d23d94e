import { beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '$lib/domain/issues';
import { fillMessage, ja, loadMessages, messagesLoaded, translate } from './messages';
import { en } from './messages-en';
import { jaImport } from './messages-import';
import { jaWork } from './messages-work';
import { enWork } from './messages-work-en';

const jaAll: Record<string, string> = { ...ja, ...jaWork };
const enAll: Record<string, string> = { ...en, ...enWork };

describe('messages', () => {
  it('has the same keys in Japanese and English in each part, none empty, no key in both parts', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
    expect(Object.keys(enWork).sort()).toEqual(Object.keys(jaWork).sort());
    expect(Object.keys(ja).filter((key) => key in jaWork)).toEqual([]);
    for (const [key, text] of [...Object.entries(jaAll), ...Object.entries(enAll)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(jaAll)) {
      expect(names(enAll[key]!), key).toEqual(names(jaAll[key]!));
    }
  });

  it('has a message for every issue code: in the part every page has, or with the workspace for what only its pages report', () => {
    const workspaceOnly = Object.keys(jaImport).map((key) => key.replace(/^issue\./, ''));
    for (const code of ISSUE_CODES) {
      const where = [`issue.${code}` in ja, `issue.${code}` in jaImport].filter(Boolean);
      expect(where, code).toHaveLength(1);
    }
    // Only spreadsheet imports, the criteria lock and the post-close correction, all on workspace
    // pages (whose messages are loaded before they show), may keep their messages out of the core.
    expect(workspaceOnly.every((code) => (ISSUE_CODES as readonly string[]).includes(code))).toBe(true);
    for (const code of ['fileTooLarge', 'notJson', 'wrongFileType', 'futureVersion', 'brokenAuditChain']) {
      expect(workspaceOnly).not.toContain(code);
    }
  });

  describe('loading', () => {
    beforeAll(async () => {
      await loadMessages('en');
    });

    it('fills placeholders and leaves unknown ones visible', () => {
      expect(translate('ja', 'list.deleted', { title: 'A' })).toBe('「A」を削除しました。');
      expect(translate('en', 'list.deleted', { title: 'A' })).toBe('Deleted “A”.');
      expect(translate('en', 'list.deleted', {})).toBe('Deleted “{title}”.');
    });

    it('shows a file or vendor name with its bidi controls and zero-width characters made visible', () => {
      const name = 'report\u202Efdp.exe';
      expect(translate('ja', 'list.deleted', { title: name })).toBe(
        '「report⟦U+202E⟧fdp.exe」を削除しました。'
      );
      expect(translate('en', 'list.deleted', { title: '\u2067A\u200B' })).toBe(
        'Deleted “⟦U+2067⟧A⟦U+200B⟧”.'
      );
      // The plain filler (exports) keeps the text as given.
      expect(fillMessage('「{title}」', { title: name })).toBe(`「${name}」`);
    });

    it('shows a workspace message only once its part is loaded, falling back to the key', async () => {
      expect(messagesLoaded('ja', 'work')).toBe(false);
      expect(translate('ja', 'spec.save')).toBe('spec.save');
      await loadMessages('ja', 'work');
      expect(translate('ja', 'spec.save')).toBe('保存');
      // English work messages not loaded yet: Japanese stands in rather than a bare key.
      expect(translate('en', 'spec.save')).toBe('保存');
      await loadMessages('en', 'work');
      expect(translate('en', 'spec.save')).toBe('Save');
    });
  });
});
