/**
 * One procurement open in the workspace: its whole bundle, where it stands in the five stages,
 * and the actions of the settings and audit pages. Every change reloads the bundle from storage,
 * so what is shown is what is stored, and is announced to the other tabs, which reload theirs.
 * Grade saves are the exception, for speed on a large panel: only what they wrote is read back
 * (`performGradeSave`, `catchUpGrades`, `domain/grade-delta.ts`), else the bundle is loaded whole.
 */
import { nextTask } from '$lib/charts/deferred';
import { findBundle, type ProcurementPatch } from '$lib/db/procurements';
import { readBundleFirst } from './bundle-read-client';
import type { ChainCheck } from '$lib/domain/audit';
import type { Evaluator, ProcurementBundle, ScoringSettings } from '$lib/domain/model';
import type { ProcurementFields } from '$lib/domain/record-fields';
import type { WriteBase } from '$lib/domain/versions';
import { saveRecordEdit, type EditOutcome } from './record-edit';
import { currentStage, stageProgress, type StageProgress } from '$lib/domain/stages';
import { writeContext } from './context';
import { attempt, storageMessage } from './errors';
import { notices } from './notices.svelte';
import { announceChange, onOtherTabChange } from './tab-sync';

/**
 * The write code, the grade read-back and the audit check, loaded on the first action that needs
 * them rather than with every page: the first read is `findBundle`'s (without Dexie), and the
 * layout warms Dexie once the page shows.
 */
const evaluators = () => import('$lib/db/evaluators');
const edits = () => import('$lib/db/procurement-edit');
const writes = () => import('$lib/db/procurement-write');
const grades = () => import('$lib/db/grades');
const gradeDelta = () => import('$lib/domain/grade-delta');
const audit = () => import('$lib/db/audit');

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

  /**
   * Loads started, and the latest: only its result is shown, since an earlier load (of a save, or
   * of another tab's) may end after it with older data; an earlier one waits for it instead.
   */
  #loads = 0;
  #latest: Promise<void> = Promise.resolve();

  load(): Promise<void> {
    const loading = this.#loadOnce(++this.#loads);
    this.#latest = loading;
    return loading;
  }

  async #loadOnce(load: number): Promise<void> {
    try {
      const bundle = this.#id ? await findBundle(this.#id, (id) => readBundleFirst(id)) : null;
      // The reading and sorting of a large bundle end in a task of their own; the page is drawn
      // from it in the next, so the two do not add up to one long task.
      await nextTask();
      if (load !== this.#loads) return await this.#latest;
      this.#bundle = bundle;
      this.#status = bundle ? 'ready' : 'notFound';
    } catch (e) {
      notices.error(storageMessage(e));
    }
  }

  /**
   * Brings the bundle up to date after grade saves (this tab's or another's) by reading only what
   * they wrote; loads it whole when anything else changed, or when a load is under way.
   */
  catchUpGrades(): Promise<void> {
    const base = this.#bundle;
    if (!base || this.#status !== 'ready') return this.load();
    const load = ++this.#loads;
    const catching = (async () => {
      try {
        const [{ loadGradeDelta }, { applyGradeDelta, lastAuditSeq }] = await Promise.all([
          grades(),
          gradeDelta()
        ]);
        const delta = await loadGradeDelta(this.#id, lastAuditSeq(base));
        if (load !== this.#loads) return await this.#latest;
        const next = delta && this.#bundle === base ? applyGradeDelta(base, delta) : null;
        if (next) this.#bundle = next;
        else await this.load();
      } catch (e) {
        notices.error(storageMessage(e));
      }
    })();
    this.#latest = catching;
    return catching;
  }

  /** Saves the changed settings; returns false when storage refused them. */
  async update(patch: ProcurementPatch): Promise<boolean> {
    return this.perform(async () => (await writes()).updateProcurement(writeContext(), this.#id, patch));
  }

  /** Saves the fields the settings form changed from `base` (one writer at a time). */
  saveFields(
    patch: ProcurementPatch,
    base: WriteBase<ProcurementFields>
  ): Promise<EditOutcome<ProcurementFields>> {
    return saveRecordEdit<ProcurementFields>(
      (action) => this.perform(action),
      async () => (await edits()).editProcurement(writeContext(), this.#id, patch, base)
    );
  }

  /** Saves the scoring settings the form changed from `base` (one writer at a time). */
  saveSettings(
    settings: ScoringSettings,
    base: WriteBase<ScoringSettings>
  ): Promise<EditOutcome<ScoringSettings>> {
    return saveRecordEdit<ScoringSettings>(
      (action) => this.perform(action),
      async () => (await edits()).updateSettings(writeContext(), this.#id, settings, base)
    );
  }

  async addEvaluator(name: string): Promise<boolean> {
    const role = this.#bundle?.evaluators.length ? 'member' : 'chair';
    return this.perform(async () =>
      (await evaluators()).addEvaluator(writeContext(), this.#id, name.trim(), role)
    );
  }

  async updateEvaluator(id: string, patch: Partial<Pick<Evaluator, 'name' | 'role'>>): Promise<boolean> {
    return this.perform(async () => (await evaluators()).updateEvaluator(writeContext(), id, patch));
  }

  async moveEvaluator(id: string, delta: -1 | 1): Promise<boolean> {
    return this.perform(async () => (await evaluators()).moveEvaluator(writeContext(), id, delta));
  }

  async removeEvaluator(id: string): Promise<boolean> {
    return this.perform(async () => (await evaluators()).removeEvaluator(writeContext(), id));
  }

  async verifyAudit(): Promise<void> {
    try {
      this.#chain = await (await audit()).verifyAudit(this.#id);
    } catch (e) {
      notices.error(storageMessage(e));
    }
  }

  /** Reloads the bundle whenever another tab changes this procurement; returns the unsubscribe. */
  watchOtherTabs(): () => void {
    return onOtherTabChange((procurementId, gradesOnly) => {
      if (procurementId !== this.#id) return;
      void (gradesOnly ? this.catchUpGrades() : this.load());
    });
  }

  /** Runs a storage action, reports a failure, then reloads the bundle so the page shows what is stored. */
  async perform(action: () => Promise<unknown>): Promise<boolean> {
    this.#busy = true;
    const ok = await attempt(action);
    if (ok) announceChange(this.#id);
    await this.load();
    this.#chain = null;
    this.#busy = false;
    return ok;
  }

  /**
   * `perform` for an action that only saves grades (`changeGrade`): the same report and
   * announcement, but only what it wrote is read back (the bundle is loaded whole if anything
   * else changed meanwhile).
   */
  async performGradeSave(action: () => Promise<unknown>): Promise<boolean> {
    this.#busy = true;
    const ok = await attempt(action);
    if (ok) announceChange(this.#id, true);
    await this.catchUpGrades();
    this.#chain = null;
    this.#busy = false;
    return ok;
  }
}
