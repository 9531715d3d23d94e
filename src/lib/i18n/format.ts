/**
 * Intl formatters for the numbers, yen amounts and dates users read. Dates are Western by default
 * (2025年4月28日) or 和暦 (令和7年4月28日) through the `ja-JP-u-ca-japanese` calendar.
 */
export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The language of a first visit, before the user has chosen one: English when the browser's most
 * preferred language is English, else Japanese (the default, also for any other language).
 */
export function firstVisitLocale(languages: readonly string[]): Locale {
  const first = languages.find((tag) => typeof tag === 'string' && tag.trim() !== '');
  return first && /^en(?:-|$)/i.test(first.trim()) ? 'en' : 'ja';
}
export const DATE_STYLES = ['western', 'japanese'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

const tags: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

/** One formatter per locale and digits: making one costs far more than formatting (a sheet formats thousands). */
const numberFormats = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 4): string {
  const key = `${locale}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tags[locale], { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function formatYen(value: number, locale: Locale): string {
  if (locale === 'ja') return `${formatNumber(value, 'ja', 3)}円`;
  return cached(
    numberFormats,
    'en|yen',
    () =>
      new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'JPY', currencyDisplay: 'narrowSymbol' })
  ).format(value);
}

/** The formatter kept under `key`, made once (see `numberFormats`). */
function cached<F>(formats: Map<string, F>, key: string, make: () => F): F {
  let format = formats.get(key);
  if (!format) formats.set(key, (format = make()));
  return format;
}

/** One date formatter per tag and options, for the same reason: a list formats a date per row. */
const dateFormats = /* @__PURE__ */ new Map<string, Intl.DateTimeFormat>();

function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(
    dateFormats,
    `${tag}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(tag, options)
  );
}

function calendarTag(locale: Locale, style: DateStyle): string {
  return style === 'japanese' ? `${tags[locale]}-u-ca-japanese` : tags[locale];
}

/** `YYYY-MM-DD` as a calendar date, read in UTC so the day never shifts with the time zone. */
export function formatDate(isoDate: string | null, locale: Locale, style: DateStyle): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const options: Intl.DateTimeFormatOptions = {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric'
  };
  if (style === 'japanese') options.era = 'long';
  return dateFormat(calendarTag(locale, style), options).format(date);
}

/** The time zone of the documents an auditor reads (the workbook): Japan's, wherever it is built. */
export const DOCUMENT_TIME_ZONE = 'Asia/Tokyo';

/**
 * An instant to the second (audit entries): in the user's own time zone, or in `timeZone` (the
 * workbook is built in a worker, whose zone need not be the reader's).
 */
export function formatDateTime(iso: string, locale: Locale, style: DateStyle, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = {
    ...(timeZone ? { timeZone } : {}),
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit'
  };
  if (style === 'japanese') options.era = 'short';
  return dateFormat(calendarTag(locale, style), options).format(date);
}

/** A weekday (0 = Sunday … 6 = Saturday) by name: 日曜日, Sunday. */
export function formatWeekday(day: number, locale: Locale): string {
  // 2023-01-01 was a Sunday.
  const date = new Date(Date.UTC(2023, 0, 1 + (((day % 7) + 7) % 7)));
  return new Intl.DateTimeFormat(tags[locale], { weekday: 'long', timeZone: 'UTC' }).format(date);
}

export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, locale, unit === 0 ? 0 : 1)} ${units[unit]}`;
}

/** A rubric level as users read it, e.g. 「B 優れている」; '' for a code not in the rubric. */
export function formatLevel(
  rubric: readonly { code: string; labelJa: string; labelEn: string }[],
  code: string | null,
  locale: Locale
): string {
  const level = rubric.find((l) => l.code === code);
  return level ? `${level.code} ${locale === 'ja' ? level.labelJa : level.labelEn}` : '';
}
