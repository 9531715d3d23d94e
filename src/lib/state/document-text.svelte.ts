/**
 * The words and formats of a document shown on a page (the decision memo), in the procurement's
 * document language rather than the screen's. A page sets it for the components below it; they
 * call `documentText()` and use it as they would `prefs`. Its messages load on demand: until they
 * are there, `ready` is false and the page waits, so nothing is drawn in the wrong language. Given
 * the areas the document draws from, it waits for those only (not every stage's texts), then takes
 * the whole part and draws again, so a key missed in that list shows only for a moment.
 */
import { getContext, setContext } from 'svelte';
import {
  DOCUMENT_TIME_ZONE,
  formatDate,
  formatDateTime,
  formatNumber,
  formatYen,
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
import { afterPaint } from '$lib/charts/deferred';
import { areasLoaded, loadAreas, type MessageArea } from '$lib/i18n/message-areas';

const KEY = Symbol('document-text');

/** What a document's components use: `prefs`'s words and formats, in the document's language. */
export interface DocumentWords {
  readonly locale: Locale;
  readonly ready: boolean;
  t(key: MessageKey, params?: MessageParams): string;
  date(iso: string | null, style: DateStyle): string;
  dateTime(iso: string, style: DateStyle): string;
  yen(value: number): string;
  number(value: number, digits?: number): string;
}

export class DocumentText implements DocumentWords {
  readonly locale: Locale;
  #ready = $state(false);
  /** Whether the whole part is in: `t` reads it, so the text is drawn again once it arrives. */
  #whole = $state(false);

  constructor(locale: Locale, areas?: readonly MessageArea[]) {
    this.locale = locale;
    this.#whole = messagesLoaded(locale, 'work');
    this.#ready =
      messagesLoaded(locale, 'core') && (this.#whole || (areas !== undefined && areasLoaded(locale, areas)));
    void this.#load(areas);
  }

  async #load(areas: readonly MessageArea[] | undefined): Promise<void> {
    if (!this.#ready) {
      await Promise.all([
        loadMessages(this.locale, 'core'),
        areas ? loadAreas(this.locale, areas) : loadMessages(this.locale, 'work')
      ]);
      this.#ready = true;
    }
    if (this.#whole) return;
    // Once the document shows: the rest of the stages' texts need not hold it up.
    await afterPaint();
    await loadMessages(this.locale, 'work');
    this.#whole = true;
  }

  get ready(): boolean {
    return this.#ready;
  }

  t = (key: MessageKey, params?: MessageParams): string => {
    void this.#whole;
    return translate(this.locale, key, params);
  };
  /** A document states its own date style (`documentDateStyle`): there is no user default here. */
  date = (iso: string | null, style: DateStyle): string => formatDate(iso, this.locale, style);
  /** Instants in Japan time, as the workbook writes them: a signed document does not follow the PC's zone. */
  dateTime = (iso: string, style: DateStyle): string =>
    formatDateTime(iso, this.locale, style, DOCUMENT_TIME_ZONE);
  yen = (value: number): string => formatYen(value, this.locale);
  number = (value: number, digits?: number): string => formatNumber(value, this.locale, digits);
}

/** Sets the document text for the components below; `current` is read on every use (it may change). */
export function setDocumentText(current: () => DocumentText): void {
  setContext(KEY, current);
}

/** The document text a page set above this component, always the current one. */
export function documentText(): DocumentWords {
  const current = getContext<(() => DocumentText) | undefined>(KEY);
  if (!current) throw new Error('documentText() used outside a page that sets it');
  return {
    get locale() {
      return current().locale;
    },
    get ready() {
      return current().ready;
    },
    t: (key, params) => current().t(key, params),
    date: (iso, style) => current().date(iso, style),
    dateTime: (iso, style) => current().dateTime(iso, style),
    yen: (value) => current().yen(value),
    number: (value, digits) => current().number(value, digits)
  };
}

/** `translate` in a document's language, once its messages are loaded (for file names and notices in files). */
export async function documentTranslator(
  locale: Locale
): Promise<(key: MessageKey, params?: MessageParams) => string> {
  await Promise.all([loadMessages(locale, 'core'), loadMessages(locale, 'work')]);
  return (key, params) => translate(locale, key, params);
}
