/**
 * The guard every change to requirements or scoring settings passes: refused while the criteria
 * are locked. Kept apart from the lock itself so that pages which only edit (the procurement list,
 * the settings) do not load the lock's validation.
 */
import { MAX_KEY, MIN_KEY } from './keys';
import type { Id } from '$lib/domain/model';
import { StorageError } from './errors';
import { requireProcurement, type Tx } from './tx';

/**
 * Refuses a change to requirements or scoring settings while the criteria are locked. The
 * caller's transaction must include `procurements` and `criteriaVersions`.
 */
export async function assertCriteriaEditable(db: Tx, procurementId: Id): Promise<void> {
  const procurement = await requireProcurement(db, procurementId);
  const latest = await db.criteriaVersions
    .where('[procurementId+version]')
    .between([procurementId, MIN_KEY], [procurementId, MAX_KEY])
    .last();
  if (latest && !procurement.criteriaReopen) throw new StorageError('locked');
}
