// A page's first read goes without Dexie (raw-read.ts): it must give exactly what the Dexie path
// gives, or decline ("cannot", null) so that Dexie reads, and never create or alter a database.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byIdOrder } from '$lib/domain/records';
import { freshDb, seedProcurement, testContext } from '$lib/testing/db';
import { randomBundle } from '$lib/testing/scoring-workbook';
import { loadBundle, saveBundles } from './bundle';
import { DB_NAME, SCHEMA_VERSION } from './keys';
import { listProcurements } from './procurements';
import { createProcurement } from './procurement-write';
import { rawFindBundle, rawFindBundleWithoutFiles, rawListProcurements } from './raw-read';
import { SenteiDb } from './schema';

let db: SenteiDb;
beforeEach(() => {
  db = freshDb();
});

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

/** A database made outside Dexie at `version`, with only the stores named. */
function rawDatabase(name: string, version: number, stores: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => {
      for (const store of stores) req.result.createObjectStore(store, { keyPath: 'id' });
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

function versionOf(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => {
      req.result.close();
      resolve(req.result.version);
    };
    req.onerror = () => reject(req.error);
  });
}

describe('rawFindBundle', () => {
  it('gives the bundle loadBundle gives, with a row in every collection', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    await seedProcurement(ctx, '別の調達');
    expect(await rawFindBundle(s.p.id, db.name)).toEqual({ value: await loadBundle(s.p.id) });
  });

  it("leaves the evidence files' bytes unread when asked, and gives the rest the same", async () => {
    const s = await seedProcurement(testContext());
    const whole = await loadBundle(s.p.id);
    expect(whole.evidenceBlobs.length).toBeGreaterThan(0);
    expect(await rawFindBundleWithoutFiles(s.p.id, db.name)).toEqual({
      value: { ...whole, evidenceBlobs: [] }
    });
    expect(await rawFindBundleWithoutFiles('no-such-id', db.name)).toEqual({ value: null });
  });

  it('gives null for a procurement that is not there', async () => {
    await seedProcurement(testContext());
    expect(await rawFindBundle('no-such-id', db.name)).toEqual({ value: null });
  });

  it('reads a large table in parts into the same bundle, and whole when the parts miss a row', async () => {
    const bundle = randomBundle({ vendors: 3, requirements: 12, evaluators: 2, seed: 5, responses: true });
    const stray = { ...bundle.grades[0]!, id: 'g-stray', evaluatorId: 'gone' };
    const withStray = { ...bundle, grades: [...bundle.grades, stray].sort(byIdOrder) };
    await seedProcurement(testContext(), '別の調達');
    await saveBundles([withStray]);
    const expected = await loadBundle(bundle.procurement.id);
    expect(expected.grades).toContainEqual(stray);
    // 72 grades and 36 answers: above a limit of 10, so both are read in parts.
    expect(await rawFindBundle(bundle.procurement.id, db.name, 10)).toEqual({ value: expected });
    await saveBundles([bundle]);
    expect(await rawFindBundle(bundle.procurement.id, db.name, 10)).toEqual({
      value: await loadBundle(bundle.procurement.id)
    });
  });
});

describe('rawListProcurements', () => {
  it('gives the list listProcurements gives: newest first, with counts', async () => {
    const ctx = testContext();
    await seedProcurement(ctx);
    await createProcurement(ctx, '空の調達');
    await seedProcurement(ctx, '三つ目');
    const list = await listProcurements();
    expect(list).toHaveLength(3);
    expect(await rawListProcurements(db.name)).toEqual({ value: list });
  });
});

describe('declining, never creating or altering', () => {
  it('creates no database when there is none', async () => {
    const name = `none-${crypto.randomUUID()}`;
    expect(await rawListProcurements(name)).toBeNull();
    expect(await rawFindBundle('x', name)).toBeNull();
    expect(await rawFindBundleWithoutFiles('x', name)).toBeNull();
    expect(await databaseNames()).not.toContain(name);
    // Dexie then creates it at its own version, as on a first visit.
    const created = new SenteiDb(name);
    await created.open();
    expect(created.verno).toBe(SCHEMA_VERSION);
    created.close();
  });

  it('declines a database at an older version, and leaves it at that version for Dexie to upgrade', async () => {
    const name = `old-${crypto.randomUUID()}`;
    await rawDatabase(name, (SCHEMA_VERSION - 1) * 10, ['procurements']);
    expect(await rawListProcurements(name)).toBeNull();
    expect(await rawFindBundle('x', name)).toBeNull();
    expect(await versionOf(name)).toBe((SCHEMA_VERSION - 1) * 10);
  });

  it('declines a database at this version that lacks a table', async () => {
    const name = `partial-${crypto.randomUUID()}`;
    await rawDatabase(name, SCHEMA_VERSION * 10, ['procurements']);
    expect(await rawListProcurements(name)).toBeNull();
    expect(await rawFindBundle('x', name)).toBeNull();
  });
});

describe('a page opened cold', () => {
  afterEach(() => {
    vi.resetModules();
  });

  it('reads its bundle and its list without loading Dexie, then loads it once on first use', async () => {
    // Stored through Dexie in the app's own database, as a returning user's data is.
    const stored = new SenteiDb(DB_NAME);
    const { useDatabase } = await import('./database');
    useDatabase(stored);
    const s = await seedProcurement(testContext());
    const bundle = await loadBundle(s.p.id);
    const list = await listProcurements();
    stored.close();

    // A new page: the db modules loaded afresh, Dexie not yet.
    vi.resetModules();
    const page = await import('./procurements');
    const database = await import('./database');
    expect(await page.findBundle(s.p.id)).toEqual(bundle);
    expect(await page.listProcurements()).toEqual(list);
    expect(database.loadedDb()).toBeNull();

    const [a, b] = await Promise.all([database.getDb(), database.getDb()]);
    expect(a).toBe(b);
    expect(a.name).toBe(DB_NAME);
    expect(database.loadedDb()).toBe(a);
    // Once Dexie is loaded, it reads: the same bundle.
    expect(await page.findBundle(s.p.id)).toEqual(bundle);
    expect(await page.findBundle('no-such-id')).toBeNull();
    a.close();
  });
});
