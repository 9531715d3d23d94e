/**
 * The storage side of one writer at a time (`domain/versions.ts`): inside the write's transaction,
 * the record as stored is compared with the base the page edited; a conflict aborts the write with
 * `WriteConflictError`, anything else goes on with the write's fields on top of what is stored.
 */
import {
  decideWrite,
  versionOf,
  type VersionStamp,
  type WriteBase,
  type WriteDecision
} from '$lib/domain/versions';
import { WriteConflictError } from './errors';

/** Checks a write against the stored record; throws on a conflict, else says apply or merge. */
export function checkWrite<F extends object>(
  existing: (VersionStamp & { updatedAt?: string }) | undefined,
  storedValues: F | null,
  base: WriteBase<F> | undefined,
  change: Partial<F>
): WriteDecision<F> {
  // A write without a base (an import, a script) is not an edit of a shown record: it applies.
  if (!base || !existing || storedValues === null) return { kind: 'apply' };
  const decision = decideWrite(
    base,
    {
      version: versionOf(existing),
      values: storedValues,
      updatedAt: existing.updatedAt ?? null,
      updatedBy: existing.updatedBy ?? null
    },
    change
  );
  if (decision.kind === 'conflict') throw new WriteConflictError(decision);
  return decision;
}
