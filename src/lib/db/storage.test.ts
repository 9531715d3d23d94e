import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSetting, setSetting } from './settings';
import { getStorageStatus, PERSIST_SETTING, requestPersistenceOnce } from './storage';
import { freshDb } from '$lib/testing/db';

const AT = '2026-01-01T00:00:00.000Z';

function stubStorage(granted: boolean) {
  const storage = {
    persist: vi.fn(async () => granted),
    persisted: vi.fn(async () => granted),
    estimate: vi.fn(async () => ({ usage: 1234, quota: 5678 }))
  };
  vi.stubGlobal('navigator', { storage });
  return storage;
}

beforeEach(() => {
  freshDb();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('settings', () => {
  it('returns the fallback until a value is set, then the value', async () => {
    expect(await getSetting('locale', 'ja')).toBe('ja');
    await setSetting('locale', 'en');
    expect(await getSetting('locale', 'ja')).toBe('en');
  });
});

describe('requestPersistenceOnce', () => {
  it('asks the browser once and remembers when and what it answered', async () => {
    const storage = stubStorage(true);
    expect(await requestPersistenceOnce(() => AT)).toEqual({
      supported: true,
      persisted: true,
      requestedAt: AT
    });
    expect(await getSetting(PERSIST_SETTING, null)).toEqual({ at: AT, result: true });
    expect(await requestPersistenceOnce(() => '2026-06-01T00:00:00.000Z')).toEqual({
      supported: true,
      persisted: true,
      requestedAt: AT
    });
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('reports the current state on later calls, not the remembered answer', async () => {
    const storage = stubStorage(false);
    await requestPersistenceOnce(() => AT);
    storage.persisted.mockResolvedValue(true);
    expect((await requestPersistenceOnce()).persisted).toBe(true);
  });

  it('shares one request between callers at start-up', async () => {
    const storage = stubStorage(true);
    await Promise.all([requestPersistenceOnce(), requestPersistenceOnce()]);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('asks again when the remembered record is not of the expected shape', async () => {
    const storage = stubStorage(true);
    await setSetting(PERSIST_SETTING, 'yes');
    await requestPersistenceOnce(() => AT);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['no navigator', undefined],
    ['no StorageManager', {}],
    ['no persist()', { storage: {} }]
  ])('reports unsupported with %s, and remembers nothing', async (_name, navigatorValue) => {
    vi.stubGlobal('navigator', navigatorValue);
    expect(await requestPersistenceOnce()).toEqual({ supported: false, persisted: null, requestedAt: null });
    expect(await getSetting(PERSIST_SETTING, null)).toBeNull();
  });
});

describe('getStorageStatus', () => {
  it('reads persisted() and estimate()', async () => {
    stubStorage(true);
    expect(await getStorageStatus()).toEqual({ persisted: true, usage: 1234, quota: 5678 });
  });

  it.each([
    ['no navigator', undefined],
    ['an empty StorageManager', { storage: {} }]
  ])('gives nulls with %s', async (_name, navigatorValue) => {
    vi.stubGlobal('navigator', navigatorValue);
    expect(await getStorageStatus()).toEqual({ persisted: null, usage: null, quota: null });
  });
});
