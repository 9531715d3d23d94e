/**
 * The database's name, its schema version and the lowest and highest keys, without Dexie: pages
 * read their first data before Dexie's code is loaded (`raw-read.ts`), and the repositories bound
 * compound-index ranges with the keys. The keys are Dexie 4's own `Dexie.minKey` and `Dexie.maxKey`
 * (`[[]]` in every browser that takes arrays as keys, as IndexedDB 2 requires).
 */
export const DB_NAME = 'sentei';
/** The highest version `SenteiDb` declares (schema.ts). Dexie opens IndexedDB at ten times it. */
export const SCHEMA_VERSION = 6;

/** Sorts below every key. */
export const MIN_KEY = -Infinity;
/** Sorts above every key: an array sorts above every other kind, and `[[]]` above every array of keys. */
export const MAX_KEY: [[]] = [[]];
