/**
 * What a register check does to an attestation's verification record. A confirmed or failed check
 * fills the record with the register, the snapshot (its date and SHA-256), the day and the checker.
 * A record the buyer filled by hand is never replaced silently: the check is offered beside it
 * (`keepManual`) and replaces it only when the buyer says so. A record filled from an older
 * snapshot is re-checked against a newer one, and what changed is reported.
 */
import type {
  Attestation,
  IsoDate,
  RegisterSnapshot,
  Subcontractor,
  Vendor,
  VerificationRecord,
  VerificationResult
} from '../model';
import type { RegisterClaim, RegisterOutcome } from './match';

/** The claim an attestation makes: held by the vendor, or by one of its 委託先. */
export function claimOf(
  attestation: Attestation,
  vendor: Vendor,
  subcontractor: Subcontractor | null
): RegisterClaim {
  const services = subcontractor
    ? attestation.scopeServices
    : [...attestation.scopeServices, ...(vendor.serviceName ? [vendor.serviceName] : [])];
  return {
    type: attestation.type,
    number: attestation.number,
    company: subcontractor ? subcontractor.name : vendor.company,
    services,
    expiry: attestation.expiry,
    cloudAddOn: attestation.cloudAddOn
  };
}

const RESULT: Record<RegisterOutcome['kind'], VerificationResult> = {
  confirmed: 'confirmed',
  notListed: 'notFound',
  mismatch: 'mismatch',
  expired: 'mismatch',
  revoked: 'mismatch'
};

/** The snapshot's date: the list's own 更新日, else the day it was imported. */
export function snapshotDate(snapshot: Pick<RegisterSnapshot, 'listDate' | 'importedAt'>): IsoDate {
  return snapshot.listDate ?? snapshot.importedAt.slice(0, 10);
}

type SnapshotDates = Pick<RegisterSnapshot, 'listDate' | 'importedAt'>;

/**
 * Whether `candidate` is a newer snapshot than `than`: a later list date (its 更新日, else the day
 * it was imported), or the same date imported later.
 */
export function isNewerSnapshot(candidate: SnapshotDates, than: SnapshotDates): boolean {
  const [a, b] = [snapshotDate(candidate), snapshotDate(than)];
  return a !== b ? a > b : candidate.importedAt > than.importedAt;
}

/** The verification record a check gives. `source` names the register, the snapshot date and hash. */
export function registerVerification(
  outcome: RegisterOutcome,
  snapshot: RegisterSnapshot,
  registerTitle: string,
  checkedOn: IsoDate,
  checkedBy: string
): VerificationRecord {
  return {
    source: `${registerTitle} ${snapshotDate(snapshot)} SHA-256:${snapshot.sha256}`,
    checkedOn,
    checkedBy,
    result: RESULT[outcome.kind],
    register: {
      registerId: snapshot.registerId,
      snapshotId: snapshot.id,
      sha256: snapshot.sha256,
      listDate: snapshot.listDate,
      importedAt: snapshot.importedAt,
      outcome: outcome.kind,
      entryRow: outcome.entry?.row ?? null,
      entryNumber: outcome.entry?.number ?? '',
      differences: outcome.differences.map((d) => ({ ...d }))
    }
  };
}

export type VerificationPlan =
  /** Nothing recorded yet, or recorded from a register: the check's record is written. */
  | { kind: 'fill'; record: VerificationRecord; previous: VerificationRecord['register'] | null }
  /** Recorded by hand: kept; the check is shown beside it and written only when the buyer asks. */
  | { kind: 'keepManual'; record: VerificationRecord; manual: VerificationRecord }
  /** Same snapshot, same outcome: nothing to write. */
  | { kind: 'unchanged' };

export function planVerification(
  existing: VerificationRecord | null,
  checked: VerificationRecord
): VerificationPlan {
  if (existing === null) return { kind: 'fill', record: checked, previous: null };
  const before = existing.register ?? null;
  if (before === null) return { kind: 'keepManual', record: checked, manual: existing };
  const after = checked.register;
  if (
    after &&
    before.snapshotId === after.snapshotId &&
    before.outcome === after.outcome &&
    JSON.stringify(before.differences) === JSON.stringify(after.differences)
  ) {
    return { kind: 'unchanged' };
  }
  return { kind: 'fill', record: checked, previous: before };
}

/** A check whose outcome differs from the one recorded from an earlier snapshot. */
export interface OutcomeChange {
  attestationId: string;
  from: RegisterOutcome['kind'];
  to: RegisterOutcome['kind'];
}

/** What a newer snapshot changed, for the checks that had been recorded from a register. */
export function outcomeChanges(
  plans: readonly { attestationId: string; plan: VerificationPlan }[]
): OutcomeChange[] {
  return plans.flatMap(({ attestationId, plan }) => {
    if (plan.kind !== 'fill' || !plan.previous || !plan.record.register) return [];
    const from = plan.previous.outcome;
    const to = plan.record.register.outcome;
    return from === to ? [] : [{ attestationId, from, to }];
  });
}
