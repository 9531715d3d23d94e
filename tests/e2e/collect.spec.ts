// Journey (stage 3): a vendor's questionnaire pack goes out, comes back filled (with a hostile
// cell and a blank), is previewed and applied; a Shift_JIS CSV is read; bad files change nothing.
import { readFile, truncate, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ProcurementListPage } from './pages';

const VENDOR = 'ミナト情報システム株式会社';

async function openAnswers(page: Page) {
  const list = new ProcurementListPage(page);
  await list.open();
  await page.getByRole('button', { name: 'デモ案件を読み込む' }).click();
  await page.getByRole('link', { name: /デモ/ }).click();
  await page
    .getByRole('navigation', { name: '評価の段階' })
    .getByRole('link', { name: /^\d+\s*回答収集\s/ })
    .click();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: VENDOR }) });
  await row.getByRole('link', { name: /回答済み/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${VENDOR} の回答` })).toBeVisible();
}

async function downloadPack(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click()
  ]);
  return readFile((await file.path())!);
}

function answerSelect(page: Page, ref: string) {
  return page.getByRole('combobox', { name: `${ref} の回答` });
}

test('a questionnaire pack goes out, comes back filled, is previewed and applied', async ({
  page,
  pageErrors,
  a11y
}) => {
  await openAnswers(page);
  await a11y('answers page');
  await expect(answerSelect(page, 'R-004')).toHaveValue('partial');
  await expect(answerSelect(page, 'R-005')).toHaveValue('full');

  const book = XLSX.read(await downloadPack(page, '質問票を Excel で保存'), { type: 'buffer' });
  const sheet = book.Sheets['要件']!;
  const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '' });
  const headerIndex = rows.findIndex((r) => r.includes('回答') && r.includes('番号'));
  const header = rows[headerIndex]!;
  const col = (name: string) => header.indexOf(name);
  const rowOf = (ref: string) =>
    headerIndex + 1 + rows.slice(headerIndex + 1).findIndex((r) => r[col('番号')] === ref);
  const set = (ref: string, name: string, value: string) => {
    sheet[XLSX.utils.encode_cell({ r: rowOf(ref), c: col(name) })] = { t: 's', v: value };
  };
  // The pack carries no points.
  expect(header.join(' ')).not.toMatch(/配点|点数/);
  set('R-004', '回答', '対応');
  set('R-004', '説明', '2026年版の SOC 2 Type II 報告書を提出します。');
  set('R-005', '説明', '=HYPERLINK("http://evil.example","click")');
  set('R-007', '回答', '');
  set('R-007', '説明', '');
  const filled = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;

  await page.getByLabel('記入済みの質問票を読み込む').setInputFiles({
    name: 'filled.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: filled
  });
  await expect(page.getByTestId('pack-counts')).toContainText('変更 2 件');
  const preview = page.getByRole('table', { name: /の読み込み内容/ });
  await expect(preview.getByRole('row').filter({ hasText: 'R-004' })).toContainText('一部対応');
  await expect(preview.getByRole('row').filter({ hasText: 'R-007' })).toHaveCount(0);
  // Nothing is stored before the user confirms.
  await expect(answerSelect(page, 'R-004')).toHaveValue('partial');
  await a11y('pack preview');
  await page.getByRole('button', { name: '回答に反映する' }).click();
  await expect(page.getByText('2 件の回答を反映しました。')).toBeVisible();
  await page.reload();
  await expect(answerSelect(page, 'R-004')).toHaveValue('full');
  await expect(page.getByRole('textbox', { name: 'R-005 の説明' })).toHaveValue(
    '=HYPERLINK("http://evil.example","click")'
  );
  // The blank cells did not erase R-007's earlier answer.
  await expect(answerSelect(page, 'R-007')).toHaveValue('partial');

  // Typed by hand, saved as it changes.
  await answerSelect(page, 'R-010').selectOption('full');
  await expect(page.getByText('R-010 の回答を保存しました。')).toBeVisible();
  await page.reload();
  await expect(answerSelect(page, 'R-010')).toHaveValue('full');
  expect(pageErrors).toEqual([]);
});

test('a Shift_JIS CSV pack is read; malformed and oversized files change nothing', async ({
  page,
  pageErrors
}) => {
  await openAnswers(page);
  const csv = new TextDecoder('shift_jis').decode(
    await downloadPack(page, '質問票を CSV（Shift_JIS）で保存')
  );
  const lines = csv.split('\r\n');
  const headerIndex = lines.findIndex((l) => l.includes('回答') && l.includes('番号'));
  const header = lines[headerIndex]!.split(',');
  const answerCol = header.indexOf('回答');
  const refCol = header.indexOf('番号');
  const edited = lines.map((line, i) => {
    if (i <= headerIndex || !line) return line;
    const cells = line.split(',');
    if (cells[refCol] === 'R-010') cells[answerCol] = '対応';
    return cells.join(',');
  });
  const { encode } = await import('./support/sjis');
  await page.getByLabel('記入済みの質問票を読み込む').setInputFiles({
    name: 'filled.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(await encode(edited.join('\r\n')))
  });
  await expect(page.getByTestId('pack-counts')).toContainText('変更 1 件');
  await page.getByRole('button', { name: '回答に反映する' }).click();
  await expect(answerSelect(page, 'R-010')).toHaveValue('full');

  await page.getByLabel('記入済みの質問票を読み込む').setInputFiles({
    name: 'broken.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('%PDF-1.7 this is not a spreadsheet')
  });
  await expect(page.getByRole('alert').filter({ hasText: 'broken.xlsx は読み込めません' })).toBeVisible();

  const dir = await mkdtemp(join(tmpdir(), 'sentei-'));
  const huge = join(dir, 'huge.xlsx');
  await writeFile(huge, '');
  await truncate(huge, 21 * 1024 * 1024);
  await page.getByLabel('記入済みの質問票を読み込む').setInputFiles(huge);
  await expect(page.getByRole('alert').filter({ hasText: 'huge.xlsx は読み込めません' })).toContainText(
    '大きすぎます'
  );
  await expect(page.getByRole('button', { name: '回答に反映する' })).toHaveCount(0);
  await expect(answerSelect(page, 'R-010')).toHaveValue('full');
  expect(pageErrors).toEqual([]);
});
