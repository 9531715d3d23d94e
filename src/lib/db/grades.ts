/**
 * Grades: one per (evaluator, vendor, requirement), upserted and audited as `grade.put`. Only
 * against locked criteria, before the evaluator submits and before the technical lock
 * (`assertGradeAllowed`).
 */
import type { Grade, Id } from '$lib/domain/model';
import type { WriteContext } from './context';
import { assertGradeAllowed } from './evaluation';
import { read, write } from './tx';
import { requireCell, upsertAudited } from './upsert';

export type GradeInput = Omit<Grade, 'id' | 'updatedAt'>;

export function listGrades(procurementId: Id): Promise<Grade[]> {
  return read(
    (db) => [db.grades],
    (db) => db.grades.where('procurementId').equals(procurementId).toArray()
  );
}

export function putGrade(ctx: WriteContext, input: GradeInput): Promise<Grade> {
  return write(
    (db) => [db.evaluators, db.vendors, db.requirements, db.grades, db.criteriaVersions],
    async (db) => {
      await requireCell(db, input.procurementId, input.vendorId, input.requirementId);
      await assertGradeAllowed(db, input);
      const existing = await db.grades
        .where('[evaluatorId+vendorId+requirementId]')
        .equals([input.evaluatorId, input.vendorId, input.requirementId])
        .first();
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
          updatedAt: at
        })
      );
    }
  );
}
