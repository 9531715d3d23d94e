// RowEdits over an in-memory store that applies the one-writer rule as storage does: saves of one
// row in order, what was typed kept until stored, conflicts kept with the user's text until chosen.
import { describe, expect, it } from 'vitest';
import { WriteConflictError } from '$lib/db';
import { applyChange, decideWrite, type WriteBase } from '$lib/domain/versions';
import { RowEdits, type Stored } from './row-edits.svelte';

interface Fields {
  level: string | null;
  rationale: string;
}

class Store {
  record: Stored<Fields> = { version: 1, values: { level: null, rationale: '' } };
  writes = 0;
  async write(change: Partial<Fields>, base: WriteBase<Fields>): Promise<Stored<Fields>> {
    await Promise.resolve();
    const decision = decideWrite(
      base,
      { ...this.record, updatedAt: '2026-12-02T10:00:00.000Z', updatedBy: '別の操作者' },
      change
    );
    if (decision.kind === 'conflict') throw new WriteConflictError(decision);
    this.writes++;
    this.record = { version: this.record.version + 1, values: applyChange(this.record.values, change) };
    return this.record;
  }
  /** Another tab's write, based on what is stored. */
  other(change: Partial<Fields>): void {
    this.record = { version: this.record.version + 1, values: applyChange(this.record.values, change) };
  }
}

const run = async (action: () => Promise<unknown>) => {
  try {
    await action();
    return true;
  } catch {
    return false;
  }
};

function setUp() {
  const store = new Store();
  const edits = new RowEdits<string, Fields>((_cell, change, base) => store.write(change, base), run);
  const shown = (): WriteBase<Fields> => ({ ...store.record });
  return { store, edits, shown };
}

describe('RowEdits', () => {
  it.each<[string, Partial<Fields>[]]>([
    ['a level then a rationale', [{ level: 'A' }, { rationale: '理由' }]],
    ['the same field twice (no conflict with its own write)', [{ rationale: '一' }, { rationale: '二' }]],
    ['three changes', [{ level: 'A' }, { level: 'B' }, { rationale: '理由' }]]
  ])(
    'saves sent at once from one page, all on the same shown base, are all stored: %s',
    async (_, changes) => {
      const { store, edits, shown } = setUp();
      const base = shown();
      const outcomes = await Promise.all(changes.map((c) => edits.save('k', 'cell', base, c)));
      expect(outcomes.every((o) => o === 'saved')).toBe(true);
      expect(store.record.values).toEqual(
        applyChange({ level: null, rationale: '' }, Object.assign({}, ...changes))
      );
      expect(edits.unsaved).toBe(false);
    }
  );

  it('keeps what was typed as a draft until stored, and flush stores it on its own cell', async () => {
    const { store, edits, shown } = setUp();
    edits.edit('k', 'cell', shown(), 'rationale', '入力中');
    expect(edits.draftOf('k', 'rationale')).toBe('入力中');
    expect(edits.unsaved).toBe(true);
    expect(await edits.flush()).toEqual(['saved']);
    expect(store.record.values.rationale).toBe('入力中');
    expect(edits.draftOf('k', 'rationale')).toBeUndefined();
    expect(edits.unsaved).toBe(false);
  });

  it('a field typed while another tab saved it: refused, the text kept, then kept or taken', async () => {
    const { store, edits, shown } = setUp();
    edits.edit('k', 'cell', shown(), 'rationale', '自分の理由');
    store.other({ rationale: '他の理由' });
    expect(await edits.save('k', 'cell', shown(), { rationale: '自分の理由' })).toBe('conflict');
    expect(store.record.values.rationale).toBe('他の理由');
    const conflict = edits.conflictOf('k')!;
    expect(conflict.decision.conflicts.map((c) => [c.field, c.stored])).toEqual([['rationale', '他の理由']]);
    expect(conflict.mine).toEqual({ rationale: '自分の理由' });
    expect(edits.draftOf('k', 'rationale')).toBe('自分の理由');
    // A flush does not write over a conflict the user has not settled.
    expect(await edits.flush()).toEqual([]);

    expect(await edits.keepMine('k')).toBe('saved');
    expect(store.record.values.rationale).toBe('自分の理由');
    expect(edits.conflictOf('k')).toBeUndefined();

    edits.edit('k', 'cell', shown(), 'rationale', 'もう一度');
    store.other({ rationale: '他の再入力' });
    expect(await edits.flush()).toEqual(['conflict']);
    edits.takeStored('k');
    expect(edits.conflictOf('k')).toBeUndefined();
    expect(edits.draftOf('k', 'rationale')).toBeUndefined();
    expect(store.record.values.rationale).toBe('他の再入力');
    expect(edits.unsaved).toBe(false);
  });

  it('a stale level merges with the rationale another tab saved', async () => {
    const { store, edits, shown } = setUp();
    const base = shown();
    store.other({ rationale: '他の理由' });
    expect(await edits.save('k', 'cell', base, { level: 'C' })).toBe('saved');
    expect(store.record.values).toEqual({ level: 'C', rationale: '他の理由' });
  });
});
