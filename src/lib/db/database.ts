/**
 * The app's one open database, created lazily, and the connection events the UI must react to.
 * When another tab upgrades the schema this connection is closed for good (no auto-reopen: this
 * tab's code is for the old schema) and `versionchange` is emitted so the UI can ask for a reload.
 * Dexie's code (about 32 KB gzip) is imported with the schema on first use, not with the page: a
 * page's first read goes without it (`raw-read.ts`) and the page warms it once it has shown.
 */
import type { SenteiDb } from './schema';

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

let loading: Promise<SenteiDb> | null = null;
let markLoaded: () => void;
const loaded = new Promise<void>((resolve) => (markLoaded = resolve));

/** Makes `db` the database every repository uses (tests pass a fresh one per test). */
export function useDatabase(db: SenteiDb): void {
  detach?.();
  current = db;
  detach = attach(db);
  markLoaded();
}

/** The database, once Dexie's code is loaded; every read and write awaits it. */
export function getDb(): Promise<SenteiDb> {
  if (current) return Promise.resolve(current);
  loading ??= import('./schema').then(
    ({ SenteiDb }) => {
      if (!current) useDatabase(new SenteiDb());
      return current!;
    },
    (e: unknown) => {
      // A failed fetch of the code (offline, a new deployment) is tried again on the next call.
      loading = null;
      throw e;
    }
  );
  return loading;
}

/** The database if Dexie is already loaded: a first read without it goes to `raw-read.ts` instead. */
export function loadedDb(): SenteiDb | null {
  return current;
}

/** Resolves once the database is chosen (Dexie loaded), for work that should not fetch it itself. */
export function whenDbLoaded(): Promise<void> {
  return loaded;
}

/**
 * Loads Dexie and opens the database, once a page has shown its content: the first write then
 * waits on nothing, and the open connection hears another tab's upgrade as it did when every page
 * opened it first. A failure is left to the next read or write, which reports it.
 */
export function warmDb(): void {
  getDb()
    .then((db) => db.open())
    .catch(() => undefined);
}

export function onDbEvent(listener: (e: DbEvent) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
