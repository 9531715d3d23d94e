/**
 * The one path for reads and writes: `read` and `write` run a Dexie transaction over the named
 * tables and turn any failure into a StorageError, so a write either lands whole or not at all.
 * Every audited write adds its entry with `appendAudit` (`audit-append.ts`) in
 * the same transaction.
 */
import type { Table } from 'dexie';
import { allowedWithout, type NamedAction } from '$lib/domain/operator';
import type { BundleCollection, Procurement } from '$lib/domain/model';
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

/** Refuses an act that binds the procurement while the operator has no name (`domain/operator.ts`). */
export function assertNamed(ctx: WriteContext, action: NamedAction): void {
  if (!allowedWithout(action, ctx.named ? { name: ctx.actor, affiliation: '' } : null)) {
    throw new StorageError('operatorRequired');
  }
}

export async function requireProcurement(db: Tx, id: string): Promise<Procurement> {
  const procurement = await db.procurements.get(id);
  if (!procurement) throw new StorageError('notFound');
  return procurement;
}
