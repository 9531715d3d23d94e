/**
 * A date cell of an imported sheet as `readTable` gives it: text as written (`parseDateText`), or
 * what a spreadsheet shows for a number — an Excel serial under General format (`45748`) or the
 * m/d/yy of Excel's built-in short date (`4/1/25`). Date-formatted cells already arrive as ISO text
 * (`spreadsheet-read`). `null` for a blank cell.
 */
import { dateFromExcelSerial, isoDateOf, parseDateText, type DateReading } from '../domain/dates';

/**
 * A bare number is taken for a serial from 10000 (1927-05-18) on. Shorter ones are not dates a
 * certificate carries: "2023" is a year, "12" a slip; reading them as days of 1900–1927 would store
 * a wrong date without a word. Eight digits are the compact 20231001 (YYYYMMDD).
 */
const SERIAL_MIN = 10_000;

export function readDateCell(text: string): DateReading | null {
  const value = text.normalize('NFKC').trim();
  if (value === '') return null;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) {
    const date = isoDateOf(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    return date === null ? { error: 'impossibleDate' } : { date };
  }
  if (/^\d+(\.\d+)?$/.test(value)) {
    const serial = Number(value);
    return serial >= SERIAL_MIN ? dateFromExcelSerial(serial) : { error: 'invalidDate' };
  }
  const mdy = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(value);
  if (mdy) {
    // Excel's own two-digit-year rule: 00–29 are 2000s, 30–99 the 1900s.
    const yy = Number(mdy[3]);
    const date = isoDateOf(yy < 30 ? 2000 + yy : 1900 + yy, Number(mdy[1]), Number(mdy[2]));
    return date === null ? { error: 'impossibleDate' } : { date };
  }
  return parseDateText(value);
}
