/** Register check outcomes and fields in words (vendor page, workbook, memo). */
import type { RegisterOutcomeKind } from '$lib/domain/model';
import type { RegisterField } from '$lib/domain/registers/match';
import type { RegisterLayout } from '$lib/domain/registers/layout';
import type { Locale } from './format';
import type { MessageKey, MessageParams } from './messages';

export const registerOutcomeKey: Record<RegisterOutcomeKind, MessageKey> = {
  confirmed: 'registers.outcome.confirmed',
  notListed: 'registers.outcome.notListed',
  mismatch: 'registers.outcome.mismatch',
  expired: 'registers.outcome.expired',
  revoked: 'registers.outcome.revoked'
};

export const registerFieldKey: Record<RegisterField, MessageKey> = {
  number: 'registers.field.number',
  company: 'registers.field.company',
  service: 'registers.field.service',
  expiry: 'registers.field.expiry',
  scope: 'registers.field.scope'
};

/** A register outcome in words, with each differing field side by side on its own line. */
export function registerOutcomeText(
  ref: {
    outcome: RegisterOutcomeKind;
    differences: readonly { field: string; claimed: string; registered: string }[];
  },
  t: (key: MessageKey, params?: MessageParams) => string
): string {
  const lines = [t(registerOutcomeKey[ref.outcome])];
  for (const d of ref.differences) {
    const key = Object.hasOwn(registerFieldKey, d.field) ? registerFieldKey[d.field as RegisterField] : null;
    lines.push(
      t('registers.diff', { field: key ? t(key) : d.field, claimed: d.claimed, registered: d.registered })
    );
  }
  return lines.join('\n');
}

/**
 * A register's title in the reader's language: each layout (questionnaires/registers/*.json) carries
 * both, so the English screen names ISMAP, ISMAP-LIU, ISMS-AC, JASA and CSA STAR lists in English.
 */
export function registerTitle(layout: Pick<RegisterLayout, 'title'>, locale: Locale): string {
  return locale === 'en' ? layout.title.en : layout.title.ja;
}
