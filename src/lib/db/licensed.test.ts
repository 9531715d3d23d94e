import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Catalogue } from '$lib/domain/catalogue';
import { useDatabase } from './database';
import {
  clearLicensedTexts,
  listImportedCatalogues,
  listLicensedTexts,
  removeImportedCatalogue,
  saveImportedCatalogue,
  saveLicensedTexts
} from './licensed';
import { SCHEMA_VERSION, SenteiDb } from './schema';
import { freshDb } from '$lib/testing/db';

describe('licensed text and imported catalogues', () => {
  beforeEach(() => {
    freshDb();
  });

  it('stores texts by entry, replacing earlier ones, and clears them', async () => {
    await saveLicensedTexts([{ entryId: 'iso27002:9.4.1', text: '旧' }], 'a.csv', '2026-01-01T00:00:00Z');
    await saveLicensedTexts(
      [
        { entryId: 'iso27002:9.4.1', text: '新' },
        { entryId: 'iso27002:9.4.2', text: '本文' }
      ],
      'b.xlsx',
      '2026-01-02T00:00:00Z'
    );
    const texts = await listLicensedTexts();
    expect(texts.map((t) => [t.entryId, t.text, t.source])).toEqual([
      ['iso27002:9.4.1', '新', 'b.xlsx'],
      ['iso27002:9.4.2', '本文', 'b.xlsx']
    ]);
    await clearLicensedTexts();
    expect(await listLicensedTexts()).toEqual([]);
  });

  it('stores and removes an imported catalogue', async () => {
    const catalogue = { id: 'caiq-user', entries: [] } as unknown as Catalogue;
    await saveImportedCatalogue(catalogue, 'CAIQv4.xlsx', '2026-01-01T00:00:00Z');
    expect((await listImportedCatalogues()).map((c) => [c.id, c.source])).toEqual([
      ['caiq-user', 'CAIQv4.xlsx']
    ]);
    await removeImportedCatalogue('caiq-user');
    expect(await listImportedCatalogues()).toEqual([]);
  });
});

describe('schema upgrade 1 → 2', () => {
  it('keeps the records of a version 1 database and adds the new tables', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      procurements: 'id, updatedAt',
      requirements: 'id, procurementId, [procurementId+order]',
      settings: 'key'
    });
    await v1.table('procurements').put({ id: 'p1', title: '旧版の案件', updatedAt: '2026-01-01' });
    await v1.table('settings').put({ key: 'persistRequested', value: true });
    v1.close();

    const db = new SenteiDb(name);
    useDatabase(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect((await db.procurements.get('p1'))?.title).toBe('旧版の案件');
    expect((await db.settings.get('persistRequested'))?.value).toBe(true);
    await saveLicensedTexts([{ entryId: 'x:1', text: 't' }], 'f', '2026-01-01T00:00:00Z');
    expect(await db.licensedTexts.count()).toBe(1);
    db.close();
  });
});

describe('schema upgrade 2 → 3 (evaluatorPackages)', () => {
  it('gives every stored procurement an empty list of issued packages and no package origin', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({ procurements: 'id, updatedAt', settings: 'key' });
    await v2.table('procurements').put({ id: 'p1', title: '第2版の案件', updatedAt: '2026-01-01' });
    v2.close();

    const db = new SenteiDb(name);
    useDatabase(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const stored = await db.procurements.get('p1');
    expect(stored?.title).toBe('第2版の案件');
    expect(stored?.issuedPackages).toEqual([]);
    expect(stored?.packageOrigin).toBeNull();
    db.close();
  });
});
