/** The write context for repository calls: who acts (for the audit trail), the clock and new ids. */
import { browserContext, type WriteContext } from '$lib/db/context';
import type { CorrectionRequest } from '$lib/domain/freeze';
import { prefs } from './preferences.svelte';

/**
 * The post-close correction under way. `correction.svelte.ts` registers itself when it loads, which
 * every page that can start a correction does; until then there is none, and the first page does
 * not carry that module.
 */
let correctionUnderWay: () => CorrectionRequest | null = () => null;

export function registerCorrection(source: () => CorrectionRequest | null): void {
  correctionUnderWay = source;
}

/** Carries the post-close correction under way, if any (the storage layer uses it only where the lock freezes). */
export function writeContext(): WriteContext {
  return browserContext(prefs.actorForAudit, prefs.operator !== null, correctionUnderWay() ?? undefined);
}

/** The current time; one place, so rune modules hold no mutable Date of their own. */
export function currentTime(): Date {
  return new Date();
}
