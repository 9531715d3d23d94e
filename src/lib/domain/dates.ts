/**
 * One reading of a date as vendors write it, for every import: 和暦 (令和5年10月1日, R5.10.1, 平31.4.30,
 * 元年), Western with the year first (2025年4月1日, 2025/4/1, 2025-04-01), ISO 8601 with a time
 * (2026-03-31T00:00:00Z: the calendar date as written), English month names (31 Mar 2026, March 31,
 * 2026, Mar 31 2026, 31-Mar-2026, 31-Mar-26), full-width or not, with an optional weekday in brackets.
 * A numeric date with the year last or two digits only (03/31/2026, 31/03/26) is read in the order
 * the caller gives (`NumericDateOrder`, from the procurement): m/d/y or d/m/y; under y/m/d (the
 * Japanese default) it is `ambiguousDate`, never a guess. A two-digit year follows Excel: 00–29 are
 * 2000–2029, 30–99 are 1930–1999. Text that is no date is `invalidDate`; a date the calendar does
 * not have (2月30日, 02/30/2026, 令和0年, 令和元年4月30日) is `impossibleDate`; a year past its era's end
 * (平成32年) is read as the Western date with the warning `eraOverrun`; a weekday the date does not
 * fall on (令和5年10月1日(月): a Sunday) keeps the date, with the warning `weekdayMismatch` naming the
 * true weekday. Excel serials and SheetJS `Date`s have their own entry points. Blank text is the
 * caller's to treat as "no date" before asking.
 */
import type { IsoDate } from './model';

export type DateError = 'invalidDate' | 'impossibleDate' | 'ambiguousDate';
/**
 * How a numeric date whose year is not written first with four digits is read: month first (US),
 * day first, or not at all (`ymd`: such a date is `ambiguousDate`). A four-digit year written
 * first is always year/month/day.
 */
export const NUMERIC_DATE_ORDERS = ['ymd', 'mdy', 'dmy'] as const;
export type NumericDateOrder = (typeof NUMERIC_DATE_ORDERS)[number];
export interface DateTextOptions {
  /** Default `ymd`. */
  order?: NumericDateOrder;
}
export type DateWarning = 'eraOverrun' | 'weekdayMismatch';
/** `weekday`: with `weekdayMismatch`, the day the date really falls on (0 = Sunday … 6 = Saturday). */
export type DateReading = { date: IsoDate; warning?: DateWarning; weekday?: number } | { error: DateError };

interface Era {
  /** The Western year of the era's 元年. */
  year1: number;
  /** First and last day the era's numbering is in force (`YYYY-MM-DD`; null: still in force). */
  first: IsoDate;
  last: IsoDate | null;
}

/**
 * 明治 is counted only from 明治6年1月1日 (1873-01-01), when Japan took up the Gregorian calendar; an
 * earlier 明治 date is a lunar-calendar date that this reading would convert wrongly.
 */
const ERAS = {
  meiji: { year1: 1868, first: '1873-01-01', last: '1912-07-29' },
  taisho: { year1: 1912, first: '1912-07-30', last: '1926-12-24' },
  showa: { year1: 1926, first: '1926-12-25', last: '1989-01-07' },
  heisei: { year1: 1989, first: '1989-01-08', last: '2019-04-30' },
  reiwa: { year1: 2019, first: '2019-05-01', last: null }
} as const satisfies Record<string, Era>;

/** Every way the era is written: name, one-character abbreviation, initial (either case). */
const ERA_BY_PREFIX: Record<string, Era> = {
  明治: ERAS.meiji,
  明: ERAS.meiji,
  m: ERAS.meiji,
  大正: ERAS.taisho,
  大: ERAS.taisho,
  t: ERAS.taisho,
  昭和: ERAS.showa,
  昭: ERAS.showa,
  s: ERAS.showa,
  平成: ERAS.heisei,
  平: ERAS.heisei,
  h: ERAS.heisei,
  令和: ERAS.reiwa,
  令: ERAS.reiwa,
  r: ERAS.reiwa
};

// Dashes a Japanese IME may give for "-" (NFKC leaves these alone), the long-vowel mark among them.
const SEP = '[-/.\\u2010-\\u2015\\u2212\\u30FC]';
const MONTH_DAY = `(?:年(\\d{1,2})月(\\d{1,2})日|${SEP}(\\d{1,2})${SEP}(\\d{1,2}))`;
const ERA_DATE = new RegExp(
  `^(明治|大正|昭和|平成|令和|[明大昭平令]|[mtshr])(\\d{1,3}|元)${MONTH_DAY}$`,
  'i'
);
const WESTERN_DATE = new RegExp(`^(\\d{4})${MONTH_DAY}$`);
/** A trailing weekday: (火), (火曜), (火曜日), (Tue), (Tuesday). */
const WEEKDAY =
  /\(([月火水木金土日])(?:曜日?)?\)$|\((mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?\)$/i;
const WEEKDAY_JA = '日月火水木金土';
const WEEKDAY_EN = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** Full English names, so that (Tues) or (Wedday) are not taken for weekdays. */
const WEEKDAY_EN_FULL = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The weekday a trailing bracket names (0 = Sunday), null without one; `undefined`: not a weekday. */
function writtenWeekday(match: RegExpExecArray | null): number | null | undefined {
  if (!match) return null;
  if (match[1]) return WEEKDAY_JA.indexOf(match[1]);
  const word = match[0].slice(1, -1).replace(/\.$/, '').toLowerCase();
  const short = WEEKDAY_EN.indexOf(word);
  if (short >= 0) return short;
  const full = WEEKDAY_EN_FULL.indexOf(word);
  return full >= 0 ? full : undefined;
}

/** The weekday of an ISO date (0 = Sunday). */
export function weekdayOf(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The ISO date of that day, or null when the calendar has no such day (2月30日, 13月, day 0). */
export function isoDateOf(year: number, month: number, day: number): IsoDate | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (day > days) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Month and day from whichever of the two forms (年月日 or separators) matched. */
function monthDay(match: RegExpExecArray, from: number): [number, number] {
  return [Number(match[from] ?? match[from + 2]), Number(match[from + 1] ?? match[from + 3])];
}

function readEraDate(match: RegExpExecArray): DateReading {
  const era = ERA_BY_PREFIX[(match[1] ?? '').toLowerCase()];
  if (!era) return { error: 'invalidDate' };
  const eraYear = match[2] === '元' ? 1 : Number(match[2]);
  const [month, day] = monthDay(match, 3);
  const date = eraYear >= 1 ? isoDateOf(era.year1 + eraYear - 1, month, day) : null;
  // ISO dates compare as text.
  if (date === null || date < era.first) return { error: 'impossibleDate' };
  if (era.last !== null && date > era.last) return { date, warning: 'eraOverrun' };
  return { date };
}

/** Excel's two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999. */
export function fullYear(written: string): number {
  const year = Number(written);
  if (written.length !== 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function dated(year: number, month: number, day: number): DateReading {
  const date = isoDateOf(year, month, day);
  return date === null ? { error: 'impossibleDate' } : { date };
}

/** Two numbers, then the year last (four digits) or two digits: 03/31/2026, 31.03.26. */
const NUMERIC_DATE = new RegExp(`^(\\d{1,2})${SEP}(\\d{1,2})${SEP}(\\d{4}|\\d{2})$`);

function readNumericDate(match: RegExpExecArray, order: NumericDateOrder): DateReading {
  if (order === 'ymd') return { error: 'ambiguousDate' };
  const [first, second] = [Number(match[1]), Number(match[2])];
  const [month, day] = order === 'mdy' ? [first, second] : [second, first];
  return dated(fullYear(match[3] ?? ''), month, day);
}

/** English month names: the full name, its first three letters, and Sept. */
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
];

function monthNumber(word: string): number | null {
  const lower = word.toLowerCase();
  const index = MONTHS.findIndex(
    (name) => lower === name || lower === name.slice(0, 3) || (name === 'september' && lower === 'sept')
  );
  return index < 0 ? null : index + 1;
}

// On the compact text (spaces removed): a day of one or two digits, a year of two or four, so
// the digits of "Mar312026" split one way only.
const ORDINAL = '(?:st|nd|rd|th)?';
const EN_SEP = '[-/.,]*';
/** 31 Mar 2026, 31-Mar-26, 31st March, 2026. */
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})${ORDINAL}${EN_SEP}([a-z]+)\\.?${EN_SEP}(\\d{4}|\\d{2})$`, 'i');
/** March 31, 2026; Mar 31 2026; Mar. 31st, 2026. */
const MONTH_DAY_YEAR = new RegExp(`^([a-z]+)\\.?${EN_SEP}(\\d{1,2})${ORDINAL}${EN_SEP}(\\d{4}|\\d{2})$`, 'i');

function readEnglishDate(value: string): DateReading | null {
  const dayFirst = DAY_MONTH_YEAR.exec(value);
  const monthFirst = dayFirst ? null : MONTH_DAY_YEAR.exec(value);
  if (!dayFirst && !monthFirst) return null;
  const [dayText, monthText, yearText] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : [monthFirst?.[2], monthFirst?.[1], monthFirst?.[3]];
  const month = monthNumber(monthText ?? '');
  if (month === null) return { error: 'invalidDate' };
  return dated(fullYear(yearText ?? ''), month, Number(dayText));
}

function readDate(value: string, order: NumericDateOrder): DateReading {
  const era = ERA_DATE.exec(value);
  if (era) return readEraDate(era);
  const western = WESTERN_DATE.exec(value);
  if (western) {
    const [month, day] = monthDay(western, 2);
    return dated(Number(western[1]), month, day);
  }
  const numeric = NUMERIC_DATE.exec(value);
  if (numeric) return readNumericDate(numeric, order);
  return readEnglishDate(value) ?? { error: 'invalidDate' };
}

/**
 * ISO 8601 with a time of day (2026-03-31T00:00:00Z, 2026-03-31 09:00+09:00): the calendar date as
 * written, whatever the offset — the vendor wrote that day.
 */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d|60)(?:[.,]\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?$/i;

function readIsoDateTime(value: string): DateReading | null {
  const match = ISO_DATE_TIME.exec(value);
  return match ? dated(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** Reads one date as written (see the module header); never throws. */
export function parseDateText(text: string, options: DateTextOptions = {}): DateReading {
  const withTime = readIsoDateTime(text.normalize('NFKC').trim());
  if (withTime) return withTime;
  const compact = text.normalize('NFKC').replace(/\s+/g, '');
  const bracket = WEEKDAY.exec(compact);
  const written = writtenWeekday(bracket);
  if (written === undefined) return { error: 'invalidDate' };
  const reading = readDate(bracket ? compact.slice(0, bracket.index) : compact, options.order ?? 'ymd');
  if ('error' in reading || written === null) return reading;
  const weekday = weekdayOf(reading.date);
  // A date past its era is the louder warning; the weekday is checked against the date as read.
  if (weekday === written || reading.warning) return reading;
  return { date: reading.date, warning: 'weekdayMismatch', weekday };
}

const DAY_MS = 86_400_000;
/** Serial 61 is 1900-03-01; from there on, day 0 is 1899-12-30. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_FAKE_LEAP_DAY = 60;
/** 9999-12-31, the last day Excel has. */
const EXCEL_LAST_SERIAL = 2_958_465;

/**
 * The day of an Excel serial (1900 date system; a fraction is the time of day and is dropped).
 * Excel counts a 1900-02-29 that never was (serial 60): that serial is impossible, and the serials
 * before it count from 1899-12-31.
 */
export function dateFromExcelSerial(serial: number): DateReading {
  if (!Number.isFinite(serial)) return { error: 'invalidDate' };
  const day = Math.floor(serial);
  if (day < 1 || day > EXCEL_LAST_SERIAL || day === EXCEL_FAKE_LEAP_DAY) return { error: 'impossibleDate' };
  const shifted = day < EXCEL_FAKE_LEAP_DAY ? day + 1 : day;
  return { date: new Date(EXCEL_EPOCH + shifted * DAY_MS).toISOString().slice(0, 10) };
}

/**
 * The day of a SheetJS cell `Date` (`cellDates`). SheetJS 0.20 gives the cell's wall-clock time in
 * UTC, so the UTC fields are the day the vendor sees, whatever the reader's time zone. Rounded to the
 * second first: a serial's floating point can land a hair before midnight.
 */
export function dateFromCellDate(value: Date): DateReading {
  const time = value.getTime();
  if (Number.isNaN(time)) return { error: 'invalidDate' };
  const day = new Date(Math.round(time / 1000) * 1000);
  const date = isoDateOf(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  return date === null ? { error: 'impossibleDate' } : { date };
}
