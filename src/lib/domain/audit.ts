/**
 * The audit trail is a hash chain per procurement: each entry's hash covers its own fields and
 * the previous entry's hash, so changing, removing or reordering any entry breaks the chain from
 * that point. Hashing is passed in (the storage layer uses the synchronous SHA-256).
 */
import { canonicalJson } from './canonical';
import type { AuditEntry } from './model';

export const GENESIS_HASH = '0'.repeat(64);
/** Longest before/after summary kept in an entry. */
export const AUDIT_SUMMARY_MAX = 500;

export type HashText = (text: string) => string;
export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

function hashedFields(entry: Omit<AuditEntry, 'hash'>): string {
  const { procurementId, seq, at, actor, action, entityKind, entityId, before, after, prevHash } = entry;
  return canonicalJson({
    procurementId,
    seq,
    at,
    actor,
    action,
    entityKind,
    entityId,
    before,
    after,
    prevHash
  });
}

/** Short, stable text for a before/after value: canonical JSON, cut to AUDIT_SUMMARY_MAX characters. */
export function summarise(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : canonicalJson(value);
  return text.length > AUDIT_SUMMARY_MAX ? `${text.slice(0, AUDIT_SUMMARY_MAX - 1)}…` : text;
}

/** The next link after `previous` (or the first link when there is none). */
export function chainEntry(draft: AuditDraft, previous: AuditEntry | undefined, hash: HashText): AuditEntry {
  const unsigned = {
    ...draft,
    seq: previous ? previous.seq + 1 : 1,
    prevHash: previous ? previous.hash : GENESIS_HASH
  };
  return { ...unsigned, hash: hash(hashedFields(unsigned)) };
}

export type ChainProblem =
  'hashMismatch' | 'prevHashMismatch' | 'sequenceGap' | 'wrongProcurement' | 'headMismatch';

export type ChainCheck =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; brokenAt: number; seq: number; problem: ChainProblem };

/**
 * Checks entries in the order given (as stored, by `seq`). Reports the first broken entry:
 * its position in the list and its `seq`. With `expectedHead` (the procurement's `auditHead`),
 * entries removed from the end are reported too, at the position where they are missing.
 */
export function verifyChain(
  entries: readonly AuditEntry[],
  hash: HashText,
  expectedHead?: { seq: number; hash: string } | null
): ChainCheck {
  let previous: AuditEntry | undefined;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const fail = (problem: ChainProblem): ChainCheck => ({
      ok: false,
      count: entries.length,
      brokenAt: i,
      seq: entry.seq,
      problem
    });
    if (previous && entry.procurementId !== previous.procurementId) return fail('wrongProcurement');
    if (entry.seq !== (previous ? previous.seq + 1 : 1)) return fail('sequenceGap');
    if (entry.prevHash !== (previous ? previous.hash : GENESIS_HASH)) return fail('prevHashMismatch');
    const { hash: stored, ...rest } = entry;
    if (hash(hashedFields(rest)) !== stored) return fail('hashMismatch');
    previous = entry;
  }
  if (expectedHead !== undefined) {
    const seq = previous ? previous.seq : 0;
    const head = previous ? previous.hash : GENESIS_HASH;
    const wanted = expectedHead ?? { seq: 0, hash: GENESIS_HASH };
    if (wanted.seq !== seq || wanted.hash !== head) {
      return {
        ok: false,
        count: entries.length,
        brokenAt: entries.length,
        seq: seq + 1,
        problem: 'headMismatch'
      };
    }
  }
  return { ok: true, count: entries.length, head: previous ? previous.hash : GENESIS_HASH };
}
