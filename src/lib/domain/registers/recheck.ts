/**
 * A newer snapshot of a register re-checks, in every procurement, each attestation whose
 * verification was recorded from an older snapshot of that register, and says what changed since
 * (e.g. 登録簿で確認 → 取消). A verification the buyer recorded by hand is not touched here (the vendor
 * page offers the register's result beside it), nor an attestation never checked against a register,
 * nor one last checked against a snapshot that is not older than this one. Pure: the caller writes.
 */
import type {
  Attestation,
  AttestationType,
  Id,
  IsoDate,
  RegisterOutcomeKind,
  RegisterSnapshot,
  Subcontractor,
  Vendor,
  VerificationRecord,
  VerificationRegisterRef
} from '../model';
import type { RegisterLayout } from './layout';
import { indexRegister, matchClaim, type RegisterIndex } from './match';
import { claimOf, isNewerSnapshot, registerVerification } from './verify';

export { isNewerSnapshot };

/** One procurement's claims, as the re-check needs them. */
export interface RecheckSource {
  procurementId: Id;
  title: string;
  /** After the technical lock: its records are not rewritten; the change is only reported and audited. */
  frozen: boolean;
  /** The reference date for 期限切れ (the bid deadline, or today). */
  asOf: IsoDate;
  vendors: readonly Vendor[];
  subcontractors: readonly Subcontractor[];
  attestations: readonly Attestation[];
}

export interface RecheckItem {
  attestationId: Id;
  vendorId: Id;
  company: string;
  /** The vendor's company, or the 委託先's name. */
  holder: string;
  ofSubcontractor: boolean;
  type: AttestationType;
  number: string;
  /** The snapshot the record was filled from, and its outcome then. */
  previous: VerificationRegisterRef;
  to: RegisterOutcomeKind;
  /** The outcome, or the fields that differ, are not what the earlier snapshot gave. */
  changed: boolean;
  /** The record the newer snapshot gives. */
  record: VerificationRecord;
}

export interface RecheckProcurement {
  procurementId: Id;
  title: string;
  frozen: boolean;
  items: RecheckItem[];
}

export interface RecheckInput {
  sources: readonly RecheckSource[];
  snapshot: RegisterSnapshot;
  layout: RegisterLayout;
  checkedOn: IsoDate;
  checkedBy: string;
}

const sameDifferences = (a: VerificationRegisterRef, b: VerificationRegisterRef | null | undefined) =>
  JSON.stringify(a.differences) === JSON.stringify(b?.differences ?? []);

export function recheckAll(input: RecheckInput): RecheckProcurement[] {
  const { snapshot, layout, checkedOn, checkedBy } = input;
  let index: RegisterIndex | null = null;
  const out: RecheckProcurement[] = [];
  for (const source of input.sources) {
    const items: RecheckItem[] = [];
    for (const attestation of source.attestations) {
      const previous = attestation.verification?.register;
      if (!previous || previous.registerId !== snapshot.registerId || previous.snapshotId === snapshot.id)
        continue;
      if (!isNewerSnapshot(snapshot, previous) || !layout.attestationTypes.includes(attestation.type))
        continue;
      const vendor = source.vendors.find((v) => v.id === attestation.vendorId);
      if (!vendor) continue;
      const subcontractor =
        attestation.subcontractorId === null
          ? null
          : source.subcontractors.find((s) => s.id === attestation.subcontractorId);
      if (subcontractor === undefined) continue;
      index ??= indexRegister(layout, snapshot.entries);
      const claim = claimOf(attestation, vendor, subcontractor);
      const outcome = matchClaim(index, claim, source.asOf);
      const record = registerVerification(outcome, snapshot, layout.title.ja, checkedOn, checkedBy);
      items.push({
        attestationId: attestation.id,
        vendorId: vendor.id,
        company: vendor.company,
        holder: claim.company,
        ofSubcontractor: subcontractor !== null,
        type: attestation.type,
        number: attestation.number,
        previous,
        to: outcome.kind,
        changed: previous.outcome !== outcome.kind || !sameDifferences(previous, record.register),
        record
      });
    }
    if (items.length > 0) {
      out.push({ procurementId: source.procurementId, title: source.title, frozen: source.frozen, items });
    }
  }
  return out;
}
