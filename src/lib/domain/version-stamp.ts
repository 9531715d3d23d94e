/**
 * A record's version stamp, apart from the one-writer rule (`versions.ts`) so that storage's audit
 * path, which every page loads, counts versions without carrying the rule.
 */

/** The bookkeeping every versioned record carries (absent on records stored before it: version 0). */
export interface VersionStamp {
  version?: number;
  updatedAt?: string;
  /** The audit actor of the last write. */
  updatedBy?: string;
}

/** The stamp fields: storage writes them, never a form or an import. */
export type StampKey = keyof VersionStamp;

/** A record's version; a record stored before versions existed, or none at all, reads as 0. */
export function versionOf(record: VersionStamp | null | undefined): number {
  const v = record?.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** The version a write stores: one past the record's as stored. */
export function nextVersion(stored: VersionStamp | null | undefined): number {
  return versionOf(stored) + 1;
}
