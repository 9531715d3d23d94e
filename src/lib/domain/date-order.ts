/**
 * The one rule of how a procurement reads a numeric date in what vendors send (03/31/2026): the
 * order chosen for it (`slashDateOrder`), else its document language's — month/day/year for
 * English (US), year/month/day only for Japanese, where a date written otherwise is reported
 * instead of guessed. A date with a month name or a four-digit year first reads the same in all.
 */
import type { NumericDateOrder } from './dates';
import type { DocumentLanguage, Procurement, SlashDateOrder } from './model';

const BY_LANGUAGE: Record<DocumentLanguage, NumericDateOrder> = { ja: 'ymd', en: 'mdy' };

export function numericDateOrder(
  procurement: Pick<Procurement, 'documentLanguage' | 'slashDateOrder'>
): NumericDateOrder {
  const chosen: SlashDateOrder = procurement.slashDateOrder ?? 'auto';
  return chosen === 'auto' ? BY_LANGUAGE[procurement.documentLanguage ?? 'ja'] : chosen;
}
