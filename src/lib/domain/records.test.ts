import { describe, expect, it } from 'vitest';
import { byOrder, latestConsensus, latestPer, moveBy, nextOrder, renumber, type Ordered } from './records';

const rows = (...orders: number[]): Ordered[] => orders.map((order, i) => ({ id: `r${i}`, order }));

describe('ordered rows', () => {
  it.each<[string, Ordered[], string, -1 | 1, [string, number][]]>([
    [
      'down within the list',
      rows(0, 1, 2),
      'r0',
      1,
      [
        ['r1', 0],
        ['r0', 1]
      ]
    ],
    [
      'up within the list',
      rows(0, 1, 2),
      'r2',
      -1,
      [
        ['r2', 1],
        ['r1', 2]
      ]
    ],
    ['up from the top', rows(0, 1, 2), 'r0', -1, []],
    ['down from the bottom', rows(0, 1, 2), 'r2', 1, []],
    ['an unknown id', rows(0, 1), 'nope', 1, []],
    [
      'across a gap, renumbering',
      rows(0, 5, 9),
      'r1',
      1,
      [
        ['r2', 1],
        ['r1', 2]
      ]
    ]
  ])('moves %s', (_name, input, id, delta, changed) => {
    expect(moveBy(input, id, delta).map((r) => [r.id, r.order])).toEqual(changed);
  });

  it('renumbers densely and returns only what changed', () => {
    expect(renumber(rows(0, 2, 3)).map((r) => [r.id, r.order])).toEqual([
      ['r1', 1],
      ['r2', 2]
    ]);
    expect(renumber(rows(0, 1))).toEqual([]);
  });

  it('sorts by order, then id', () => {
    expect(
      byOrder([
        { id: 'b', order: 1 },
        { id: 'c', order: 0 },
        { id: 'a', order: 1 }
      ]).map((r) => r.id)
    ).toEqual(['c', 'a', 'b']);
  });

  it('appends after the highest order', () => {
    expect(nextOrder([])).toBe(0);
    expect(nextOrder(rows(0, 4, 2))).toBe(5);
  });
});

describe('the latest record wins', () => {
  const rec = (id: string, key: string, at: string) => ({ id, key, at });
  it.each([
    ['a later timestamp', [rec('b', 'k', '2025-01-01'), rec('a', 'k', '2025-01-02')], 'a'],
    [
      'the greater id between equal timestamps',
      [rec('b', 'k', '2025-01-01'), rec('a', 'k', '2025-01-01')],
      'b'
    ],
    ['a single record', [rec('a', 'k', '2025-01-01')], 'a']
  ])('%s', (_, records, winner) => {
    for (const list of [records, [...records].reverse()]) {
      expect(
        latestPer(
          list,
          (r) => r.key,
          (r) => r.at
        ).get('k')?.id
      ).toBe(winner);
    }
  });

  it('keeps one record per key and skips undefined keys', () => {
    const records = [rec('a', 'x', '1'), rec('b', 'y', '1'), rec('c', 'skip', '9')];
    const latest = latestPer(
      records,
      (r) => (r.key === 'skip' ? undefined : r.key),
      (r) => r.at
    );
    expect([...latest.keys()].sort()).toEqual(['x', 'y']);
  });

  it('reads consensus per cell by recordedAt', () => {
    const c = (id: string, recordedAt: string) => ({ id, vendorId: 'v', requirementId: 'r', recordedAt });
    expect(latestConsensus([c('2', '2025-01-01'), c('1', '2025-02-01')]).get('v|r')?.id).toBe('1');
  });
});
