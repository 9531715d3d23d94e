/** Persistence of the browser's storage: asked for once, its result shown in the settings page. */
import { getStorageStatus, requestPersistenceOnce, type PersistenceState } from '$lib/db/storage';

class StorageStatusState {
  #persistence = $state<PersistenceState | null>(null);
  #usage = $state<number | null>(null);
  #quota = $state<number | null>(null);

  get persistence(): PersistenceState | null {
    return this.#persistence;
  }
  get usage(): number | null {
    return this.#usage;
  }
  get quota(): number | null {
    return this.#quota;
  }

  async requestOnce(): Promise<void> {
    try {
      this.#persistence = await requestPersistenceOnce();
    } catch {
      // Not fatal: the settings page shows persistence as unknown.
    }
  }

  async refresh(): Promise<void> {
    await this.requestOnce();
    try {
      const status = await getStorageStatus();
      this.#usage = status.usage;
      this.#quota = status.quota;
      if (this.#persistence && status.persisted !== null) {
        this.#persistence = { ...this.#persistence, persisted: status.persisted };
      }
    } catch {
      this.#usage = null;
      this.#quota = null;
    }
  }
}

export const storageStatus = new StorageStatusState();
