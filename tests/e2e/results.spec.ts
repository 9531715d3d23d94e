// Journey: a new user opens the demo procurement's results (fully evaluated on first run), exports
// the scoring workbook with one click and the ranking as CSV, and finds in the files the figures the
// page shows. The recalculation of the workbook's formulas by LibreOffice is a unit test
// (src/lib/io/workbook-recalc.test.ts).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { printWithLibreOffice } from '../../src/lib/testing/libreoffice';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ firstRun: true });

const DEMO = '文書管理・電子決裁SaaSの調達（令和9年度・デモ）';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button }).click()
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test('the demo results export as a scoring workbook and a ranking CSV that match the page', async ({
  page,
  pageErrors
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('link', { name: DEMO }).click();
  await page
    .getByRole('navigation', { name: '評価の段階' })
    .getByRole('link', { name: /^\d+\s*結果\s/ })
    .click();
  const ranking = page.getByRole('table', { name: '順位表' });
  const first = ranking.locator('tbody tr').first();
  const company = (await first.locator('td, th').nth(1).innerText()).split('\n')[0]!.trim();
  const total = (
    await first.getByRole('button', { name: /の総合評価点 .* の計算を表示/ }).innerText()
  ).trim();
  expect(total).toMatch(/^\d+\.\d{2}$/);

  const book = await download(page, '採点ワークブックを書き出す（Excel）');
  expect(book.name).toMatch(/\.xlsx$/);
  const wb = XLSX.read(book.bytes, { type: 'buffer' });
  expect(wb.SheetNames).toEqual([
    '評価基準',
    '評価項目一覧',
    '評価者別採点',
    '集計',
    '価格点計算',
    '総合評価',
    '証跡台帳',
    '安定性',
    '監査ログ',
    '監査ログ（機械可読）',
    '締切後の訂正'
  ]);
  // The demo was never corrected after its technical lock: the sheet says so in one row.
  expect(wb.Sheets['締切後の訂正']!['A8']?.v).toBe('技術評価の締切り後の訂正はありません。');
  // 総合評価: the first-ranked vendor's row carries the page's total, as a live formula.
  const sheet = wb.Sheets['総合評価']!;
  const cells = Object.entries(sheet).filter(([ref]) => !ref.startsWith('!')) as [string, XLSX.CellObject][];
  const nameCell = cells.find(([, c]) => c.v === company);
  expect(nameCell).toBeDefined();
  const row = XLSX.utils.decode_cell(nameCell![0]).r;
  const rowCells = cells.filter(([ref]) => XLSX.utils.decode_cell(ref).r === row);
  const totalCell = rowCells.find(([, c]) => typeof c.v === 'number' && c.v.toFixed(2) === total);
  expect(totalCell, `a cell with ${total} in the row of ${company}`).toBeDefined();
  expect(totalCell![1].f).toBeTruthy();
  // The audit log sheet reports the chain check.
  const audit = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['監査ログ']!, { header: 1, defval: '' });
  expect(audit.flat().join(' ')).toMatch(/正常（\d+ 件、末尾ハッシュ [0-9a-f]{64}）/);
  // 監査ログ is for reading (actions in words, no codes); the codes and hashes stay on its own sheet.
  expect(audit.flat().join(' ')).not.toMatch(/\b(procurement|demo|vendor|grade)\.[a-z]+/i);
  const records = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['監査ログ（機械可読）']!, {
    header: 1,
    defval: ''
  });
  expect(records.flat()).toContain('demo.load');
  // A government buyer's documents are dated in 和暦, in Japan time.
  expect(audit.flat().join(' ')).toMatch(/令和\d+年\d+月\d+日/);

  const csv = await download(page, '順位表を CSV で書き出す（UTF-8 BOM 付き）');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.bytes.toString('utf8');
  expect(text).toContain(company);
  expect(text).toContain(total);

  expect(pageErrors).toEqual([]);
});

/** Text as compared in print: every run of whitespace (including line breaks) removed. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

test('the exported workbook, printed by LibreOffice, shows every requirement, rationale and vendor in full', async ({
  page
}) => {
  const tools = ['soffice', 'pdftotext'].filter((tool) => spawnSync(tool, ['--version']).error);
  // CI installs both (.ci/run); a developer machine without them skips with the command to run.
  test.skip(
    tools.length > 0 && !process.env.CI,
    `not installed: ${tools.join(', ')} (apt-get install -y libreoffice-calc-nogui poppler-utils)`
  );
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('link', { name: DEMO }).click();
  await page
    .getByRole('navigation', { name: '評価の段階' })
    .getByRole('link', { name: /^\d+\s*結果\s/ })
    .click();
  const book = await download(page, '採点ワークブックを書き出す（Excel）');
  const work = await mkdtemp(join(tmpdir(), 'sentei-print-'));
  const xlsx = join(work, 'workbook.xlsx');
  await writeFile(xlsx, book.bytes);
  printWithLibreOffice(work, [xlsx], 150_000);
  const printed = squeeze(
    spawnSync('pdftotext', ['-raw', join(work, 'workbook.pdf'), '-'], { encoding: 'utf8' }).stdout
  );

  // What must be printed whole, read from the workbook itself: each requirement's 内容 (評価基準),
  // each evaluator's rationale and each consensus reason (評価者別採点), and each vendor (総合評価).
  const wb = XLSX.read(book.bytes, { type: 'buffer' });
  const columns = (sheet: string, heading: RegExp) => {
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[sheet]!, { header: 1, defval: '' });
    const head = rows.findIndex((r) => r.some((cell) => heading.test(String(cell))));
    expect(head, `${sheet}: a column ${heading}`).toBeGreaterThanOrEqual(0);
    const picked = rows[head]!.flatMap((cell, i) => (heading.test(String(cell)) ? [i] : []));
    return rows
      .slice(head + 1)
      .flatMap((r) => picked.map((i) => String(r[i] ?? '').replace(/^'/, '')))
      .filter((text) => text.trim() !== '');
  };
  const wanted = [
    ...columns('評価基準', /^要件の内容$/),
    ...columns('評価者別採点', /^評価理由|^合議の理由$/),
    ...columns('総合評価', /^事業者$/)
  ];
  expect(wanted.length).toBeGreaterThan(30);
  const missing = [...new Set(wanted)].filter((text) => !printed.includes(squeeze(text)));
  expect(missing.slice(0, 5), `${missing.length} of ${wanted.length} texts not printed in full`).toEqual([]);
});
