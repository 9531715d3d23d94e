/**
 * The spreadsheet-text guard (OWASP CSV injection, ASVS 1.2.10): a text that a spreadsheet could
 * read as a formula gets a leading `'`, so Excel, LibreOffice and Numbers show it as text. Every
 * text cell from a user or vendor goes through it on export, in CSV and XLSX alike; numbers don't.
 */
import { FORMULA_START } from '../domain/cell-text';

export function guardText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
