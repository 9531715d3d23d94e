/**
 * Grades grouped for the grading page, so a page reading one evaluator's or one cell's grades does
 * not read every grade of the procurement, and what was worked out from a group that did not
 * change (another evaluator's progress) can be kept: `byEvaluator` hands back the previous array of
 * a group whose records are all the same ones.
 */
import { cellKey } from './evaluation';
import type { Grade, Id } from './model';

/** The grades by evaluator, in the order given; an unchanged group keeps its array from `before`. */
export function byEvaluator(
  grades: readonly Grade[],
  before: ReadonlyMap<Id, readonly Grade[]> = new Map()
): Map<Id, readonly Grade[]> {
  const next = new Map<Id, Grade[]>();
  for (const g of grades) {
    const group = next.get(g.evaluatorId);
    if (group) group.push(g);
    else next.set(g.evaluatorId, [g]);
  }
  const out = new Map<Id, readonly Grade[]>();
  for (const [id, group] of next) {
    const old = before.get(id);
    const same = old !== undefined && old.length === group.length && old.every((g, i) => g === group[i]);
    out.set(id, same ? old : group);
  }
  return out;
}

/** The grades of evaluators other than the viewer, by cell (`cellKey`), in the order given. */
export function othersByCell(grades: readonly Grade[], viewerId: Id | undefined): Map<string, Grade[]> {
  const byCell = new Map<string, Grade[]>();
  for (const g of grades) {
    if (g.evaluatorId === viewerId) continue;
    const key = cellKey(g.vendorId, g.requirementId);
    const cell = byCell.get(key);
    if (cell) cell.push(g);
    else byCell.set(key, [g]);
  }
  return byCell;
}
