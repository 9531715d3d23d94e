/**
 * A change of the operator (氏名・所属) at this browser. The operator is kept per browser profile,
 * not per procurement, so the change is appended to the audit trail of every procurement stored
 * here, old → new, in one transaction: whichever procurement an auditor reads shows who took over.
 */
import type { Operator } from '$lib/domain/operator';
import type { WriteContext } from './context';
import { write } from './tx';
import { appendAudit } from './audit-append';

/** Appends `operator.change` to every stored procurement's trail; returns how many were written. */
export function recordOperatorChange(
  ctx: WriteContext,
  before: Operator | null,
  after: Operator
): Promise<number> {
  return write(
    () => [],
    async (db) => {
      const ids = (await db.procurements.toCollection().primaryKeys()) as string[];
      const at = ctx.now();
      for (const id of ids) {
        await appendAudit(db, ctx, id, {
          action: 'operator.change',
          entityKind: 'operator',
          entityId: '',
          before: before ?? '',
          after,
          at
        });
      }
      return ids.length;
    }
  );
}
