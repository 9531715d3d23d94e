/**
 * Browser storage persistence and usage. `persist()` is requested once per browser profile (the
 * result is remembered in the `persistRequested` setting) because Firefox asks the user each time.
 * Every StorageManager method is optional: older browsers and Node tests lack them.
 */
import { getSetting, setSetting } from './settings';

export interface PersistenceState {
  supported: boolean;
  persisted: boolean | null;
  requestedAt: string | null;
}

export interface StorageStatus {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export const PERSIST_SETTING = 'persistRequested';

interface PersistRecord {
  at: string;
  result: boolean;
}

function storageManager(): Partial<StorageManager> | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** The stored record, if it has the expected shape (settings are untrusted like any stored data). */
function asRecord(value: unknown): PersistRecord | null {
  if (value === null || typeof value !== 'object') return null;
  const { at, result } = value as Record<string, unknown>;
  return typeof at === 'string' && typeof result === 'boolean' ? { at, result } : null;
}

let pending: Promise<PersistenceState> | null = null;

async function request(now: () => string): Promise<PersistenceState> {
  const storage = storageManager();
  if (!storage?.persist) return { supported: false, persisted: null, requestedAt: null };
  const previous = asRecord(await getSetting<unknown>(PERSIST_SETTING, null));
  if (previous) {
    const persisted = storage.persisted ? await storage.persisted() : previous.result;
    return { supported: true, persisted, requestedAt: previous.at };
  }
  const result = await storage.persist();
  const at = now();
  await setSetting(PERSIST_SETTING, { at, result } satisfies PersistRecord);
  return { supported: true, persisted: result, requestedAt: at };
}

export async function requestPersistenceOnce(
  now = () => new Date().toISOString()
): Promise<PersistenceState> {
  // Two callers at start-up share one request rather than both prompting.
  pending ??= request(now).finally(() => {
    pending = null;
  });
  return pending;
}

export async function getStorageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  const persisted = storage?.persisted ? await storage.persisted() : null;
  const estimate = storage?.estimate ? await storage.estimate() : undefined;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
