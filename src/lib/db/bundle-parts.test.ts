// A large procurement's grades and answers are read in parts (one evaluator's grades of one
// vendor, one vendor's answers); the bundle must be the same as one whole read would give, and a
// row the parts cannot reach (its evaluator not the procurement's) must not be lost.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProcurementBundle } from '$lib/domain/model';
import { byIdOrder } from '$lib/domain/records';
import { freshDb } from '$lib/testing/db';
import { randomBundle } from '$lib/testing/scoring-workbook';
import { bundleTables, dexieSource, loadBundle, loadBundleFrom, saveBundles } from './bundle';
import type { SenteiDb } from './schema';

let db: SenteiDb;
beforeEach(() => {
  db = freshDb();
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

describe('loadBundleFrom, the reader Dexie and the first read without it share', () => {
  it('reads in parts only above the limit it is given, into the same bundle', async () => {
    const bundle = randomBundle({ vendors: 2, requirements: 5, evaluators: 2, seed: 3, responses: true });
    await saveBundles([bundle]);
    const id = bundle.procurement.id;
    const withLimit = (limit: number) =>
      db.transaction('r', bundleTables(db), async (tx) => {
        const source = dexieSource(tx);
        const gradeParts = vi.spyOn(source, 'gradesOf');
        const answerParts = vi.spyOn(source, 'responsesOf');
        const loaded = await loadBundleFrom(source, id, limit);
        return { loaded, parts: gradeParts.mock.calls.length + answerParts.mock.calls.length };
      });
    const whole = await withLimit(100);
    const inParts = await withLimit(5);
    expect(whole.parts).toBe(0);
    // 2 evaluators × 2 vendors for the 20 grades, 2 vendors for the 10 answers.
    expect(inParts.parts).toBe(6);
    expect(inParts.loaded).toEqual(whole.loaded);
    expect(whole.loaded).toEqual(await loadBundle(id));
  });
});
