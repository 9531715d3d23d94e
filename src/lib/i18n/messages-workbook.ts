/** Japanese messages of the Excel scoring workbook and the ranking CSV; merged into `jaWork`. */
export const jaWorkbook = {} as const;
