/**
 * Tabs see each other's saved changes without a reload: after a write, this tab says which
 * procurement changed on one BroadcastChannel, and every other tab with it open reloads its bundle.
 * One channel object per tab, so a tab is never told of its own writes. Without BroadcastChannel
 * (very old browsers) nothing is announced, and a reload shows the change as before.
 */
const CHANNEL = 'sentei.changes';

interface ChangeMessage {
  procurementId: string;
}

let channel: BroadcastChannel | null | undefined;
const listeners = new Set<(procurementId: string) => void>();

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<ChangeMessage> | null;
    if (typeof data?.procurementId !== 'string') return;
    for (const listener of listeners) listener(data.procurementId);
  });
  return channel;
}

/** Tells the other tabs that a procurement's stored data changed. */
export function announceChange(procurementId: string): void {
  open()?.postMessage({ procurementId } satisfies ChangeMessage);
}

/** Calls `listener` when another tab changed a procurement; returns the unsubscribe. */
export function onOtherTabChange(listener: (procurementId: string) => void): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
