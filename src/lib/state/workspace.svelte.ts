/**
 * One procurement open in the workspace: its whole bundle, where it stands in the five stages,
 * and the actions of the settings and audit pages. Every change reloads the bundle from storage,
 * so what is shown is what is stored.
 */
import {
  addEvaluator,
  getProcurement,
  loadBundle,
  moveEvaluator,
  removeEvaluator,
  updateEvaluator,
  updateProcurement,
  verifyAudit,
  type ProcurementPatch
} from '$lib/db';
import type { ChainCheck } from '$lib/domain/audit';
import type { Evaluator, ProcurementBundle } from '$lib/domain/model';
import { currentStage, stageProgress, type StageProgress } from '$lib/domain/stages';
import { writeContext } from './context';
import { attempt, storageMessage } from './errors';
import { notices } from './notices.svelte';

export class WorkspaceState {
  #id: string;
  #bundle = $state.raw<ProcurementBundle | null>(null);
  #status = $state<'loading' | 'ready' | 'notFound'>('loading');
  #busy = $state(false);
  #chain = $state.raw<ChainCheck | null>(null);

  progress: StageProgress[] = $derived(
    this.#bundle
      ? stageProgress({ ...this.#bundle, technicallyLocked: this.#bundle.procurement.technicalLock !== null })
      : []
  );
  current = $derived(this.progress.length ? currentStage(this.progress) : null);

  constructor(id: string) {
    this.#id = id;
  }

  get id(): string {
    return this.#id;
  }
  get bundle(): ProcurementBundle | null {
    return this.#bundle;
  }
  get status(): 'loading' | 'ready' | 'notFound' {
    return this.#status;
  }
  get busy(): boolean {
    return this.#busy;
  }
  get chain(): ChainCheck | null {
    return this.#chain;
  }

  async load(): Promise<void> {
    try {
      if (!this.#id || !(await getProcurement(this.#id))) {
        this.#bundle = null;
        this.#status = 'notFound';
        return;
      }
      this.#bundle = await loadBundle(this.#id);
      this.#status = 'ready';
    } catch (e) {
      notices.error(storageMessage(e));
    }
  }

  /** Saves the changed settings; returns false when storage refused them. */
  async update(patch: ProcurementPatch): Promise<boolean> {
    return this.perform(() => updateProcurement(writeContext(), this.#id, patch));
  }

  async addEvaluator(name: string): Promise<boolean> {
    const role = this.#bundle?.evaluators.length ? 'member' : 'chair';
    return this.perform(() => addEvaluator(writeContext(), this.#id, name.trim(), role));
  }

  async updateEvaluator(id: string, patch: Partial<Pick<Evaluator, 'name' | 'role'>>): Promise<boolean> {
    return this.perform(() => updateEvaluator(writeContext(), id, patch));
  }

  async moveEvaluator(id: string, delta: -1 | 1): Promise<boolean> {
    return this.perform(() => moveEvaluator(writeContext(), id, delta));
  }

  async removeEvaluator(id: string): Promise<boolean> {
    return this.perform(() => removeEvaluator(writeContext(), id));
  }

  async verifyAudit(): Promise<void> {
    try {
      this.#chain = await verifyAudit(this.#id);
    } catch (e) {
      notices.error(storageMessage(e));
    }
  }

  /** Runs a storage action, reports a failure, then reloads the bundle so the page shows what is stored. */
  async perform(action: () => Promise<unknown>): Promise<boolean> {
    this.#busy = true;
    const ok = await attempt(action);
    await this.load();
    this.#chain = null;
    this.#busy = false;
    return ok;
  }
}
