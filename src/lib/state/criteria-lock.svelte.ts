/**
 * The criteria page's actions: the checks before the lock (shown in a confirmation dialog, each
 * duplicate kept with a written reason or resolved in the specification), the lock itself, and
 * reopening with a written reason. Both go through the repositories and reload the workspace.
 */
import { lockCriteria, reopenCriteria, type LockResult } from '$lib/db';
import type { Issue } from '$lib/domain/issues';
import {
  blockingChecks,
  lockChecks,
  type DuplicateDecision,
  type LockCheck,
  type LockChecks
} from '$lib/domain/lock-checks';
import { writeContext } from './context';
import { notices } from './notices.svelte';
import { operatorReady } from './operator';
import type { WorkspaceState } from './workspace.svelte';

export class CriteriaLockState {
  #workspace: () => WorkspaceState;
  #issues = $state.raw<Issue[]>([]);
  #dialogOpen = $state(false);
  /** Written reasons for keeping duplicates, by pair key, as typed in the dialog. */
  reasons = $state<Record<string, string>>({});

  constructor(workspace: () => WorkspaceState) {
    this.#workspace = workspace;
  }

  /** Why the last lock attempt was refused (empty after a success). */
  get issues(): readonly Issue[] {
    return this.#issues;
  }

  get dialogOpen(): boolean {
    return this.#dialogOpen;
  }

  /** The checks of the criteria as they stand in the workspace. */
  readonly checks: LockChecks | null = $derived.by(() => {
    const bundle = this.#workspace().bundle;
    return bundle ? lockChecks(bundle.requirements, bundle.procurement.settings) : null;
  });

  get decisions(): DuplicateDecision[] {
    return Object.entries(this.reasons).map(([key, reason]) => ({ key, reason }));
  }

  /** The checks still stopping the lock with the reasons typed so far. */
  readonly blocking: LockCheck[] = $derived(blockingChecks(this.checks?.checks ?? [], this.decisions));

  /** Not without an operator name: the refusal and the operator form come first, not a dialog over them. */
  openDialog(): void {
    if (!operatorReady()) return;
    this.#issues = [];
    this.#dialogOpen = true;
  }

  closeDialog(): void {
    this.#dialogOpen = false;
  }

  async lock(): Promise<void> {
    const ws = this.#workspace();
    let result: LockResult | null = null;
    const decisions = this.decisions;
    await ws.perform(async () => {
      result = await lockCriteria(writeContext(), ws.id, decisions);
    });
    const outcome = result as LockResult | null;
    if (!outcome) {
      // Refused (e.g. the operator's name was cleared in another tab): the dialog gives way to the message.
      this.#dialogOpen = false;
      return;
    }
    this.#issues = outcome.ok ? [] : outcome.issues;
    if (outcome.ok) {
      this.#dialogOpen = false;
      this.reasons = {};
      notices.info({ key: 'criteria.locked', params: { version: outcome.version.version } });
    }
  }

  async reopen(reason: string): Promise<boolean> {
    const ws = this.#workspace();
    const ok = await ws.perform(() => reopenCriteria(writeContext(), ws.id, reason));
    if (ok) notices.info({ key: 'criteria.reopened' });
    return ok;
  }
}
