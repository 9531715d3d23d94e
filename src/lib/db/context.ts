/**
 * Who and when of a write. Repositories take the clock, id source and actor from here so the
 * audit trail records them and tests can make them deterministic.
 */
import type { CorrectionRequest } from '$lib/domain/freeze';

export interface WriteContext {
  /** The operator as the audit trail records them (氏名・所属), or a placeholder when none is set. */
  actor: string;
  /** The operator has a name: acts that bind the procurement (`NAMED_ACTIONS`) are refused without one. */
  named: boolean;
  now(): string;
  newId(): string;
  /** A post-close correction: lets a write to a record frozen by the technical lock through, audited with the reason. */
  correction?: CorrectionRequest;
}

export function browserContext(actor: string, named: boolean, correction?: CorrectionRequest): WriteContext {
  return {
    actor,
    named,
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
    ...(correction ? { correction } : {})
  };
}
