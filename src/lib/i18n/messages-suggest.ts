/** Japanese messages of the suggestions from evidence (評価の提案); merged into `jaWork`. */
export const jaSuggest = {} as const;
