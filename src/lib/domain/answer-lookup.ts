/**
 * A vendor's answer to a requirement and the files attached to that answer, for every row of a
 * sheet: one pass over the answers and the files instead of a scan per row. Where two answers
 * exist for one cell the first in the given order counts, as a scan from the top would find it;
 * files keep their given order. Pure.
 */
import type { EvidenceFile, Id, Response } from './model';

export interface AnswerLookup {
  answerOf(vendorId: Id, requirementId: Id): Response | undefined;
  /** The files attached to that answer (evidence beside the grade); none without an answer. */
  filesOf(vendorId: Id, requirementId: Id): readonly EvidenceFile[];
}

export function answerLookup(
  responses: readonly Response[],
  evidenceFiles: readonly EvidenceFile[]
): AnswerLookup {
  // Bucketed by vendor in one pass, and each vendor's answers indexed when its sheet first asks:
  // a sheet shows one vendor, and indexing 45,000 answers at once holds the page.
  const byVendor = new Map<Id, Response[]>();
  for (const r of responses) {
    const list = byVendor.get(r.vendorId);
    if (list) list.push(r);
    else byVendor.set(r.vendorId, [r]);
  }
  const indexed = new Map<Id, Map<Id, Response>>();
  const answersOf = (vendorId: Id): Map<Id, Response> => {
    let answers = indexed.get(vendorId);
    if (!answers) {
      answers = new Map();
      for (const r of byVendor.get(vendorId) ?? [])
        if (!answers.has(r.requirementId)) answers.set(r.requirementId, r);
      indexed.set(vendorId, answers);
    }
    return answers;
  };
  let files: Map<Id, EvidenceFile[]> | undefined;
  const filesByOwner = (): Map<Id, EvidenceFile[]> => {
    if (files) return files;
    files = new Map();
    for (const f of evidenceFiles) {
      if (f.ownerKind !== 'response') continue;
      const list = files.get(f.ownerId);
      if (list) list.push(f);
      else files.set(f.ownerId, [f]);
    }
    return files;
  };
  const answerOf = (vendorId: Id, requirementId: Id) => answersOf(vendorId).get(requirementId);
  return {
    answerOf,
    filesOf: (vendorId, requirementId) => {
      const answer = answerOf(vendorId, requirementId);
      return (answer && filesByOwner().get(answer.id)) ?? [];
    }
  };
}
