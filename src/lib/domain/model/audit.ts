/** The hash-chained audit trail. */
import type { Id, IsoDateTime } from './common';

/** One link of a procurement's hash-chained audit trail. */
export interface AuditEntry {
  procurementId: Id;
  /** 1, 2, … within the procurement. */
  seq: number;
  at: IsoDateTime;
  actor: string;
  /** What happened, as a stable code, e.g. `procurement.update`. */
  action: string;
  entityKind: string;
  entityId: Id;
  /** Short before/after summaries (truncated JSON). */
  before: string;
  after: string;
  /** Hash of the previous entry (64 zeros for the first). */
  prevHash: string;
  /** SHA-256 over the canonical serialisation of every field above. */
  hash: string;
}
