// The requirement form of 仕様作成 shows the English wording (what an English pack and the English
// documents print) only for a procurement whose documents are in English, filled with what is stored.
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequirementDraft } from '$lib/domain/spec';
import { prefs } from '$lib/state/preferences.svelte';
import RequirementForm from './RequirementForm.svelte';

const draft: RequirementDraft = {
  ref: 'R-009',
  domain: '12 運用のセキュリティ',
  title: 'ログの取得と監視',
  text: 'ログを取得し監視すること。',
  domainEn: '12 Operations security',
  titleEn: 'Log access and monitoring',
  textEn: 'Describe how logs are collected and monitored.',
  kind: 'scored',
  basePoints: 0,
  points: 5,
  appliesTo: 'csp',
  acceptedAttestations: [],
  controlRefs: ['tsc:CC7.2'],
  sourceRef: null
};

const html = (english: boolean) =>
  render(RequirementForm, {
    props: {
      idPrefix: 'edit',
      draft,
      rubric: [],
      submitLabel: 'save',
      busy: false,
      onSave: () => {},
      english
    }
  }).body;

describe('RequirementForm: English wording', () => {
  beforeAll(async () => {
    await prefs.loadWork();
  });

  it.each([
    ['edit-domain-en', draft.domainEn],
    ['edit-title-en', draft.titleEn]
  ])('an English-document procurement edits %s, filled with the stored English', (id, value) => {
    const body = html(true);
    expect(body).toMatch(new RegExp(`<input id="${id}" lang="en"[^>]*value="${value}"`));
  });

  it('and the English question', () => {
    expect(html(true)).toMatch(
      /<textarea id="edit-text-en" lang="en"[^>]*>[^<]*Describe how logs are collected/
    );
  });

  it('a Japanese-document procurement shows no English fields', () => {
    const body = html(false);
    expect(body).not.toContain('edit-title-en');
    expect(body).not.toContain('Log access and monitoring');
  });
});
