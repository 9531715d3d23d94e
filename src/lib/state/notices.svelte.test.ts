import { afterEach, describe, expect, it } from 'vitest';
import { keptNotices, MAX_NOTICES, notices, type Notice } from './notices.svelte';

const info = (id: number): Notice => ({ id, tone: 'info', key: 'list.save' });
const error = (id: number): Notice => ({ id, tone: 'error', key: 'list.cancel' });
const ids = (items: readonly Notice[]) => items.map((n) => `${n.tone[0]}${n.id}`);

describe('keptNotices', () => {
  it.each([
    ['the first', [], info(1), ['i1']],
    ['a second', [info(1)], info(2), ['i1', 'i2']],
    ['a third confirmation: the oldest goes', [info(1), info(2)], info(3), ['i2', 'i3']],
    ['a confirmation after an error: the error stays', [error(1), info(2)], info(3), ['e1', 'i3']],
    ['an error after confirmations', [info(1), info(2)], error(3), ['i2', 'e3']],
    ['a confirmation after two errors: the oldest error goes', [error(1), error(2)], info(3), ['e2', 'i3']],
    ['an error after two errors', [error(1), error(2)], error(3), ['e2', 'e3']],
    ['a confirmation before an error goes first', [info(1), error(2)], error(3), ['e2', 'e3']]
  ] as const)('%s', (_name, items, added, expected) => {
    const kept = keptNotices(items, added);
    expect(ids(kept)).toEqual(expected);
    expect(kept.length).toBeLessThanOrEqual(MAX_NOTICES);
  });
});

describe('notices', () => {
  afterEach(() => notices.clear());

  it('shows at most two at once, whatever arrives', () => {
    for (let i = 0; i < 5; i++) notices.info({ key: 'list.save' });
    notices.error({ key: 'list.cancel' });
    notices.info({ key: 'list.open' });
    expect(notices.items.map((n) => [n.tone, n.key])).toEqual([
      ['error', 'list.cancel'],
      ['info', 'list.open']
    ]);
  });
});
