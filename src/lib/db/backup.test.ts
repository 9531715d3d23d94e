import { beforeEach, describe, expect, it } from 'vitest';
import type { Issue } from '$lib/domain/issues';
import { BUNDLE_COLLECTIONS } from '$lib/domain/model';
import {
  BACKUP_MAX_BYTES,
  BACKUP_SCHEMA_VERSION,
  encodeBase64,
  type BackupEnvelope
} from '$lib/domain/restore';
import { verifyAudit } from './audit';
import { applyImport, exportBackup, readBackup, type ImportPreview } from './backup';
import { deleteProcurement, loadBundle } from './bundle';
import { updateProcurement } from './procurement-write';
import type { SenteiDb } from './schema';
import { freshDb, PDF_BYTES, seedProcurement, testContext } from '$lib/testing/db';
import backupDbV1 from '$lib/testing/backups/backup-db-v1.json?raw';
import backupDbV2 from '$lib/testing/backups/backup-db-v2.json?raw';
import backupDbV3 from '$lib/testing/backups/backup-db-v3.json?raw';
import { listRequirements } from './requirements';

let db: SenteiDb;
beforeEach(() => {
  db = freshDb();
});

const META = { appVersion: '0.1.0', exportedAt: '2026-02-01T00:00:00.000Z' };
const bytes = (text: string) => new TextEncoder().encode(text).byteLength;

/** Every row of every table, to show that a refused file changed nothing. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const table of db.tables) all[table.name] = await table.toArray();
  return all;
}

function accepted(preview: ImportPreview) {
  if (!preview.ok) throw new Error(`refused: ${JSON.stringify(preview.issues)}`);
  return preview;
}

/** Backup JSON of one seeded procurement, edited by `edit`. */
async function editedBackup(edit: (json: BackupEnvelope) => void): Promise<string> {
  const s = await seedProcurement(testContext());
  const json = JSON.parse(await exportBackup({ kind: 'procurement', id: s.p.id }, META)) as BackupEnvelope;
  edit(json);
  return JSON.stringify(json);
}

describe('backup round trip', () => {
  it('exports, deletes, previews as add, imports, and gives back the same procurement, bytes and chain', async () => {
    const s = await seedProcurement(testContext());
    const original = await loadBundle(s.p.id);
    const text = await exportBackup({ kind: 'procurement', id: s.p.id }, META);
    await deleteProcurement(s.p.id);

    const preview = accepted(await readBackup(text, bytes(text)));
    expect(preview.meta).toEqual({ ...META, scope: 'procurement' });
    expect(preview.plan).toEqual([
      {
        procurementId: s.p.id,
        title: s.p.title,
        action: 'add',
        existingTitle: null,
        counts: Object.fromEntries(BUNDLE_COLLECTIONS.map((c) => [c, original[c].length])),
        chain: { ok: true, count: 20, head: original.procurement.auditHead!.hash }
      }
    ]);
    expect(await db.procurements.count()).toBe(0);

    await applyImport(preview.bundles);
    const restored = await loadBundle(s.p.id);
    expect(restored).toEqual(original);
    const blob = restored.evidenceBlobs.find((b) => b.id === s.file.id)!;
    expect(blob.data).toBeInstanceOf(ArrayBuffer);
    expect(new Uint8Array(blob.data)).toEqual(PDF_BYTES);
    expect(await verifyAudit(s.p.id)).toMatchObject({ ok: true, count: 20 });
  });

  it('previews a procurement that is still here as replace, and replacing restores the exported state', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const original = await loadBundle(s.p.id);
    const text = await exportBackup({ kind: 'procurement', id: s.p.id }, META);
    await updateProcurement(ctx, s.p.id, { title: 'その後の題名' });

    const preview = accepted(await readBackup(text, bytes(text)));
    expect(preview.plan[0]).toMatchObject({
      action: 'replace',
      title: s.p.title,
      existingTitle: 'その後の題名'
    });
    await applyImport(preview.bundles);
    expect(await loadBundle(s.p.id)).toEqual(original);
  });

  it('exports every procurement with scope all', async () => {
    const ctx = testContext();
    const a = await seedProcurement(ctx, 'A');
    const b = await seedProcurement(ctx, 'B');
    const text = await exportBackup({ kind: 'all' }, META);
    const preview = accepted(await readBackup(text, bytes(text)));
    expect(preview.meta.scope).toBe('all');
    expect(preview.plan.map((p) => [p.procurementId, p.action]).sort()).toEqual(
      [
        [a.p.id, 'replace'],
        [b.p.id, 'replace']
      ].sort()
    );
  });

  it('warns about an edited audit trail without refusing the file', async () => {
    const text = await editedBackup((json) => {
      json.data.procurements[0]!.audit[3]!.actor = '改ざん者';
    });
    const preview = accepted(await readBackup(text, bytes(text)));
    expect(preview.plan[0]!.chain).toEqual({
      ok: false,
      count: 20,
      brokenAt: 3,
      seq: 4,
      problem: 'hashMismatch'
    });
  });
});

describe('refused backup files change nothing', () => {
  const CASES: [string, () => Promise<[string, number]>, Partial<Issue>][] = [
    [
      'a __proto__ key',
      async () => {
        const text = (await editedBackup(() => {})).replace(
          '"vendors":[{',
          '"vendors":[{"__proto__":{"admin":true},'
        );
        return [text, bytes(text)];
      },
      { code: 'forbiddenKey' }
    ],
    [
      'a field of the wrong type',
      async () => {
        const text = await editedBackup((json) => {
          (json.data.procurements[0]!.procurement as { title: unknown }).title = 5;
        });
        return [text, bytes(text)];
      },
      { code: 'wrongType', path: 'data.procurements[0].procurement.title' }
    ],
    [
      'a future schema version',
      async () => {
        const text = await editedBackup((json) => {
          json.schemaVersion = BACKUP_SCHEMA_VERSION + 1;
        });
        return [text, bytes(text)];
      },
      { code: 'futureVersion' }
    ],
    ['more bytes than the limit', async () => ['{}', BACKUP_MAX_BYTES + 1], { code: 'fileTooLarge' }],
    ['not JSON', async () => ['{"type":', 8], { code: 'notJson' }],
    [
      'evidence bytes that do not match their hash',
      async () => {
        const text = await editedBackup((json) => {
          json.data.procurements[0]!.evidenceBlobs[0]!.data = encodeBase64(new Uint8Array([1, 2, 3]));
        });
        return [text, bytes(text)];
      },
      { code: 'evidenceHashMismatch' }
    ],
    [
      'evidence metadata without its bytes',
      async () => {
        const text = await editedBackup((json) => {
          json.data.procurements[0]!.evidenceBlobs = [];
        });
        return [text, bytes(text)];
      },
      { code: 'evidenceHashMismatch' }
    ],
    [
      'row ids that belong to another procurement here',
      async () => {
        // Same rows filed under a new procurement id: importing would collide with the original.
        const text = await editedBackup((json) => {
          const bundle = json.data.procurements[0]!;
          const id = 'another-procurement';
          bundle.procurement.id = id;
          for (const collection of BUNDLE_COLLECTIONS)
            for (const row of bundle[collection]) row.procurementId = id;
        });
        return [text, bytes(text)];
      },
      { code: 'duplicateId', path: 'data.procurements[0].requirements[0].id' }
    ]
  ];

  it.each(CASES)('refuses %s', async (_name, make, issue) => {
    const [text, byteLength] = await make();
    const before = await snapshot();
    const preview = await readBackup(text, byteLength);
    expect(preview.ok).toBe(false);
    expect(preview.ok ? [] : preview.issues).toEqual(
      expect.arrayContaining([expect.objectContaining(issue)])
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe('backups written by earlier versions', () => {
  it.each([
    ['DB v1', backupDbV1],
    ['DB v2', backupDbV2],
    ['DB v3', backupDbV3]
  ])('%s: imports with 基礎点 in its own field and a verifying audit chain', async (_, text) => {
    const preview = accepted(await readBackup(text, bytes(text)));
    expect(preview.plan.map((p) => p.chain.ok)).toEqual([true]);
    await applyImport(preview.bundles);
    const id = preview.plan[0]!.procurementId;
    expect((await listRequirements(id)).map((r) => [r.basePoints, r.points])).toEqual([
      [10, 0],
      [0, 20]
    ]);
    expect(await verifyAudit(id)).toMatchObject({ ok: true });
  });
});
