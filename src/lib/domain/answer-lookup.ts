/**
 * A vendor's answer to a requirement and the files attached to that answer, for every row of a
 * sheet: one pass over the answers and the files instead of a scan per row. Where two answers
 * exist for one cell the first in the given order counts, as a scan from the top would find it;
 * files keep their given order. Pure.
 */
import type { EvidenceFile, Id, Response } from './model';
import { cellKey } from './records';

export interface AnswerLookup {
  answerOf(vendorId: Id, requirementId: Id): Response | undefined;
  /** The files attached to that answer (evidence beside the grade); none without an answer. */
  filesOf(vendorId: Id, requirementId: Id): readonly EvidenceFile[];
}

export function answerLookup(
  responses: readonly Response[],
  evidenceFiles: readonly EvidenceFile[]
): AnswerLookup {
  const answers = new Map<string, Response>();
  for (const r of responses) {
    const key = cellKey(r.vendorId, r.requirementId);
    if (!answers.has(key)) answers.set(key, r);
  }
  const files = new Map<Id, EvidenceFile[]>();
  for (const f of evidenceFiles) {
    if (f.ownerKind !== 'response') continue;
    const list = files.get(f.ownerId);
    if (list) list.push(f);
    else files.set(f.ownerId, [f]);
  }
  const answerOf = (vendorId: Id, requirementId: Id) => answers.get(cellKey(vendorId, requirementId));
  return {
    answerOf,
    filesOf: (vendorId, requirementId) => {
      const answer = answerOf(vendorId, requirementId);
      return (answer && files.get(answer.id)) ?? [];
    }
  };
}
