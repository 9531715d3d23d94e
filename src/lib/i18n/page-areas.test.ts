import { readFileSync, readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jaWork } from './messages-work';
import { CORRECTION_AREAS, pageAreas } from './page-areas';

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
/** The label helpers the memo's sections call (reasons, open points, rounding, obligations, changes). */
const MEMO_HELPERS = [
  'results-labels.ts',
  'obligation-labels.ts',
  'audit-summary.ts',
  'format-amount.ts'
].map((name) => new URL(name, import.meta.url));

/**
 * The message keys a file names as literals: in a `t('…')` call (`prefs.t`, a document's `t`) or
 * anywhere else (a column's label, a key chosen by a condition). Other quoted text is no key.
 */
function literalKeys(file: URL): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/'([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+)'/g)]
    .map((match) => match[1] ?? '')
    .filter((key) => Object.hasOwn(jaWork, key));
}

/**
 * Field names a page hands to the write-conflict panel: drawn only on a conflict, after a save,
 * once every text is in (that panel loads then), never on the first frame.
 */
const onConflictOnly = (key: string): boolean => key.startsWith('versions.field.');

/** The keys a helper's functions pass to `t('…')` (its tables for other pages are not the memo's). */
function calledKeys(file: URL): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)].map((match) => match[1] ?? '');
}

/** The keys of the code-to-words tables the memo's sections and helpers look codes up in. */
async function tableKeys(): Promise<string[]> {
  const labels = await import('./labels');
  const results = await import('./results-labels');
  const { registerOutcomeKey } = await import('./register-labels');
  const { TAX_BASIS_KEY } = await import('./format-amount');
  const { auditFieldKey } = await import('./workbook-labels');
  const tables: Readonly<Record<string, string>>[] = [
    labels.roleKey,
    labels.actionKey,
    labels.attestationTypeKey,
    labels.criticalityKey,
    labels.subserviceMethodKey,
    labels.kindKey,
    labels.answerKey,
    results.standingKey,
    results.bidStatusKey,
    results.lowBidKey,
    results.attestationStatusKey,
    results.priceMethodKey,
    results.priceFormulaKey,
    results.passRuleKey,
    results.roundingModeKey,
    results.openPointPlaceKey,
    registerOutcomeKey,
    TAX_BASIS_KEY,
    auditFieldKey
  ];
  return tables.flatMap((table) => Object.values(table));
}

describe('the memo’s areas', () => {
  // The memo waits for these areas only (the whole part follows): a key outside them would show
  // as its key in the document until then.
  it.each(['ja', 'en'] as const)(
    'give every message the memo and the labels it looks up name (%s), without the whole part',
    async (locale) => {
      const { translate, messagesLoaded } = await import('./messages');
      const { loadAreas } = await import('./message-areas');
      if (locale === 'en') await (await import('./messages')).loadMessages('en', 'core');
      await loadAreas(locale, pageAreas('memo'));
      expect(messagesLoaded(locale, 'work')).toBe(false);
      // Without corrections: everything the memo's own files name.
      const own = MEMO_FILES.flatMap(literalKeys);
      expect(own.filter((key) => translate(locale, key as never) === key)).toEqual([]);
      // With corrections, it waits for their areas too: the actions' names, the change in words.
      await loadAreas(locale, CORRECTION_AREAS);
      const keys = [
        ...MEMO_FILES.flatMap(literalKeys),
        ...MEMO_HELPERS.flatMap(calledKeys),
        ...(await tableKeys())
      ];
      expect(keys.length).toBeGreaterThan(200);
      const missing = keys.filter((key) => translate(locale, key as never) === key);
      expect(missing).toEqual([]);
    }
  );
});

const COLLECT = new URL('../components/collect/', import.meta.url);
const COMMON = new URL('../components/common/', import.meta.url);
const CRITERIA = new URL('../components/criteria/', import.meta.url);

/**
 * What the collect, criteria, vendor and answers pages draw before they are usable: the page, the
 * components it shows at once, and the keys it looks up in label maps rather than names as literals.
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
  collect: {
    files: [
      new URL('../../routes/procurement/collect/+page.svelte', import.meta.url),
      ...['FrozenNotice', 'AllPacksExport', 'VendorTable', 'TextTooLongAlert'].map(
        (name) => new URL(`${name}.svelte`, COLLECT)
      ),
      ...['MoveButtons', 'RemoveButton'].map((name) => new URL(`${name}.svelte`, COMMON))
    ],
    maps: async () => []
  },
  criteria: {
    files: [
      new URL('../../routes/procurement/criteria/+page.svelte', import.meta.url),
      ...[
        'ScoringSettingsForm',
        'PriceSettingsFields',
        'RubricEditor',
        'ScoringRuleFields',
        'StatedRatioFields',
        'AmountField'
      ].map((name) => new URL(`${name}.svelte`, CRITERIA))
    ],
    maps: async () => [(await import('./procurement-labels')).kindKey]
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
        ...files.flatMap(literalKeys).filter((key) => !onConflictOnly(key)),
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
      const keys = SHEET_FILES.flatMap(literalKeys).filter((key) => !onConflictOnly(key));
      expect(keys.length).toBeGreaterThan(30);
      const missing = keys.filter((key) => translate(locale, key as never) === key);
      expect(missing).toEqual([]);
    }
  );
});
