/**
 * Snapshots of the official registers (ISMAP, ISMAP-LIU, ISMS-AC, JASA CS, CSA STAR) the buyer
 * imported: app-level records shared by every procurement, kept in backups. Each is one file as
 * downloaded, identified by its SHA-256, with the list's own 更新日 where it states one.
 */
import type { Id, IsoDate, IsoDateTime } from './common';

export const REGISTER_ENTRY_STATUSES = ['listed', 'expired', 'revoked'] as const;
export type RegisterEntryStatus = (typeof REGISTER_ENTRY_STATUSES)[number];

/** One row of a register, as printed (dates read to ISO where they could be). */
export interface RegisterEntry {
  /** Row number in the file (1-based, as Excel shows it). */
  row: number;
  number: string;
  company: string;
  service: string;
  registeredOn: IsoDate | null;
  expiry: IsoDate | null;
  status: RegisterEntryStatus;
  /** The status cell as printed ('' when the list has no status column). */
  statusText: string;
  scope: string;
  issuer: string;
  standard: string;
}

export interface RegisterSnapshot {
  id: Id;
  /** The layout it was read with (`questionnaires/registers/<id>.json`). */
  registerId: string;
  fileName: string;
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: string;
  importedAt: IsoDateTime;
  importedBy: string;
  /** The list's own 更新日, when it states one. */
  listDate: IsoDate | null;
  sheet: string;
  headerRow: number;
  entries: RegisterEntry[];
}
