// A large procurement's first read is done in a worker and sent back in parts: what arrives must be
// exactly the bundle the page's own read gives, and any failure of the worker must leave the page
// to read it itself.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProcurementBundle } from '$lib/domain/model';
import { freshDb, seedProcurement, testContext } from '$lib/testing/db';
import { fakeWorkerClass } from '$lib/testing/fake-worker';
import { randomBundle } from '$lib/testing/scoring-workbook';
import { loadBundle, saveBundles } from '$lib/db/bundle';
import { OFF_THREAD_FROM, readBundleFirst } from './bundle-read-client';
import { handleBundleRead, type BundleReadMessage, type BundleReadRequest } from './bundle-read.worker';
import { bundleParts, joinBundle, transferOf } from '$lib/db/bundle-transfer';
import { rawBundleSize } from '$lib/db/raw-read';
import type { SenteiDb } from '$lib/db/schema';

let db: SenteiDb;
beforeEach(() => {
  db = freshDb();
});

/** A seeded procurement's bundle, evidence files and all. */
async function seededBundle(): Promise<ProcurementBundle> {
  const s = await seedProcurement(testContext());
  const bundle = await loadBundle(s.p.id);
  expect(bundle.evidenceBlobs.length).toBeGreaterThan(0);
  return bundle;
}

describe('bundleParts and joinBundle', () => {
  it('give the same bundle back, in order, from parts of at most the rows asked for', () => {
    const bundle = randomBundle({ vendors: 3, requirements: 7, evaluators: 2, seed: 11, responses: true });
    expect(bundle.grades).toHaveLength(42);
    const copy = structuredClone(bundle);
    const { head, parts } = bundleParts(bundle, 5);
    expect(head.procurement).toEqual(bundle.procurement);
    expect(head.grades).toEqual([]);
    expect(head.requirements).toEqual([]);
    expect(parts.every((p) => p.rows.length > 0 && p.rows.length <= 5)).toBe(true);
    expect(parts.filter((p) => p.collection === 'grades')).toHaveLength(9);
    expect(joinBundle(head, parts)).toEqual(bundle);
    // The bundle itself is left as it was.
    expect(bundle).toEqual(copy);
  });

  it('moves the evidence files’ bytes, each buffer once, and nothing else', async () => {
    const bundle = await seededBundle();
    const { parts } = bundleParts(bundle, 1);
    const moved = parts.flatMap(transferOf);
    expect(moved).toHaveLength(new Set(bundle.evidenceBlobs.map((b) => b.data)).size);
    expect(moved.every((m) => m instanceof ArrayBuffer)).toBe(true);
    expect(parts.filter((p) => p.collection !== 'evidenceBlobs').flatMap(transferOf)).toEqual([]);
  });
});

/** The worker's messages for `request`, as a browser would deliver them (structured clones). */
async function messagesOf(
  request: BundleReadRequest,
  read?: Parameters<typeof handleBundleRead>[2]
): Promise<BundleReadMessage[]> {
  const messages: BundleReadMessage[] = [];
  await handleBundleRead(request, (m, transfer) => messages.push(structuredClone(m, { transfer })), read);
  return messages;
}

describe('the worker’s job (handleBundleRead)', () => {
  it('sends the head, the parts and "found": together, the bundle loadBundle gives', async () => {
    const bundle = await seededBundle();
    await seedProcurement(testContext(), '別の調達');
    const messages = await messagesOf({ id: bundle.procurement.id, name: db.name });
    expect(messages[0]?.type).toBe('head');
    expect(messages.at(-1)).toEqual({ type: 'done', outcome: 'found' });
    const head = messages[0]?.type === 'head' ? messages[0].head : null;
    const parts = messages.flatMap((m) => (m.type === 'part' ? [m.part] : []));
    expect(parts.length).toBe(messages.length - 2);
    expect(joinBundle(head!, parts)).toEqual(bundle);
  });

  it('says "missing" for a procurement that is not there, and "unreadable" when it cannot read', async () => {
    await seedProcurement(testContext());
    expect(await messagesOf({ id: 'no-such-id', name: db.name })).toEqual([
      { type: 'done', outcome: 'missing' }
    ]);
    expect(await messagesOf({ id: 'x', name: `none-${crypto.randomUUID()}` })).toEqual([
      { type: 'done', outcome: 'unreadable' }
    ]);
  });

  it('reports a failure as an error message', async () => {
    const messages = await messagesOf({ id: 'x', name: db.name }, () => Promise.reject(new Error('disk')));
    expect(messages).toEqual([{ type: 'error', message: 'disk' }]);
  });
});

/** Runs the worker's job asynchronously, with real clones and transfers, as a browser's worker would. */
const FakeWorker = fakeWorkerClass<BundleReadRequest, BundleReadMessage>(handleBundleRead);

describe('readBundleFirst', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.reset();
  });

  it('counts grades and answers by the index', async () => {
    const bundle = randomBundle({ vendors: 2, requirements: 5, evaluators: 3, seed: 3, responses: true });
    await saveBundles([bundle]);
    expect(await rawBundleSize(bundle.procurement.id, db.name)).toEqual({ value: 30 + 10 });
    expect(await rawBundleSize('no-such-id', db.name)).toEqual({ value: 0 });
  });

  it('reads on the page where there is no worker (Node), as rawFindBundle does', async () => {
    const bundle = await seededBundle();
    expect(await readBundleFirst(bundle.procurement.id, db.name, 1)).toEqual({ value: bundle });
  });

  it('reads a large procurement in a module worker, which it then ends', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const bundle = await seededBundle();
    expect(await readBundleFirst(bundle.procurement.id, db.name, 1)).toEqual({ value: bundle });
    const [worker] = FakeWorker.instances;
    expect(FakeWorker.instances).toHaveLength(1);
    expect(String(worker?.url)).toMatch(/bundle-read\.worker\.ts$/);
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.terminated).toBe(true);
    expect(await readBundleFirst('no-such-id', db.name, 0)).toEqual({ value: null });
  });

  it('reads a smaller one on the page, starting no worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const bundle = await seededBundle();
    const size = await rawBundleSize(bundle.procurement.id, db.name);
    expect(size!.value).toBeLessThan(OFF_THREAD_FROM);
    expect(await readBundleFirst(bundle.procurement.id, db.name)).toEqual({ value: bundle });
    expect(await readBundleFirst(bundle.procurement.id, db.name, size!.value + 1)).toEqual({
      value: bundle
    });
    expect(FakeWorker.instances).toHaveLength(0);
  });

  it.each(['throw', 'crash', 'die', 'failToLoad'] as const)(
    'reads on the page after all when the worker fails (%s)',
    async (mode) => {
      vi.stubGlobal('Worker', FakeWorker);
      FakeWorker.mode = mode;
      const bundle = await seededBundle();
      expect(await readBundleFirst(bundle.procurement.id, db.name, 1)).toEqual({ value: bundle });
      expect(FakeWorker.instances.every((w) => w.terminated)).toBe(true);
    }
  );

  it('gives null ("Dexie must read") when there is no database to read', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    expect(await readBundleFirst('x', `none-${crypto.randomUUID()}`, 0)).toBeNull();
  });
});
