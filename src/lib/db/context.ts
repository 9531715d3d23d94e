/**
 * Who and when of a write. Repositories take the clock, id source and actor from here so the
 * audit trail records them and tests can make them deterministic.
 */
import type { CorrectionRequest } from '$lib/domain/freeze';

export interface WriteContext {
  actor: string;
  now(): string;
  newId(): string;
  /** A post-close correction: lets a write to a record frozen by the technical lock through, audited with the reason. */
  correction?: CorrectionRequest;
}

export function browserContext(actor: string, correction?: CorrectionRequest): WriteContext {
  return {
    actor,
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
    ...(correction ? { correction } : {})
  };
}
