/**
 * Status and error messages shown in the page's live region. A message is stored as a key with
 * parameters, so it follows a language switch.
 */
import type { MessageKey, MessageParams } from '$lib/i18n/messages';

/** A message for the user, as a key and its parameters, so it follows a language switch. */
export interface UserMessage {
  key: MessageKey;
  params?: MessageParams;
}

export interface Notice extends UserMessage {
  id: number;
  tone: 'info' | 'error';
}

/** How long a confirmation stays on screen. */
const INFO_SECONDS = 10;

class Notices {
  #items = $state<Notice[]>([]);
  #next = 1;

  get items(): readonly Notice[] {
    return this.#items;
  }

  info(message: UserMessage): void {
    this.#push({ ...message, tone: 'info' });
  }

  error(message: UserMessage): void {
    this.#push({ ...message, tone: 'error' });
  }

  dismiss(id: number): void {
    this.#items = this.#items.filter((n) => n.id !== id);
  }

  clear(): void {
    this.#items = [];
  }

  #push(notice: Omit<Notice, 'id'>): void {
    // Keep the last few only: the live region announces the newest.
    const id = this.#next++;
    this.#items = [...this.#items.slice(-3), { ...notice, id }];
    // Confirmations fade; errors stay until the user dismisses them.
    if (notice.tone === 'info') setTimeout(() => this.dismiss(id), INFO_SECONDS * 1000);
  }
}

export const notices = new Notices();
