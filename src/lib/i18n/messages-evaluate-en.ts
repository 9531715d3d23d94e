/** English messages of the evaluate stage (evaluator sheets, consensus, technical lock, price opening); same keys as `jaEvaluate`. */
import type { jaEvaluate } from './messages-evaluate';

export const enEvaluate: Record<keyof typeof jaEvaluate, string> = {};
