/** The evaluators of a procurement. */
import type { Id, IsoDateTime } from './common';

export const EVALUATOR_ROLES = ['chair', 'member'] as const;
export type EvaluatorRole = (typeof EVALUATOR_ROLES)[number];

export interface Evaluator {
  id: Id;
  procurementId: Id;
  order: number;
  name: string;
  role: EvaluatorRole;
  /** When the evaluator submitted their own grades (blind until then). */
  submittedAt: IsoDateTime | null;
}
