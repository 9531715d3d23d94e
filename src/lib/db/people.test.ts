/**
 * The operator and passphrases in storage: acts that bind the procurement refused without a name
 * (and nothing written), the operator change audited in every procurement, a grade's entry naming
 * both the operator and the evaluator, passphrases audited without their hash, the chair's reset.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { makePassphraseRecord, verifyPassphrase, PASSPHRASE_BOUNDS } from '$lib/domain/passphrase';
import { restoreWith } from '$lib/domain/restore/schema';
import { evaluatorSchema } from '$lib/domain/restore/records';
import { freshDb, requirementInput, testContext } from '$lib/testing/db';
import { listAudit, verifyAudit } from './audit';
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
import { addEvaluator } from './evaluators';
import { changeGrade, putGrade } from './grades';
import { recordOperatorChange } from './operator';
import { newSalt, pbkdf2Sha256 } from './passphrase-kdf';
import {
  clearOwnPassphrase,
  resetEvaluatorPassphrase,
  setEvaluatorPassphrase,
  type SelfResetProof
} from './passphrases';
import { createProcurement, updateProcurement } from './procurement-write';
import { addRequirement } from './requirements';
import { addVendor } from './vendors';

const named = testContext('山田 太郎（情報システム課）');
const anonymous = testContext('（氏名未設定）', false);
const AT = '2026-12-01T09:00:00.000Z';

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (e) {
    return e instanceof StorageError ? e.code : String(e);
  }
}

async function committee() {
  const p = await createProcurement(named, '操作者のテスト');
  await updateProcurement(named, p.id, { settings: { ...p.settings, ceilingPrice: 10_000_000 } });
  const r = await addRequirement(named, p.id, requirementInput('R-001'));
  const chair = await addEvaluator(named, p.id, '高橋');
  const member = await addEvaluator(named, p.id, '佐藤');
  const v1 = await addVendor(named, p.id, '甲社');
  const v2 = await addVendor(named, p.id, '乙社');
  return { p, r, chair, member, v1, v2 };
}
type Committee = Awaited<ReturnType<typeof committee>>;

async function gradeAndSubmit(c: Committee) {
  for (const e of [c.chair, c.member]) {
    for (const v of [c.v1, c.v2]) {
      await putGrade(named, {
        procurementId: c.p.id,
        evaluatorId: e.id,
        vendorId: v.id,
        requirementId: c.r.id,
        verdict: null,
        level: 'B',
        rationale: '記載あり'
      });
    }
    await submitEvaluation(named, e.id);
  }
}

/** A fast stand-in for PBKDF2 in the storage tests (the real one is tested below). */
const quickRecord = (passphrase: string) =>
  makePassphraseRecord(passphrase, newSalt(), pbkdf2Sha256, AT, PASSPHRASE_BOUNDS.iterations.min);

beforeEach(() => {
  freshDb();
});

describe('acts refused until the operator has a name', () => {
  it('the criteria lock: refused without a name, nothing locked or audited; done once named', async () => {
    const c = await committee();
    const before = (await listAudit(c.p.id)).length;
    expect(await code(lockCriteria(anonymous, c.p.id))).toBe('operatorRequired');
    expect(await (await getDb()).criteriaVersions.count()).toBe(0);
    expect((await listAudit(c.p.id)).length).toBe(before);
    expect((await lockCriteria(named, c.p.id)).ok).toBe(true);
    const last = (await listAudit(c.p.id)).at(-1)!;
    expect(last).toMatchObject({ action: 'criteria.lock', actor: '山田 太郎（情報システム課）' });
  });

  it('return, consensus, technical close and price opening: each refused without a name', async () => {
    const c = await committee();
    expect((await lockCriteria(named, c.p.id)).ok).toBe(true);
    await gradeAndSubmit(c);
    const count = async () => (await listAudit(c.p.id)).length;
    const before = await count();

    expect(await code(returnEvaluation(anonymous, c.member.id, '評価理由の補足のため差し戻し'))).toBe(
      'operatorRequired'
    );
    const consensus = {
      procurementId: c.p.id,
      vendorId: c.v1.id,
      requirementId: c.r.id,
      verdict: null,
      level: 'A',
      reason: '合議の結果'
    };
    expect(await code(putConsensus(anonymous, consensus))).toBe('operatorRequired');
    expect(await code(lockTechnicalEvaluation(anonymous, c.p.id))).toBe('operatorRequired');
    expect(await count()).toBe(before);
    expect(await (await getDb()).consensus.count()).toBe(0);
    expect((await (await getDb()).procurements.get(c.p.id))?.technicalLock ?? null).toBeNull();

    await lockTechnicalEvaluation(named, c.p.id);
    const bid = { bidPrice: 9_000_000, bidStatus: 'valid' as const, bidStatusReason: '' };
    expect(await code(recordBid(anonymous, c.v1.id, bid))).toBe('operatorRequired');
    expect(await code(recordLowBidOutcome(anonymous, c.v1.id, { outcome: 'accepted', note: '' }))).toBe(
      'operatorRequired'
    );
    expect(
      await code(
        recordTieResolution(anonymous, c.p.id, {
          vendorIds: [c.v1.id, c.v2.id],
          winnerId: c.v1.id,
          method: 'くじ',
          note: ''
        })
      )
    ).toBe('operatorRequired');
    expect((await (await getDb()).vendors.get(c.v1.id))?.bidPrice ?? null).toBeNull();
  });

  it('everyday work goes on without a name (grading, submitting)', async () => {
    const c = await committee();
    expect((await lockCriteria(named, c.p.id)).ok).toBe(true);
    const cell = {
      procurementId: c.p.id,
      evaluatorId: c.member.id,
      vendorId: c.v1.id,
      requirementId: c.r.id
    };
    expect(await code(changeGrade(anonymous, cell, { level: 'B', rationale: '記載あり' }))).toBe('resolved');
  });
});

describe('who the audit entries name', () => {
  it("a grade's entry names the operator (actor) and the evaluator whose sheet it is", async () => {
    const c = await committee();
    expect((await lockCriteria(named, c.p.id)).ok).toBe(true);
    const cell = {
      procurementId: c.p.id,
      evaluatorId: c.member.id,
      vendorId: c.v1.id,
      requirementId: c.r.id
    };
    await changeGrade(named, cell, { level: 'B' });
    const entry = (await listAudit(c.p.id)).at(-1)!;
    expect(entry.action).toBe('grade.put');
    expect(entry.actor).toBe('山田 太郎（情報システム課）');
    expect(JSON.parse(entry.after)).toMatchObject({
      evaluatorId: c.member.id,
      evaluatorName: '佐藤',
      level: 'B'
    });
    expect(await verifyAudit(c.p.id)).toMatchObject({ ok: true });
  });

  it('an operator change is recorded old → new in every procurement, and the chains still verify', async () => {
    const a = await createProcurement(named, '案件A');
    const b = await createProcurement(named, '案件B');
    const before = { name: '山田 太郎', affiliation: '情報システム課' };
    const after = { name: '鈴木 花子', affiliation: '会計課' };
    const ctx = testContext('鈴木 花子（会計課）');
    expect(await recordOperatorChange(ctx, before, after)).toBe(2);
    for (const p of [a, b]) {
      const entry = (await listAudit(p.id)).at(-1)!;
      expect(entry).toMatchObject({
        action: 'operator.change',
        entityKind: 'operator',
        actor: '鈴木 花子（会計課）'
      });
      expect(JSON.parse(entry.before)).toEqual(before);
      expect(JSON.parse(entry.after)).toEqual(after);
      expect(await verifyAudit(p.id)).toMatchObject({ ok: true });
    }
  });

  it('the first naming is recorded from nothing', async () => {
    const p = await createProcurement(anonymous, '案件');
    await recordOperatorChange(named, null, { name: '山田 太郎', affiliation: '' });
    const entry = (await listAudit(p.id)).at(-1)!;
    expect(entry.before).toBe('');
    expect(JSON.parse(entry.after)).toEqual({ name: '山田 太郎', affiliation: '' });
  });
});

describe('passphrases in storage', () => {
  it('set: stored as a salted hash that verifies; audited without the hash or salt', async () => {
    const c = await committee();
    const record = await quickRecord('合言葉は桜');
    await setEvaluatorPassphrase(named, c.member.id, record);
    const stored = (await (await getDb()).evaluators.get(c.member.id))!;
    expect(stored.passphrase).toEqual(record);
    expect(JSON.stringify(stored)).not.toContain('合言葉は桜');
    expect(await verifyPassphrase(stored.passphrase!, '合言葉は桜', pbkdf2Sha256)).toBe(true);
    expect(await verifyPassphrase(stored.passphrase!, '合言葉は梅', pbkdf2Sha256)).toBe(false);
    const entry = (await listAudit(c.p.id)).at(-1)!;
    expect(entry.action).toBe('evaluator.passphraseSet');
    expect(`${entry.before}${entry.after}`).not.toContain(record.hash);
    expect(`${entry.before}${entry.after}`).not.toContain(record.salt);
    expect(JSON.parse(entry.after)).toMatchObject({ name: '佐藤', passphrase: 'set' });
  });

  it.each([
    ['a hash that is not hex', { hash: 'x'.repeat(64) }],
    ['too few iterations', { iterations: 1 }],
    ['a short salt', { salt: 'ab' }]
  ])('refuses a record with %s', async (_label, change) => {
    const c = await committee();
    const record = { ...(await quickRecord('合言葉は桜')), ...change };
    expect(await code(setEvaluatorPassphrase(named, c.member.id, record))).toBe('passphraseInvalid');
    expect((await (await getDb()).evaluators.get(c.member.id))?.passphrase).toBeUndefined();
  });

  it("the chair's reset removes the passphrase, once, audited with the chair's name", async () => {
    const c = await committee();
    await setEvaluatorPassphrase(named, c.member.id, await quickRecord('合言葉は桜'));
    await resetEvaluatorPassphrase(named, c.member.id, c.chair.id);
    expect((await (await getDb()).evaluators.get(c.member.id))?.passphrase).toBeUndefined();
    const entries = await listAudit(c.p.id);
    const entry = entries.at(-1)!;
    expect(entry).toMatchObject({ action: 'evaluator.passphraseReset', entityId: c.member.id });
    expect(JSON.parse(entry.after)).toMatchObject({ passphrase: 'none', resetBy: '高橋' });
    // A second reset with nothing to reset writes nothing.
    await resetEvaluatorPassphrase(named, c.member.id, c.chair.id);
    expect((await listAudit(c.p.id)).length).toBe(entries.length);
  });

  it.each([
    ['by a member', (c: Committee) => [c.chair.id, c.member.id], 'invalidInput'],
    ['of the chair by the chair', (c: Committee) => [c.chair.id, c.chair.id], 'invalidInput']
  ])('a reset %s is refused', async (_label, ids, expected) => {
    const c = await committee();
    const [target, by] = ids(c) as [string, string];
    await setEvaluatorPassphrase(named, target, await quickRecord('合言葉は桜'));
    expect(await code(resetEvaluatorPassphrase(named, target, by))).toBe(expected);
    expect((await (await getDb()).evaluators.get(target))?.passphrase).toBeDefined();
  });

  it('a reset is refused without an operator name', async () => {
    const c = await committee();
    await setEvaluatorPassphrase(named, c.member.id, await quickRecord('合言葉は桜'));
    expect(await code(resetEvaluatorPassphrase(anonymous, c.member.id, c.chair.id))).toBe('operatorRequired');
    expect((await (await getDb()).evaluators.get(c.member.id))?.passphrase).toBeDefined();
  });

  const STATEMENT = '委員長の高橋です。合言葉を失念したため、委員会の了承を得て解除します。';
  it.each<[string, (c: Committee) => string, SelfResetProof, string | null]>([
    ['the chair, typing the current one', (c) => c.chair.id, { kind: 'currentPassphrase' }, null],
    ['a member, typing the current one', (c) => c.member.id, { kind: 'currentPassphrase' }, null],
    ['the chair, on a statement', (c) => c.chair.id, { kind: 'statement', statement: STATEMENT }, null],
    [
      'a member, on a statement',
      (c) => c.member.id,
      { kind: 'statement', statement: STATEMENT },
      'invalidInput'
    ],
    [
      'the chair, on a statement too short',
      (c) => c.chair.id,
      { kind: 'statement', statement: '忘れた' },
      'invalidInput'
    ]
  ])('own passphrase cleared by %s', async (_label, who, proof, refused) => {
    const c = await committee();
    const id = who(c);
    await setEvaluatorPassphrase(named, id, await quickRecord('合言葉は桜'));
    const before = (await listAudit(c.p.id)).length;
    const outcome = await code(clearOwnPassphrase(named, id, proof));
    const stored = (await (await getDb()).evaluators.get(id))!;
    if (refused) {
      expect(outcome).toBe(refused);
      expect(stored.passphrase).toBeDefined();
      expect((await listAudit(c.p.id)).length).toBe(before);
      return;
    }
    expect(outcome).toBe('resolved');
    expect(stored.passphrase).toBeUndefined();
    const entry = (await listAudit(c.p.id)).at(-1)!;
    expect(entry).toMatchObject({
      action: 'evaluator.passphraseSelfReset',
      entityId: id,
      actor: named.actor
    });
    const after = JSON.parse(entry.after) as Record<string, unknown>;
    expect(after).toMatchObject({ passphrase: 'none', method: proof.kind, name: stored.name });
    if (proof.kind === 'statement') expect(after.statement).toBe(STATEMENT);
    else expect('statement' in after).toBe(false);
  });

  it("clearing one's own passphrase is refused without an operator name", async () => {
    const c = await committee();
    await setEvaluatorPassphrase(named, c.chair.id, await quickRecord('合言葉は桜'));
    const proof: SelfResetProof = { kind: 'statement', statement: STATEMENT };
    expect(await code(clearOwnPassphrase(anonymous, c.chair.id, proof))).toBe('operatorRequired');
    expect((await (await getDb()).evaluators.get(c.chair.id))?.passphrase).toBeDefined();
  });

  it('restore keeps a valid record, leaves an older evaluator without one, and flags a bad one', async () => {
    const c = await committee();
    const record = await quickRecord('合言葉は桜');
    const withRecord = restoreWith(evaluatorSchema, { ...c.member, passphrase: record });
    expect(withRecord).toEqual({ value: { ...c.member, passphrase: record }, issues: [] });
    const older = restoreWith(evaluatorSchema, c.member);
    expect(older.issues).toEqual([]);
    expect('passphrase' in older.value).toBe(false);
    const bad = restoreWith(evaluatorSchema, { ...c.member, passphrase: { ...record, iterations: 10 } });
    expect(bad.issues.map((i) => i.path)).toEqual(['passphrase.iterations']);
  });
});

describe('pbkdf2Sha256 (WebCrypto)', () => {
  // PBKDF2-HMAC-SHA-256 test vectors for P = "password", S = "salt", dkLen = 32.
  it.each([
    [1, '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b'],
    [2, 'ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43'],
    [4096, 'c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a']
  ])('%d iterations', async (iterations, hex) => {
    expect(await pbkdf2Sha256('password', '73616c74', iterations)).toBe(hex);
  });

  it('new salts are 32 random bytes, never repeated', () => {
    const a = newSalt();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(newSalt()).not.toBe(a);
  });
});
