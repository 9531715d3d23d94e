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
/** Notices shown at once: the region is a bar that reserves its own space, so it stays low. */
export const MAX_NOTICES = 2;

/**
 * The notices kept when one more arrives: the newest always (the live region announces it), and at
 * most `MAX_NOTICES` in all; an older confirmation makes way before an error, which the user dismisses.
 */
export function keptNotices(items: readonly Notice[], added: Notice): Notice[] {
  const kept = [...items, added];
  while (kept.length > MAX_NOTICES) {
    const info = kept.findIndex((n, i) => n.tone === 'info' && i < kept.length - 1);
    kept.splice(info >= 0 ? info : 0, 1);
  }
  return kept;
}

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
    const id = this.#next++;
    this.#items = keptNotices(this.#items, { ...notice, id });
    // Confirmations fade; errors stay until the user dismisses them.
    if (notice.tone === 'info') setTimeout(() => this.dismiss(id), INFO_SECONDS * 1000);
  }
}

export const notices = new Notices();
