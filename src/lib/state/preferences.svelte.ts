/**
 * The user's preferences on this device: language, date style and the operator (氏名・所属) recorded
 * in the audit trail. Kept in localStorage, per browser profile: the first paint is already in the
 * right language, and every write reads the operator synchronously. None of it goes into a backup:
 * a backup restored on another PC must not act under this PC's name.
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
import type { MessageArea, loadAreas as LoadAreas } from '$lib/i18n/message-areas';
import {
  hasArea,
  loadMessages,
  messagesLoaded,
  translate,
  type MessageKey,
  type MessageParams
} from '$lib/i18n/messages';
import { operatorLabel, type Operator } from '$lib/domain/operator';

const KEYS = {
  locale: 'sentei.locale',
  dateStyle: 'sentei.dateStyle',
  actor: 'sentei.actor',
  affiliation: 'sentei.affiliation'
} as const;

function readText(key: string): string {
  try {
    return globalThis.localStorage?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

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
  /** Counts the areas of the workspace messages loaded so far, so `areasReady` is reactive. */
  #areaLoads = $state(0);
  #areas = new Set<MessageArea>();
  #loadAreas: typeof LoadAreas | null = null;
  #dateStyle = $state<DateStyle>(read(KEYS.dateStyle, DATE_STYLES, 'western'));
  #actor = $state<string>(readText(KEYS.actor));
  #affiliation = $state<string>(readText(KEYS.affiliation));

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

  /**
   * Loads some areas of the workspace messages (Japanese, and the chosen language): what a page
   * opened cold needs before it shows; the rest follows with `loadWork`. The loader
   * (`message-areas.ts`) is passed in by the page, so the first page does not carry it.
   */
  async loadAreas(areas: readonly MessageArea[], loadAreas: typeof LoadAreas): Promise<void> {
    this.#loadAreas = loadAreas;
    if (this.areasReady(areas)) return;
    for (const area of areas) this.#areas.add(area);
    await loadAreas('ja', areas);
    if (this.#locale !== 'ja') await loadAreas(this.#locale, areas);
    this.#areaLoads++;
  }
  /** Whether those areas' messages are there, in Japanese and the chosen language. */
  areasReady(areas: readonly MessageArea[]): boolean {
    void this.#areaLoads;
    return areas.every((area) => hasArea('ja', area) && hasArea(this.#locale, area));
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
  /** The operator at this browser, or null until a name is set. */
  get operator(): Operator | null {
    const name = this.#actor.trim();
    return name === '' ? null : { name, affiliation: this.#affiliation.trim() };
  }
  /** The operator as audit entries record them (氏名（所属）), with a visible placeholder when none is set. */
  get actorForAudit(): string {
    const operator = this.operator;
    return operator
      ? operatorLabel(operator, this.#locale)
      : translate(this.#locale, 'appSettings.actorUnset');
  }

  async setLocale(locale: Locale): Promise<void> {
    write(KEYS.locale, locale);
    await loadMessages(locale);
    if (this.#workReady) await loadMessages(locale, 'work');
    else await this.#loadAreas?.(locale, [...this.#areas]);
    this.#locale = locale;
  }
  setDateStyle(style: DateStyle): void {
    this.#dateStyle = style;
    write(KEYS.dateStyle, style);
  }
  /** Stores the operator (already checked by `checkOperator`). */
  setOperator(operator: Operator): void {
    this.#actor = operator.name;
    this.#affiliation = operator.affiliation;
    write(KEYS.actor, operator.name);
    write(KEYS.affiliation, operator.affiliation);
  }

  t = (key: MessageKey, params?: MessageParams): string => {
    // Until every workspace message is loaded, a message of an area not loaded yet shows its key,
    // or its Japanese when only the Japanese area is there: every text read before then is drawn
    // again once all are (reading the flag subscribes to it).
    void this.#workReady;
    return translate(this.#locale, key, params);
  };
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
