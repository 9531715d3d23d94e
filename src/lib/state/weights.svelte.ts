/**
 * Points entered as weights (%): the conversion (`domain/weights.ts`, stored by `db.applyWeights`) and the
 * removal of its statement from the criteria. Problems of the weights entered are kept for the form to show.
 */
import { applyWeights, updateProcurement } from '$lib/db';
import type { WeightProblem } from '$lib/domain/weights';
import { writeContext } from './context';
import { notices } from './notices.svelte';
import type { WorkspaceState } from './workspace.svelte';

export class WeightsState {
  #workspace: () => WorkspaceState;
  #issues = $state.raw<WeightProblem[]>([]);

  constructor(workspace: () => WorkspaceState) {
    this.#workspace = workspace;
  }

  get issues(): readonly WeightProblem[] {
    return this.#issues;
  }

  async apply(weights: { id: string; percent: number }[], total: number): Promise<boolean> {
    const ws = this.#workspace();
    let issues: WeightProblem[] = [];
    const ok = await ws.perform(async () => {
      issues = (await applyWeights(writeContext(), ws.id, weights, total)).issues;
    });
    this.#issues = issues;
    if (ok && issues.length === 0) notices.info({ key: 'weights.applied', params: { total } });
    return ok && issues.length === 0;
  }

  async clear(): Promise<void> {
    const ws = this.#workspace();
    const settings = ws.bundle?.procurement.settings;
    if (!settings) return;
    if (
      await ws.perform(() =>
        updateProcurement(writeContext(), ws.id, { settings: { ...settings, weightConversion: null } })
      )
    )
      notices.info({ key: 'weights.cleared' });
  }
}
