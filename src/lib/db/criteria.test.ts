import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from './audit';
import { exportBackup, readBackup, applyImport } from './backup';
import { listCriteriaVersions, lockCriteria, reopenCriteria } from './criteria';
import { StorageError } from './errors';
import { getProcurement } from './procurements';
import { createProcurement, updateProcurement } from './procurement-write';
import { deleteProcurement } from './bundle';
import {
  addRequirement,
  listRequirements,
  moveRequirement,
  removeRequirement,
  updateRequirement
} from './requirements';
import { pointsOf } from '$lib/domain/spec-points';
import { freshDb, requirementInput, testContext } from '$lib/testing/db';

const ctx = testContext('委員長');

async function draft() {
  const p = await createProcurement(ctx, '仕様の確定テスト');
  await updateProcurement(ctx, p.id, { settings: { ...p.settings, ceilingPrice: 10_000_000 } });
  const r1 = await addRequirement(ctx, p.id, {
    ...requirementInput('R-001'),
    kind: 'mandatory',
    basePoints: 10,
    points: 0
  });
  const r2 = await addRequirement(ctx, p.id, requirementInput('R-002'));
  return { p, r1, r2 };
}

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (e) {
    return e instanceof StorageError ? e.code : String(e);
  }
}

describe('criteria lock', () => {
  beforeEach(() => {
    freshDb();
  });

  it('freezes a copy of the requirements and settings with its hash, audited', async () => {
    const { p } = await draft();
    const result = await lockCriteria(ctx, p.id);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.version).toMatchObject({ version: 1, lockedBy: '委員長', reason: '' });
    expect(result.version.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.version.requirements.map((r) => r.ref)).toEqual(['R-001', 'R-002']);
    expect(result.version.settings.ceilingPrice).toBe(10_000_000);
    expect(await listCriteriaVersions(p.id)).toHaveLength(1);
    expect((await verifyAudit(p.id)).ok).toBe(true);
  });

  it('refuses every requirement and settings change while locked, and a second lock', async () => {
    const { p, r1, r2 } = await draft();
    await lockCriteria(ctx, p.id);
    const current = (await getProcurement(p.id))!;
    expect(await code(addRequirement(ctx, p.id, requirementInput('R-003')))).toBe('locked');
    expect(await code(updateRequirement(ctx, r1.id, { basePoints: 20 }))).toBe('locked');
    expect(await code(moveRequirement(ctx, r2.id, -1))).toBe('locked');
    expect(await code(removeRequirement(ctx, r2.id))).toBe('locked');
    expect(
      await code(updateProcurement(ctx, p.id, { settings: { ...current.settings, priceAllocation: 30 } }))
    ).toBe('locked');
    expect(await code(lockCriteria(ctx, p.id))).toBe('locked');
    // Fields outside the criteria stay editable.
    await updateProcurement(ctx, p.id, { notes: '開札日程を追記' });
    expect((await listRequirements(p.id)).map((r) => pointsOf(r))).toEqual([10, 5]);
  });

  it('needs a written reason to reopen, then locks a new version carrying that reason', async () => {
    const { p, r1 } = await draft();
    const first = await lockCriteria(ctx, p.id);
    expect(await code(reopenCriteria(ctx, p.id, '  '))).toBe('reasonRequired');
    expect(await code(updateRequirement(ctx, r1.id, { basePoints: 15 }))).toBe('locked');

    await reopenCriteria(ctx, p.id, '質問回答により必須項目の配点を訂正');
    await updateRequirement(ctx, r1.id, { basePoints: 15 });
    const second = await lockCriteria(ctx, p.id);
    expect(second.ok && first.ok).toBe(true);
    if (!second.ok || !first.ok) return;
    expect(second.version).toMatchObject({ version: 2, reason: '質問回答により必須項目の配点を訂正' });
    expect(second.version.hash).not.toBe(first.version.hash);
    const versions = await listCriteriaVersions(p.id);
    expect(versions.map((v) => [v.version, v.requirements[0]!.basePoints])).toEqual([
      [1, 10],
      [2, 15]
    ]);
    expect((await getProcurement(p.id))!.criteriaReopen).toBeNull();
    expect((await verifyAudit(p.id)).ok).toBe(true);
  });

  it('refuses to lock an unsound specification and says why', async () => {
    const p = await createProcurement(ctx, '空の仕様');
    const result = await lockCriteria(ctx, p.id);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['noRequirements', 'ceilingPriceMissing'])
    );
    expect(await listCriteriaVersions(p.id)).toEqual([]);
  });

  it('refuses a duplicate until it is kept with a reason, and audits the reason and the warnings', async () => {
    const { p } = await draft();
    const { listAudit } = await import('./audit');
    await addRequirement(ctx, p.id, { ...requirementInput('R-003'), text: requirementInput('R-001').text });
    const refused = await lockCriteria(ctx, p.id);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.issues).toEqual([]);
    expect(refused.blocking.map((c) => [c.code, c.refs])).toEqual([['duplicate', ['R-001', 'R-003']]]);
    const key = refused.blocking[0]!.duplicate!.key;
    const tooShort = await lockCriteria(ctx, p.id, [{ key, reason: ' 別 ' }]);
    expect(tooShort.ok).toBe(false);
    expect(await listCriteriaVersions(p.id)).toEqual([]);

    await updateProcurement(ctx, p.id, {
      settings: { ...(await getProcurement(p.id))!.settings, statedRatio: { technical: 1, price: 1 } }
    });
    const locked = await lockCriteria(ctx, p.id, [{ key, reason: '  対象システムが異なるため両方必要  ' }]);
    expect(locked.ok).toBe(true);
    const entry = (await listAudit(p.id)).at(-1)!;
    expect(entry.action).toBe('criteria.lock');
    expect(JSON.parse(entry.after)).toMatchObject({
      keptDuplicates: [{ refs: 'R-001 / R-003', reason: '対象システムが異なるため両方必要' }],
      warnings: ['ratioMismatch']
    });
    expect((await verifyAudit(p.id)).ok).toBe(true);
  });

  it('keeps the same hash, and the lock, after a backup round trip', async () => {
    const { p, r1 } = await draft();
    const locked = await lockCriteria(ctx, p.id);
    if (!locked.ok) throw new Error('lock failed');
    const text = await exportBackup(
      { kind: 'procurement', id: p.id },
      { appVersion: 't', exportedAt: ctx.now() }
    );
    await deleteProcurement(p.id);
    const preview = await readBackup(text, text.length);
    if (!preview.ok) throw new Error(JSON.stringify(preview.issues));
    await applyImport(preview.bundles);
    const [restored] = await listCriteriaVersions(p.id);
    expect(restored!.hash).toBe(locked.version.hash);
    expect(await code(updateRequirement(ctx, r1.id, { basePoints: 1 }))).toBe('locked');
  });
});

describe('adding many requirements', () => {
  beforeEach(() => {
    freshDb();
  });

  it('adds them in order in one go, one audit entry each, and none when locked', async () => {
    const { addRequirements } = await import('./requirements');
    const { listAudit } = await import('./audit');
    const { p } = await draft();
    const before = (await listAudit(p.id)).length;
    const added = await addRequirements(ctx, p.id, [requirementInput('R-003'), requirementInput('R-004')]);
    expect(added.map((r) => r.order)).toEqual([2, 3]);
    expect((await listRequirements(p.id)).map((r) => r.ref)).toEqual(['R-001', 'R-002', 'R-003', 'R-004']);
    expect((await listAudit(p.id)).length).toBe(before + 2);
    await lockCriteria(ctx, p.id);
    expect(await code(addRequirements(ctx, p.id, [requirementInput('R-005')]))).toBe('locked');
    expect(await listRequirements(p.id)).toHaveLength(4);
  });
});

describe('putResponses', () => {
  beforeEach(() => {
    freshDb();
  });

  it('stores all answers or none', async () => {
    const { putResponses, listResponses } = await import('./responses');
    const { addVendor } = await import('./vendors');
    const { p, r1, r2 } = await draft();
    const v = await addVendor(ctx, p.id, 'A社');
    const base = {
      procurementId: p.id,
      vendorId: v.id,
      explanation: '',
      evidenceRefs: '',
      source: 'import' as const
    };
    await putResponses(ctx, [
      { ...base, requirementId: r1.id, answer: 'full' },
      { ...base, requirementId: r2.id, answer: 'partial' }
    ]);
    expect((await listResponses(p.id)).map((r) => r.answer).sort()).toEqual(['full', 'partial']);
    // The second one names a requirement of no procurement: the first is not kept either.
    expect(
      await code(
        putResponses(ctx, [
          { ...base, requirementId: r1.id, answer: 'none' },
          { ...base, requirementId: 'missing', answer: 'none' }
        ])
      )
    ).toBe('notFound');
    expect((await listResponses(p.id)).find((r) => r.requirementId === r1.id)?.answer).toBe('full');
  });
});

describe('points per level and the item threshold on a requirement (optional fields)', () => {
  beforeEach(() => {
    freshDb();
  });

  it('are added, changed and removed by an edit, audited, and hashed only while set', async () => {
    const { p, r2 } = await draft();
    const levelPoints = [
      { code: 'A', points: 5 },
      { code: 'B', points: 3 },
      { code: 'C', points: 2 },
      { code: 'D', points: 1 },
      { code: 'E', points: 0 }
    ];
    const before = (await listRequirements(p.id)).find((r) => r.id === r2.id)!;
    expect('levelPoints' in before).toBe(false);
    await updateRequirement(ctx, r2.id, { levelPoints, excludeAtLowest: true });
    let stored = (await listRequirements(p.id)).find((r) => r.id === r2.id)!;
    expect(stored.levelPoints).toEqual(levelPoints);
    expect(stored.excludeAtLowest).toBe(true);
    const version = async (id: string) => {
      const result = await lockCriteria(ctx, id);
      if (!result.ok) throw new Error('not locked');
      return result.version;
    };
    const locked = await version(p.id);
    expect(locked.requirements.find((r) => r.id === r2.id)?.levelPoints).toEqual(levelPoints);

    await reopenCriteria(ctx, p.id, '段階別配点の記載を削除する');
    await updateRequirement(ctx, r2.id, { levelPoints: undefined, excludeAtLowest: undefined });
    stored = (await listRequirements(p.id)).find((r) => r.id === r2.id)!;
    expect('levelPoints' in stored).toBe(false);
    expect('excludeAtLowest' in stored).toBe(false);
    const relocked = await version(p.id);
    expect(relocked.hash).not.toBe(locked.hash);
    // Back to the fields of before: the hash of a lock without them.
    const fresh = await draft();
    expect((await version(fresh.p.id)).hash).toBe(relocked.hash);
    expect((await verifyAudit(p.id)).ok).toBe(true);
  });
});
