// A catalogue entry added to the specification is worded in the procurement's document language,
// whatever the screen's language (as a preset is): a Japanese procurement prepared on an English
// screen keeps Japanese requirements for its documents, and the reverse.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProcurement, listRequirements } from '$lib/db';
import type { DocumentLanguage } from '$lib/domain/model';
import { freshDb, testContext } from '$lib/testing/db';
import { prefs } from './preferences.svelte';
import { SpecBuilderState } from './spec-builder.svelte';
import { WorkspaceState } from './workspace.svelte';

beforeEach(() => {
  freshDb();
});
afterEach(async () => {
  await prefs.setLocale('ja');
});

async function addFirstEntry(documentLanguage: DocumentLanguage) {
  const p = await createProcurement(testContext(), '言語の確認', 'government', documentLanguage);
  const workspace = new WorkspaceState(p.id);
  await workspace.load();
  const builder = new SpecBuilderState(() => workspace);
  await builder.load();
  builder.filter.text = 'CLD.9.5.2';
  const found = builder.results.find((item) => item.entry.code === 'CLD.9.5.2');
  expect(found).toBeDefined();
  builder.toggle(found!.entry.id);
  expect(await builder.addSelected('scored', 5)).toBe(true);
  const [stored] = await listRequirements(p.id);
  return { entry: found!.entry, stored: stored! };
}

describe('SpecBuilderState.addSelected', () => {
  it.each([
    ['ja', 'en'],
    ['en', 'ja']
  ] as const)(
    'a %s-document procurement on a %s screen stores the document’s wording',
    async (language, screen) => {
      await prefs.setLocale(screen);
      const { entry, stored } = await addFirstEntry(language);
      expect(stored.title).toBe(entry.title[language]);
      expect(stored.text).toBe(entry.question[language]);
      expect(stored.titleEn).toBe(entry.title.en);
      expect(entry.title.ja).not.toBe(entry.title.en);
    }
  );
});
