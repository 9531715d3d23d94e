/** English messages of the Excel scoring workbook and the ranking CSV; same keys as `jaWorkbook`. */
import type { jaWorkbook } from './messages-workbook';

export const enWorkbook: Record<keyof typeof jaWorkbook, string> = {};
