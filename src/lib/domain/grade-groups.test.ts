// The grading page's groups must hold exactly what a filter over every grade gives, and a group
// whose records did not change must keep its array (what was worked out from it is then kept).
import { describe, expect, it } from 'vitest';
import { randomBundle } from '$lib/testing/scoring-workbook';
import { cellKey, progressOfLatest, sheetProgress, gradesOf } from './evaluation';
import { byEvaluator, othersByCell } from './grade-groups';

describe('grade groups', () => {
  it.each([1, 2, 3])('seed %i: each evaluator’s group is the filter of every grade', (seed) => {
    const { grades, evaluators } = randomBundle({
      vendors: 4,
      requirements: 15,
      evaluators: 3,
      seed,
      gaps: true
    });
    const groups = byEvaluator(grades);
    expect([...groups.keys()].sort()).toEqual(evaluators.map((e) => e.id).sort());
    for (const e of evaluators)
      expect(groups.get(e.id)).toEqual(grades.filter((g) => g.evaluatorId === e.id));
  });

  it('keeps the arrays of unchanged groups and gives a new one to the changed group', () => {
    const { grades } = randomBundle({ vendors: 3, requirements: 10, evaluators: 3, seed: 4 });
    const before = byEvaluator(grades);
    const i = grades.findIndex((g) => g.evaluatorId === 'e2');
    const changed = grades.map((g, j) => (j === i ? { ...g, rationale: '変更' } : g));
    const after = byEvaluator(changed, before);
    expect(after.get('e1')).toBe(before.get('e1'));
    expect(after.get('e3')).toBe(before.get('e3'));
    expect(after.get('e2')).not.toBe(before.get('e2'));
    expect(after.get('e2')).toEqual(changed.filter((g) => g.evaluatorId === 'e2'));
  });

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
