/**
 * Standard text and catalogues the user imported from files they are licensed to use (ISO/JIS
 * text, their CAIQ workbook). Kept on this machine only, app-wide, outside every procurement.
 * Replacing is all-or-nothing per import, in one transaction.
 */
import type { Catalogue } from '$lib/domain/catalogue';
import { getDb } from './database';
import { toStorageError } from './errors';
import type { ImportedCatalogue, LicensedText } from './schema';

export type { ImportedCatalogue, LicensedText };

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Stores imported texts, replacing any earlier text of the same entries. */
export function saveLicensedTexts(
  entries: readonly { entryId: string; text: string }[],
  source: string,
  importedAt: string
): Promise<number> {
  return guarded(async () => {
    const db = await getDb();
    return db.transaction('rw', db.licensedTexts, async () => {
      await db.licensedTexts.bulkPut(entries.map((e) => ({ ...e, source, importedAt })));
      return entries.length;
    });
  });
}

export function listLicensedTexts(): Promise<LicensedText[]> {
  return guarded(async () => (await getDb()).licensedTexts.toArray());
}

export function clearLicensedTexts(): Promise<void> {
  return guarded(async () => (await getDb()).licensedTexts.clear());
}

export function saveImportedCatalogue(
  catalogue: Catalogue,
  source: string,
  importedAt: string
): Promise<void> {
  return guarded(async () => {
    await (await getDb()).importedCatalogues.put({ id: catalogue.id, source, importedAt, catalogue });
  });
}

export function listImportedCatalogues(): Promise<ImportedCatalogue[]> {
  return guarded(async () => (await getDb()).importedCatalogues.toArray());
}

export function removeImportedCatalogue(id: string): Promise<void> {
  return guarded(async () => (await getDb()).importedCatalogues.delete(id));
}
