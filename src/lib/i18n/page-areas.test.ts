import { readFileSync, readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pageAreas } from './page-areas';

beforeEach(() => {
  vi.resetModules();
});

const RESULTS = new URL('../components/results/', import.meta.url);
const MEMO_FILES = [
  new URL('../../routes/procurement/memo/+page.svelte', import.meta.url),
  ...readdirSync(RESULTS)
    .filter((name) => name === 'DecisionMemo.svelte' || name.startsWith('Memo'))
    .map((name) => new URL(name, RESULTS))
];

/** The keys a file names as literals in a `t('…')` call (`prefs.t`, a document's `t`). */
function literalKeys(file: URL): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)].map((match) => match[1] ?? '');
}

describe('the memo’s areas', () => {
  // The memo waits for these areas only (the whole part follows): a key outside them would show
  // as its key in the document until then.
  it.each(['ja', 'en'] as const)(
    'give every message the memo names (%s), without the whole part',
    async (locale) => {
      const { translate, messagesLoaded } = await import('./messages');
      const { loadAreas } = await import('./message-areas');
      if (locale === 'en') await (await import('./messages')).loadMessages('en', 'core');
      await loadAreas(locale, pageAreas('memo'));
      expect(messagesLoaded(locale, 'work')).toBe(false);
      const keys = MEMO_FILES.flatMap(literalKeys);
      expect(keys.length).toBeGreaterThan(50);
      const missing = keys.filter((key) => translate(locale, key as never) === key);
      expect(missing).toEqual([]);
    }
  );
});

const COLLECT = new URL('../components/collect/', import.meta.url);
const COMMON = new URL('../components/common/', import.meta.url);

/**
 * What the vendor and answers pages draw before they are usable: the page, the components it shows
 * at once, and the keys it looks up in label maps rather than names as literals.
 */
const FIRST_FRAME = {
  vendor: {
    files: [
      new URL('../../routes/procurement/vendor/+page.svelte', import.meta.url),
      ...['FrozenNotice', 'VendorForm', 'AttestationList', 'AttestationSummary'].map(
        (name) => new URL(`${name}.svelte`, COLLECT)
      ),
      new URL('RemoveButton.svelte', COMMON)
    ],
    maps: async () => [
      ...Object.values(await import('./attestation-fact-labels')),
      (await import('./attestation-labels')).attestationTypeKey
    ]
  },
  answers: {
    files: [
      new URL('../../routes/procurement/answers/+page.svelte', import.meta.url),
      ...['FrozenNotice', 'AnswerTable'].map((name) => new URL(`${name}.svelte`, COLLECT))
    ],
    maps: async () => [
      (await import('./answer-labels')).answerKey,
      (await import('./procurement-labels')).kindKey
    ]
  }
} as const;

describe.each(Object.keys(FIRST_FRAME) as (keyof typeof FIRST_FRAME)[])('the %s page’s areas', (page) => {
  // The page shows once these areas are in (the whole part follows): a key outside them would show
  // as its key on the first frame.
  it.each(['ja', 'en'] as const)(
    'give every message it draws first (%s), without the whole part',
    async (locale) => {
      const { translate, messagesLoaded, loadMessages } = await import('./messages');
      const { loadAreas } = await import('./message-areas');
      if (locale === 'en') await loadMessages('en', 'core');
      await loadAreas(locale, pageAreas(page));
      expect(messagesLoaded(locale, 'work')).toBe(false);
      const { files, maps } = FIRST_FRAME[page];
      const keys = [
        ...files.flatMap(literalKeys),
        ...(await maps()).flatMap((map) => Object.values(map as Record<string, string>))
      ];
      expect(keys.length).toBeGreaterThan(20);
      const missing = keys.filter((key) => translate(locale, key as never) === key);
      expect(missing).toEqual([]);
    }
  );
});

describe('the grading sheet’s areas', () => {
  // What 評価 draws before its sheet is usable; its other parts (the passphrase forms, the chair's
  // panel, the suggestions) load after it, with every area.
  const SHEET_FILES = [
    '../../routes/procurement/evaluate/+page.svelte',
    '../components/evaluate/EvaluateSteps.svelte',
    '../components/evaluate/SheetKeys.svelte',
    '../components/evaluate/GradingSheet.svelte',
    '../components/evaluate/GradeRow.svelte',
    '../components/evaluate/AnswerCell.svelte',
    '../components/common/ProgressBar.svelte'
  ].map((path) => new URL(path, import.meta.url));

  it.each(['ja', 'en'] as const)(
    'give every message the sheet names (%s), without the whole part',
    async (locale) => {
      const { translate, messagesLoaded } = await import('./messages');
      const { loadAreas } = await import('./message-areas');
      if (locale === 'en') await (await import('./messages')).loadMessages('en', 'core');
      await loadAreas(locale, pageAreas('evaluate'));
      expect(messagesLoaded(locale, 'work')).toBe(false);
      const keys = SHEET_FILES.flatMap(literalKeys);
      expect(keys.length).toBeGreaterThan(30);
      const missing = keys.filter((key) => translate(locale, key as never) === key);
      expect(missing).toEqual([]);
    }
  );
});
