/**
 * Tabs see each other's saved changes without a reload: after a write, this tab says which
 * procurement changed on one BroadcastChannel, and every other tab with it open reloads its bundle
 * (after grade saves only, it reads just what they wrote: `WorkspaceState.catchUpGrades`).
 * One channel object per tab, so a tab is never told of its own writes. Without BroadcastChannel
 * (very old browsers) nothing is announced, and a reload shows the change as before.
 */
const CHANNEL = 'sentei.changes';

interface ChangeMessage {
  procurementId: string;
  /** The change was grade saves only (a hint: the receiver still checks it against storage). */
  gradesOnly?: boolean;
}

type Listener = (procurementId: string, gradesOnly: boolean) => void;

let channel: BroadcastChannel | null | undefined;
const listeners = new Set<Listener>();

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<ChangeMessage> | null;
    if (typeof data?.procurementId !== 'string') return;
    const gradesOnly = data.gradesOnly === true;
    for (const listener of listeners) listener(data.procurementId, gradesOnly);
  });
  return channel;
}

/** Tells the other tabs that a procurement's stored data changed. */
export function announceChange(procurementId: string, gradesOnly = false): void {
  open()?.postMessage({ procurementId, ...(gradesOnly ? { gradesOnly } : {}) } satisfies ChangeMessage);
}

/** Calls `listener` when another tab changed a procurement; returns the unsubscribe. */
export function onOtherTabChange(listener: Listener): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
