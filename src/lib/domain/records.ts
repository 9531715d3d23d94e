/**
 * Which record counts, and in which order records are read. Two rules with one home each:
 * - **The latest record wins.** Where several grades (per evaluator × vendor × requirement) or
 *   consensus records (per vendor × requirement) exist for one position, the one with the latest
 *   timestamp counts, and between equal timestamps the greater id, so duplicates resolve the same
 *   in any order. The engine, the sheets, the explanations, the memo and the workbook all read it here.
 * - **Orders.** Ordered rows (requirements, evaluators, vendors, subcontractors) are read by
 *   `order`, then id; other collections by id; criteria versions by number; the audit by sequence.
 *   Orders are kept dense (0..n-1) so a move is a swap with the neighbour; the move functions
 *   return only the rows whose `order` changed, for the caller to write in its transaction.
 */
import type { Consensus, Grade, Id } from './model';

// ------------------------------------------------------------------ the latest record wins

/** Record `a` (at `aAt`) is later than record `b` (at `bAt`): a later timestamp, or the same and a greater id. */
export function isLater(aAt: string, aId: Id, bAt: string, bId: Id): boolean {
  return aAt > bAt || (aAt === bAt && aId > bId);
}

/** The time that decides between grades. */
export const gradeTime = (g: Pick<Grade, 'updatedAt'>): string => g.updatedAt;
/** The time that decides between consensus records. */
export const consensusTime = (c: Pick<Consensus, 'recordedAt'>): string => c.recordedAt;

/**
 * The latest record per key (`key` returns undefined to skip a record), by `at` then id.
 */
export function latestPer<T extends { id: Id }, K>(
  records: readonly T[],
  key: (r: T) => K | undefined,
  at: (r: T) => string
): Map<K, T> {
  const table = new Map<K, T>();
  for (const r of records) {
    const k = key(r);
    if (k === undefined) continue;
    const prev = table.get(k);
    if (!prev || isLater(at(r), r.id, at(prev), prev.id)) table.set(k, r);
  }
  return table;
}

/** The key of a cell (vendor × requirement). */
export const cellKey = (vendorId: Id, requirementId: Id): string => `${vendorId}|${requirementId}`;

/** The latest grade per cell of one evaluator. */
export function latestGradesOf(grades: readonly Grade[], evaluatorId: Id): Map<string, Grade> {
  return latestPer(
    grades,
    (g) => (g.evaluatorId === evaluatorId ? cellKey(g.vendorId, g.requirementId) : undefined),
    gradeTime
  );
}

/** The latest consensus per cell (`cellKey`). */
export function latestConsensus<
  T extends Pick<Consensus, 'id' | 'vendorId' | 'requirementId' | 'recordedAt'>
>(consensus: readonly T[]): Map<string, T> {
  return latestPer(consensus, (c) => cellKey(c.vendorId, c.requirementId), consensusTime);
}

// ------------------------------------------------------------------ orders

const compareIds = (a: Id, b: Id): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sort comparator: by id. */
export const byIdOrder = (a: { id: Id }, b: { id: Id }): number => compareIds(a.id, b.id);
/** Sort comparator: by `order`, then id. */
export const byPosition = (a: Ordered, b: Ordered): number => a.order - b.order || compareIds(a.id, b.id);

/** Sort comparator: criteria versions by number. */
export const byVersion = (a: { version: number }, b: { version: number }): number => a.version - b.version;
/** Sort comparator: audit entries by sequence. */
export const bySeq = (a: { seq: number }, b: { seq: number }): number => a.seq - b.seq;

export interface Ordered {
  id: string;
  order: number;
}

export function byOrder<T extends Ordered>(rows: readonly T[]): T[] {
  return [...rows].sort(byPosition);
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
