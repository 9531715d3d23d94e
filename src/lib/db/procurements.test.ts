import { beforeEach, describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import { BUNDLE_COLLECTIONS, type ProcurementBundle } from '$lib/domain/model';
import { restoreBundle, toBackupBundle } from '$lib/domain/restore';
import { sha256Text } from '$lib/domain/sha256';
import { listAudit, verifyAudit } from './audit';
import { StorageError } from './errors';
import { getProcurement, listProcurements } from './procurements';
import { createProcurement, updateProcurement } from './procurement-write';
import { deleteProcurement, loadBundle, saveBundles } from './bundle';
import { duplicateProcurement } from './duplicate';
import type { SenteiDb } from './schema';
import { freshDb, seedProcurement, testContext } from '$lib/testing/db';

let db: SenteiDb;
beforeEach(() => {
  db = freshDb();
});

/** Every id a bundle holds, procurement included (blobs share their file's id). */
function idsOf(bundle: ProcurementBundle): string[] {
  const ids = [bundle.procurement.id];
  for (const collection of BUNDLE_COLLECTIONS) {
    if (collection === 'audit' || collection === 'evidenceBlobs') continue;
    for (const row of bundle[collection]) ids.push(row.id);
  }
  return ids;
}

async function rowsOf(id: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = { procurements: (await db.procurements.get(id)) ? 1 : 0 };
  for (const collection of BUNDLE_COLLECTIONS) {
    counts[collection] = await db.table(collection).where('procurementId').equals(id).count();
  }
  return counts;
}

describe('duplicateProcurement', () => {
  async function duplicated() {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const tie = {
      vendorIds: [s.v1.id, s.v2.id],
      method: 'くじ',
      winnerId: s.v1.id,
      note: '',
      at: ctx.now(),
      by: '委員長'
    };
    await db.procurements.update(s.p.id, {
      technicalLock: { at: ctx.now(), by: '委員長' },
      tieResolutions: [tie]
    });
    await db.evaluators.update(s.e1.id, { submittedAt: ctx.now() });
    await db.vendors.update(s.v1.id, {
      bidPrice: 8_000_000,
      bidStatus: 'invalid',
      bidStatusReason: '書類不備',
      lowBidInvestigation: { outcome: 'accepted', note: '調査済み' }
    });
    await db.criteriaVersions.add({
      id: 'cv1',
      procurementId: s.p.id,
      version: 1,
      lockedAt: ctx.now(),
      lockedBy: '委員長',
      hash: '0'.repeat(64),
      reason: '',
      requirements: [s.r1, s.r2],
      settings: s.p.settings
    });
    const source = await loadBundle(s.p.id);
    const copy = await duplicateProcurement(ctx, s.p.id, '基幹クラウド調達（写し）');
    return { s, source, copy, bundle: await loadBundle(copy.id) };
  }

  it('gives every row a new id and leaves the source untouched', async () => {
    const { s, source, bundle } = await duplicated();
    const sourceIds = new Set(idsOf(source));
    expect(idsOf(bundle).filter((id) => sourceIds.has(id))).toEqual([]);
    expect(new Set(idsOf(bundle)).size).toBe(idsOf(bundle).length);
    expect(await loadBundle(s.p.id)).toEqual(source);
  });

  it('copies the draft and not the evaluation: no locks, criteria versions, grades, consensus or bids', async () => {
    const { source, copy, bundle } = await duplicated();
    expect(copy).toMatchObject({
      title: '基幹クラウド調達（写し）',
      technicalLock: null,
      tieResolutions: []
    });
    expect(copy.settings).toEqual(source.procurement.settings);
    const counts = Object.fromEntries(BUNDLE_COLLECTIONS.map((c) => [c, bundle[c].length]));
    expect(counts).toEqual({
      requirements: 2,
      criteriaVersions: 0,
      evaluators: 2,
      vendors: 2,
      subcontractors: 1,
      attestations: 2,
      evidenceFiles: 2,
      evidenceBlobs: 2,
      responses: 2,
      grades: 0,
      consensus: 0,
      audit: 1
    });
    expect(bundle.evaluators.map((e) => e.submittedAt)).toEqual([null, null]);
    expect(source.vendors.some((v) => v.bidPrice === 8_000_000)).toBe(true);
    for (const v of bundle.vendors) {
      expect(v).toMatchObject({
        bidPrice: null,
        bidStatus: 'valid',
        bidStatusReason: '',
        lowBidInvestigation: null
      });
    }
    expect((await listProcurements()).find((x) => x.procurement.id === copy.id)?.criteriaLocked).toBe(false);
  });

  it('remaps every reference to the copy, so the copy passes the backup reference check', async () => {
    const { s, bundle } = await duplicated();
    expect(restoreBundle(toBackupBundle(bundle)).issues).toEqual([]);
    const vendor = (company: string) => bundle.vendors.find((v) => v.company === company)!;
    const v1 = vendor(s.v1.company);
    const sub = bundle.subcontractors[0]!;
    expect(sub.vendorId).toBe(v1.id);
    const att = bundle.attestations.find((a) => a.vendorId === v1.id)!;
    expect(att.subcontractorId).toBe(sub.id);
    const r1 = bundle.requirements.find((r) => r.ref === 'R-001')!;
    expect(att.exceptions[0]!.requirementIds).toEqual([r1.id]);
    const file = bundle.evidenceFiles.find((f) => f.name === 'soc2.pdf')!;
    expect(att.evidenceFileIds).toEqual([file.id]);
    expect(file).toMatchObject({ ownerId: att.id, vendorId: v1.id, sha256: s.file.sha256 });
    const responseFile = bundle.evidenceFiles.find((f) => f.name === 'answer.txt')!;
    expect(bundle.responses.find((r) => r.id === responseFile.ownerId)?.vendorId).toBe(
      vendor(s.v2.company).id
    );
    expect(bundle.evidenceBlobs.map((b) => b.id).sort()).toEqual(
      bundle.evidenceFiles.map((f) => f.id).sort()
    );
    const bytes = bundle.evidenceBlobs.find((b) => b.id === file.id)!.data;
    expect(new Uint8Array(bytes)).toEqual(new Uint8Array((await db.evidenceBlobs.get(s.file.id))!.data));
  });

  it('opens a new verified chain with procurement.duplicate naming the source', async () => {
    const { s, copy } = await duplicated();
    const [entry, ...rest] = await listAudit(copy.id);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      seq: 1,
      action: 'procurement.duplicate',
      entityId: copy.id,
      at: copy.createdAt
    });
    expect(JSON.parse(entry!.after)).toEqual({ sourceId: s.p.id, sourceTitle: s.p.title, title: copy.title });
    expect(await verifyAudit(copy.id)).toEqual({ ok: true, count: 1, head: entry!.hash });
    expect(await verifyAudit(s.p.id)).toMatchObject({ ok: true });
  });

  it('refuses a missing source with notFound', async () => {
    await expect(duplicateProcurement(testContext(), 'missing', 'x')).rejects.toMatchObject({
      code: 'notFound'
    });
    expect(await listProcurements()).toEqual([]);
  });
});

describe('deleteProcurement', () => {
  it('removes its rows in every table and nothing of another procurement', async () => {
    const ctx = testContext();
    const a = await seedProcurement(ctx, 'A');
    const b = await seedProcurement(ctx, 'B');
    const other = await loadBundle(b.p.id);
    await db.criteriaVersions.add({
      id: 'cv-a',
      procurementId: a.p.id,
      version: 1,
      lockedAt: ctx.now(),
      lockedBy: '委員長',
      hash: '0'.repeat(64),
      reason: '',
      requirements: [a.r1],
      settings: a.p.settings
    });
    const before = await rowsOf(a.p.id);
    // Every table holds rows of it, so each one's delete is tested.
    expect(Object.entries(before).filter(([, n]) => n === 0)).toEqual([]);
    await deleteProcurement(a.p.id);
    expect(Object.values(await rowsOf(a.p.id))).toEqual(new Array(BUNDLE_COLLECTIONS.length + 1).fill(0));
    expect(await loadBundle(b.p.id)).toEqual(other);
    expect(await getProcurement(a.p.id)).toBeUndefined();
  });
});

describe('loadBundle and saveBundles', () => {
  it('refuses to load a missing procurement', async () => {
    const error = await loadBundle('missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('notFound');
  });

  it('stores the demo bundle as given, chain included, and loads it back equal', async () => {
    let n = 0;
    const demo = buildDemoBundle({
      newId: () => `demo-${++n}`,
      now: '2026-11-26T00:00:00.000Z',
      hash: sha256Text
    });
    await saveBundles([demo]);
    const loaded = await loadBundle(demo.procurement.id);
    for (const collection of BUNDLE_COLLECTIONS) {
      expect(new Set<unknown>(loaded[collection]), collection).toEqual(new Set<unknown>(demo[collection]));
    }
    expect(loaded.procurement).toEqual(demo.procurement);
    expect(await listAudit(demo.procurement.id)).toEqual(demo.audit);
    expect(await verifyAudit(demo.procurement.id)).toMatchObject({ ok: true, count: demo.audit.length });
  });

  it('replaces every row of a procurement saved again, dropping rows the new bundle lacks', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const bundle = await loadBundle(s.p.id);
    await saveBundles([{ ...bundle, grades: [], consensus: [] }]);
    const saved = await loadBundle(s.p.id);
    expect(saved).toEqual({ ...bundle, grades: [], consensus: [] });
    expect(await db.grades.count()).toBe(0);
  });

  it('refuses a bundle holding a row of another procurement, writing nothing', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const bundle = await loadBundle(s.p.id);
    const stray = { ...bundle.vendors[0]!, id: 'stray', procurementId: 'elsewhere' };
    await expect(saveBundles([{ ...bundle, vendors: [...bundle.vendors, stray] }])).rejects.toThrow(
      TypeError
    );
    expect(await loadBundle(s.p.id)).toEqual(bundle);
  });
});

describe('updateProcurement: optional fields a stored record lacks', () => {
  it.each([
    ['slashDateOrder', 'dmy'],
    ['documentLanguage', 'en']
  ] as const)('sets %s on a record stored without it, with an audit entry', async (field, value) => {
    // A record stored before the field existed (createProcurement now writes documentLanguage).
    const created = await createProcurement(testContext(), '日付の読み方');
    const { [field]: _dropped, ...older } = created;
    await db.procurements.put(older as typeof created);
    const p = (await getProcurement(created.id))!;
    expect(field in p).toBe(false);
    const updated = await updateProcurement(testContext(), p.id, { [field]: value });
    expect(updated[field]).toBe(value);
    expect((await getProcurement(p.id))?.[field]).toBe(value);
    const entries = await listAudit(p.id);
    const last = entries.at(-1);
    expect(last?.action).toBe('procurement.update');
    expect(JSON.parse(String(last?.after))).toEqual({ [field]: value });
  });
});
