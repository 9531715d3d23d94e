import { beforeEach, describe, expect, it } from 'vitest';
import { gradesDigest } from '$lib/domain/evaluation';
import { sha256Text } from '$lib/domain/sha256';
import { listAudit } from './audit';
import { loadBundle } from './bundle';
import { putConsensus } from './consensus';
import { lockCriteria } from './criteria';
import { getDb } from './database';
import { StorageError } from './errors';
import {
  lockTechnicalEvaluation,
  recordBid,
  recordLowBidOutcome,
  recordTieResolution,
  returnEvaluation,
  submitEvaluation
} from './evaluation';
import { addEvaluator, removeEvaluator } from './evaluators';
import { changeGrade, listGrades, putGrade } from './grades';
import { getProcurement } from './procurements';
import { createProcurement, updateProcurement } from './procurement-write';
import { addRequirement } from './requirements';
import { freshDb, requirementInput, testContext } from '$lib/testing/db';
import { addVendor, removeVendor } from './vendors';

const ctx = testContext('委員長');

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (e) {
    return e instanceof StorageError ? e.code : String(e);
  }
}

async function committee({ lock = true } = {}) {
  const p = await createProcurement(ctx, '採点のテスト');
  await updateProcurement(ctx, p.id, { settings: { ...p.settings, ceilingPrice: 10_000_000 } });
  const must = await addRequirement(ctx, p.id, {
    ...requirementInput('R-001'),
    kind: 'mandatory',
    basePoints: 10,
    points: 0
  });
  const scored = await addRequirement(ctx, p.id, requirementInput('R-002'));
  const e1 = await addEvaluator(ctx, p.id, '高橋');
  const e2 = await addEvaluator(ctx, p.id, '佐藤');
  const v1 = await addVendor(ctx, p.id, '甲社');
  const v2 = await addVendor(ctx, p.id, '乙社');
  if (lock) expect((await lockCriteria(ctx, p.id)).ok).toBe(true);
  return { p, must, scored, e1, e2, v1, v2 };
}

type Committee = Awaited<ReturnType<typeof committee>>;

/** Grades every cell of one evaluator's sheet, with a rationale. */
async function gradeAll(c: Committee, evaluatorId: string, level = 'B') {
  for (const v of [c.v1, c.v2]) {
    const cell = { procurementId: c.p.id, evaluatorId, vendorId: v.id, rationale: '記載あり' };
    await putGrade(ctx, { ...cell, requirementId: c.must.id, verdict: 'pass', level: null });
    await putGrade(ctx, { ...cell, requirementId: c.scored.id, verdict: null, level });
  }
}

describe('grading rules in storage', () => {
  beforeEach(() => {
    freshDb();
  });

  it('merges a change with the cell as stored: a level and a rationale sent at once both stay', async () => {
    const c = await committee();
    const cell = {
      procurementId: c.p.id,
      evaluatorId: c.e1.id,
      vendorId: c.v1.id,
      requirementId: c.scored.id
    };
    await putGrade(ctx, { ...cell, verdict: null, level: 'C', rationale: '旧い理由' });
    // Both sent from the same page before either was stored, each with only its own field.
    await Promise.all([
      changeGrade(ctx, cell, { level: 'A' }),
      changeGrade(ctx, cell, { rationale: '多要素認証を全利用者に適用' })
    ]);
    const stored = (await listGrades(c.p.id)).filter((g) => g.requirementId === c.scored.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ level: 'A', rationale: '多要素認証を全利用者に適用' });
    // A field set to empty on purpose is stored empty, not taken from before.
    await changeGrade(ctx, cell, { level: null });
    expect((await listGrades(c.p.id)).find((g) => g.requirementId === c.scored.id)?.level).toBeNull();
  });

  it('refuses a grade before the criteria are locked', async () => {
    const c = await committee({ lock: false });
    const grade = { procurementId: c.p.id, evaluatorId: c.e1.id, vendorId: c.v1.id, rationale: '' };
    expect(
      await code(putGrade(ctx, { ...grade, requirementId: c.scored.id, verdict: null, level: 'A' }))
    ).toBe('criteriaNotLocked');
  });

  it.each([
    ['a level on a mandatory item', 'must', null, 'A'],
    ['a verdict on a scored item', 'scored', 'pass', null],
    ['a level not in the rubric', 'scored', null, 'Z']
  ] as const)('refuses %s', async (_, which, verdict, level) => {
    const c = await committee();
    const requirementId = c[which].id;
    const grade = { procurementId: c.p.id, evaluatorId: c.e1.id, vendorId: c.v1.id, rationale: 'x' };
    expect(await code(putGrade(ctx, { ...grade, requirementId, verdict, level }))).toBe('invalidGrade');
  });

  it('submits only a complete sheet, then refuses further grades until the chair returns it', async () => {
    const c = await committee();
    await gradeAll(c, c.e1.id);
    await putGrade(ctx, {
      procurementId: c.p.id,
      evaluatorId: c.e1.id,
      vendorId: c.v2.id,
      requirementId: c.scored.id,
      verdict: null,
      level: 'C',
      rationale: '  '
    });
    expect(await code(submitEvaluation(ctx, c.e1.id))).toBe('incomplete');
    await gradeAll(c, c.e1.id);
    await submitEvaluation(ctx, c.e1.id);
    const bundle = await loadBundle(c.p.id);
    expect(bundle.evaluators.find((e) => e.id === c.e1.id)?.submittedAt).not.toBeNull();
    expect((await listAudit(c.p.id)).at(-1)).toMatchObject({
      action: 'evaluation.submit',
      entityId: c.e1.id
    });
    expect(await code(gradeAll(c, c.e1.id, 'A'))).toBe('gradingClosed');

    expect(await code(returnEvaluation(ctx, c.e1.id, '短い'))).toBe('reasonRequired');
    await returnEvaluation(ctx, c.e1.id, '評価理由の補足のため差し戻し');
    await gradeAll(c, c.e1.id, 'A');
    expect((await listAudit(c.p.id)).some((e) => e.action === 'evaluation.return')).toBe(true);
  });

  it('locks the technical evaluation only when every evaluator has submitted, with the grades digest', async () => {
    const c = await committee();
    await gradeAll(c, c.e1.id);
    await submitEvaluation(ctx, c.e1.id);
    expect(await code(lockTechnicalEvaluation(ctx, c.p.id))).toBe('incomplete');
    await gradeAll(c, c.e2.id, 'D');
    await putConsensus(ctx, {
      procurementId: c.p.id,
      vendorId: c.v1.id,
      requirementId: c.scored.id,
      verdict: null,
      level: 'C',
      reason: '合議により C とした'
    });
    await submitEvaluation(ctx, c.e2.id);
    await lockTechnicalEvaluation(ctx, c.p.id);

    const bundle = await loadBundle(c.p.id);
    expect(bundle.procurement.technicalLock).toMatchObject({ by: '委員長' });
    const entry = (await listAudit(c.p.id)).at(-1)!;
    expect(entry.action).toBe('evaluation.lockTechnical');
    expect(JSON.parse(entry.after)).toMatchObject({
      grades: 8,
      consensus: 1,
      gradesHash: gradesDigest(bundle.grades, bundle.consensus, sha256Text)
    });
    expect(await code(gradeAll(c, c.e2.id))).toBe('gradingClosed');
    expect(
      await code(
        putConsensus(ctx, {
          procurementId: c.p.id,
          vendorId: c.v2.id,
          requirementId: c.scored.id,
          verdict: null,
          level: 'A',
          reason: '後から'
        })
      )
    ).toBe('gradingClosed');
    expect(await code(lockTechnicalEvaluation(ctx, c.p.id))).toBe('gradingClosed');
  });

  it('asks for the reason of a consensus grade', async () => {
    const c = await committee();
    const input = {
      procurementId: c.p.id,
      vendorId: c.v1.id,
      requirementId: c.must.id,
      verdict: 'pass' as const,
      level: null,
      reason: ' '
    };
    expect(await code(putConsensus(ctx, input))).toBe('reasonRequired');
  });

  it('takes only its own evaluator’s grades in a procurement opened from an evaluator package', async () => {
    const c = await committee();
    const stored = (await getProcurement(c.p.id))!;
    await (
      await getDb()
    ).procurements.put({
      ...stored,
      packageOrigin: {
        packageId: 'pkg',
        evaluatorId: c.e2.id,
        sourceProcurementId: 'chair',
        criteriaVersion: 1,
        criteriaHash: 'a'.repeat(64),
        key: 'b'.repeat(64),
        openedAt: '2026-01-02T00:00:00Z'
      }
    });
    expect(await code(gradeAll(c, c.e1.id))).toBe('gradingClosed');
    expect(await code(gradeAll(c, c.e2.id))).toBe('resolved');
  });
});

describe('price opening (two envelopes)', () => {
  beforeEach(() => {
    freshDb();
  });

  async function closed() {
    const c = await committee();
    await gradeAll(c, c.e1.id);
    await gradeAll(c, c.e2.id);
    await submitEvaluation(ctx, c.e1.id);
    await submitEvaluation(ctx, c.e2.id);
    return c;
  }

  it('refuses bids before the technical lock', async () => {
    const c = await closed();
    const bid = { bidPrice: 8_000_000, bidStatus: 'valid' as const, bidStatusReason: '' };
    expect(await code(recordBid(ctx, c.v1.id, bid))).toBe('priceNotOpen');
    await lockTechnicalEvaluation(ctx, c.p.id);
    await recordBid(ctx, c.v1.id, bid);
    const vendor = (await loadBundle(c.p.id)).vendors.find((v) => v.id === c.v1.id);
    expect(vendor).toMatchObject({ bidPrice: 8_000_000, bidStatus: 'valid' });
    expect((await listAudit(c.p.id)).at(-1)).toMatchObject({ action: 'vendor.bid', entityId: c.v1.id });
  });

  it.each([
    ['zero', { bidPrice: 0, bidStatus: 'valid', bidStatusReason: '' }, 'invalidBid'],
    ['a fraction of a yen', { bidPrice: 100.5, bidStatus: 'valid', bidStatusReason: '' }, 'invalidBid'],
    [
      'a valid bid without a price',
      { bidPrice: null, bidStatus: 'valid', bidStatusReason: '' },
      'invalidBid'
    ],
    [
      '無効 without a reason',
      { bidPrice: 5_000_000, bidStatus: 'invalid', bidStatusReason: ' ' },
      'reasonRequired'
    ],
    ['辞退 without a price', { bidPrice: null, bidStatus: 'withdrawn', bidStatusReason: '' }, 'resolved']
  ] as const)('bid: %s → %s', async (_, input, expected) => {
    const c = await closed();
    await lockTechnicalEvaluation(ctx, c.p.id);
    expect(await code(recordBid(ctx, c.v1.id, input))).toBe(expected);
  });

  it('records a bid typed 税抜 in 千円 with its basis, converted to the 税込 evaluation, and audits both', async () => {
    const c = await closed();
    await lockTechnicalEvaluation(ctx, c.p.id);
    const { settings } = (await loadBundle(c.p.id)).procurement;
    expect(settings).toMatchObject({ priceTaxIncluded: true, consumptionTaxRate: 10 });
    const typed = { yen: 7_654_321, unit: 'thousandYen', taxBasis: 'excluded' } as const;
    const converted = Math.floor((typed.yen * 110) / 100);
    const wrong = { bidPrice: typed.yen, bidTyped: typed, bidStatus: 'valid', bidStatusReason: '' } as const;
    expect(await code(recordBid(ctx, c.v1.id, wrong))).toBe('invalidBid');
    await recordBid(ctx, c.v1.id, { ...wrong, bidPrice: converted });
    const vendor = (await loadBundle(c.p.id)).vendors.find((v) => v.id === c.v1.id);
    expect(vendor).toMatchObject({ bidPrice: converted, bidTyped: typed });
    const entry = (await listAudit(c.p.id)).at(-1)!;
    expect(JSON.parse(entry.after)).toMatchObject({ bidPrice: converted, bidTyped: typed });
  });

  it('records the low-bid investigation with a note, and a tie resolution between vendors', async () => {
    const c = await closed();
    await lockTechnicalEvaluation(ctx, c.p.id);
    expect(await code(recordLowBidOutcome(ctx, c.v1.id, { outcome: 'accepted', note: '' }))).toBe(
      'reasonRequired'
    );
    await recordLowBidOutcome(ctx, c.v1.id, { outcome: 'accepted', note: '履行可能と判断' });
    const tie = { vendorIds: [c.v1.id, c.v2.id], method: 'くじ', winnerId: c.v2.id, note: '立会人2名' };
    expect(await code(recordTieResolution(ctx, c.p.id, { ...tie, winnerId: 'other' }))).toBe('invalidInput');
    await recordTieResolution(ctx, c.p.id, tie);
    await recordTieResolution(ctx, c.p.id, { ...tie, winnerId: c.v1.id });
    const bundle = await loadBundle(c.p.id);
    expect(bundle.vendors.find((v) => v.id === c.v1.id)?.lowBidInvestigation).toEqual({
      outcome: 'accepted',
      note: '履行可能と判断'
    });
    expect(bundle.procurement.tieResolutions).toHaveLength(1);
    expect(bundle.procurement.tieResolutions[0]).toMatchObject({ winnerId: c.v1.id, method: 'くじ' });
  });
});

describe('after the technical lock', () => {
  beforeEach(() => {
    freshDb();
  });

  it('the committee and the bidders are fixed: no evaluator or vendor is added or removed', async () => {
    const c = await committee();
    await gradeAll(c, c.e1.id);
    await gradeAll(c, c.e2.id);
    await submitEvaluation(ctx, c.e1.id);
    await submitEvaluation(ctx, c.e2.id);
    await lockTechnicalEvaluation(ctx, c.p.id);
    expect(await code(addEvaluator(ctx, c.p.id, '山本'))).toBe('locked');
    expect(await code(removeEvaluator(ctx, c.e2.id))).toBe('locked');
    expect(await code(addVendor(ctx, c.p.id, '丙社'))).toBe('locked');
    expect(await code(removeVendor(ctx, c.v2.id))).toBe('locked');
    const bundle = await loadBundle(c.p.id);
    expect([bundle.evaluators.length, bundle.vendors.length, bundle.grades.length]).toEqual([2, 2, 8]);
  });
});
