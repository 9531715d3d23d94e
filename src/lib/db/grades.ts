/**
 * Grades: one per (evaluator, vendor, requirement), upserted and audited as `grade.put`.
 * Thin for now; blind grading and submission add behaviour later.
 */
import type { Grade, Id } from '$lib/domain/model';
import type { WriteContext } from './context';
import { StorageError } from './errors';
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
    (db) => [db.evaluators, db.vendors, db.requirements, db.grades],
    async (db) => {
      await requireCell(db, input.procurementId, input.vendorId, input.requirementId);
      const evaluator = await db.evaluators.get(input.evaluatorId);
      if (evaluator?.procurementId !== input.procurementId) throw new StorageError('notFound');
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
