/**
 * Attestations (第三者認証・監査報告書) held by a vendor or one of its subcontractors. Evidence file
 * ids are managed by the evidence repository, never taken from input. Removing an attestation
 * removes its evidence files and bytes. Audited as `attestation.add|update|remove`.
 */
import type { Attestation, Id } from '$lib/domain/model';
import { deleteEvidence } from './cascade';
import type { WriteContext } from './context';
import { assertUnfrozen } from './freeze-guard';
import { StorageError } from './errors';
import { requireVendorOf } from './subcontractors';
import type { AttestationFields } from '$lib/domain/attestation-draft';
import { ATTESTATION_FIELDS } from '$lib/domain/record-fields';
import type { StampKey, WriteBase } from '$lib/domain/versions';
import { read, write, type Tx } from './tx';
import { appendAudit, changedFields } from './audit-append';
import { checkRecordEdit, stampFor } from './versioned';

export type AttestationInput = Omit<Attestation, 'id' | 'evidenceFileIds' | StampKey>;
export type AttestationPatch = Partial<
  Omit<Attestation, 'id' | 'procurementId' | 'vendorId' | 'evidenceFileIds' | StampKey>
>;

const FROZEN: readonly (keyof Attestation)[] = [
  'id',
  'procurementId',
  'vendorId',
  'evidenceFileIds',
  'version',
  'updatedBy',
  'updatedAt'
];

async function requireAttestation(db: Tx, id: Id): Promise<Attestation> {
  const attestation = await db.attestations.get(id);
  if (!attestation) throw new StorageError('notFound');
  return attestation;
}

/** An attestation held for a subcontractor: it must be one of the same vendor's. */
async function requireSubcontractorOf(db: Tx, vendorId: Id, subcontractorId: Id): Promise<void> {
  const subcontractor = await db.subcontractors.get(subcontractorId);
  if (!subcontractor || subcontractor.vendorId !== vendorId) throw new StorageError('notFound');
}

function summary(a: Omit<Attestation, 'id' | 'evidenceFileIds'>) {
  return { vendorId: a.vendorId, subcontractorId: a.subcontractorId, type: a.type, number: a.number };
}

export function listAttestations(procurementId: Id): Promise<Attestation[]> {
  return read(
    (db) => [db.attestations],
    (db) => db.attestations.where('procurementId').equals(procurementId).toArray()
  );
}

/** Adds and audits one attestation inside the caller's transaction (vendors, subcontractors, attestations). */
export async function insertAttestation(
  db: Tx,
  ctx: WriteContext,
  input: AttestationInput
): Promise<Attestation> {
  await requireVendorOf(db, input.procurementId, input.vendorId);
  if (input.subcontractorId !== null) await requireSubcontractorOf(db, input.vendorId, input.subcontractorId);
  const correction = await assertUnfrozen(db, ctx, input.procurementId);
  const attestation: Attestation = { ...input, id: ctx.newId(), evidenceFileIds: [] };
  await db.attestations.add(attestation);
  await appendAudit(db, ctx, input.procurementId, {
    action: 'attestation.add',
    entityKind: 'attestation',
    entityId: attestation.id,
    after: summary(input),
    correction
  });
  return attestation;
}

export function addAttestation(ctx: WriteContext, input: AttestationInput): Promise<Attestation> {
  return write(
    (db) => [db.vendors, db.subcontractors, db.attestations],
    (db) => insertAttestation(db, ctx, input)
  );
}

/**
 * Saves an attestation's fields; with `base` (the form's), as `updateVendor` does. The register
 * re-check writes without one, and still counts the version up, so a form based on the record
 * before it is compared field by field.
 */
export function updateAttestation(
  ctx: WriteContext,
  id: Id,
  patch: AttestationPatch,
  base?: WriteBase<AttestationFields>
): Promise<Attestation> {
  return write(
    (db) => [db.subcontractors, db.attestations],
    (db) => patchAttestation(db, ctx, id, patch, base)
  );
}

/** Changes and audits one attestation inside the caller's transaction (subcontractors, attestations). */
export async function patchAttestation(
  db: Tx,
  ctx: WriteContext,
  id: Id,
  patch: AttestationPatch,
  base?: WriteBase<AttestationFields>
): Promise<Attestation> {
  const current = await requireAttestation(db, id);
  const edit = base ? checkRecordEdit(current, ATTESTATION_FIELDS, patch, base) : patch;
  const diff = changedFields(current, edit, FROZEN);
  if (!diff) return current;
  const correction = await assertUnfrozen(db, ctx, current.procurementId);
  const at = ctx.now();
  const next = { ...current, ...diff.after, ...stampFor(current, ctx, at) };
  if (next.subcontractorId !== null) await requireSubcontractorOf(db, next.vendorId, next.subcontractorId);
  await db.attestations.put(next);
  await appendAudit(db, ctx, current.procurementId, {
    action: 'attestation.update',
    entityKind: 'attestation',
    entityId: id,
    ...diff,
    at,
    correction
  });
  return next;
}

export function removeAttestation(ctx: WriteContext, id: Id): Promise<void> {
  return write(
    (db) => [db.attestations, db.evidenceFiles, db.evidenceBlobs],
    async (db) => {
      const attestation = await requireAttestation(db, id);
      const correction = await assertUnfrozen(db, ctx, attestation.procurementId);
      const files = await db.evidenceFiles
        .where('ownerId')
        .equals(id)
        .filter((f) => f.ownerKind === 'attestation')
        .primaryKeys();
      await deleteEvidence(db, files);
      await db.attestations.delete(id);
      await appendAudit(db, ctx, attestation.procurementId, {
        action: 'attestation.remove',
        entityKind: 'attestation',
        entityId: id,
        before: { ...summary(attestation), evidenceFiles: files.length },
        correction
      });
    }
  );
}
