/**
 * The audit half of every write: `appendAudit` adds the next chained entry and moves
 * `auditHead`/`updatedAt` in the caller's transaction (opened by `tx.ts write`); it hashes
 * synchronously because awaiting anything but IndexedDB would commit early. `changedFields` gives
 * the before/after pairs it records. Apart from `tx.ts` so that a page that only reads does not
 * carry the chain and its hash.
 */
import { MAX_KEY, MIN_KEY } from './keys';
import { chainEntry, summarise } from '$lib/domain/audit';
import { canonicalJson } from '$lib/domain/canonical';
import { CORRECTION_PREFIX, correctionAfter } from '$lib/domain/freeze';
import type { AuditEntry, Procurement } from '$lib/domain/model';
import { sha256Text } from '$lib/domain/sha256';
import { nextVersion } from '$lib/domain/version-stamp';
import type { WriteContext } from './context';
import { requireProcurement, type Tx } from './tx';

export interface AuditEvent {
  action: string;
  entityKind: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Instant of the change, when the caller already stamped records with it. */
  at?: string;
  /** The reason of a post-close correction: the entry is recorded as `correction.<action>`. */
  correction?: string | null;
}

export async function lastAuditEntry(db: Tx, procurementId: string): Promise<AuditEntry | undefined> {
  return db.audit
    .where('[procurementId+seq]')
    .between([procurementId, MIN_KEY], [procurementId, MAX_KEY])
    .last();
}

/**
 * Appends the next audit entry and stores the procurement with `changes`, the new head and
 * `updatedAt`. A write that changes the procurement's own fields counts its version up (one writer
 * at a time, `domain/versions.ts`): every such write, with or without a form's base, so a stale form
 * is always compared field by field.
 */
export async function appendAudit(
  db: Tx,
  ctx: WriteContext,
  procurementId: string,
  event: AuditEvent,
  changes: Partial<Procurement> = {}
): Promise<Procurement> {
  const procurement = await requireProcurement(db, procurementId);
  const at = event.at ?? ctx.now();
  const entry = chainEntry(
    {
      procurementId,
      at,
      actor: ctx.actor,
      action: event.correction ? `${CORRECTION_PREFIX}${event.action}` : event.action,
      entityKind: event.entityKind,
      entityId: event.entityId,
      before: summarise(event.before),
      after: event.correction ? correctionAfter(event.correction, event.after) : summarise(event.after)
    },
    await lastAuditEntry(db, procurementId),
    sha256Text
  );
  await db.audit.add(entry);
  const stamp =
    Object.keys(changes).length > 0 ? { version: nextVersion(procurement), updatedBy: ctx.actor } : {};
  const next: Procurement = {
    ...procurement,
    ...changes,
    ...stamp,
    auditHead: { seq: entry.seq, hash: entry.hash },
    updatedAt: at
  };
  await db.procurements.put(next);
  return next;
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/**
 * The fields of `patch` whose value differs from `current`, as before/after pairs for the audit;
 * null when nothing changes. Keys in `frozen` (ids, order, chain fields) are never taken from a
 * patch, whatever an untyped caller passes.
 */
export function changedFields<T extends object>(
  current: T,
  patch: NoInfer<Partial<T>>,
  frozen: readonly NoInfer<keyof T>[]
): { before: Partial<T>; after: Partial<T> } | null {
  const before: Partial<T> = {};
  const after: Partial<T> = {};
  let changed = false;
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value === undefined || frozen.includes(key) || !(key in current) || same(value, current[key]))
      continue;
    before[key] = current[key];
    after[key] = value;
    changed = true;
  }
  return changed ? { before, after } : null;
}
