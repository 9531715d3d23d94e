import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit, verifyAudit } from './audit';
import type { WriteContext } from './context';
import { addEvidenceFile, EVIDENCE_MAX_BYTES } from './evidence';
import { StorageError } from './errors';
import { getProcurement, listProcurements } from './procurements';
import { duplicateProcurement } from './duplicate';
import { loadBundle, saveBundles } from './bundle';
import { updateProcurement } from './procurement-write';
import { removeVendor } from './vendors';
import { removeRequirement } from './requirements';
import type { SenteiDb } from './schema';
import { freshDb, seedProcurement, testContext } from '$lib/testing/db';

type Seeded = Awaited<ReturnType<typeof seedProcurement>>;

const quota = () => new DOMException('disk full', 'QuotaExceededError');

let db: SenteiDb;
const undo: (() => void)[] = [];
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  while (undo.length) undo.pop()!();
});

/** Ways a disk can fill up: hooks refusing one table's writes, or the raw object store throwing. */
const FAILURES: [string, (db: SenteiDb, table: string) => void][] = [
  [
    'Dexie hook',
    (db, table) => {
      const hook = () => {
        throw quota();
      };
      db.table(table).hook('creating', hook);
      db.table(table).hook('updating', hook);
      undo.push(() => {
        db.table(table).hook('creating').unsubscribe(hook);
        db.table(table).hook('updating').unsubscribe(hook);
      });
    }
  ],
  [
    'IDBObjectStore',
    (_db, table) => {
      const { add, put } = IDBObjectStore.prototype;
      IDBObjectStore.prototype.add = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['add']>
      ) {
        if (this.name === table) throw quota();
        return add.apply(this, args);
      };
      IDBObjectStore.prototype.put = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if (this.name === table) throw quota();
        return put.apply(this, args);
      };
      undo.push(() => Object.assign(IDBObjectStore.prototype, { add, put }));
    }
  ]
];

function evidence(s: Seeded, bytes = 1024) {
  return {
    procurementId: s.p.id,
    vendorId: s.v2.id,
    ownerKind: 'attestation' as const,
    ownerId: s.att2.id,
    name: 'big.pdf',
    type: 'application/pdf',
    data: new Uint8Array(bytes).fill(7).buffer
  };
}

async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(StorageError);
  return error as StorageError;
}

describe('a failed write stores nothing', () => {
  const CASES: [string, string, (s: Seeded, ctx: WriteContext) => Promise<unknown>][] = [
    [
      'updateProcurement (audit)',
      'audit',
      (s, ctx) => updateProcurement(ctx, s.p.id, { title: '新しい題名' })
    ],
    [
      'updateProcurement (row)',
      'procurements',
      (s, ctx) => updateProcurement(ctx, s.p.id, { title: '新しい題名' })
    ],
    ['addEvidenceFile (audit)', 'audit', (s, ctx) => addEvidenceFile(ctx, evidence(s))],
    ['addEvidenceFile (bytes)', 'evidenceBlobs', (s, ctx) => addEvidenceFile(ctx, evidence(s))],
    ['removeVendor (cascade)', 'audit', (s, ctx) => removeVendor(ctx, s.v1.id)],
    ['removeRequirement (cascade)', 'audit', (s, ctx) => removeRequirement(ctx, s.r1.id)]
  ];

  for (const [how, inject] of FAILURES) {
    it.each(CASES)(
      `%s rejects with quotaExceeded on a full disk (${how} on %s)`,
      async (_name, table, op) => {
        const ctx = testContext();
        const s = await seedProcurement(ctx);
        const before = await loadBundle(s.p.id);
        inject(db, table);
        expect((await rejection(op(s, ctx))).code).toBe('quotaExceeded');
        undo.pop()!();
        expect(await loadBundle(s.p.id)).toEqual(before);
        expect(await db.evidenceFiles.count()).toBe(before.evidenceFiles.length);
        expect(await db.evidenceBlobs.count()).toBe(before.evidenceBlobs.length);
        expect(await verifyAudit(s.p.id)).toMatchObject({ ok: true, count: before.audit.length });
      }
    );
  }

  it('duplicateProcurement leaves no partial copy', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    FAILURES[0]![1](db, 'responses');
    expect((await rejection(duplicateProcurement(ctx, s.p.id, '写し'))).code).toBe('quotaExceeded');
    expect((await listProcurements()).map((x) => x.procurement.id)).toEqual([s.p.id]);
    expect(await db.requirements.count()).toBe(2);
  });

  it('saveBundles keeps the procurement it was replacing', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const original = await loadBundle(s.p.id);
    const changed = { ...original, procurement: { ...original.procurement, title: '置換後' }, grades: [] };
    FAILURES[0]![1](db, 'audit');
    expect((await rejection(saveBundles([changed]))).code).toBe('quotaExceeded');
    expect(await loadBundle(s.p.id)).toEqual(original);
  });

  it('refuses evidence over the limit before touching the database', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const audit = await listAudit(s.p.id);
    const error = await rejection(addEvidenceFile(ctx, evidence(s, EVIDENCE_MAX_BYTES + 1)));
    expect(error.code).toBe('fileTooLarge');
    expect(await db.evidenceFiles.count()).toBe(2);
    expect(await db.evidenceBlobs.count()).toBe(2);
    expect(await listAudit(s.p.id)).toEqual(audit);
    expect((await getProcurement(s.p.id))!.auditHead).toEqual({
      seq: audit.length,
      hash: audit.at(-1)!.hash
    });
  });
});
