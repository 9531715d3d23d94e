/**
 * The words of a check before the lock: its message key and parameters, with the requirement refs
 * listed (the first ten, then a count of the rest). Shared by the lock dialog's lists.
 */
import type { LockCheck, LockCheckCode } from '$lib/domain/lock-checks';
import type { MessageKey, MessageParams } from '$lib/i18n/messages';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Refs shown in one line before the rest are counted. */
const REFS_SHOWN = 10;

const WARNING_KEY: Partial<Record<LockCheckCode, MessageKey>> = {
  ratioMismatch: 'lock.warn.ratioMismatch',
  ratioNotApplicable: 'lock.warn.ratioNotApplicable',
  mandatoryBonus: 'lock.warn.mandatoryBonus',
  rubricNoSpread: 'lock.warn.rubricNoSpread',
  rubricNoFullLevel: 'lock.warn.rubricNoFullLevel',
  noEvidence: 'lock.warn.noEvidence'
};

export function refsText(refs: readonly string[], t: Translate): string {
  const shown = refs.slice(0, REFS_SHOWN).join(t('lock.refsJoin'));
  return refs.length > REFS_SHOWN
    ? t('lock.refsMore', { refs: shown, count: refs.length - REFS_SHOWN })
    : shown;
}

/** A warning in words; null for a check that is not a warning. */
export function warningText(check: LockCheck, t: Translate): string | null {
  const key = WARNING_KEY[check.code];
  return key ? t(key, { ...check.params, refs: refsText(check.refs, t) }) : null;
}

/** A duplicate pair in words: why the two look alike. */
export function duplicateText(check: LockCheck, t: Translate): string {
  const key: MessageKey =
    check.duplicate?.reason === 'sameControl' ? 'lock.duplicate.sameControl' : 'lock.duplicate.similarText';
  return t(key, check.params);
}
