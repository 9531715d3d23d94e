/**
 * Size limits stated to the user. Kept apart from the modules that enforce them, so a page can
 * show a limit without loading the whole restore code.
 */

/** Largest backup file that is read. */
export const BACKUP_MAX_BYTES = 100 * 1024 * 1024;
export const BACKUP_MAX_MB = BACKUP_MAX_BYTES / 1024 / 1024;

/**
 * The longest text one spreadsheet cell holds (UTF-16 code units, as `length` counts): every text
 * a questionnaire pack carries is kept to it at entry and at import (see `cell-text.ts`).
 */
export const CELL_TEXT_MAX = 32_767;

/** Largest evidence file (証跡) that is stored; a larger one is refused before it is read. */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
