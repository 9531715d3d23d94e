import { describe, expect, it } from 'vitest';
import { StorageError, WriteConflictError } from '$lib/db';
import type { WriteDecision } from '$lib/domain/versions';
import { saveRecordEdit } from './record-edit';

interface Fields {
  notes: string;
}
type Conflict = Extract<WriteDecision<Fields>, { kind: 'conflict' }>;

const conflict: Conflict = {
  kind: 'conflict',
  conflicts: [{ field: 'notes', base: '元', stored: '他のタブ', mine: '自分' }],
  storedVersion: 4,
  storedValues: { notes: '他のタブ' },
  at: '2026-12-02T10:00:00.000Z',
  by: '佐藤'
};

/** The workspace's `perform`: reports any failure as false (as `attempt` does), counting its runs. */
function performer() {
  const runs = { count: 0, reported: [] as unknown[] };
  const perform = async (action: () => Promise<unknown>) => {
    runs.count++;
    try {
      await action();
      return true;
    } catch (e) {
      runs.reported.push(e);
      return false;
    }
  };
  return { runs, perform };
}

describe('saveRecordEdit', () => {
  it.each<[string, () => Promise<unknown>, string, number]>([
    ['a stored write', async () => ({}), 'saved', 0],
    [
      'a refusal of storage (not a conflict), reported',
      async () => Promise.reject(new StorageError('frozen')),
      'failed',
      1
    ],
    [
      'a conflict, kept for the form and not reported as an error',
      async () => Promise.reject(new WriteConflictError(conflict)),
      'conflict',
      0
    ]
  ])('%s', async (_, action, kind, reported) => {
    const { runs, perform } = performer();
    const outcome = await saveRecordEdit<Fields>(perform, action);
    expect(outcome.kind).toBe(kind);
    expect(runs.count).toBe(1);
    expect(runs.reported).toHaveLength(reported);
    if (outcome.kind === 'conflict') expect(outcome.decision).toEqual(conflict);
  });
});
