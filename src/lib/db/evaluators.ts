/**
 * Evaluators (評価委員) of a procurement, kept in a dense order. Removing one removes their grades
 * in the same transaction; every change is audited as `evaluator.add|update|remove|move`.
 */
import { newEvaluator } from '$lib/domain/defaults';
import type { Evaluator, EvaluatorRole, Id } from '$lib/domain/model';
import type { WriteContext } from './context';
import { StorageError } from './errors';
import { byOrder, moveBy, nextOrder, renumber } from '$lib/domain/records';
import { assertPanelOpen } from './evaluation';
import { read, write, type Tx } from './tx';
import { appendAudit, changedFields } from './audit-append';

export type EvaluatorPatch = Partial<Pick<Evaluator, 'name' | 'role'>>;

const FROZEN: readonly (keyof Evaluator)[] = ['id', 'procurementId', 'order', 'submittedAt'];

async function siblings(db: Tx, procurementId: Id): Promise<Evaluator[]> {
  return db.evaluators.where('procurementId').equals(procurementId).toArray();
}

async function requireEvaluator(db: Tx, id: Id): Promise<Evaluator> {
  const evaluator = await db.evaluators.get(id);
  if (!evaluator) throw new StorageError('notFound');
  return evaluator;
}

export function listEvaluators(procurementId: Id): Promise<Evaluator[]> {
  return read(
    (db) => [db.evaluators],
    async (db) => byOrder(await siblings(db, procurementId))
  );
}

/** The first evaluator is the chair unless `role` says otherwise. */
export function addEvaluator(
  ctx: WriteContext,
  procurementId: Id,
  name: string,
  role?: EvaluatorRole
): Promise<Evaluator> {
  return write(
    (db) => [db.evaluators],
    async (db) => {
      await assertPanelOpen(db, procurementId);
      const base = newEvaluator(
        ctx.newId(),
        procurementId,
        nextOrder(await siblings(db, procurementId)),
        name
      );
      const evaluator = role ? { ...base, role } : base;
      await db.evaluators.add(evaluator);
      await appendAudit(db, ctx, procurementId, {
        action: 'evaluator.add',
        entityKind: 'evaluator',
        entityId: evaluator.id,
        after: { name, role: evaluator.role }
      });
      return evaluator;
    }
  );
}

export function updateEvaluator(ctx: WriteContext, id: Id, patch: EvaluatorPatch): Promise<Evaluator> {
  return write(
    (db) => [db.evaluators],
    async (db) => {
      const current = await requireEvaluator(db, id);
      const diff = changedFields(current, patch, FROZEN);
      if (!diff) return current;
      const next = { ...current, ...diff.after };
      await db.evaluators.put(next);
      await appendAudit(db, ctx, current.procurementId, {
        action: 'evaluator.update',
        entityKind: 'evaluator',
        entityId: id,
        ...diff
      });
      return next;
    }
  );
}

export function removeEvaluator(ctx: WriteContext, id: Id): Promise<void> {
  return write(
    (db) => [db.evaluators, db.grades],
    async (db) => {
      const evaluator = await requireEvaluator(db, id);
      await assertPanelOpen(db, evaluator.procurementId);
      const grades = await db.grades
        .where('procurementId')
        .equals(evaluator.procurementId)
        .filter((g) => g.evaluatorId === id)
        .primaryKeys();
      await db.grades.bulkDelete(grades);
      await db.evaluators.delete(id);
      await db.evaluators.bulkPut(renumber(await siblings(db, evaluator.procurementId)));
      await appendAudit(db, ctx, evaluator.procurementId, {
        action: 'evaluator.remove',
        entityKind: 'evaluator',
        entityId: id,
        before: { name: evaluator.name, role: evaluator.role, grades: grades.length }
      });
    }
  );
}

/** Moves one place; at either end nothing changes and nothing is audited. */
export function moveEvaluator(ctx: WriteContext, id: Id, delta: -1 | 1): Promise<void> {
  return write(
    (db) => [db.evaluators],
    async (db) => {
      const evaluator = await requireEvaluator(db, id);
      const changed = moveBy(await siblings(db, evaluator.procurementId), id, delta);
      if (changed.length === 0) return;
      await db.evaluators.bulkPut(changed);
      await appendAudit(db, ctx, evaluator.procurementId, {
        action: 'evaluator.move',
        entityKind: 'evaluator',
        entityId: id,
        before: { order: evaluator.order },
        after: { order: changed.find((e) => e.id === id)?.order ?? evaluator.order }
      });
    }
  );
}
