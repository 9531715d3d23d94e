/**
 * A date cell of an imported sheet as `readTable` gives it: text as written (`parseDateText`, a
 * numeric date such as 3/31/26 in the procurement's order), or an Excel serial under General format
 * (`45748`; counted from 1904-01-01 in a 1904 workbook). Date-formatted cells already arrive as ISO text (`spreadsheet-read`), whatever their
 * display format. `null` for a blank cell.
 */
import {
  dateFromExcelSerial,
  isoDateOf,
  parseDateText,
  type DateReading,
  type DateTextOptions
} from '../domain/dates';

/**
 * A bare number is taken for a serial from 10000 (1927-05-18) on. Shorter ones are not dates a
 * certificate carries: "2023" is a year, "12" a slip; reading them as days of 1900–1927 would store
 * a wrong date without a word. Eight digits are the compact 20231001 (YYYYMMDD).
 */
const SERIAL_MIN = 10_000;
/** Days from 1900-01-00 (Excel's 1900 system) to 1904-01-01, day 0 of the 1904 date system. */
const DAYS_1900_TO_1904 = 1462;

export interface DateCellOptions extends DateTextOptions {
  /** The workbook counts serials from 1904-01-01. */
  date1904?: boolean;
}

export function readDateCell(text: string, options: DateCellOptions = {}): DateReading | null {
  const value = text.normalize('NFKC').trim();
  if (value === '') return null;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) {
    const date = isoDateOf(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    return date === null ? { error: 'impossibleDate' } : { date };
  }
  if (/^\d+(\.\d+)?$/.test(value)) {
    const serial = Number(value);
    if (serial < SERIAL_MIN) return { error: 'invalidDate' };
    return dateFromExcelSerial(options.date1904 ? serial + DAYS_1900_TO_1904 : serial);
  }
  return parseDateText(value, options);
}
