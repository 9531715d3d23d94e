/** Japanese messages of the evaluate stage (evaluator sheets, consensus, technical lock, price opening); merged into `jaWork`. */
export const jaEvaluate = {} as const;
