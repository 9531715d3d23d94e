/** The words for the buyer's obligations (CUECs): the report each comes from, named as a reader names it. */
import type { ObligationSource } from '$lib/domain/obligations';
import { attestationTypeKey } from './attestation-labels';
import type { MessageKey } from './messages';

/**
 * The report a CUEC comes from, as a reader names it: 「SOC 2 Type II 報告書（監査人: 架空監査法人、対象期間
 * 2025-04-01〜2026-03-31）」, not a code. Parts not recorded are left out.
 */
export function obligationSourceText(
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  source: ObligationSource,
  date: (d: string) => string
): string {
  const parts: string[] = [];
  if (source.issuer) parts.push(t('obligations.sourceAuditor', { issuer: source.issuer }));
  if (source.number) parts.push(t('obligations.sourceNumber', { number: source.number }));
  if (source.periodStart && source.periodEnd) {
    parts.push(
      t('obligations.sourcePeriod', { start: date(source.periodStart), end: date(source.periodEnd) })
    );
  } else if (source.periodEnd) parts.push(t('obligations.sourceDate', { date: date(source.periodEnd) }));
  const type = t(attestationTypeKey[source.type]);
  return parts.length
    ? t('obligations.source', { type, details: parts.join(t('obligations.sourceSeparator')) })
    : type;
}
