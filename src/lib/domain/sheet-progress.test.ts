// An evaluator's progress summed from each sheet's part must be exactly `sheetProgress` over every
// grade: the grading page shows the one and the rules are stated by the other.
import { describe, expect, it } from 'vitest';
import { randomBundle } from '$lib/testing/scoring-workbook';
import { sheetProgress } from './evaluation';
import { bySheet } from './grade-groups';
import type { Grade, ProcurementBundle } from './model';
import { byOrder } from './records';
import { combineProgress, latestOfSheet, vendorProgress } from './sheet-progress';

/** Some cells graded twice (the later grade counts), some rationales blank, some grades missing. */
function untidy(b: ProcurementBundle): Grade[] {
  const grades: Grade[] = [];
  b.grades.forEach((g, i) => {
    if (i % 11 === 0) return;
    grades.push(i % 7 === 0 ? { ...g, rationale: '  ' } : g);
    if (i % 5 === 0)
      grades.push({ ...g, id: `${g.id}-later`, level: null, verdict: null, updatedAt: `${g.updatedAt}Z` });
    if (i % 13 === 0)
      grades.push({ ...g, id: `${g.id}-earlier`, rationale: '', updatedAt: `0${g.updatedAt}` });
  });
  return grades;
}

function bySheets(b: ProcurementBundle, grades: readonly Grade[], evaluatorId: string, limit: number) {
  const groups = bySheet(grades);
  const requirements = byOrder(b.requirements);
  return combineProgress(
    byOrder(b.vendors).map((v) => v.id),
    requirements.length,
    (vendorId) => vendorProgress(requirements, latestOfSheet(groups.get(evaluatorId)?.get(vendorId) ?? [])),
    limit
  );
}

describe('progress by sheet', () => {
  it.each([
    { case: 'every cell graded', seed: 1, tidy: true },
    { case: 'gaps', seed: 2, tidy: true },
    { case: 'cells graded twice, blank rationales, missing grades', seed: 3, tidy: false },
    { case: 'the same, another draw', seed: 4, tidy: false }
  ])('$case: equals sheetProgress for every evaluator and limit', ({ seed, tidy }) => {
    const b = randomBundle({ vendors: 4, requirements: 30, evaluators: 3, seed, gaps: seed !== 1 });
    const grades = tidy ? b.grades : untidy(b);
    for (const e of [...b.evaluators, { id: 'nobody' }]) {
      for (const limit of [0, 5, 20]) {
        expect(bySheets(b, grades, e.id, limit)).toEqual(
          sheetProgress(b.requirements, b.vendors, grades, e.id, limit)
        );
      }
    }
  });

  it('finds open cells past the first vendors (a complete vendor gives none)', () => {
    const b = randomBundle({ vendors: 3, requirements: 10, evaluators: 1, seed: 6 });
    const last = byOrder(b.vendors).at(-1)!.id;
    const grades = b.grades.map((g) => (g.vendorId === last ? { ...g, rationale: '' } : g));
    const progress = bySheets(b, grades, 'e1', 20);
    expect(progress.open.map((o) => o.vendorId)).toEqual(Array(10).fill(last));
    expect(progress).toEqual(sheetProgress(b.requirements, b.vendors, grades, 'e1', 20));
  });
});
