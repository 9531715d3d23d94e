import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProcurementBundle } from '$lib/domain/model';
import { loadBundle } from '$lib/db/bundle';
import { updateProcurement } from '$lib/db/procurement-write';
import type { SenteiDb } from '$lib/db/schema';
import { handleWorkbookExport } from '$lib/io/workbook-export';
import { freshDb, seedProcurement, testContext } from '$lib/testing/db';
import { scenarioBundle, WORKED_EXAMPLE } from '$lib/testing/scoring-workbook';
import { buildWorkbookOffThread, type WorkbookExportProgress } from './workbook-export-client';
import { handleWorkbookJob, type WorkbookJob } from './workbook-export.worker';

const request = (bundle: ProcurementBundle = scenarioBundle(WORKED_EXAMPLE)) => ({
  bundle,
  attestationTypes: [],
  today: '2025-03-01',
  exportedAt: '2025-04-01T00:00:00.000Z',
  dateStyle: 'western' as const,
  locale: 'en' as const
});

beforeEach(() => {
  // ExcelJS stamps each file of the ZIP with the time: fixed, so that two builds can be compared.
  vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2025, 3, 1) });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The bytes built straight from the request, on this thread. */
async function expected(r: ReturnType<typeof request>): Promise<Uint8Array | null> {
  return handleWorkbookExport(r, () => undefined);
}

describe('buildWorkbookOffThread without workers (Node)', () => {
  it('builds on the main thread with the same bytes and progress phases', async () => {
    expect(typeof Worker).toBe('undefined');
    const progress: WorkbookExportProgress[] = [];
    const bytes = await buildWorkbookOffThread(request(), { onProgress: (p) => progress.push(p) });
    expect(bytes).toEqual(await expected(request()));
    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['stability', 'building', 'writing']));
    // A whole workbook: seconds on a loaded machine.
  }, 30_000);

  it('rejects at once when already aborted', async () => {
    const abort = new AbortController();
    abort.abort(new Error('stop'));
    await expect(buildWorkbookOffThread(request(), { signal: abort.signal })).rejects.toThrow('stop');
  });
});

describe('buildWorkbookOffThread with a worker', () => {
  let db: SenteiDb;
  /** What the worker was sent, in order. */
  let received: WorkbookJob[];

  beforeEach(() => {
    db = freshDb();
    received = [];
    // The worker's own handler in this thread, over this test's database; messages cloned both ways.
    class InThreadWorker extends EventTarget {
      postMessage(data: WorkbookJob): void {
        const job = structuredClone(data);
        received.push(job);
        const post = (message: unknown) =>
          this.dispatchEvent(new MessageEvent('message', { data: structuredClone(message) }));
        void handleWorkbookJob(job, post, db.name);
      }
      terminate(): void {}
    }
    vi.stubGlobal('Worker', InThreadWorker);
  });

  it('sends a stored bundle by id only: the worker reads it and builds the same bytes', async () => {
    const { p } = await seedProcurement(testContext());
    const page = await loadBundle(p.id);
    const bytes = await buildWorkbookOffThread(request({ ...page, evidenceBlobs: [] }), { stored: true });
    expect(received).toHaveLength(1);
    expect(received[0]).not.toHaveProperty('bundle');
    expect(bytes).toEqual(await expected(request({ ...page, evidenceBlobs: [] })));
  }, 30_000);

  it('posts the bundle when the worker asks for it (storage moved on), with the same bytes', async () => {
    const ctx = testContext();
    const { p } = await seedProcurement(ctx);
    const page = await loadBundle(p.id);
    await updateProcurement(ctx, p.id, { title: '別の題名' });
    const bytes = await buildWorkbookOffThread(request({ ...page, evidenceBlobs: [] }), { stored: true });
    expect(received.map((job) => 'bundle' in job)).toEqual([false, true]);
    expect(bytes).toEqual(await expected(request({ ...page, evidenceBlobs: [] })));
  }, 30_000);

  it('posts the bundle at once when it is not said to be stored', async () => {
    const bytes = await buildWorkbookOffThread(request());
    expect(received.map((job) => 'bundle' in job)).toEqual([true]);
    expect(bytes).toEqual(await expected(request()));
  }, 30_000);
});
