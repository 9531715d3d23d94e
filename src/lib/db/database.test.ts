import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { criteriaHash, SETTINGS_ADDED_LATER } from '$lib/domain/criteria';
import type { Issue } from '$lib/domain/issues';
import { sha256Text } from '$lib/domain/sha256';
import { restoreCriteriaVersion, restoreProcurement, restoreRequirement } from '$lib/domain/restore';
import { getDb, loadedDb, onDbEvent, useDatabase, type DbEvent } from './database';
import { StorageError } from './errors';
import { listProcurements } from './procurements';
import { createProcurement } from './procurement-write';
import { SCHEMA_VERSION, SenteiDb } from './schema';
import { freshDb, testContext } from '$lib/testing/db';

/**
 * The issues of a stored record other than a scoring setting added later (`SETTINGS_ADDED_LATER`):
 * such a field is missing from records stored before it, with no new DB version; restore fills it.
 */
const beyondAddedLater = (issues: Issue[]): Issue[] =>
  issues.filter(
    (i) =>
      !(
        i.code === 'missingField' && Object.keys(SETTINGS_ADDED_LATER).some((p) => i.path === `settings.${p}`)
      )
  );

/** The next release, as another tab would open it. */
class NextSenteiDb extends SenteiDb {
  constructor(name: string) {
    super(name);
    // One version above whatever the app declares, as a newer release in another tab would be.
    this.version(SCHEMA_VERSION + 1).stores({ settings: 'key' });
  }
}

const stops: (() => void)[] = [];
function record(): DbEvent[] {
  const events: DbEvent[] = [];
  stops.push(onDbEvent((e) => events.push(e)));
  return events;
}
afterEach(() => {
  while (stops.length) stops.pop()!();
});

describe('connection events', () => {
  it('closes for good and emits versionchange when another tab upgrades the schema', async () => {
    const db = freshDb();
    const events = record();
    await createProcurement(testContext(), '案件');
    const next = new NextSenteiDb(db.name);
    await next.open();
    expect(next.verno).toBe(SCHEMA_VERSION + 1);
    expect(events).toEqual([{ kind: 'versionchange' }]);
    expect(db.isOpen()).toBe(false);
    const error = await listProcurements().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('databaseClosed');
    next.close();
  });

  it('emits blocked while an old connection does not let the upgrade through', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    const v1 = new SenteiDb(name);
    await v1.open();
    v1.close();
    // A raw connection with no versionchange handler keeps holding the current version (native × 10).
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, SCHEMA_VERSION * 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // Dexie's own blocked handler also warns on the console; keep the test output clean.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const next = new NextSenteiDb(name);
    useDatabase(next);
    const events = record();
    const opening = next.open();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual([{ kind: 'blocked' }]);
    holder.close();
    await opening;
    expect(next.verno).toBe(SCHEMA_VERSION + 1);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    next.close();
  });

  it('emits closed when the browser drops the connection, but not for a deliberate close', async () => {
    const db = freshDb();
    await db.open();
    const events = record();
    const backend = db.backendDB();
    backend.onclose?.call(backend, new Event('close'));
    expect(events).toEqual([{ kind: 'closed' }]);
    useDatabase(new SenteiDb(`t-${crypto.randomUUID()}`));
    db.close();
    expect(events).toEqual([{ kind: 'closed' }]);
  });

  it('stops calling a listener once it unsubscribes', async () => {
    const db = freshDb();
    const events: DbEvent[] = [];
    const stop = onDbEvent((e) => events.push(e));
    stop();
    await new NextSenteiDb(db.name).open();
    expect(events).toEqual([]);
  });

  it('keeps the database chosen, and gives it to every caller', async () => {
    const db = freshDb();
    expect(await getDb()).toBe(db);
    expect(await getDb()).toBe(await getDb());
    expect(loadedDb()).toBe(db);
  });
});

describe('schema upgrade 3 → 4 (requirementV3toV4)', () => {
  it('moves a mandatory item’s points to basePoints, in the requirements and in locked criteria, keeping the hash', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v3Text = (await import('$lib/testing/backups/backup-db-v3.json?raw')).default;
    const bundle = JSON.parse(v3Text).data.procurements[0];
    const v3 = new Dexie(name);
    v3.version(3).stores({
      requirements: 'id, procurementId, [procurementId+order]',
      criteriaVersions: 'id, procurementId, [procurementId+version]'
    });
    await v3.table('requirements').bulkPut(bundle.requirements);
    await v3.table('criteriaVersions').bulkPut(bundle.criteriaVersions);
    v3.close();

    const db = new SenteiDb(name);
    useDatabase(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const requirements = await db.requirements.orderBy('id').toArray();
    expect(requirements.map((r) => [r.kind, r.basePoints, r.points])).toEqual([
      ['mandatory', 10, 0],
      ['scored', 0, 20]
    ]);
    for (const r of requirements) expect(restoreRequirement(r).issues).toEqual([]);
    const [version] = await db.criteriaVersions.toArray();
    expect(beyondAddedLater(restoreCriteriaVersion(version).issues)).toEqual([]);
    expect(version!.requirements.map((r) => r.basePoints)).toEqual([10, 0]);
    expect(criteriaHash(version!.requirements, version!.settings, sha256Text)).toBe(version!.hash);
    db.close();
  });
});

describe('schema upgrade 4 → 5 (procurementV4toV5)', () => {
  it('gives a stored procurement the government buyer kind and the default date style', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v3Text = (await import('$lib/testing/backups/backup-db-v3.json?raw')).default;
    const procurement = JSON.parse(v3Text).data.procurements[0].procurement;
    const v4 = new Dexie(name);
    v4.version(4).stores({ procurements: 'id, updatedAt' });
    await v4.table('procurements').put(procurement);
    v4.close();

    const db = new SenteiDb(name);
    useDatabase(db);
    await db.open();
    const [stored] = await db.procurements.toArray();
    expect(stored).toMatchObject({ id: procurement.id, buyerKind: 'government', documentDateStyle: null });
    expect(beyondAddedLater(restoreProcurement(stored).issues)).toEqual([]);
    db.close();
  });
});
