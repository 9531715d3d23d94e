/**
 * Checks every attestation of one vendor (its own and its 委託先's) against the newest imported
 * snapshot of the register that proves its type, and plans what each check writes into the
 * verification record (`planVerification`). Pure: the page applies the plans.
 */
import type { Attestation, Id, IsoDate, RegisterSnapshot, Subcontractor, Vendor } from '../model';
import type { RegisterLayout } from './layout';
import { indexRegister, matchClaim, type RegisterIndex, type RegisterOutcome } from './match';
import {
  claimOf,
  isNewerSnapshot,
  planVerification,
  registerVerification,
  type VerificationPlan
} from './verify';

export interface RegisterCheckRow {
  attestation: Attestation;
  /** The holder as claimed: the vendor's company or the 委託先's name. */
  holder: string;
  subcontractorId: Id | null;
  layout: RegisterLayout;
  /** Null when no snapshot of this register has been imported. */
  snapshot: RegisterSnapshot | null;
  outcome: RegisterOutcome | null;
  plan: VerificationPlan | null;
}

export interface RegisterCheckInput {
  vendor: Vendor;
  subcontractors: readonly Subcontractor[];
  attestations: readonly Attestation[];
  /** Every imported snapshot; the newest of each register (`latestSnapshots`) is used. */
  snapshots: readonly RegisterSnapshot[];
  layouts: readonly RegisterLayout[];
  /** The reference date for 期限切れ (the bid deadline, or today). */
  asOf: IsoDate;
  checkedOn: IsoDate;
  checkedBy: string;
}

/**
 * The newest snapshot of each register, by the same order the re-check uses (`isNewerSnapshot`):
 * the later list date (更新日), else the later import. A list imported today but dated earlier than
 * the one on file does not replace it.
 */
export function latestSnapshots(snapshots: readonly RegisterSnapshot[]): Map<string, RegisterSnapshot> {
  const latest = new Map<string, RegisterSnapshot>();
  for (const snapshot of snapshots) {
    const current = latest.get(snapshot.registerId);
    if (!current || isNewerSnapshot(snapshot, current)) latest.set(snapshot.registerId, snapshot);
  }
  return latest;
}

export function checkVendor(input: RegisterCheckInput): RegisterCheckRow[] {
  const { vendor, layouts, asOf, checkedOn, checkedBy } = input;
  const latest = latestSnapshots(input.snapshots);
  const indexes = new Map<Id, RegisterIndex>();
  const rows: RegisterCheckRow[] = [];
  for (const attestation of input.attestations) {
    if (attestation.vendorId !== vendor.id) continue;
    const layout = layouts.find((l) => l.attestationTypes.includes(attestation.type));
    if (!layout) continue;
    const subcontractor =
      attestation.subcontractorId === null
        ? null
        : (input.subcontractors.find((s) => s.id === attestation.subcontractorId) ?? null);
    if (attestation.subcontractorId !== null && !subcontractor) continue;
    const claim = claimOf(attestation, vendor, subcontractor);
    const snapshot = latest.get(layout.id) ?? null;
    const base = {
      attestation,
      holder: claim.company,
      subcontractorId: attestation.subcontractorId,
      layout,
      snapshot
    };
    if (!snapshot) {
      rows.push({ ...base, outcome: null, plan: null });
      continue;
    }
    let index = indexes.get(snapshot.id);
    if (!index) indexes.set(snapshot.id, (index = indexRegister(layout, snapshot.entries)));
    const outcome = matchClaim(index, claim, asOf);
    const record = registerVerification(outcome, snapshot, layout.title.ja, checkedOn, checkedBy);
    rows.push({ ...base, outcome, plan: planVerification(attestation.verification, record) });
  }
  return rows;
}
