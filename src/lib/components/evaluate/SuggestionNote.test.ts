import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '$lib/domain/defaults';
import { SUGGESTION_REASON_CODES, type Suggestion, type SuggestionReason } from '$lib/domain/suggestions';
import { loadMessages } from '$lib/i18n/messages';
import { prefs } from '$lib/state/preferences.svelte';
import SuggestionNote from './SuggestionNote.svelte';

/** Every reason code, with every parameter a reason can carry, so no placeholder may stay unfilled. */
const EVERY_REASON: SuggestionReason[] = SUGGESTION_REASON_CODES.map((code) => ({
  code,
  params: {
    attestationId: 'a1',
    type: 'ismap',
    number: 'C99-0001-1',
    status: 'expired',
    rank: 5,
    date: '2028-01-31',
    answer: 'partial',
    types: ['ismap', 'ismapLiu'],
    controls: ['iso27002:15.1.3', 'tsc:CC9.2'],
    control: 'iso27002:12.6.1',
    excluded: '12.6.1.3',
    count: 2,
    subcontractorId: 's1',
    name: 'ソラコンピュート株式会社',
    criterion: 'CC6.1',
    description: 'MFA 未設定',
    criteria: ['CC6.1', 'A1.2']
  }
}));

const exceptionOn = (criterion: string): SuggestionReason => ({
  code: 'exceptionReported',
  params: { attestationId: 'a1', type: 'soc2Type2', number: '', count: 1, criterion, description: 'x' }
});

const html = (suggestion: Suggestion | null) =>
  render(SuggestionNote, { props: { suggestion, rubric: DEFAULT_RUBRIC } }).body;
const B = DEFAULT_RUBRIC[1]!;

describe('SuggestionNote', () => {
  beforeAll(async () => {
    await prefs.loadWork();
    await loadMessages('en', 'work');
  });

  it.each([
    [
      'a level, with its label',
      { verdict: null, level: B.code, basis: [] },
      `提案: ${B.code}（${B.labelJa}）`
    ],
    ['a pass', { verdict: 'pass', level: null, basis: [] }, '提案: 適合'],
    ['a fail', { verdict: 'fail', level: null, basis: [] }, '提案: 不適合'],
    ['no suggestion', { verdict: null, level: null, basis: [] }, '提案なし'],
    ['a level the rubric lacks', { verdict: null, level: 'Z', basis: [] }, '提案なし'],
    [
      'a pass with exceptions',
      { verdict: 'pass', level: null, basis: [exceptionOn('CC6.1'), exceptionOn('CC6.7')] },
      '提案: 適合（例外事項あり: CC6.1, CC6.7）'
    ],
    [
      'a level with an exception',
      { verdict: null, level: B.code, basis: [exceptionOn('A1.2')] },
      `提案: ${B.code}（${B.labelJa}）（例外事項あり: A1.2）`
    ]
  ] as const)('heads %s and says it is only a suggestion', (_, suggestion, headline) => {
    const body = html({ ...suggestion, basis: [...suggestion.basis] });
    expect(body).toContain(headline);
    expect(body).toContain('参考: 証跡からの提案です。採点は評価者が行います。');
    expect(body).not.toContain('<button');
  });

  it('renders nothing without a suggestion', () => {
    expect(html(null)).not.toContain('suggestion');
  });

  it.each(['ja', 'en'] as const)(
    'translates every reason with its parameters filled (%s)',
    async (locale) => {
      await prefs.setLocale(locale);
      const body = html({ verdict: null, level: null, basis: EVERY_REASON });
      const items = [...body.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!);
      expect(items).toHaveLength(SUGGESTION_REASON_CODES.length);
      for (const item of items) {
        expect(item).not.toMatch(/\{\w+\}|suggest\.|undefined/);
      }
      expect(body).toContain(
        locale === 'ja' ? 'ISMAP 登録（C99-0001-1）' : 'ISMAP registration (C99-0001-1)'
      );
      await prefs.setLocale('ja');
    }
  );

  it('renders vendor text as text', () => {
    const hostile: SuggestionReason = {
      code: 'subcontractorNoEvidence',
      params: { name: '<img src=x onerror=alert(1)>' }
    };
    const body = html({ verdict: null, level: null, basis: [hostile] });
    expect(body).not.toContain('<img');
    expect(body).toContain('&lt;img');
  });
});
