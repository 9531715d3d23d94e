/**
 * Applies a read-back questionnaire pack in one transaction: the answers, then the subcontractors
 * the vendor listed (or that its SOC 2 reports name), then the certifications (the vendor's, or a
 * subcontractor's named by name), then the changes to certifications on file. Each write is audited.
 * A subcontractor of the same name, or an attestation that is the same document
 * (`domain/attestation-identity.ts`), already stored is never added twice. A report's subservice
 * organisations are linked to the vendor's subcontractor of that name. All of it lands or none.
 */
import type { Attestation, Response, SubserviceOrganisation, Subcontractor } from '$lib/domain/model';
import { findSameAttestation } from '$lib/domain/attestation-identity';
import { subcontractorKey } from '$lib/domain/pack-records';
import {
  insertAttestation,
  patchAttestation,
  type AttestationInput,
  type AttestationPatch
} from './attestations';
import type { WriteContext } from './context';
import { StorageError } from './errors';
import { putOne, type ResponseInput } from './responses';
import { insertSubcontractor, type SubcontractorInput } from './subcontractors';
import { write } from './tx';

/** An attestation whose holder is the vendor (`null`) or its subcontractor of that name. */
export type PackAttestationInput = Omit<AttestationInput, 'subcontractorId'> & {
  subcontractorName: string | null;
};

/** A change the pack brings to an attestation on file. */
export interface PackAttestationChange {
  id: string;
  changes: AttestationPatch;
}

export interface PackApplyInput {
  responses: readonly ResponseInput[];
  subcontractors: readonly SubcontractorInput[];
  attestations: readonly PackAttestationInput[];
  /** Changes to attestations on file (none when absent). */
  changes?: readonly PackAttestationChange[];
}

export interface PackApplyResult {
  responses: Response[];
  /** Only those added; existing ones are not repeated here. */
  subcontractors: Subcontractor[];
  attestations: Attestation[];
  /** Those changed. */
  changed: Attestation[];
}

function holderKey(vendorId: string, name: string): string {
  return JSON.stringify([vendorId, subcontractorKey(name)]);
}

export function applyPack(ctx: WriteContext, input: PackApplyInput): Promise<PackApplyResult> {
  return write(
    (db) => [db.vendors, db.requirements, db.responses, db.subcontractors, db.attestations],
    async (db) => {
      const responses: Response[] = [];
      for (const response of input.responses) responses.push(await putOne(db, ctx, response));

      const targets = await db.attestations.bulkGet((input.changes ?? []).map((c) => c.id));
      const vendorIds = [
        ...new Set(
          [...input.subcontractors, ...input.attestations, ...targets.filter((t) => t !== undefined)].map(
            (x) => x.vendorId
          )
        )
      ];
      const stored = await db.subcontractors.where('vendorId').anyOf(vendorIds).toArray();
      const idByName = new Map(stored.map((s) => [holderKey(s.vendorId, s.name), s.id]));
      const subcontractors: Subcontractor[] = [];
      for (const sub of input.subcontractors) {
        const key = holderKey(sub.vendorId, sub.name);
        if (idByName.has(key)) continue;
        const added = await insertSubcontractor(db, ctx, sub);
        idByName.set(key, added.id);
        subcontractors.push(added);
      }
      /** Subservice organisations linked to the vendor's subcontractor of that name, where there is one. */
      const link = (vendorId: string, orgs: readonly SubserviceOrganisation[]) =>
        orgs.map((o) => ({
          ...o,
          subcontractorId: o.subcontractorId ?? idByName.get(holderKey(vendorId, o.name)) ?? null
        }));

      const held = await db.attestations.where('vendorId').anyOf(vendorIds).toArray();
      const attestations: Attestation[] = [];
      for (const { subcontractorName, ...fields } of input.attestations) {
        let subcontractorId: string | null = null;
        if (subcontractorName !== null) {
          subcontractorId = idByName.get(holderKey(fields.vendorId, subcontractorName)) ?? null;
          if (subcontractorId === null) throw new StorageError('notFound');
        }
        const record = {
          ...fields,
          subcontractorId,
          subserviceOrganisations: link(fields.vendorId, fields.subserviceOrganisations)
        };
        const same = held.filter(
          (a) => a.vendorId === record.vendorId && a.subcontractorId === subcontractorId
        );
        if (findSameAttestation(same, record)) continue;
        const added = await insertAttestation(db, ctx, record);
        held.push(added);
        attestations.push(added);
      }

      const changed: Attestation[] = [];
      for (const { id, changes } of input.changes ?? []) {
        const current = held.find((a) => a.id === id) ?? (await db.attestations.get(id));
        if (!current) throw new StorageError('notFound');
        const patch = changes.subserviceOrganisations
          ? { ...changes, subserviceOrganisations: link(current.vendorId, changes.subserviceOrganisations) }
          : changes;
        changed.push(await patchAttestation(db, ctx, id, patch));
      }
      return { responses, subcontractors, attestations, changed };
    }
  );
}
