/**
 * Applies a read-back questionnaire pack in one transaction: the answers, then the subcontractors
 * the vendor listed, then the certifications (the vendor's, or a subcontractor's named by name).
 * Each write is audited; a subcontractor of the same name, or an attestation with the same holder,
 * type and number, already stored is left as it is, never added twice. All of it lands or none.
 */
import type { Attestation, Response, Subcontractor } from '$lib/domain/model';
import { attestationKeys, isKnownAttestation, nameKey } from '$lib/domain/pack-records';
import { insertAttestation, type AttestationInput } from './attestations';
import type { WriteContext } from './context';
import { StorageError } from './errors';
import { putOne, type ResponseInput } from './responses';
import { insertSubcontractor, type SubcontractorInput } from './subcontractors';
import { write } from './tx';

/** An attestation whose holder is the vendor (`null`) or its subcontractor of that name. */
export type PackAttestationInput = Omit<AttestationInput, 'subcontractorId'> & {
  subcontractorName: string | null;
};

export interface PackApplyInput {
  responses: readonly ResponseInput[];
  subcontractors: readonly SubcontractorInput[];
  attestations: readonly PackAttestationInput[];
}

export interface PackApplyResult {
  responses: Response[];
  /** Only those added; existing ones are not repeated here. */
  subcontractors: Subcontractor[];
  attestations: Attestation[];
}

function holderKey(vendorId: string, name: string): string {
  return JSON.stringify([vendorId, nameKey(name)]);
}

export function applyPack(ctx: WriteContext, input: PackApplyInput): Promise<PackApplyResult> {
  return write(
    (db) => [db.vendors, db.requirements, db.responses, db.subcontractors, db.attestations],
    async (db) => {
      const responses: Response[] = [];
      for (const response of input.responses) responses.push(await putOne(db, ctx, response));

      const vendorIds = [...new Set([...input.subcontractors, ...input.attestations].map((x) => x.vendorId))];
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

      const held = await db.attestations.where('vendorId').anyOf(vendorIds).toArray();
      const keysOf = (a: Pick<Attestation, 'vendorId' | 'subcontractorId' | 'type' | 'number'>) =>
        attestationKeys(a.subcontractorId, a.type, a.number).map((key) => `${a.vendorId}\u0000${key}`);
      const seen = new Set(held.flatMap(keysOf));
      const attestations: Attestation[] = [];
      for (const { subcontractorName, ...fields } of input.attestations) {
        let subcontractorId: string | null = null;
        if (subcontractorName !== null) {
          subcontractorId = idByName.get(holderKey(fields.vendorId, subcontractorName)) ?? null;
          if (subcontractorId === null) throw new StorageError('notFound');
        }
        const record = { ...fields, subcontractorId };
        const keys = keysOf(record);
        if (isKnownAttestation(seen, keys, record.number)) continue;
        for (const key of keys) seen.add(key);
        attestations.push(await insertAttestation(db, ctx, record));
      }
      return { responses, subcontractors, attestations };
    }
  );
}
