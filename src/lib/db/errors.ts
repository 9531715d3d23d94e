/**
 * Storage failures as one error type with a code the UI can translate. `toStorageError` looks
 * through Dexie's wrappers (inner errors, bulk failures, aborts) because a full disk may surface
 * as a QuotaExceededError, an AbortError caused by one, or a BulkError holding one.
 */
import type { WriteDecision } from '$lib/domain/versions';

export type StorageErrorCode =
  | 'quotaExceeded'
  | 'databaseClosed'
  | 'notFound'
  | 'locked'
  | 'reasonRequired'
  | 'fileTooLarge'
  | 'criteriaNotLocked'
  | 'gradingClosed'
  | 'invalidGrade'
  | 'incomplete'
  | 'priceNotOpen'
  | 'invalidBid'
  | 'invalidInput'
  | 'frozen'
  | 'correctionReasonInvalid'
  | 'operatorRequired'
  | 'passphraseInvalid'
  | 'conflict'
  | 'unknown';

export class StorageError extends Error {
  constructor(
    public code: StorageErrorCode,
    cause?: unknown
  ) {
    super(`storage: ${code}`, cause === undefined ? undefined : { cause });
    this.name = 'StorageError';
  }
}

/**
 * A write based on a stale version that changes a field another writer changed meanwhile: refused,
 * with what is stored now, so the page can name it and let the user keep theirs or take it.
 */
export class WriteConflictError<F extends object = object> extends StorageError {
  constructor(public decision: Extract<WriteDecision<F>, { kind: 'conflict' }>) {
    super('conflict');
    this.name = 'WriteConflictError';
  }
}

const MAX_DEPTH = 5;

/** The error itself and every error nested in it, breadth first, a few levels deep. */
function nested(e: unknown): unknown[] {
  const seen: unknown[] = [];
  let level: unknown[] = [e];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const item of level) {
      if (item === null || typeof item !== 'object' || seen.includes(item)) continue;
      seen.push(item);
      const record = item as { inner?: unknown; cause?: unknown; failures?: unknown };
      next.push(record.inner, record.cause);
      if (Array.isArray(record.failures)) next.push(...record.failures);
      else if (record.failures && typeof record.failures === 'object')
        next.push(...Object.values(record.failures));
    }
    level = next;
  }
  return seen;
}

function named(e: unknown): string {
  return e !== null && typeof e === 'object' && typeof (e as { name?: unknown }).name === 'string'
    ? (e as { name: string }).name
    : '';
}

export function toStorageError(e: unknown): StorageError {
  const all = nested(e);
  // A StorageError thrown inside a transaction may come back wrapped (e.g. in an AbortError).
  const own = all.find((x): x is StorageError => x instanceof StorageError);
  if (own) return own;
  const names = all.map(named);
  if (names.some((n) => n === 'QuotaExceededError' || n === 'QuotaExceeded')) {
    return new StorageError('quotaExceeded', e);
  }
  if (names.includes('DatabaseClosedError')) return new StorageError('databaseClosed', e);
  return new StorageError('unknown', e);
}
