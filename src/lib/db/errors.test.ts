import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError, type StorageErrorCode } from './errors';

const quota = () => new DOMException('disk full', 'QuotaExceededError');

describe('toStorageError', () => {
  it.each<[string, unknown, StorageErrorCode]>([
    ['a DOMException QuotaExceededError', quota(), 'quotaExceeded'],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full'), 'quotaExceeded'],
    [
      'an AbortError whose inner error is the quota',
      new Dexie.AbortError('aborted', quota()),
      'quotaExceeded'
    ],
    ['an error caused by the quota', new Error('write failed', { cause: quota() }), 'quotaExceeded'],
    ['a BulkError holding a quota failure', new Dexie.BulkError('bulk', { 3: quota() }), 'quotaExceeded'],
    ['a DatabaseClosedError', new Dexie.DatabaseClosedError(), 'databaseClosed'],
    ['an AbortError for another reason', new Dexie.AbortError('aborted', new Error('x')), 'unknown'],
    ['a plain Error', new Error('boom'), 'unknown'],
    ['a thrown string', 'boom', 'unknown'],
    ['null', null, 'unknown']
  ])('maps %s', (_name, input, code) => {
    const error = toStorageError(input);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.code).toBe(code);
  });

  it('keeps a StorageError, also when Dexie wraps it', () => {
    const own = new StorageError('notFound');
    expect(toStorageError(own)).toBe(own);
    expect(toStorageError(new Dexie.AbortError('aborted', own))).toBe(own);
  });

  it('keeps the original error as the cause', () => {
    const original = quota();
    expect(toStorageError(original).cause).toBe(original);
  });

  it('does not loop on an error that contains itself', () => {
    const circular: { name: string; inner?: unknown } = { name: 'Weird' };
    circular.inner = circular;
    expect(toStorageError(circular).code).toBe('unknown');
  });
});
