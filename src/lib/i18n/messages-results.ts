/** Japanese messages of the results stage (ranking, explanations, charts, stability, decision memo); merged into `jaWork`. */
export const jaResults = {} as const;
