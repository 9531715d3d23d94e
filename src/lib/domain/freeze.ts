/**
 * What the technical lock (技術評価の締切り) freezes: the vendors' answers, attestations,
 * subcontractors, evidence files and vendor names. After the lock a change to them is refused
 * unless it is a post-close correction (締切後の訂正) carrying the chair's written reason; the
 * correction is then the audit entry itself (`correction.<action>`), its `after` holding the reason
 * with the new value, so corrections need no table of their own and travel with every backup.
 */
import { AUDIT_SUMMARY_MAX, summarise } from './audit';
import { canonicalJson } from './canonical';
import type { Issue } from './issues';
import type { Id, LockRecord, Vendor } from './model';

// The corrections as read back from the trail (the memo, the workbook, the audit page) live in
// `corrections.ts`, which a page that only reads them loads without the rules above.
export {
  CORRECTION_PREFIX,
  correctedAction,
  correctionsFrom,
  nameCorrections,
  type NamedCorrection,
  type PostCloseCorrection
} from './corrections';

/** The entity kinds (as the audit trail names them) that the technical lock freezes. */
export const FROZEN_KINDS = ['response', 'attestation', 'subcontractor', 'evidenceFile', 'vendor'] as const;
export type FrozenKind = (typeof FROZEN_KINDS)[number];

/** Of a vendor only its names are frozen: contact and notes may still be kept up to date. */
export const FROZEN_VENDOR_FIELDS = [
  'company',
  'serviceName',
  'serviceEdition'
] as const satisfies readonly (keyof Vendor)[];

export const CORRECTION_REASON_MAX = 200;

/** The correction a caller asks for: its procurement (so it cannot leak into another one) and the reason. */
export interface CorrectionRequest {
  procurementId: Id;
  reason: string;
}

export function isFrozenKind(kind: string): kind is FrozenKind {
  return (FROZEN_KINDS as readonly string[]).includes(kind);
}

/** True when a vendor patch (the changed fields) touches a frozen name. */
export function touchesVendorNames(changed: Partial<Vendor>): boolean {
  return FROZEN_VENDOR_FIELDS.some((field) => field in changed);
}

/** The reason, trimmed, or an issue: required, at most CORRECTION_REASON_MAX characters. */
export function checkCorrectionReason(reason: string): { data: string | null; issues: Issue[] } {
  const trimmed = reason.trim();
  if (trimmed === '') return { data: null, issues: [{ code: 'correctionReasonMissing', path: 'reason' }] };
  if (trimmed.length > CORRECTION_REASON_MAX || encodedReason(trimmed).length > AUDIT_SUMMARY_MAX / 2) {
    return {
      data: null,
      issues: [{ code: 'correctionReasonTooLong', path: 'reason', params: { max: CORRECTION_REASON_MAX } }]
    };
  }
  return { data: trimmed, issues: [] };
}

function encodedReason(reason: string): string {
  return canonicalJson(reason);
}

/**
 * Whether a write to a frozen record may go ahead: before the lock always (no correction
 * needed, `reason` null); after it only with a valid reason for this procurement.
 */
export function freezeCheck(
  procurementId: Id,
  technicalLock: LockRecord | null,
  correction: CorrectionRequest | undefined
): { data: { reason: string | null } | null; issues: Issue[] } {
  if (technicalLock === null) return { data: { reason: null }, issues: [] };
  if (!correction || correction.procurementId !== procurementId) {
    return { data: null, issues: [{ code: 'frozenAfterTechnicalLock', path: '' }] };
  }
  const reason = checkCorrectionReason(correction.reason);
  return reason.data === null
    ? { data: null, issues: reason.issues }
    : { data: { reason: reason.data }, issues: [] };
}

/**
 * The `after` text of a correction entry: the reason in full and the new value, cut so that the
 * whole stays within the audit summary limit (and so is stored, and parsed back, as it is).
 */
export function correctionAfter(reason: string, after: unknown): string {
  let change = summarise(after);
  let text = canonicalJson({ reason, change });
  while (text.length > AUDIT_SUMMARY_MAX && change.length > 0) {
    change = `${change.slice(0, Math.max(0, change.length - (text.length - AUDIT_SUMMARY_MAX) - 1))}…`;
    if (change === '…') change = '';
    text = canonicalJson({ reason, change });
  }
  return text;
}
