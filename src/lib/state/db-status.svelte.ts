/** Watches the database connection: another tab upgrading the schema means this tab must reload. */
import { onDbEvent, type DbEvent } from '$lib/db';

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
}

export const dbStatus = new DbStatus();
