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
import type { AuditEntry, Id, IsoDateTime, LockRecord, ProcurementBundle, Vendor } from './model';

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
export const CORRECTION_PREFIX = 'correction.';

/** A post-close correction as the memo and the workbook report it. */
export interface PostCloseCorrection {
  seq: number;
  at: IsoDateTime;
  /** Who made it: the person the app records as acting (the chair who closed the evaluation). */
  by: string;
  reason: string;
  /** The underlying action, e.g. `response.put`, `vendor.update`. */
  action: string;
  entityKind: string;
  entityId: Id;
  before: string;
  after: string;
}

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

/** The underlying action of a correction entry, or null for any other entry. */
export function correctedAction(action: string): string | null {
  return action.startsWith(CORRECTION_PREFIX) ? action.slice(CORRECTION_PREFIX.length) : null;
}

function parseAfter(after: string): { reason: string; change: string } | null {
  try {
    const value: unknown = JSON.parse(after);
    if (value === null || typeof value !== 'object') return null;
    const { reason, change } = value as Record<string, unknown>;
    return typeof reason === 'string' && typeof change === 'string' ? { reason, change } : null;
  } catch {
    return null;
  }
}

/** The post-close corrections of an audit trail, oldest first. */
export function correctionsFrom(entries: readonly AuditEntry[]): PostCloseCorrection[] {
  const corrections: PostCloseCorrection[] = [];
  for (const entry of entries) {
    const action = correctedAction(entry.action);
    if (action === null) continue;
    const parsed = parseAfter(entry.after);
    corrections.push({
      seq: entry.seq,
      at: entry.at,
      by: entry.actor,
      reason: parsed?.reason ?? '',
      action,
      entityKind: entry.entityKind,
      entityId: entry.entityId,
      before: entry.before,
      after: parsed?.change ?? entry.after
    });
  }
  return corrections.sort((a, b) => a.seq - b.seq);
}

/** A correction with what it changed named for a reader: the vendor and the item, record or file. */
export interface NamedCorrection extends PostCloseCorrection {
  /** The vendor's name, when the record still exists (or the entry names it). */
  company: string;
  /** The requirement ref, attestation number, subcontractor or file name; empty for the vendor itself. */
  subject: string;
}

/** Names each correction's record from the bundle; a record since removed keeps its id as subject. */
export function nameCorrections(
  bundle: Pick<
    ProcurementBundle,
    'vendors' | 'responses' | 'requirements' | 'attestations' | 'subcontractors' | 'evidenceFiles'
  >,
  corrections: readonly PostCloseCorrection[]
): NamedCorrection[] {
  const company = (vendorId: Id | undefined) => bundle.vendors.find((v) => v.id === vendorId)?.company ?? '';
  return corrections.map((c) => {
    const id = c.entityId;
    switch (c.entityKind) {
      case 'vendor':
        return { ...c, company: company(id), subject: '' };
      case 'response': {
        const r = bundle.responses.find((x) => x.id === id);
        const ref = bundle.requirements.find((x) => x.id === r?.requirementId)?.ref;
        return { ...c, company: company(r?.vendorId), subject: ref ?? id };
      }
      case 'attestation': {
        const a = bundle.attestations.find((x) => x.id === id);
        return { ...c, company: company(a?.vendorId), subject: a ? a.number || a.type : id };
      }
      case 'subcontractor': {
        const s = bundle.subcontractors.find((x) => x.id === id);
        return { ...c, company: company(s?.vendorId), subject: s?.name ?? id };
      }
      default: {
        const f = bundle.evidenceFiles.find((x) => x.id === id);
        return { ...c, company: company(f?.vendorId), subject: f?.name ?? id };
      }
    }
  });
}
