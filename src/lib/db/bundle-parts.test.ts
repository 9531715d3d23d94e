// A large procurement's grades and answers are read in parts (one evaluator's grades of one
// vendor, one vendor's answers); the bundle must be the same as one whole read would give, and a
// row the parts cannot reach (its evaluator not the procurement's) must not be lost.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProcurementBundle } from '$lib/domain/model';
import { byIdOrder } from '$lib/domain/records';
import { freshDb } from '$lib/testing/db';
import { randomBundle } from '$lib/testing/scoring-workbook';
import { loadBundle, saveBundles } from './bundle';

beforeEach(() => {
  freshDb();
});

/** 4 vendors × 880 requirements × 3 evaluators: 10,560 grades, above the whole-read limit. */
function large(): ProcurementBundle {
  const b = randomBundle({ vendors: 4, requirements: 880, evaluators: 3, seed: 11, responses: true });
  return { ...b, grades: [...b.grades].sort(byIdOrder), responses: [...b.responses].sort(byIdOrder) };
}

describe('loadBundle of a large procurement', () => {
  it('reads the grades and answers in parts into the bundle a whole read gives', async () => {
    const bundle = large();
    expect(bundle.grades.length).toBeGreaterThan(10_000);
    await saveBundles([bundle]);
    const loaded = await loadBundle(bundle.procurement.id);
    expect(loaded.grades).toEqual(bundle.grades);
    expect(loaded.responses).toEqual(bundle.responses);
  }, 60_000);

  it('keeps a grade whose evaluator is not on the panel (read whole instead)', async () => {
    const bundle = large();
    const stray = { ...bundle.grades[0]!, id: 'g-stray', evaluatorId: 'gone' };
    const grades = [...bundle.grades, stray].sort(byIdOrder);
    await saveBundles([{ ...bundle, grades }]);
    const loaded = await loadBundle(bundle.procurement.id);
    expect(loaded.grades).toEqual(grades);
  }, 60_000);
});
