/** The write context for repository calls: who acts (for the audit trail), the clock and new ids. */
import { browserContext, type WriteContext } from '$lib/db';
import { postClose } from './correction.svelte';
import { prefs } from './preferences.svelte';

/** Carries the post-close correction under way, if any (the storage layer uses it only where the lock freezes). */
export function writeContext(): WriteContext {
  return browserContext(prefs.actorForAudit, postClose.request ?? undefined);
}

/** The current time; one place, so rune modules hold no mutable Date of their own. */
export function currentTime(): Date {
  return new Date();
}
