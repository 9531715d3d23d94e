/**
 * Row removals shared by several repositories, run inside the caller's transaction (which must
 * name the tables touched here). Evidence metadata and bytes always go together.
 */
import type { Id } from '$lib/domain/model';
import type { Tx } from './tx';

export async function deleteEvidence(db: Tx, fileIds: readonly Id[]): Promise<void> {
  await db.evidenceFiles.bulkDelete([...fileIds]);
  await db.evidenceBlobs.bulkDelete([...fileIds]);
}

/** Responses, grades and consensus matching `match`, and the evidence files owned by those responses. */
export async function deleteEvaluations(
  db: Tx,
  procurementId: Id,
  match: (row: { vendorId: Id; requirementId: Id }) => boolean
): Promise<{ responses: number; grades: number; consensus: number }> {
  const responses = await db.responses
    .where('procurementId')
    .equals(procurementId)
    .filter(match)
    .primaryKeys();
  const grades = await db.grades.where('procurementId').equals(procurementId).filter(match).primaryKeys();
  const consensus = await db.consensus
    .where('procurementId')
    .equals(procurementId)
    .filter(match)
    .primaryKeys();
  const owned = new Set(responses);
  const files = await db.evidenceFiles
    .where('procurementId')
    .equals(procurementId)
    .filter((f) => f.ownerKind === 'response' && owned.has(f.ownerId))
    .primaryKeys();
  await deleteEvidence(db, files);
  await db.responses.bulkDelete(responses);
  await db.grades.bulkDelete(grades);
  await db.consensus.bulkDelete(consensus);
  return { responses: responses.length, grades: grades.length, consensus: consensus.length };
}

/** The tables `deleteEvaluations` writes. */
export function evaluationTables(db: Tx) {
  return [db.responses, db.grades, db.consensus, db.evidenceFiles, db.evidenceBlobs];
}
