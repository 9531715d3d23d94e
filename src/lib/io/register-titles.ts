/**
 * A register check stores its register's name as it read on the screen it was made on (in Japanese:
 * `registerVerification(…, layout.title.ja, …)`), as part of the record's `source`. A document in
 * English names a built-in register in English instead: the layouts (questionnaires/registers/*.json)
 * carry both titles. Only the titles are taken, so the workbook does not carry the layouts' aliases.
 */
import type { Locale } from '../i18n/format';

type Title = { ja: string; en: string };

const titles = import.meta.glob<Title>('../../../questionnaires/registers/*.json', {
  import: 'title',
  eager: true
});

const TITLES: readonly Title[] = Object.values(titles);

/** The register named as recorded, in `locale` when it is a built-in register's title; else as recorded. */
export function registerTitleIn(recorded: string, locale: Locale): string {
  const title = TITLES.find((t) => t.ja === recorded || t.en === recorded);
  return title ? title[locale] : recorded;
}
