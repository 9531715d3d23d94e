/**
 * A loaded bundle brought up to date after grade saves without reading it whole again: storage
 * returns what the saves wrote (the procurement row, the audit entries after the bundle's last one,
 * and the grades those entries name), and `applyGradeDelta` puts them in. It returns null whenever
 * the delta is not exactly grade saves that follow on from the bundle's own chain (another kind of
 * change, a gap, a restored chain): the caller then loads the bundle whole. The result is the bundle
 * a full load would give (same order), and every collection not changed keeps its reference.
 */
import type { AuditEntry, Grade, Procurement, ProcurementBundle } from './model';
import { byIdOrder } from './records';

/** The audit action of a grade save (`db/grades.ts changeGrade`). */
export const GRADE_SAVE_ACTION = 'grade.put';

export interface GradeDelta {
  procurement: Procurement;
  /** The entries after the bundle's last one, by seq. */
  audit: AuditEntry[];
  /** The grades the entries name, as stored now (missing: deleted since). */
  grades: Grade[];
}

/** The seq of the bundle's last audit entry (0 when it has none). */
export function lastAuditSeq(bundle: Pick<ProcurementBundle, 'audit'>): number {
  return bundle.audit.at(-1)?.seq ?? 0;
}

/** Only grade saves: the entries a delta may carry. */
export function onlyGradeSaves(entries: readonly AuditEntry[]): boolean {
  return entries.every((e) => e.action === GRADE_SAVE_ACTION && e.entityKind === 'grade');
}

function follows(bundle: ProcurementBundle, delta: GradeDelta): boolean {
  const last = bundle.audit.at(-1);
  let seq = last?.seq ?? 0;
  let hash = last?.hash;
  for (const entry of delta.audit) {
    if (entry.procurementId !== bundle.procurement.id || entry.seq !== seq + 1) return false;
    if (hash !== undefined && entry.prevHash !== hash) return false;
    seq = entry.seq;
    hash = entry.hash;
  }
  const head = delta.procurement.auditHead;
  return head !== null && head.seq === seq && head.hash === hash;
}

/** Replaces (or inserts) each grade by id in a list sorted by id; the list given is not changed. */
function withGrades(grades: readonly Grade[], changed: readonly Grade[]): Grade[] {
  const out = [...grades];
  for (const grade of changed) {
    let low = 0;
    let high = out.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (byIdOrder(out[mid]!, grade) < 0) low = mid + 1;
      else high = mid;
    }
    if (out[low]?.id === grade.id) out[low] = grade;
    else out.splice(low, 0, grade);
  }
  return out;
}

/**
 * The bundle with the delta applied, or null when the delta cannot be applied on it (the caller
 * loads the bundle whole). A delta with no entries and the same head changes nothing.
 */
export function applyGradeDelta(bundle: ProcurementBundle, delta: GradeDelta): ProcurementBundle | null {
  if (delta.procurement.id !== bundle.procurement.id) return null;
  if (!onlyGradeSaves(delta.audit) || !follows(bundle, delta)) return null;
  if (delta.audit.length === 0) return bundle;
  const named = new Set(delta.audit.map((e) => e.entityId));
  // A grade an entry names but storage no longer holds was removed by something else: load whole.
  if (delta.grades.length !== named.size || delta.grades.some((g) => !named.has(g.id))) return null;
  if (delta.grades.some((g) => g.procurementId !== bundle.procurement.id)) return null;
  return {
    ...bundle,
    procurement: delta.procurement,
    grades: withGrades(bundle.grades, delta.grades),
    audit: [...bundle.audit, ...delta.audit]
  };
}
