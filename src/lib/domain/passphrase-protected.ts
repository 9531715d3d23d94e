/**
 * Whether a sheet asks for its passphrase: apart from `passphrase.ts`, so a page that only needs to
 * know (the grading sheet, before anyone types a passphrase) does not load the hashing with it.
 */
import type { Evaluator } from './model';

/** Whether the evaluator's sheet asks for a passphrase before it opens. */
export function isProtected(evaluator: Pick<Evaluator, 'passphrase'>): boolean {
  return evaluator.passphrase != null;
}
