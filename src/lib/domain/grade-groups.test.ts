// The grading page's groups must hold exactly what a filter over every grade gives, and a group
// whose records did not change must keep its array (what was worked out from it is then kept).
import { describe, expect, it } from 'vitest';
import { randomBundle } from '$lib/testing/scoring-workbook';
import { cellKey, progressOfLatest, sheetProgress, gradesOf } from './evaluation';
import { bySheet, changedSheets, othersByCell, SheetIndex, type SheetGroups } from './grade-groups';
import type { Grade } from './model';

describe('grade groups', () => {
  it.each([undefined, 'e1', 'e3'])('others by cell for viewer %s: the filter of each cell', (viewer) => {
    const { grades, vendors, requirements } = randomBundle({
      vendors: 3,
      requirements: 8,
      evaluators: 3,
      seed: 5
    });
    const byCell = othersByCell(grades, viewer);
    for (const v of vendors) {
      for (const r of requirements) {
        const expected = grades.filter(
          (g) => g.evaluatorId !== viewer && g.vendorId === v.id && g.requirementId === r.id
        );
        expect(byCell.get(cellKey(v.id, r.id)) ?? []).toEqual(expected);
      }
    }
  });

  it.each([1, 2])('seed %i: progress from the latest grades equals sheetProgress', (seed) => {
    const b = randomBundle({ vendors: 3, requirements: 20, evaluators: 2, seed, gaps: true });
    for (const e of b.evaluators) {
      for (const limit of [0, 5, 20]) {
        expect(progressOfLatest(b.requirements, b.vendors, gradesOf(b.grades, e.id), limit)).toEqual(
          sheetProgress(b.requirements, b.vendors, b.grades, e.id, limit)
        );
      }
    }
  });
});

/** A plain picture of the groups, for comparing: evaluator → vendor → ids in order. */
const pictureOf = (groups: SheetGroups) =>
  Object.fromEntries(
    [...groups].map(([e, sheets]) => [
      e,
      Object.fromEntries([...sheets].map(([v, gs]) => [v, gs.map((g) => g.id)]))
    ])
  );

describe('grades by sheet', () => {
  const b = randomBundle({ vendors: 4, requirements: 12, evaluators: 3, seed: 7, gaps: true });
  const grades = b.grades;
  const at = (evaluatorId: string, n = 0) => grades.filter((g) => g.evaluatorId === evaluatorId)[n]!;
  const changed = (g: Grade): Grade => ({
    ...g,
    rationale: `${g.rationale}（改）`,
    updatedAt: `${g.updatedAt}Z`
  });
  const added = (g: Grade, suffix: string): Grade => ({ ...g, id: `${g.id}${suffix}` });
  const insertAfter = (list: readonly Grade[], g: Grade, extra: Grade[]) => {
    const i = list.indexOf(g);
    return [...list.slice(0, i + 1), ...extra, ...list.slice(i + 1)];
  };

  it('each sheet is the filter of every grade, in the order given', () => {
    const groups = bySheet(grades);
    for (const e of b.evaluators)
      for (const v of b.vendors)
        expect(groups.get(e.id)?.get(v.id) ?? []).toEqual(
          grades.filter((g) => g.evaluatorId === e.id && g.vendorId === v.id)
        );
  });

  it.each([
    { case: 'nothing changed', next: () => [...grades], fresh: [] },
    {
      case: 'one grade saved',
      next: () => grades.map((g) => (g === at('e2') ? changed(g) : g)),
      fresh: ['e2']
    },
    {
      case: 'grades of two evaluators saved',
      next: () => grades.map((g) => (g === at('e1', 3) || g === at('e3', 5) ? changed(g) : g)),
      fresh: ['e1', 'e3']
    },
    {
      case: 'a first grade of a cell inserted',
      next: () => insertAfter(grades, at('e2', 2), [added(at('e2', 2), 'x')]),
      fresh: ['e2']
    },
    {
      case: 'several grades inserted at one place',
      next: () => insertAfter(grades, at('e1', 1), [added(at('e1', 1), 'x'), added(at('e3', 1), 'y')]),
      fresh: ['e1', 'e3']
    },
    { case: 'a grade appended', next: () => [...grades, added(at('e3'), 'z')], fresh: ['e3'] },
    { case: 'a grade removed', next: () => grades.filter((g) => g !== at('e1', 4)), fresh: ['e1'] },
    {
      case: 'every grade of an evaluator removed',
      next: () => grades.filter((g) => g.evaluatorId !== 'e2'),
      fresh: ['e2']
    },
    { case: 'the order reversed (read whole)', next: () => [...grades].reverse(), fresh: null },
    { case: 'everything replaced (read whole)', next: () => grades.map(changed), fresh: null }
  ])(
    '$case: the next index groups as bySheet groups the new list, other sheets kept',
    ({ next: make, fresh }) => {
      const index = new SheetIndex(grades);
      const evaluators = b.evaluators.map((e) => e.id);
      for (const e of evaluators) index.sheetsOf(e);
      const before = bySheet(grades);
      const next = make();
      const after = index.next(next);
      const whole = bySheet(next);
      for (const e of evaluators) {
        expect(pictureOf(new Map([[e, after.sheetsOf(e)]]))).toEqual(
          pictureOf(new Map([[e, whole.get(e) ?? new Map()]]))
        );
        for (const v of b.vendors.map((x) => x.id))
          expect(after.sheet(e, v) ?? []).toEqual(
            next.filter((g) => g.evaluatorId === e && g.vendorId === v)
          );
      }
      if (fresh === null) return;
      // A sheet of an evaluator not named kept its array; so did each sheet whose records are the same.
      for (const [e, sheets] of before) {
        for (const [v, group] of sheets) {
          const same = next.filter((g) => g.evaluatorId === e && g.vendorId === v);
          const kept = same.length === group.length && same.every((g, i) => g === group[i]);
          if (!fresh.includes(e)) expect(after.sheet(e, v)).toBe(index.sheet(e, v));
          else if (kept) expect(after.sheet(e, v)).toEqual(group);
        }
      }
    }
  );

  it('groups an evaluator only when their sheets are asked for, and carries only those to the next list', () => {
    const index = new SheetIndex(grades);
    expect(index.grouped).toEqual([]);
    expect(index.hasGrades('e2')).toBe(true);
    expect(index.hasGrades('nobody')).toBe(false);
    expect(index.grouped).toEqual([]);
    const e2 = index.sheetsOf('e2');
    expect(index.grouped).toEqual(['e2']);
    expect(pictureOf(new Map([['e2', e2]]))).toEqual(
      pictureOf(new Map([['e2', bySheet(grades).get('e2')!]]))
    );
    // A save of another evaluator's grade: e2's sheets are the same arrays, e1 is not grouped yet.
    const saved = grades.map((g) => (g === at('e1', 2) ? changed(g) : g));
    const after = index.next(saved);
    expect(after.grouped).toEqual(['e2']);
    expect(after.sheetsOf('e2')).toBe(e2);
    expect(after.sheetsOf('e1').get(at('e1', 2).vendorId)).toContainEqual(changed(at('e1', 2)));
    // Every grade of e2 removed: grouped, with no sheets.
    const gone = after.next(saved.filter((g) => g.evaluatorId !== 'e2'));
    expect(gone.sheetsOf('e2').size).toBe(0);
    expect(gone.hasGrades('e2')).toBe(false);
    expect(index.next(grades)).toBe(index);
  });

  it('tells which sheets changed, or null when the lists differ too much to tell by walking', () => {
    const one = grades.map((g) => (g === at('e2', 1) ? changed(g) : g));
    expect(changedSheets(grades, one)).toEqual(new Map([['e2', new Set([at('e2', 1).vendorId])]]));
    expect(changedSheets(grades, grades)).toEqual(new Map());
    expect(changedSheets(grades, [...grades].reverse())).toBeNull();
  });
});
