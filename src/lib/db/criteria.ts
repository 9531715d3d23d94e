/**
 * Criteria versions (版): frozen copies of requirements and settings made at each lock. Read-only
 * here; the lock workflow that writes them is a later issue.
 */
import type { CriteriaVersion, Id } from '$lib/domain/model';
import { read } from './tx';

export function listCriteriaVersions(procurementId: Id): Promise<CriteriaVersion[]> {
  return read(
    (db) => [db.criteriaVersions],
    async (db) =>
      (await db.criteriaVersions.where('procurementId').equals(procurementId).toArray()).sort(
        (a, b) => a.version - b.version
      )
  );
}
