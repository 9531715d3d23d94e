/**
 * The one path for reads and writes: `read` and `write` run a Dexie transaction over the named
 * tables and turn any failure into a StorageError, so a write either lands whole or not at all.
 * `appendAudit` adds the next chained entry and moves `auditHead`/`updatedAt` in the caller's
 * transaction; it hashes synchronously because awaiting anything but IndexedDB would commit early.
 */
import type { Table } from 'dexie';
import { MAX_KEY, MIN_KEY } from './keys';
import { chainEntry, summarise } from '$lib/domain/audit';
import { canonicalJson } from '$lib/domain/canonical';
import { CORRECTION_PREFIX, correctionAfter } from '$lib/domain/freeze';
import { allowedWithout, type NamedAction } from '$lib/domain/operator';
import type { AuditEntry, BundleCollection, Procurement } from '$lib/domain/model';
import { sha256Text } from '$lib/domain/sha256';
import { nextVersion } from '$lib/domain/version-stamp';
import type { WriteContext } from './context';
import { getDb, loadedDb } from './database';
import { StorageError, toStorageError } from './errors';
import type { SenteiDb } from './schema';

/**
 * The tables as seen inside a transaction. Work functions get the transaction's own table
 * objects, which are bound to it: their requests cannot stray into an implicit transaction of
 * their own even where Dexie loses track of the async context.
 */
export type Tx = Pick<SenteiDb, 'procurements' | BundleCollection | 'settings'>;
type PickTables = (db: Tx) => Table[];

export async function read<T>(pick: PickTables, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    // No await once Dexie is loaded, so that a call inside another transaction stays in it.
    const db = loadedDb() ?? (await getDb());
    // The scope is a native async function so that Dexie keeps its context across awaits.
    return await db.transaction('r', pick(db), async (tx) => work(tx));
  } catch (e) {
    throw toStorageError(e);
  }
}

/** A read-write transaction over `pick(db)` plus `procurements` and `audit`, which every audited write touches. */
export async function write<T>(pick: PickTables, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    const db = loadedDb() ?? (await getDb());
    const tables = [...new Set([db.procurements, db.audit, ...pick(db)])];
    return await db.transaction('rw', tables, async (tx) => work(tx));
  } catch (e) {
    throw toStorageError(e);
  }
}

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

/** Refuses an act that binds the procurement while the operator has no name (`domain/operator.ts`). */
export function assertNamed(ctx: WriteContext, action: NamedAction): void {
  if (!allowedWithout(action, ctx.named ? { name: ctx.actor, affiliation: '' } : null)) {
    throw new StorageError('operatorRequired');
  }
}

export async function lastAuditEntry(db: Tx, procurementId: string): Promise<AuditEntry | undefined> {
  return db.audit
    .where('[procurementId+seq]')
    .between([procurementId, MIN_KEY], [procurementId, MAX_KEY])
    .last();
}

export async function requireProcurement(db: Tx, id: string): Promise<Procurement> {
  const procurement = await db.procurements.get(id);
  if (!procurement) throw new StorageError('notFound');
  return procurement;
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
