/**
 * Who and when of a write. Repositories take the clock, id source and actor from here so the
 * audit trail records them and tests can make them deterministic.
 */
export interface WriteContext {
  actor: string;
  now(): string;
  newId(): string;
}

export function browserContext(actor: string): WriteContext {
  return {
    actor,
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID()
  };
}
