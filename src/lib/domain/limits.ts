/**
 * Size limits stated to the user. Kept apart from the modules that enforce them, so a page can
 * show a limit without loading the whole restore code.
 */

/** Largest backup file that is read. */
export const BACKUP_MAX_BYTES = 100 * 1024 * 1024;
export const BACKUP_MAX_MB = BACKUP_MAX_BYTES / 1024 / 1024;
