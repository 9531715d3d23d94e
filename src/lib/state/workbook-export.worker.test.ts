// The worker reads the stored bundle itself when it is still the page's, and must then write the very
// bytes it writes when the page posts its bundle; otherwise it asks for the bundle and writes nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundleStamp } from '$lib/domain/bundle-stamp';
import type { ProcurementBundle } from '$lib/domain/model';
import { loadBundle, READ_WHOLE_UP_TO, saveBundles } from '$lib/db/bundle';
import { updateProcurement } from '$lib/db/procurement-write';
import type { SenteiDb } from '$lib/db/schema';
import { freshDb, seedProcurement, testContext } from '$lib/testing/db';
import { randomBundle } from '$lib/testing/scoring-workbook';
import { handleWorkbookJob, type WorkbookJob, type WorkbookJobMessage } from './workbook-export.worker';

let db: SenteiDb;
beforeEach(() => {
  db = freshDb();
  // ExcelJS stamps each file of the ZIP with the time: fixed, so that two builds can be compared.
  vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 3, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

const common = {
  attestationTypes: [],
  today: '2026-03-01',
  exportedAt: '2026-04-01T00:00:00.000Z',
  dateStyle: 'japanese' as const,
  locale: 'ja' as const
};

/** What the page sends when the worker may read the bundle itself. */
function stored(bundle: ProcurementBundle): WorkbookJob {
  return { ...common, stored: { procurementId: bundle.procurement.id, stamp: bundleStamp(bundle) } };
}

/** What the page posts otherwise: its bundle, without the files' bytes. */
function posted(bundle: ProcurementBundle): WorkbookJob {
  return { ...common, bundle: { ...bundle, evidenceBlobs: [] } };
}

async function run(job: WorkbookJob, database = db.name) {
  const messages: WorkbookJobMessage[] = [];
  const bytes = await handleWorkbookJob(job, (m) => messages.push(m), database);
  return { bytes, types: messages.map((m) => m.type) };
}

describe('handleWorkbookJob', () => {
  it.each<[string, () => Promise<string>]>([
    ['a procurement with a row in every collection', async () => (await seedProcurement(testContext())).p.id],
    [
      'a larger one, graded and answered (read in parts)',
      async () => {
        const bundle = randomBundle({
          vendors: 4,
          requirements: 700,
          evaluators: 4,
          seed: 11,
          responses: true
        });
        expect(bundle.grades.length).toBeGreaterThan(READ_WHOLE_UP_TO);
        await saveBundles([bundle]);
        return bundle.procurement.id;
      }
    ]
  ])(
    'reads %s from storage into the same bytes as the posted bundle',
    async (_, seed) => {
      const page = await loadBundle(await seed());
      const fromStorage = await run(stored(page));
      const fromPage = await run(posted(page));
      expect(fromStorage.types).not.toContain('needBundle');
      expect(fromStorage.types.at(-1)).toBe('done');
      expect(fromStorage.bytes).not.toBeNull();
      expect(fromStorage.bytes).toEqual(fromPage.bytes);
    },
    60_000
  );

  it('asks for the bundle when what is stored is no longer what the page has', async () => {
    const ctx = testContext();
    const { p } = await seedProcurement(ctx);
    const page = await loadBundle(p.id);
    await updateProcurement(ctx, p.id, { title: '別の題名' });
    expect(await run(stored(page))).toEqual({ bytes: null, types: ['needBundle'] });
  });

  it.each([
    ['the procurement is not stored', () => 'no-such-id', () => db.name],
    ['there is no database', () => 'x', () => `none-${crypto.randomUUID()}`]
  ])('asks for the bundle when %s', async (_, id, database) => {
    const page = randomBundle({ vendors: 1, requirements: 3, evaluators: 1, seed: 2 });
    const job = stored({ ...page, procurement: { ...page.procurement, id: id() } });
    expect(await run(job, database())).toEqual({ bytes: null, types: ['needBundle'] });
  });
});
