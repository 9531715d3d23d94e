/** How far reading a picked file has got, as the import states report it to their components. */
export type { FileReadPhase, FileReadProgress } from '$lib/io/file-read-client';
