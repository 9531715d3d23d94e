/**
 * What the user typed into a row and has not seen stored yet, for the answer table and the grading
 * sheet. A draft is the field's value on screen until it is stored, so a reload of the bundle (a
 * save here or in another tab) never replaces it. Each save carries the base the user edited
 * (`domain/versions.ts`); a refused one becomes a conflict the row shows, with the user's text
 * still in the field, until they keep theirs or take the stored one. Saves of one row run in
 * order. `flush` saves every draft (before a switch, a navigation or closing the tab).
 */
import { SvelteMap } from 'svelte/reactivity';
import { WriteConflictError } from '$lib/db';
import type { WriteBase, WriteDecision } from '$lib/domain/versions';

export type ConflictDecision<F extends object> = Extract<WriteDecision<F>, { kind: 'conflict' }>;

/** A record as stored after a write: its version and the fields the rows edit. */
export interface Stored<F extends object> {
  version: number;
  values: F;
}

interface Draft<C, F extends object> {
  cell: C;
  base: WriteBase<F>;
  fields: Partial<F>;
}

export interface RowConflict<F extends object> {
  decision: ConflictDecision<F>;
  /** The user's values of the fields in conflict, as typed. */
  mine: Partial<F>;
}

export type SaveOutcome = 'saved' | 'conflict' | 'failed';

export class RowEdits<C, F extends object> {
  #write: (cell: C, change: Partial<F>, base: WriteBase<F>) => Promise<Stored<F>>;
  #run: (action: () => Promise<unknown>) => Promise<boolean>;
  #drafts = new SvelteMap<string, Draft<C, F>>();
  #conflicts = new SvelteMap<string, RowConflict<F> & { cell: C }>();
  /** What this tab's own last write stored, per row (newer than the bundle until it reloads). */
  #known = new SvelteMap<string, Stored<F>>();
  #queue = new SvelteMap<string, Promise<unknown>>();
  #pending = $state(0);

  /**
   * `write` stores a change on its base (throwing `WriteConflictError` when refused); `run` is the
   * workspace's `perform`, which reports any other failure and reloads the bundle.
   */
  constructor(
    write: (cell: C, change: Partial<F>, base: WriteBase<F>) => Promise<Stored<F>>,
    run: (action: () => Promise<unknown>) => Promise<boolean>
  ) {
    this.#write = write;
    this.#run = run;
  }

  /** Saves under way. */
  get pending(): boolean {
    return this.#pending > 0;
  }
  /** Anything typed and not yet stored, or being stored: closing the tab would lose it. */
  get unsaved(): boolean {
    return this.#pending > 0 || this.#drafts.size > 0;
  }

  /** The value typed into a field and not yet stored (undefined: the field shows what is stored). */
  draftOf<K extends keyof F>(key: string, field: K): F[K] | undefined {
    return this.#drafts.get(key)?.fields[field];
  }

  /** Every field of a row typed and not yet stored. */
  draftFields(key: string): Partial<F> | undefined {
    return this.#drafts.get(key)?.fields;
  }

  conflictOf(key: string): RowConflict<F> | undefined {
    return this.#conflicts.get(key);
  }
  get conflictCount(): number {
    return this.#conflicts.size;
  }

  /** Records a keystroke. The base is the row as it was when the user started editing it. */
  edit<K extends keyof F>(key: string, cell: C, shown: WriteBase<F>, field: K, value: F[K]): void {
    const draft = this.#drafts.get(key);
    const fields = { ...draft?.fields, [field]: value } as Partial<F>;
    this.#drafts.set(key, { cell, base: draft?.base ?? this.#newest(key, shown), fields });
  }

  /** Saves a change to one row, after any save of that row still under way. */
  save(key: string, cell: C, shown: WriteBase<F>, change: Partial<F>): Promise<SaveOutcome> {
    // Until it is stored, the field shows the user's value, whatever the bundle reloads meanwhile.
    for (const field of Object.keys(change) as (keyof F)[]) {
      this.edit(key, cell, shown, field, change[field] as F[keyof F]);
    }
    const previous = this.#queue.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.#store(key, cell, shown, change));
    this.#queue.set(key, next);
    this.#pending++;
    return next.finally(() => {
      this.#pending--;
      if (this.#queue.get(key) === next) this.#queue.delete(key);
    });
  }

  /** Saves every draft not in conflict: before the rows are switched, navigated away from or closed. */
  flush(): Promise<SaveOutcome[]> {
    const open = [...this.#drafts].filter(([key]) => !this.#conflicts.has(key));
    return Promise.all(open.map(([key, d]) => this.save(key, d.cell, d.base, d.fields)));
  }

  /** Keeps the user's values: saved again on the version stored now, which the user has seen named. */
  keepMine(key: string): Promise<SaveOutcome> {
    const conflict = this.#conflicts.get(key);
    const draft = this.#drafts.get(key);
    if (!conflict) return Promise.resolve('saved');
    const base = { version: conflict.decision.storedVersion, values: conflict.decision.storedValues };
    const change = { ...conflict.mine, ...draft?.fields };
    this.#conflicts.delete(key);
    this.#drafts.set(key, { cell: conflict.cell, base, fields: change });
    return this.save(key, conflict.cell, base, change);
  }

  /** Takes the stored values: the user's values of the fields in conflict are dropped. */
  takeStored(key: string): void {
    const conflict = this.#conflicts.get(key);
    if (!conflict) return;
    this.#conflicts.delete(key);
    const draft = this.#drafts.get(key);
    if (!draft) return;
    const fields = { ...draft.fields };
    for (const c of conflict.decision.conflicts) delete fields[c.field];
    if (Object.keys(fields).length === 0) this.#drafts.delete(key);
    else
      this.#drafts.set(key, {
        ...draft,
        base: { version: conflict.decision.storedVersion, values: conflict.decision.storedValues },
        fields
      });
  }

  /** The newer of what the page shows and what this tab last stored. */
  #newest(key: string, shown: WriteBase<F>): WriteBase<F> {
    const known = this.#known.get(key);
    return known && known.version > shown.version ? known : shown;
  }

  async #store(key: string, cell: C, shown: WriteBase<F>, change: Partial<F>): Promise<SaveOutcome> {
    const base = this.#drafts.get(key)?.base ?? this.#newest(key, shown);
    let stored: Stored<F> | null = null;
    let refused: ConflictDecision<F> | null = null;
    const ok = await this.#run(async () => {
      try {
        stored = await this.#write(cell, change, base);
      } catch (e) {
        if (!(e instanceof WriteConflictError)) throw e;
        refused = (e as WriteConflictError<F>).decision;
      }
    });
    if (refused !== null) {
      const decision: ConflictDecision<F> = refused;
      const mine: Partial<F> = {};
      for (const c of decision.conflicts) mine[c.field] = change[c.field];
      this.#conflicts.set(key, { decision, mine, cell });
      return 'conflict';
    }
    if (!ok || stored === null) return 'failed';
    const saved: Stored<F> = stored;
    this.#known.set(key, saved);
    this.#conflicts.delete(key);
    const draft = this.#drafts.get(key);
    if (draft) {
      const fields = { ...draft.fields };
      for (const field of Object.keys(change) as (keyof F)[]) {
        // Typed on since: that newer value is still a draft.
        if (Object.is(fields[field], change[field])) delete fields[field];
      }
      // Nobody else wrote in between: what remains is based on what this write stored.
      const rebased = saved.version === base.version + 1 ? saved : draft.base;
      if (Object.keys(fields).length === 0) this.#drafts.delete(key);
      else this.#drafts.set(key, { ...draft, base: rebased, fields });
    }
    return 'saved';
  }
}
