/**
 * The catalogues, crosswalks and presets shipped in `questionnaires/` (validated by a unit test),
 * loaded on demand so they stay out of the first page's JavaScript, and only once the page has
 * painted its main content (`afterPaint`). Loaded once per page.
 */
import { afterPaint } from '$lib/charts/deferred';
import type { Catalogue, Crosswalk, Preset } from '$lib/domain/catalogue';

const catalogueFiles = import.meta.glob<Catalogue>('../../../questionnaires/catalogues/*.json', {
  import: 'default'
});
const crosswalkFiles = import.meta.glob<Crosswalk>('../../../questionnaires/crosswalks/*.json', {
  import: 'default'
});
const presetFiles = import.meta.glob<Preset>('../../../questionnaires/presets/*.json', { import: 'default' });

export interface CatalogueData {
  catalogues: Catalogue[];
  crosswalks: Crosswalk[];
  presets: Preset[];
}

/** Shown in this order in the catalogue picker; others follow by id. */
const ORDER = ['iso27002-2013', 'iso27017-2015', 'jp-cloud-kanri-h28', 'ismap-kanri', 'soc2-tsc-2017'];

async function loadAll<T>(files: Record<string, () => Promise<T>>): Promise<T[]> {
  return Promise.all(
    Object.keys(files)
      .sort()
      .map((path) => files[path]!())
  );
}

let cached: Promise<CatalogueData> | null = null;

export function loadCatalogueData(): Promise<CatalogueData> {
  cached ??= (async () => {
    await afterPaint();
    const [catalogues, crosswalks, presets] = await Promise.all([
      loadAll(catalogueFiles),
      loadAll(crosswalkFiles),
      loadAll(presetFiles)
    ]);
    const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
    catalogues.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
    return { catalogues, crosswalks, presets };
  })();
  return cached;
}
