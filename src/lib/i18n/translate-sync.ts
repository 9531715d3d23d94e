/**
 * Every message of both parts, imported statically, for code that builds a file in one go and
 * cannot wait for `loadMessages`: the scoring workbook (in a worker, which has no loaded tables)
 * and the ranking CSV, in the locale asked for rather than the page's. Plain TypeScript only: no
 * Svelte and no DOM, so a worker may import it.
 */
import type { Locale } from './format';
import { fillMessage, ja, type MessageKey, type MessageParams } from './messages';
import { en } from './messages-en';
import { jaWork } from './messages-work';
import { enWork } from './messages-work-en';
import type { Translate } from './results-labels';

const TABLES: Record<Locale, Record<MessageKey, string>> = {
  ja: { ...ja, ...jaWork },
  en: { ...en, ...enWork }
};

/** `translate` for one locale, with every message already there. */
export function syncTranslator(locale: Locale): Translate {
  const table = TABLES[locale];
  return (key: MessageKey, params?: MessageParams) => fillMessage(table[key], params);
}
