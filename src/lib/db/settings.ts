/**
 * App-level settings (language, persistence request, …): a key-value table outside every
 * procurement, so not audited and not part of backups.
 */
import { getDb } from './database';
import { toStorageError } from './errors';

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  try {
    const record = await (await getDb()).settings.get(key);
    return record === undefined ? fallback : (record.value as T);
  } catch (e) {
    throw toStorageError(e);
  }
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  try {
    await (await getDb()).settings.put({ key, value });
  } catch (e) {
    throw toStorageError(e);
  }
}
