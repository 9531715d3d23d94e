/**
 * The app's one open database, created lazily, and the connection events the UI must react to.
 * When another tab upgrades the schema this connection is closed for good (no auto-reopen: this
 * tab's code is for the old schema) and `versionchange` is emitted so the UI can ask for a reload.
 */
import { SenteiDb } from './schema';

export type DbEvent = { kind: 'versionchange' } | { kind: 'blocked' } | { kind: 'closed' };

const listeners = new Set<(e: DbEvent) => void>();
let current: SenteiDb | null = null;
let detach: (() => void) | null = null;

function emit(event: DbEvent): void {
  for (const listener of listeners) listener(event);
}

function attach(db: SenteiDb): () => void {
  let closingOnPurpose = false;
  const onVersionChange = (): boolean => {
    closingOnPurpose = true;
    db.close({ disableAutoOpen: true });
    emit({ kind: 'versionchange' });
    // Stops Dexie's default handler, which would close with auto-reopen on the old schema.
    return false;
  };
  const onBlocked = (): void => emit({ kind: 'blocked' });
  const onClose = (): void => {
    if (!closingOnPurpose) emit({ kind: 'closed' });
  };
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  db.on('close', onClose);
  return () => {
    closingOnPurpose = true;
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
    db.on('close').unsubscribe(onClose);
  };
}

/** Makes `db` the database every repository uses (tests pass a fresh one per test). */
export function useDatabase(db: SenteiDb): void {
  detach?.();
  current = db;
  detach = attach(db);
}

export function getDb(): SenteiDb {
  if (!current) useDatabase(new SenteiDb());
  return current!;
}

export function onDbEvent(listener: (e: DbEvent) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
