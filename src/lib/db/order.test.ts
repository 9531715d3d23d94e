import { describe, expect, it } from 'vitest';
import { byOrder, moveBy, nextOrder, renumber, type Ordered } from './order';

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
