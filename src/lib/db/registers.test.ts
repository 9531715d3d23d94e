import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { RegisterSnapshot } from '$lib/domain/model';
import { restoreWith } from '$lib/domain/restore';
import { registerSnapshotSchema } from '$lib/domain/restore/registers';
import { freshDb, seedProcurement, testContext } from '$lib/testing/db';
import { applyImport, exportBackup, readBackup } from './backup';
import { useDatabase } from './database';
import { listRegisterSnapshots, removeRegisterSnapshot, saveRegisterSnapshot } from './registers';
import { SCHEMA_VERSION, SenteiDb } from './schema';

const snapshot = (id: string, sha: string, importedAt = '2025-04-02T01:00:00.000Z'): RegisterSnapshot => ({
  id,
  registerId: 'ismap',
  fileName: 'ismap.xlsx',
  sha256: sha.repeat(64),
  importedAt,
  importedBy: '佐藤',
  listDate: '2025-04-01',
  sheet: 'リスト',
  headerRow: 5,
  entries: [
    {
      row: 6,
      number: 'C21-0008-2',
      company: '株式会社サンプルクラウド',
      service: 'Sample',
      registeredOn: '2024-04-01',
      expiry: null,
      status: 'listed',
      statusText: '',
      scope: '',
      issuer: '',
      standard: ''
    }
  ]
});

describe('register snapshots', () => {
  it('stores a snapshot once per file, lists newest first, removes one', async () => {
    freshDb();
    await saveRegisterSnapshot(snapshot('s1', 'a'));
    const again = await saveRegisterSnapshot(snapshot('s2', 'a'));
    expect(again.id).toBe('s1');
    await saveRegisterSnapshot(snapshot('s3', 'b', '2025-05-01T00:00:00.000Z'));
    expect((await listRegisterSnapshots()).map((s) => s.id)).toEqual(['s3', 's1']);
    await removeRegisterSnapshot('s3');
    expect((await listRegisterSnapshots()).map((s) => s.id)).toEqual(['s1']);
    expect(restoreWith(registerSnapshotSchema, (await listRegisterSnapshots())[0]).issues).toEqual([]);
  });

  it('travels in a backup and is restored from it', async () => {
    freshDb();
    const ctx = testContext();
    const seeded = await seedProcurement(ctx);
    await saveRegisterSnapshot(snapshot('s1', 'c'));
    const text = await exportBackup(
      { kind: 'procurement', id: seeded.p.id },
      { appVersion: 't', exportedAt: '2025-06-01T00:00:00.000Z' }
    );
    freshDb();
    const preview = await readBackup(text, text.length);
    if (!preview.ok) throw new Error(JSON.stringify(preview.issues));
    expect(preview.registerSnapshots.map((s) => s.id)).toEqual(['s1']);
    await applyImport(preview.bundles, preview.registerSnapshots);
    expect((await listRegisterSnapshots()).map((s) => s.sha256)).toEqual(['c'.repeat(64)]);
  });

  it('still restores a version 3 backup, which has no snapshots', async () => {
    freshDb();
    const v3Text = (await import('$lib/testing/backups/backup-db-v3.json?raw')).default;
    const preview = await readBackup(v3Text, v3Text.length);
    expect(preview.ok && preview.registerSnapshots).toEqual([]);
  });
});

describe('schema upgrade 5 → 6 (registerSnapshots)', () => {
  it('adds the table and keeps a stored attestation’s manual verification as manual', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores({ attestations: 'id, procurementId, vendorId' });
    const verification = {
      source: 'ISMAPポータル',
      checkedOn: '2025-02-01',
      checkedBy: '佐藤',
      result: 'confirmed'
    };
    await v5.table('attestations').put({ id: 'a1', procurementId: 'p', vendorId: 'v', verification });
    v5.close();

    const db = new SenteiDb(name);
    useDatabase(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.registerSnapshots.count()).toBe(0);
    const stored = await db.attestations.get('a1');
    expect(stored?.verification).toEqual(verification);
    db.close();
  });
});
