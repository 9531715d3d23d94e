/** The write context for repository calls: who acts (for the audit trail), the clock and new ids. */
import { browserContext, type WriteContext } from '$lib/db';
import { prefs } from './preferences.svelte';

export function writeContext(): WriteContext {
  return browserContext(prefs.actorForAudit);
}

/** The current time; one place, so rune modules hold no mutable Date of their own. */
export function currentTime(): Date {
  return new Date();
}
