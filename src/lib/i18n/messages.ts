/**
 * Every user-facing string, Japanese first (the default) and English. Keys are static: the
 * English table must have exactly the Japanese keys, so a missing or misspelt key is a type error.
 * `{name}` placeholders are filled by `translate`.
 */
import { visibleText } from '$lib/domain/visible-text';
import type { Locale } from './format';
import { PLURAL_PLACEHOLDER, pluralForm } from './plural';
import { ja } from './messages-core';
import type * as Work from './messages-work';

export { ja };

/** Keys of the messages every page may show (built in, Japanese). */
export type CoreKey = keyof typeof ja;
/** Keys of the workspace stages' messages, loaded when a procurement is opened. */
export type WorkKey = keyof typeof Work.jaWork;
export type MessageKey = CoreKey | WorkKey;

/** Two parts per language: `core` for every page, `work` for the workspace stages. */
export type MessagePart = 'core' | 'work';
type Table = Readonly<Record<string, string>>;
const tables: Record<Locale, Partial<Record<MessagePart, Table>>> = { ja: { core: ja }, en: {} };

async function importPart(locale: Locale, part: MessagePart): Promise<Table> {
  if (part === 'core') return (await import('./messages-en')).en;
  return locale === 'ja'
    ? (await import('./messages-work')).jaWork
    : (await import('./messages-work-en')).enWork;
}

/** Loads one part of a language's messages; until then its texts fall back to Japanese, then to the key. */
export async function loadMessages(locale: Locale, part: MessagePart = 'core'): Promise<void> {
  if (tables[locale][part]) return;
  tables[locale][part] = await importPart(locale, part);
}

/**
 * Areas of the workspace messages loaded before the whole part (`message-areas.ts` loads them, so
 * the first page does not carry the loaders): a workspace page opened cold waits only for its own.
 */
const areaTables: Record<Locale, Record<string, Table>> = { ja: {}, en: {} };

/** Adds one area's table of a language (nothing once the whole part is there). */
export function addArea(locale: Locale, area: string, table: Table): void {
  if (!tables[locale].work) areaTables[locale][area] = table;
}

/** Whether a language has the area's messages, by itself or with the whole part. */
export function hasArea(locale: Locale, area: string): boolean {
  return tables[locale].work !== undefined || areaTables[locale][area] !== undefined;
}

/** The first table among a language's loaded areas that has the key. */
function inAreas(locale: Locale, key: string): string | undefined {
  for (const table of Object.values(areaTables[locale])) {
    const text = table[key];
    if (text !== undefined) return text;
  }
  return undefined;
}

export function messagesLoaded(locale: Locale, part: MessagePart = 'core'): boolean {
  return tables[locale][part] !== undefined;
}

export type MessageParams = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const own = tables[locale];
  const template =
    own.core?.[key] ??
    own.work?.[key] ??
    inAreas(locale, key) ??
    tables.ja.core?.[key] ??
    tables.ja.work?.[key] ??
    inAreas('ja', key) ??
    key;
  return fillMessage(template, params && shownParams(params));
}

/**
 * Parameters as the screen shows them: a file or vendor name in a notice has its bidi controls and
 * zero-width characters made visible, so it cannot reverse or hide the words around it. Only for
 * the page; exports fill their messages through `fillMessage` with the text as stored.
 */
function shownParams(params: MessageParams): MessageParams {
  const shown: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    shown[name] = typeof value === 'string' ? visibleText(value) : value;
  }
  return shown;
}

/**
 * A message's `{name}` placeholders filled from `params`, and its English plurals
 * `{name|one|other}` chosen by the value (`plural.ts`); one without a value stays as written.
 */
export function fillMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  const has = (name: string) => Object.prototype.hasOwnProperty.call(params, name);
  return template
    .replace(PLURAL_PLACEHOLDER, (whole, name: string, one: string, other: string) =>
      has(name) ? pluralForm(params[name]!, one, other) : whole
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (has(name) ? String(params[name]) : whole));
}
