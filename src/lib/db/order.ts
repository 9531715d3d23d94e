/**
 * Positions of ordered rows (requirements, evaluators, vendors, subcontractors). Orders are kept
 * dense (0..n-1) so a move is a swap with the neighbour; functions return only the rows whose
 * `order` changed, for the caller to write in its transaction.
 */
export interface Ordered {
  id: string;
  order: number;
}

export function byOrder<T extends Ordered>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function nextOrder(rows: readonly Ordered[]): number {
  return rows.reduce((max, row) => Math.max(max, row.order + 1), 0);
}

/** Rows renumbered 0..n-1 in their current order; only the changed ones. */
export function renumber<T extends Ordered>(rows: readonly T[]): T[] {
  return byOrder(rows).flatMap((row, index) => (row.order === index ? [] : [{ ...row, order: index }]));
}

/** Moves `id` one place up (-1) or down (+1); the changed rows, empty at either end. */
export function moveBy<T extends Ordered>(rows: readonly T[], id: string, delta: -1 | 1): T[] {
  const sorted = byOrder(rows).map((row, index) => ({ ...row, order: index }));
  const from = sorted.findIndex((row) => row.id === id);
  const to = from + delta;
  const a = sorted[from];
  const b = sorted[to];
  if (from < 0 || !a || !b) return [];
  sorted[from] = { ...b, order: from };
  sorted[to] = { ...a, order: to };
  const original = new Map(rows.map((row) => [row.id, row.order]));
  return sorted.filter((row) => original.get(row.id) !== row.order);
}
