// Reading the documents a journey downloads or shows: an xlsx's text (every sheet, shared string and
// relation, not the styles), the pieces of a text that hold Japanese once the names a user typed are
// taken out, and every grading row's suggestion for one vendor.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect } from './fixtures';
import { japaneseCharacters } from '../../src/lib/domain/japanese-text';
import { unzipEntries } from '../../src/lib/testing/zip';

/** The pieces of a text holding Japanese (kana, kanji, full-width punctuation) or ○, typed names aside. */
export function japaneseIn(text: string, typed: readonly string[]): string[] {
  const rest = typed.reduce((out, name) => out.replaceAll(name, ''), text);
  const pieces = rest.split(/<[^>]*>|\r?\n/);
  return [...new Set(pieces.filter((p) => japaneseCharacters(p).length > 0 || /○/u.test(p)))];
}

export async function xlsxText(download: Download): Promise<string> {
  const bytes = new Uint8Array(await readFile((await download.path())!));
  const decoder = new TextDecoder();
  return [...unzipEntries(bytes)]
    .filter(([path]) => /\.(xml|rels)$/.test(path) && !path.endsWith('styles.xml'))
    .map(([, data]) => decoder.decode(data))
    .join('\n');
}

/**
 * Every grading row's suggestion for `vendor`, by requirement ref, as the evaluator chosen first in
 * the evaluator select (labelled `evaluatorLabel`, the screen's language) sees them.
 */
export async function suggestionsFor(
  page: Page,
  id: string,
  vendor: string,
  evaluatorLabel: string
): Promise<Record<string, string>> {
  await page.goto(`/procurement/evaluate/?id=${encodeURIComponent(id)}`);
  await page.getByLabel(evaluatorLabel).selectOption({ index: 1 });
  const select = page.locator('#sheet-vendor');
  await expect(select).toBeVisible();
  const option = select.locator('option', { hasText: vendor });
  await select.selectOption((await option.getAttribute('value')) ?? '');
  // The sheet is rebuilt for the chosen vendor: read it only once its rows name that vendor (the
  // previous vendor's rows can still be on screen just after the switch).
  await expect(
    page.locator('table.sheet tbody tr').first().getByLabel(vendor, { exact: false }).first()
  ).toBeVisible();
  // Each suggestion is a badge whose reasons open on demand (the text is in the page either way).
  await expect(page.locator('details.suggestion').first()).toBeVisible();
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const note of document.querySelectorAll('details.suggestion')) {
      const ref = note.closest('tr')?.querySelector('.ref')?.textContent?.trim() ?? '?';
      out[ref] = (note.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
    return out;
  });
}
