// Journey (issue 18): an enterprise buyer works with the screen in English. A new procurement takes
// the screen's language as its document language. The HR SaaS procurement, built from the
// enterprise preset with three vendors typed in English and one in Japanese and evaluated to the
// end, comes in as a backup; its packs, its scoring workbook and its decision memo hold no Japanese
// character (kana, kanji, full-width punctuation) and no ○, except in the names the user typed.
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import { englishProcurement, TYPED } from '../../src/lib/testing/english-procurement';
import { buildBackupEnvelope } from '../../src/lib/domain/restore/backup';
import { japaneseIn as japanese, xlsxText } from './documents';

const bundle = englishProcurement();
const q = `?id=${encodeURIComponent(bundle.procurement.id)}`;

/** The pieces of a text holding Japanese (or ○) once the typed names are taken out. */
const japaneseIn = (text: string) =>
  japanese(text, [...TYPED.vendors, TYPED.title, TYPED.organisation, ...TYPED.evaluators]);

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('sentei.locale', 'en'));
});

test('a new procurement writes its documents in the language of the screen it was created from', async ({
  page
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Procurements' })).toBeVisible();
  await expect(page.getByLabel('Document language')).toHaveValue('en');
  await page.getByRole('textbox', { name: 'Title' }).fill('Payroll SaaS');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('rowheader', { name: 'Payroll SaaS', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Payroll SaaS' }).click();
  await expect(page).toHaveURL(/\/procurement\/\?id=/);
  await page.goto(page.url().replace('/procurement/?', '/procurement/settings/?'));
  await expect(page.getByLabel('Document language')).toHaveValue('en');
});

test('the English packs, workbook and memo of the enterprise procurement hold no Japanese beyond typed names', async ({
  page,
  pageErrors
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const envelope = buildBackupEnvelope([bundle], {
    appVersion: 'e2e',
    exportedAt: '2026-04-20T01:00:00.000Z',
    scope: 'procurement'
  });
  await page.getByLabel('Import a backup').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(envelope))
  });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('rowheader', { name: TYPED.title, exact: true })).toBeVisible();

  // The memo: the procurement's language, whatever the screen's.
  await page.goto(`/procurement/memo/${q}`);
  const memo = page.getByTestId('decision-memo');
  await expect(memo).toContainText('Decision memo');
  await expect(memo).toHaveAttribute('lang', 'en');
  const memoText = await memo.innerText();
  expect(memoText).toContain(TYPED.vendors[2]);
  expect(japaneseIn(memoText)).toEqual([]);

  // The scoring workbook.
  await page.goto(`/procurement/results/${q}`);
  const [workbook] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the scoring workbook (Excel)' }).click()
  ]);
  expect(workbook.suggestedFilename()).toContain('scoring-workbook');
  const workbookText = await xlsxText(workbook);
  expect(workbookText).toContain('Multi-factor authentication');
  expect(japaneseIn(workbookText)).toEqual([]);

  // Every vendor's pack, one file each.
  await page.goto(`/procurement/collect/${q}`);
  const packs: Download[] = [];
  page.on('download', (d) => packs.push(d));
  await page.getByRole('button', { name: 'Export packs for all vendors' }).click();
  await expect.poll(() => packs.length, { timeout: 30_000 }).toBe(TYPED.vendors.length);
  for (const pack of packs) {
    expect(pack.suggestedFilename()).toContain('questionnaire');
    const text = await xlsxText(pack);
    expect(text).toContain('Data return and deletion at contract end');
    expect(japaneseIn(text)).toEqual([]);
  }
  expect(pageErrors).toEqual([]);
});
