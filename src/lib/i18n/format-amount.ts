/**
 * Money as typed, for a reader: in its unit (30,800,000円 or 30,800千円, 16,384.1千円) and with its
 * tax basis (30,800千円（税抜）). Exact: the 千円 figure comes from integer yen, never a float
 * division. Kept apart from `format.ts`, which the first page loads, because only the workspace
 * (price opening, criteria, memo, workbook) shows typed amounts.
 */
import { amountInUnit } from '$lib/domain/amounts';
import type { AmountUnit, TaxBasis, TypedAmount } from '$lib/domain/model';
import { formatYen, type Locale } from './format';
import type { MessageKey, MessageParams } from './messages';

type Translate = (key: MessageKey, params?: MessageParams) => string;

const tags: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

/** Whole yen in `unit`, grouped: 30,800,000円 · 30,800千円 · ¥30,800 thousand. */
export function formatAmount(yen: number, unit: AmountUnit, locale: Locale): string {
  if (unit === 'yen') return formatYen(yen, locale);
  const { whole, decimals } = amountInUnit(yen, unit);
  const number = `${new Intl.NumberFormat(tags[locale]).format(whole)}${decimals ? `.${decimals}` : ''}`;
  return locale === 'ja' ? `${number}千円` : `¥${number} thousand`;
}

export const TAX_BASIS_KEY: Record<TaxBasis, MessageKey> = {
  included: 'amount.taxIncluded',
  excluded: 'amount.taxExcluded'
};

/** An amount as typed, with its basis: 28,000千円（税抜）. */
export function formatTyped(t: Translate, typed: TypedAmount, locale: Locale): string {
  return t('amount.typed', {
    amount: formatAmount(typed.yen, typed.unit, locale),
    basis: t(TAX_BASIS_KEY[typed.taxBasis])
  });
}
