/** Turns a failure from storage into a message key and its parameters, for the user's language. */
import { StorageError, toStorageError } from '$lib/db/errors';
import { notices, type UserMessage } from './notices.svelte';
import { operatorPrompt } from './operator-prompt.svelte';

export type { UserMessage } from './notices.svelte';

export function storageMessage(error: unknown): UserMessage {
  const e = error instanceof StorageError ? error : toStorageError(error);
  switch (e.code) {
    case 'quotaExceeded':
      return { key: 'storage.quotaExceeded' };
    case 'databaseClosed':
      return { key: 'storage.databaseClosed' };
    case 'notFound':
      return { key: 'storage.notFound' };
    case 'locked':
      return { key: 'storage.locked' };
    case 'reasonRequired':
      return { key: 'storage.reasonRequired' };
    case 'fileTooLarge':
      return { key: 'storage.fileTooLarge', params: { limitMb: 20 } };
    case 'criteriaNotLocked':
      return { key: 'storage.criteriaNotLocked' };
    case 'gradingClosed':
      return { key: 'storage.gradingClosed' };
    case 'invalidGrade':
      return { key: 'storage.invalidGrade' };
    case 'incomplete':
      return { key: 'storage.incomplete' };
    case 'priceNotOpen':
      return { key: 'storage.priceNotOpen' };
    case 'invalidBid':
      return { key: 'storage.invalidBid' };
    case 'invalidInput':
      return { key: 'storage.invalidInput' };
    case 'frozen':
      return { key: 'storage.frozen' };
    case 'correctionReasonInvalid':
      return { key: 'storage.correctionReasonInvalid' };
    case 'operatorRequired':
      // The refusal offers the way out: the operator form opens at the top of the page.
      operatorPrompt.request();
      return { key: 'people.operator.required' };
    case 'passphraseInvalid':
      return { key: 'people.pass.invalid' };
    default:
      return { key: 'storage.unknown', params: { detail: e.message } };
  }
}

/** Runs a storage action; a failure is shown to the user in their language and reported as false. */
export async function attempt(action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (e) {
    notices.error(storageMessage(e));
    return false;
  }
}
