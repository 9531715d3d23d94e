/**
 * Grades: one per (evaluator, vendor, requirement), upserted and audited as `grade.put`. Only
 * against locked criteria, before the evaluator submits and before the technical lock
 * (`assertGradeAllowed`). A change carries only the fields the evaluator changed and is merged,
 * inside the write, with the cell as stored then (`changeGrade`).
 */
import { onlyGradeSaves, type GradeDelta } from '$lib/domain/grade-delta';
import type { Grade, Id } from '$lib/domain/model';
import { nextVersion, type WriteBase } from '$lib/domain/versions';
import type { WriteContext } from './context';
import { assertGradeAllowed } from './evaluation';
import { read, write } from './tx';
import { requireCell, upsertAudited } from './upsert';
import { checkWrite } from './versioned';

export type GradeInput = Omit<Grade, 'id' | 'updatedAt' | 'version' | 'updatedBy'>;
export type GradeCell = Pick<Grade, 'procurementId' | 'evaluatorId' | 'vendorId' | 'requirementId'>;
export type GradeFields = Pick<Grade, 'verdict' | 'level' | 'rationale'>;
export type GradeChange = Partial<GradeFields>;

export function listGrades(procurementId: Id): Promise<Grade[]> {
  return read(
    (db) => [db.grades],
    (db) => db.grades.where('procurementId').equals(procurementId).toArray()
  );
}

export function putGrade(ctx: WriteContext, input: GradeInput): Promise<Grade> {
  const { verdict, level, rationale, ...cell } = input;
  return changeGrade(ctx, cell, { verdict, level, rationale });
}

/**
 * Saves what the evaluator changed on one cell. A field the change does not carry keeps the value
 * stored when the write runs, not the one the page showed: a level chosen and a rationale typed in
 * quick succession (or in two tabs) never undo each other. With the `base` the page edited, a
 * change to a field another writer changed meanwhile is refused (`WriteConflictError`).
 */
export function changeGrade(
  ctx: WriteContext,
  cell: GradeCell,
  change: GradeChange,
  base?: WriteBase<GradeFields>
): Promise<Grade> {
  return write(
    (db) => [db.evaluators, db.vendors, db.requirements, db.grades, db.criteriaVersions],
    async (db) => {
      await requireCell(db, cell.procurementId, cell.vendorId, cell.requirementId);
      const existing = await db.grades
        .where('[evaluatorId+vendorId+requirementId]')
        .equals([cell.evaluatorId, cell.vendorId, cell.requirementId])
        .first();
      const stored: GradeFields | null = existing
        ? { verdict: existing.verdict, level: existing.level, rationale: existing.rationale }
        : null;
      checkWrite(existing, stored, base, change);
      const input: GradeInput = {
        ...cell,
        verdict: change.verdict !== undefined ? change.verdict : (existing?.verdict ?? null),
        level: change.level !== undefined ? change.level : (existing?.level ?? null),
        rationale: change.rationale !== undefined ? change.rationale : (existing?.rationale ?? '')
      };
      await assertGradeAllowed(db, input);
      // On a shared PC the operator (the entry's actor) may not be the evaluator whose sheet it is:
      // the entry names both.
      const evaluator = await db.evaluators.get(cell.evaluatorId);
      return upsertAudited(
        db,
        ctx,
        (r) => db.grades.put(r),
        'grade',
        existing,
        input,
        (id, at) => ({
          ...input,
          id,
          updatedAt: at,
          version: nextVersion(existing),
          updatedBy: ctx.actor
        }),
        null,
        { evaluatorName: evaluator?.name ?? '' }
      );
    }
  );
}

/**
 * What grade saves wrote since the audit entry `afterSeq` (`domain/grade-delta.ts`): the
 * procurement row, the entries after it and the grades they name. When an entry is anything but a
 * grade save, the grades are not read: the caller loads the bundle whole.
 */
export function loadGradeDelta(procurementId: Id, afterSeq: number): Promise<GradeDelta | null> {
  return read(
    (db) => [db.procurements, db.audit, db.grades],
    async (db) => {
      const procurement = await db.procurements.get(procurementId);
      if (!procurement) return null;
      const audit = await db.audit
        .where('[procurementId+seq]')
        .between([procurementId, afterSeq], [procurementId, Infinity], false, true)
        .toArray();
      if (!onlyGradeSaves(audit)) return { procurement, audit, grades: [] };
      const ids = [...new Set(audit.map((e) => e.entityId))];
      const grades = (await db.grades.bulkGet(ids)).filter((g): g is Grade => g !== undefined);
      return { procurement, audit, grades };
    }
  );
}
