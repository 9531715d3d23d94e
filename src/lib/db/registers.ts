/**
 * Register snapshots (ISMAP, ISMS-AC, JASA CS, CSA STAR lists the buyer imported): app-level,
 * shared by every procurement, never audited themselves (the checks they fill into attestations
 * are, as attestation updates). A file already imported (same SHA-256 and register) is not stored
 * twice.
 */
import type { Id, RegisterSnapshot } from '$lib/domain/model';
import { getDb } from './database';
import { toStorageError } from './errors';

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Stores a snapshot; gives the one already stored when the same file was imported before. */
export function saveRegisterSnapshot(snapshot: RegisterSnapshot): Promise<RegisterSnapshot> {
  return guarded(async () => {
    const db = await getDb();
    return db.transaction('rw', db.registerSnapshots, async () => {
      const same = await db.registerSnapshots
        .where('registerId')
        .equals(snapshot.registerId)
        .filter((s) => s.sha256 === snapshot.sha256)
        .first();
      if (same) return same;
      await db.registerSnapshots.add(snapshot);
      return snapshot;
    });
  });
}

/** Every snapshot, newest import first. */
export function listRegisterSnapshots(): Promise<RegisterSnapshot[]> {
  return guarded(async () => {
    const all = await (await getDb()).registerSnapshots.toArray();
    return all.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  });
}

export function removeRegisterSnapshot(id: Id): Promise<void> {
  return guarded(async () => (await getDb()).registerSnapshots.delete(id));
}
