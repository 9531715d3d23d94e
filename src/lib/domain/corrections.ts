/**
 * Post-close corrections (締切後の訂正) as read back from the audit trail: each is an entry
 * `correction.<action>` whose `after` holds the chair's reason with the new value (how they are
 * made and refused: `freeze.ts`). Apart from the freeze rules so the memo, which lists them, does
 * not carry those.
 */
import type { AuditEntry, Id, IsoDateTime, ProcurementBundle } from './model';

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
