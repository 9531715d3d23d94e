/**
 * The storage side of one writer at a time (`domain/versions.ts`): inside the write's transaction,
 * the record as stored is compared with the base the page edited; a conflict aborts the write with
 * `WriteConflictError`, anything else goes on with the write's fields on top of what is stored.
 */
import {
  changedFrom,
  decideWrite,
  nextVersion,
  pickFields,
  versionOf,
  type VersionStamp,
  type WriteBase,
  type WriteDecision
} from '$lib/domain/versions';
import type { WriteContext } from './context';
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

/**
 * A form's edit of a whole record (a vendor, a subcontractor, an attestation, a requirement, the
 * procurement's fields or settings). With a base, only the fields the form changed from what it
 * showed are written, checked against the stored record on `keys` (a conflict throws); without one
 * (an import, the register re-check, a script) the patch applies as before.
 */
export function checkRecordEdit<R extends VersionStamp, K extends keyof R & string>(
  current: R,
  keys: readonly K[],
  patch: Partial<Pick<R, K>>,
  base: WriteBase<Pick<R, K>> | undefined
): Partial<Pick<R, K>> {
  if (!base) return patch;
  const change = changedFrom(base.values, patch);
  checkWrite(current, pickFields(current, keys), base, change);
  return change;
}

/** The stamps a write stores on a record: one version past the stored one, its writer and time. */
export function stampFor(current: VersionStamp | undefined, ctx: WriteContext, at: string) {
  return { version: nextVersion(current), updatedBy: ctx.actor, updatedAt: at };
}
