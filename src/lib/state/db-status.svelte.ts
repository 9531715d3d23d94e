/**
 * Watches the database connection: another tab upgrading the schema means this tab must reload.
 * Pages read their first data without Dexie; they warm it (`warm`) once they have shown it.
 */
import { onDbEvent, warmDb, whenDbLoaded, type DbEvent } from '$lib/db/database';

class DbStatus {
  #event = $state<DbEvent['kind'] | null>(null);
  #started = false;

  get event(): DbEvent['kind'] | null {
    return this.#event;
  }

  /** Listens for the life of the page (the listener is never removed: the page reloads instead). */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    onDbEvent((e) => {
      this.#event = e.kind;
    });
  }

  /**
   * Loads Dexie and opens the connection after the page's content has shown, so the first save
   * does not wait on the network and another tab's upgrade is heard as before.
   */
  warm(): void {
    warmDb();
  }

  /** Runs `work` once Dexie is loaded (warmed by the page, or by a read or write), never loading it itself. */
  whenLoaded(work: () => unknown): void {
    void whenDbLoaded().then(work);
  }
}

export const dbStatus = new DbStatus();
