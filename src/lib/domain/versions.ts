/**
 * One writer at a time. A record carries a version, counted up by every write; a write carries the
 * record it was based on (its version and the values the page showed) and only the fields it
 * changes. `decideWrite` compares that base with the record as stored when the write runs: the
 * same version applies; a stale one merges when the other writer changed other fields only, and is
 * refused, naming each field both changed, when they changed the same one to different values.
 */
import { canonicalJson } from './canonical';

export { nextVersion, versionOf, type StampKey, type VersionStamp } from './version-stamp';

/** What a write was based on: the version the page held and the values it showed. */
export interface WriteBase<F extends object> {
  version: number;
  values: F;
}

/** The record as stored when the write runs (null: there is none yet). */
export interface StoredState<F extends object> {
  version: number;
  values: F;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** A field both writers changed: what the page showed, what is stored now, and what this write brings. */
export interface FieldConflict<F extends object> {
  field: keyof F & string;
  base: F[keyof F];
  stored: F[keyof F];
  mine: F[keyof F];
}

export type WriteDecision<F extends object> =
  /** The write was based on the stored version (or there is no record yet). */
  | { kind: 'apply' }
  /** Stale, but the other writer changed only other fields: they are kept, this write's fields applied. */
  | { kind: 'merge'; kept: (keyof F & string)[] }
  /** Stale, and a field this write changes was changed by the other writer to another value. */
  | {
      kind: 'conflict';
      conflicts: FieldConflict<F>[];
      storedVersion: number;
      storedValues: F;
      at: string | null;
      by: string | null;
    };

const same = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) === canonicalJson(b ?? null);

export function decideWrite<F extends object>(
  base: WriteBase<F>,
  stored: StoredState<F> | null,
  change: Partial<F>
): WriteDecision<F> {
  if (stored === null || stored.version === base.version) return { kind: 'apply' };
  const fields = Object.keys(stored.values) as (keyof F & string)[];
  const otherChanged = fields.filter((f) => !same(base.values[f], stored.values[f]));
  const conflicts: FieldConflict<F>[] = [];
  for (const field of Object.keys(change) as (keyof F & string)[]) {
    const mine = change[field];
    if (mine === undefined || !otherChanged.includes(field)) continue;
    // Both arrived at the same value: nothing to choose between.
    if (same(mine, stored.values[field])) continue;
    conflicts.push({
      field,
      base: base.values[field],
      stored: stored.values[field],
      mine: mine as F[keyof F]
    });
  }
  if (conflicts.length > 0) {
    return {
      kind: 'conflict',
      conflicts,
      storedVersion: stored.version,
      storedValues: stored.values,
      at: stored.updatedAt,
      by: stored.updatedBy
    };
  }
  return { kind: 'merge', kept: otherChanged.filter((f) => change[f] === undefined) };
}

/** The fields to store: the stored values with this write's changes on top. */
export function applyChange<F extends object>(stored: F, change: Partial<F>): F {
  const out = { ...stored };
  for (const key of Object.keys(change) as (keyof F)[]) {
    const value = change[key];
    if (value !== undefined) out[key] = value as F[keyof F];
  }
  return out;
}

/**
 * What a form changed: the fields of `values` that differ from what the page showed (`base`). A
 * form that sends every field still changes only those the user edited, so a field another writer
 * changed meanwhile and this user left alone is kept (merged), not put back to the old value. A
 * key given as undefined clears an optional field (kept as an undefined key when the page showed a value).
 */
export function changedFrom<F extends object>(base: F, values: Partial<F>): Partial<F> {
  const out: Partial<F> = {};
  for (const key of Object.keys(values) as (keyof F)[]) {
    const value = values[key];
    if (value === undefined) {
      // Given as undefined: an optional field the form cleared, a change only if the page showed one.
      if (base[key] !== undefined) out[key] = undefined;
      continue;
    }
    if (!same(value, base[key])) out[key] = value;
  }
  return out;
}

/** The fields `keys` of a record, as a write compares them. */
export function pickFields<R extends object, K extends keyof R>(record: R, keys: readonly K[]): Pick<R, K> {
  const out = {} as Pick<R, K>;
  for (const key of keys) out[key] = record[key];
  return out;
}
