/**
 * The one rule of which language a procurement's documents are written in: the pack sent to
 * vendors, the spec annex, the scoring workbook, the decision memo and the CSVs. It is the
 * procurement's own choice (made at creation, changeable in its settings); a record written before
 * the choice existed is Japanese. The screen keeps each user's own language.
 */
import type { DocumentLanguage, Procurement } from './model';

export function documentLocale(procurement: Pick<Procurement, 'documentLanguage'>): DocumentLanguage {
  return procurement.documentLanguage === 'en' ? 'en' : 'ja';
}
