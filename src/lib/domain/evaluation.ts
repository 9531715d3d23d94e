/**
 * The rules of stage 4 that are not arithmetic: what a grade may say for a requirement, when an
 * evaluator's sheet is complete (a verdict or level and a written rationale in every cell), what
 * an evaluator may see (blind until they submit), and the digest of the grades frozen by the
 * technical lock. Pure; storage enforces these rules inside its transactions.
 */
import { canonicalJson } from './canonical';
import type { Consensus, Evaluator, Grade, Id, Requirement, RubricLevel, Vendor, Verdict } from './model';
import { byOrder, cellKey, latestGradesOf } from './records';

export type GradeShapeIssue = 'verdictExpected' | 'levelExpected' | 'unknownLevel';

/** A verdict for a mandatory item, a rubric level for a scored one; either may still be blank. */
export function gradeShapeIssue(
  requirement: Pick<Requirement, 'kind'>,
  rubric: readonly RubricLevel[],
  grade: { verdict: Verdict | null; level: string | null }
): GradeShapeIssue | null {
  if (requirement.kind === 'mandatory') {
    if (grade.level !== null) return 'verdictExpected';
    if (grade.verdict !== null && grade.verdict !== 'pass' && grade.verdict !== 'fail')
      return 'verdictExpected';
    return null;
  }
  if (grade.verdict !== null) return 'levelExpected';
  if (grade.level !== null && !rubric.some((l) => l.code === grade.level)) return 'unknownLevel';
  return null;
}

/** A cell is done when it has its verdict or level and a rationale that is not blank. */
export function gradeDone(requirement: Pick<Requirement, 'kind'>, grade: Grade | undefined): boolean {
  if (!grade || grade.rationale.trim() === '') return false;
  return requirement.kind === 'mandatory' ? grade.verdict !== null : grade.level !== null;
}

export { cellKey };

/** One evaluator's grades by cell (the latest per cell, as the engine takes them). */
export const gradesOf = latestGradesOf;

export interface SheetProgress {
  done: number;
  total: number;
  /** The first cells still open, in sheet order (vendor, then requirement), for "go to next". */
  open: { vendorId: Id; requirementId: Id }[];
}

/** How far one evaluator's sheet is: every vendor × every requirement of the locked criteria. */
export function sheetProgress(
  requirements: readonly Requirement[],
  vendors: readonly Vendor[],
  grades: readonly Grade[],
  evaluatorId: Id,
  openLimit = 20
): SheetProgress {
  return progressOfLatest(requirements, vendors, gradesOf(grades, evaluatorId), openLimit);
}

/** `sheetProgress` from the evaluator's latest grade per cell (`gradesOf`), when the caller holds it already. */
export function progressOfLatest(
  requirements: readonly Requirement[],
  vendors: readonly Vendor[],
  mine: ReadonlyMap<string, Grade>,
  openLimit = 20
): SheetProgress {
  const open: SheetProgress['open'] = [];
  let done = 0;
  for (const v of byOrder(vendors)) {
    for (const r of byOrder(requirements)) {
      if (gradeDone(r, mine.get(cellKey(v.id, r.id)))) done++;
      else if (open.length < openLimit) open.push({ vendorId: v.id, requirementId: r.id });
    }
  }
  return { done, total: vendors.length * requirements.length, open };
}

/**
 * Blind grading: a viewer sees other evaluators' grades only once they have submitted their
 * own, and only the grades of evaluators who have submitted theirs (a draft is nobody's to read).
 */
export function visibleGrades(
  grades: readonly Grade[],
  evaluators: readonly Evaluator[],
  viewerId: Id
): Grade[] {
  const viewer = evaluators.find((e) => e.id === viewerId);
  if (!viewer?.submittedAt) return grades.filter((g) => g.evaluatorId === viewerId);
  const submitted = new Set(evaluators.filter((e) => e.submittedAt).map((e) => e.id));
  return grades.filter((g) => g.evaluatorId === viewerId || submitted.has(g.evaluatorId));
}

/** Orders rows by their first `n` fields (ids), so the digest does not depend on storage order. */
const byKey =
  (n: number) =>
  (a: unknown[], b: unknown[]): number => {
    const ka = a.slice(0, n).join('\u0000');
    const kb = b.slice(0, n).join('\u0000');
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

/**
 * SHA-256 over the canonical grades and consensus (without record ids and timestamps of storage),
 * recorded with the technical lock so a later change of any grade is visible against it.
 */
export function gradesDigest(
  grades: readonly Grade[],
  consensus: readonly Consensus[],
  hash: (text: string) => string
): string {
  const rows = grades
    .map((g) => [g.evaluatorId, g.vendorId, g.requirementId, g.verdict, g.level, g.rationale])
    .sort(byKey(3));
  const agreed = consensus
    .map((c) => [c.vendorId, c.requirementId, c.verdict, c.level, c.reason])
    .sort(byKey(2));
  return hash(canonicalJson({ grades: rows, consensus: agreed }));
}

/** Audit actions whose before/after carry grades: shown only after the technical lock (blind grading). */
const SEALED_ACTIONS: ReadonlySet<string> = new Set(['grade.put', 'consensus.put']);

/**
 * Whether the audit trail should show this entry's before/after: grades recorded before the
 * technical lock stay sealed on screen (the entry, its actor, time and hash stay visible, and the
 * chain check reads the stored text), so the audit page cannot be used to read others' grades.
 */
export function auditDetailVisible(action: string, technicallyLocked: boolean): boolean {
  return technicallyLocked || !SEALED_ACTIONS.has(action);
}
