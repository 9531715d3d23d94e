/**
 * Evidence files: metadata in `evidenceFiles`, bytes as an ArrayBuffer (never a Blob: WebKit loses
 * Blobs) in `evidenceBlobs` under the same id. The SHA-256 is computed before the transaction
 * (crypto.subtle would let it commit early); metadata, bytes, the owner's file list and the audit
 * entry are then written together. Audited as `evidence.add|remove`.
 */
import type { EvidenceFile, EvidenceOwnerKind, Id } from '$lib/domain/model';
import { deleteEvidence } from './cascade';
import type { WriteContext } from './context';
import { assertUnfrozen } from './freeze-guard';
import { StorageError } from './errors';
import { read, write, type Tx } from './tx';
import { appendAudit } from './audit-append';
import { EVIDENCE_MAX_BYTES } from '$lib/domain/limits';

export { EVIDENCE_MAX_BYTES };

export interface EvidenceInput {
  procurementId: Id;
  vendorId: Id;
  ownerKind: EvidenceOwnerKind;
  ownerId: Id;
  name: string;
  type: string;
  data: ArrayBuffer;
}

async function sha256Hex(data: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The owner must exist in the same procurement and belong to the same vendor. */
async function requireOwner(db: Tx, input: EvidenceInput): Promise<void> {
  const owner =
    input.ownerKind === 'attestation'
      ? await db.attestations.get(input.ownerId)
      : await db.responses.get(input.ownerId);
  if (!owner || owner.procurementId !== input.procurementId || owner.vendorId !== input.vendorId) {
    throw new StorageError('notFound');
  }
}

export async function addEvidenceFile(ctx: WriteContext, input: EvidenceInput): Promise<EvidenceFile> {
  if (input.data.byteLength > EVIDENCE_MAX_BYTES) throw new StorageError('fileTooLarge');
  // A private copy, so the bytes stored are the bytes hashed even if the caller reuses its buffer.
  const data = input.data.slice(0);
  const sha256 = await sha256Hex(data);
  return write(
    (db) => [db.attestations, db.responses, db.evidenceFiles, db.evidenceBlobs],
    async (db) => {
      await requireOwner(db, input);
      const correction = await assertUnfrozen(db, ctx, input.procurementId);
      const at = ctx.now();
      const file: EvidenceFile = {
        id: ctx.newId(),
        procurementId: input.procurementId,
        vendorId: input.vendorId,
        ownerKind: input.ownerKind,
        ownerId: input.ownerId,
        name: input.name,
        type: input.type,
        size: data.byteLength,
        sha256,
        addedAt: at,
        addedBy: ctx.actor
      };
      await db.evidenceFiles.add(file);
      await db.evidenceBlobs.add({ id: file.id, procurementId: file.procurementId, data });
      if (file.ownerKind === 'attestation') {
        await db.attestations
          .where('id')
          .equals(file.ownerId)
          .modify((a) => {
            a.evidenceFileIds = [...a.evidenceFileIds, file.id];
          });
      }
      await appendAudit(db, ctx, file.procurementId, {
        action: 'evidence.add',
        entityKind: 'evidenceFile',
        entityId: file.id,
        after: { ownerKind: file.ownerKind, ownerId: file.ownerId, name: file.name, size: file.size, sha256 },
        at,
        correction
      });
      return file;
    }
  );
}

export function getEvidenceBytes(id: Id): Promise<ArrayBuffer | undefined> {
  return read(
    (db) => [db.evidenceBlobs],
    async (db) => (await db.evidenceBlobs.get(id))?.data
  );
}

export function listEvidenceFiles(procurementId: Id): Promise<EvidenceFile[]> {
  return read(
    (db) => [db.evidenceFiles],
    (db) => db.evidenceFiles.where('procurementId').equals(procurementId).toArray()
  );
}

export function removeEvidenceFile(ctx: WriteContext, id: Id): Promise<void> {
  return write(
    (db) => [db.attestations, db.evidenceFiles, db.evidenceBlobs],
    async (db) => {
      const file = await db.evidenceFiles.get(id);
      if (!file) throw new StorageError('notFound');
      const correction = await assertUnfrozen(db, ctx, file.procurementId);
      await deleteEvidence(db, [id]);
      if (file.ownerKind === 'attestation') {
        await db.attestations
          .where('id')
          .equals(file.ownerId)
          .modify((a) => {
            a.evidenceFileIds = a.evidenceFileIds.filter((f) => f !== id);
          });
      }
      await appendAudit(db, ctx, file.procurementId, {
        action: 'evidence.remove',
        entityKind: 'evidenceFile',
        entityId: id,
        before: { ownerKind: file.ownerKind, ownerId: file.ownerId, name: file.name, sha256: file.sha256 },
        correction
      });
    }
  );
}
