/**
 * The criteria page's actions: lock (showing why not, when the specification is not sound) and
 * reopen with a written reason. Both go through the repositories and reload the workspace.
 */
import { lockCriteria, reopenCriteria, type LockResult } from '$lib/db';
import type { Issue } from '$lib/domain/issues';
import { writeContext } from './context';
import { notices } from './notices.svelte';
import type { WorkspaceState } from './workspace.svelte';

export class CriteriaLockState {
  #workspace: () => WorkspaceState;
  #issues = $state.raw<Issue[]>([]);

  constructor(workspace: () => WorkspaceState) {
    this.#workspace = workspace;
  }

  /** Why the last lock attempt was refused (empty after a success). */
  get issues(): readonly Issue[] {
    return this.#issues;
  }

  async lock(): Promise<void> {
    const ws = this.#workspace();
    let result: LockResult | null = null;
    await ws.perform(async () => {
      result = await lockCriteria(writeContext(), ws.id);
    });
    const outcome = result as LockResult | null;
    if (!outcome) return;
    this.#issues = outcome.ok ? [] : outcome.issues;
    if (outcome.ok) notices.info({ key: 'criteria.locked', params: { version: outcome.version.version } });
  }

  async reopen(reason: string): Promise<boolean> {
    const ws = this.#workspace();
    const ok = await ws.perform(() => reopenCriteria(writeContext(), ws.id, reason));
    if (ok) notices.info({ key: 'criteria.reopened' });
    return ok;
  }
}
