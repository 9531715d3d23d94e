/**
 * The user's preferences on this device: language, date style and the name recorded in the audit
 * trail. Kept in localStorage so the first paint is already in the right language.
 */
import {
  DATE_STYLES,
  LOCALES,
  formatBytes,
  formatDate,
  formatDateTime,
  formatNumber,
  formatYen,
  firstVisitLocale,
  type DateStyle,
  type Locale
} from '$lib/i18n/format';
import {
  loadMessages,
  messagesLoaded,
  translate,
  type MessageKey,
  type MessageParams
} from '$lib/i18n/messages';

const KEYS = { locale: 'sentei.locale', dateStyle: 'sentei.dateStyle', actor: 'sentei.actor' } as const;

function read<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const value = globalThis.localStorage?.getItem(key);
    return allowed.includes(value as T) ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the preference lasts for this visit only.
  }
}

class Preferences {
  // A choice made before wins; a first visit follows the browser's most preferred language.
  #locale = $state<Locale>(
    read(KEYS.locale, LOCALES, firstVisitLocale(globalThis.navigator?.languages ?? []))
  );
  /** False while the chosen language's messages are still loading (only ever at start-up). */
  #ready = $state(messagesLoaded(this.#locale));
  /** The workspace stages' messages are loaded (they are not needed on the first page). */
  #workReady = $state(false);
  #dateStyle = $state<DateStyle>(read(KEYS.dateStyle, DATE_STYLES, 'western'));
  #actor = $state<string>(globalThis.localStorage?.getItem(KEYS.actor) ?? '');

  constructor() {
    if (!this.#ready) void loadMessages(this.#locale).finally(() => (this.#ready = true));
  }

  get locale(): Locale {
    return this.#locale;
  }
  get ready(): boolean {
    return this.#ready;
  }
  get workReady(): boolean {
    return this.#workReady;
  }

  /** Loads the workspace stages' messages (Japanese, and the chosen language). */
  async loadWork(): Promise<void> {
    await loadMessages('ja', 'work');
    if (this.#locale !== 'ja') await loadMessages(this.#locale, 'work');
    this.#workReady = true;
  }
  get dateStyle(): DateStyle {
    return this.#dateStyle;
  }
  /** The name recorded in audit entries; empty until the user sets it. */
  get actor(): string {
    return this.#actor;
  }
  /** The name to record, with a visible placeholder when none is set. */
  get actorForAudit(): string {
    return this.#actor.trim() || translate(this.#locale, 'appSettings.actorUnset');
  }

  async setLocale(locale: Locale): Promise<void> {
    write(KEYS.locale, locale);
    await loadMessages(locale);
    if (this.#workReady) await loadMessages(locale, 'work');
    this.#locale = locale;
  }
  setDateStyle(style: DateStyle): void {
    this.#dateStyle = style;
    write(KEYS.dateStyle, style);
  }
  setActor(name: string): void {
    this.#actor = name.trim();
    write(KEYS.actor, this.#actor);
  }

  t = (key: MessageKey, params?: MessageParams): string => translate(this.#locale, key, params);
  /** In the user's date style, or in a document's own (`documentDateStyle`) when given. */
  date = (iso: string | null, style: DateStyle = this.#dateStyle): string =>
    formatDate(iso, this.#locale, style);
  dateTime = (iso: string, style: DateStyle = this.#dateStyle): string =>
    formatDateTime(iso, this.#locale, style);
  yen = (value: number): string => formatYen(value, this.#locale);
  number = (value: number, digits?: number): string => formatNumber(value, this.#locale, digits);
  bytes = (value: number): string => formatBytes(value, this.#locale);
}

export const prefs = new Preferences();
