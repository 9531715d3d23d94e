/** Japanese messages of evaluator packages and grades files; merged into `jaWork`. */
export const jaPackage = {} as const;
