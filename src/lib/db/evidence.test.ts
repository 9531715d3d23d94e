import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from './audit';
import { addEvidenceFile, EVIDENCE_MAX_BYTES, getEvidenceBytes, listEvidenceFiles } from './evidence';
import type { SenteiDb } from './schema';
import { freshDb, PDF_BYTES, seedProcurement, testContext } from '$lib/testing/db';

let db: SenteiDb;
beforeEach(() => {
  db = freshDb();
});

const nodeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('evidence files', () => {
  it('stores the bytes as an ArrayBuffer under the file id, with size and a SHA-256 node agrees with', async () => {
    const ctx = testContext('鈴木');
    const s = await seedProcurement(ctx);
    const row = await db.evidenceBlobs.get(s.file.id);
    expect(row?.data).toBeInstanceOf(ArrayBuffer);
    expect(new Uint8Array(row!.data)).toEqual(PDF_BYTES);
    expect(s.file).toMatchObject({
      size: PDF_BYTES.byteLength,
      sha256: nodeSha256(PDF_BYTES),
      name: 'soc2.pdf',
      type: 'application/pdf',
      addedBy: '鈴木'
    });
    expect(new Uint8Array((await getEvidenceBytes(s.file.id))!)).toEqual(PDF_BYTES);
    expect(await listEvidenceFiles(s.p.id)).toEqual(expect.arrayContaining([s.file, s.responseFile]));
  });

  it('stores the bytes it hashed even if the caller reuses its buffer', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const buffer = new Uint8Array([1, 2, 3, 4]);
    const pending = addEvidenceFile(ctx, {
      procurementId: s.p.id,
      vendorId: s.v2.id,
      ownerKind: 'attestation',
      ownerId: s.att2.id,
      name: 'a.bin',
      type: 'application/octet-stream',
      data: buffer.buffer
    });
    buffer.fill(9);
    const file = await pending;
    expect(new Uint8Array((await getEvidenceBytes(file.id))!)).toEqual(new Uint8Array([1, 2, 3, 4]));
    expect(file.sha256).toBe(nodeSha256(new Uint8Array([1, 2, 3, 4])));
  });

  it('accepts a file of exactly the limit', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const data = new Uint8Array(EVIDENCE_MAX_BYTES);
    data[EVIDENCE_MAX_BYTES - 1] = 1;
    const file = await addEvidenceFile(ctx, {
      procurementId: s.p.id,
      vendorId: s.v2.id,
      ownerKind: 'attestation',
      ownerId: s.att2.id,
      name: 'limit.bin',
      type: 'application/octet-stream',
      data: data.buffer
    });
    expect(file).toMatchObject({ size: EVIDENCE_MAX_BYTES, sha256: nodeSha256(data) });
    expect((await getEvidenceBytes(file.id))?.byteLength).toBe(EVIDENCE_MAX_BYTES);
  });

  it.each<
    [
      string,
      (s: Awaited<ReturnType<typeof seedProcurement>>) => {
        ownerKind: 'attestation' | 'response';
        ownerId: string;
        vendorId: string;
      }
    ]
  >([
    ['an owner of the wrong kind', (s) => ({ ownerKind: 'response', ownerId: s.att2.id, vendorId: s.v2.id })],
    [
      'an owner of another vendor',
      (s) => ({ ownerKind: 'attestation', ownerId: s.att.id, vendorId: s.v2.id })
    ],
    ['a missing owner', (s) => ({ ownerKind: 'attestation', ownerId: 'missing', vendorId: s.v2.id })]
  ])('refuses %s with notFound and stores nothing', async (_name, owner) => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const audit = await listAudit(s.p.id);
    const attempt = addEvidenceFile(ctx, {
      procurementId: s.p.id,
      ...owner(s),
      name: 'x.pdf',
      type: 'application/pdf',
      data: new Uint8Array([1]).buffer
    });
    await expect(attempt).rejects.toMatchObject({ name: 'StorageError', code: 'notFound' });
    expect(await db.evidenceFiles.count()).toBe(2);
    expect(await db.evidenceBlobs.count()).toBe(2);
    expect(await listAudit(s.p.id)).toEqual(audit);
  });

  it('returns undefined for the bytes of an unknown file', async () => {
    expect(await getEvidenceBytes('missing')).toBeUndefined();
  });
});
