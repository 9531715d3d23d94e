import { readFileSync, readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jaWork } from './messages-work';
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
