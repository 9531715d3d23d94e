import { beforeEach, describe, expect, it } from 'vitest';
import type { Response } from '$lib/domain/model';
import { lockCriteria } from './criteria';
import { getDb } from './database';
import { type StorageError, WriteConflictError } from './errors';
import { changeGrade, type GradeFields } from './grades';
import { changeResponse, putResponse, type ResponseFields } from './responses';
import { freshDb, seedProcurement, testContext } from '$lib/testing/db';

const tabA = testContext('山田');
const tabB = testContext('佐藤');

type Seeded = Awaited<ReturnType<typeof seedProcurement>>;
let s: Seeded;

beforeEach(async () => {
  freshDb();
  s = await seedProcurement(tabA);
});

const fields = (r: Response): ResponseFields => ({
  answer: r.answer,
  explanation: r.explanation,
  evidenceRefs: r.evidenceRefs
});
const baseOf = (r: Response) => ({ version: r.version ?? 0, values: fields(r) });
const cell1 = () => ({ procurementId: s.p.id, vendorId: s.v1.id, requirementId: s.r1.id });
const stored = async () => (await (await getDb()).responses.get(s.res1.id))!;

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return null;
  } catch (e) {
    return e;
  }
}

describe('versioned answer writes', () => {
  it('counts the version up on every write and records the writer', async () => {
    const first = await stored();
    expect(first.version).toBe(1);
    const next = await changeResponse(tabB, cell1(), { explanation: '更新' }, baseOf(first));
    expect(next.version).toBe(2);
    expect(next.updatedBy).toBe('佐藤');
    // Nothing changed: nothing written, the version stays.
    const same = await changeResponse(tabB, cell1(), { explanation: '更新' }, baseOf(next));
    expect(same.version).toBe(2);
  });

  it('merges a stale write that changed another field: both edits are kept (the issue reproduction)', async () => {
    const shown = await stored();
    // Tab B changes the explanation; tab A, not reloaded, then changes the answer of the same row.
    await changeResponse(tabB, cell1(), { explanation: 'Bの説明' }, baseOf(shown));
    const merged = await changeResponse(tabA, cell1(), { answer: 'partial' }, baseOf(shown));
    expect(fields(merged)).toEqual({ answer: 'partial', explanation: 'Bの説明', evidenceRefs: 'p.3' });
    expect(fields(await stored())).toEqual(fields(merged));
    expect(merged.version).toBe(3);
  });

  it('refuses a stale write to the field the other writer changed, naming it, and writes nothing', async () => {
    const shown = await stored();
    await changeResponse(tabB, cell1(), { explanation: 'Bの説明' }, baseOf(shown));
    const before = await stored();
    const error = await failure(changeResponse(tabA, cell1(), { explanation: 'Aの説明' }, baseOf(shown)));
    expect(error).toBeInstanceOf(WriteConflictError);
    expect((error as StorageError).code).toBe('conflict');
    const decision = (error as WriteConflictError<ResponseFields>).decision;
    expect(decision.conflicts).toEqual([
      { field: 'explanation', base: shown.explanation, stored: 'Bの説明', mine: 'Aの説明' }
    ]);
    expect(decision.by).toBe('佐藤');
    expect(decision.at).toBe(before.updatedAt);
    expect(decision.storedVersion).toBe(before.version);
    expect(await stored()).toEqual(before);
    // Keeping one's own text: the same change based on what is stored now goes through.
    const kept = await changeResponse(tabA, cell1(), { explanation: 'Aの説明' }, baseOf(before));
    expect(kept.explanation).toBe('Aの説明');
  });

  it('reads a record stored before versions as version 0', async () => {
    const old = await stored();
    const { version: _v, updatedBy: _b, ...legacy } = old;
    await (await getDb()).responses.put(legacy);
    const next = await changeResponse(tabA, cell1(), { answer: 'none' }, { version: 0, values: fields(old) });
    expect(next.version).toBe(1);
  });

  it('an import (no base) overwrites as before and counts the version up', async () => {
    const shown = await stored();
    const imported = await putResponse(tabA, {
      ...cell1(),
      ...fields(shown),
      explanation: '取込',
      source: 'import'
    });
    expect(imported.version).toBe(2);
  });
});

describe('versioned grade writes', () => {
  it('merges a stale level with a rationale saved meanwhile, and refuses two rationales', async () => {
    expect((await lockCriteria(tabA, s.p.id)).ok).toBe(true);
    const cell = { procurementId: s.p.id, evaluatorId: s.e1.id, vendorId: s.v1.id, requirementId: s.r1.id };
    const shown = (await (
      await getDb()
    ).grades
      .where('[evaluatorId+vendorId+requirementId]')
      .equals([s.e1.id, s.v1.id, s.r1.id])
      .first())!;
    const base = {
      version: shown.version ?? 0,
      values: { verdict: shown.verdict, level: shown.level, rationale: shown.rationale } satisfies GradeFields
    };
    await changeGrade(tabB, cell, { rationale: 'Bの理由' }, base);
    const merged = await changeGrade(tabA, cell, { level: 'A' }, base);
    expect([merged.level, merged.rationale]).toEqual(['A', 'Bの理由']);
    const error = await failure(changeGrade(tabA, cell, { rationale: 'Aの理由' }, base));
    expect(error).toBeInstanceOf(WriteConflictError);
    expect((error as WriteConflictError<GradeFields>).decision.conflicts.map((c) => c.field)).toEqual([
      'rationale'
    ]);
  });
});
