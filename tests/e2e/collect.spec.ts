// Journey (stage 3): a vendor's questionnaire pack goes out, comes back filled (with a hostile
// cell, a blank, a certification and a subcontractor), is previewed and applied; a Shift_JIS CSV
// is read; bad files change nothing.
import { readFile, truncate, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { stageLink } from './committee';
import { startPostCloseCorrection } from './pages';
import { VENDOR, answerSelect, downloadPack, openAnswers as openDemoAnswers } from './answers';

const CERT_NUMBER = 'C99-0777-1';
const SUBCONTRACTOR = 'ナニワデータセンター株式会社';
const RESUBMITTED = '事業者から再提出された回答を取り込むため';

/** The vendor's answers page of the demo; the demo is closed, so by default a correction is started. */
async function openAnswers(page: Page, { correct = true } = {}) {
  await openDemoAnswers(page);
  if (correct) await startPostCloseCorrection(page, RESUBMITTED);
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
  // One certification and one subcontractor (with its own certificate), as the vendor types them.
  XLSX.utils.sheet_add_aoa(
    book.Sheets['第三者認証']!,
    [['ISMAP', CERT_NUMBER, 'テスト監査法人', '2025/04/01', '2026-03-31', 'MinatoFlow 大阪リージョン']],
    { origin: 'A2' }
  );
  XLSX.utils.sheet_add_aoa(
    book.Sheets['委託先']!,
    [[SUBCONTRACTOR, 'データセンター（大阪）', '重要', '除外方式', 'ISO/IEC 27001']],
    { origin: 'A2' }
  );
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
  await expect(
    page.getByRole('heading', { name: '事業者が記入した第三者認証 1 件・委託先 1 社' })
  ).toBeVisible();
  await expect(page.getByText(/未確認.*発注者が確認してください/)).toBeVisible();
  const certs = page.getByRole('table', { name: '事業者が記入した第三者認証' });
  await expect(certs.getByRole('row').filter({ hasText: CERT_NUMBER })).toContainText('ISMAP 登録');
  await expect(certs.getByRole('row').filter({ hasText: CERT_NUMBER })).toContainText(
    '2025-04-01 – 2026-03-31'
  );
  await expect(certs.getByRole('row').filter({ hasText: CERT_NUMBER })).toContainText('追加');
  const subs = page.getByRole('table', { name: '事業者が記入した委託先' });
  await expect(subs.getByRole('row').filter({ hasText: SUBCONTRACTOR })).toContainText(
    'ISO/IEC 27001 認証（追加）'
  );
  await a11y('pack preview');
  await page.getByRole('button', { name: '回答に反映する' }).click();
  await expect(page.getByText('2 件の回答を反映しました。')).toBeVisible();
  await expect(page.getByText('第三者認証 2 件・委託先 1 社を追加しました（未確認）。')).toBeVisible();
  await page.reload();
  await expect(answerSelect(page, 'R-004')).toHaveValue('full');
  await expect(page.getByRole('textbox', { name: 'R-005 の説明' })).toHaveValue(
    '=HYPERLINK("http://evil.example","click")'
  );
  // The blank cells did not erase R-007's earlier answer.
  await expect(answerSelect(page, 'R-007')).toHaveValue('partial');

  // A file attached to an answer comes back byte for byte.
  const proof = Buffer.from('%PDF-1.4\n% 回答の証跡\n%%EOF\n');
  const r003 = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /利用者認証の多要素化/ }) });
  await r003.getByText('0 件').click();
  await page
    .getByLabel('証跡ファイルを添付（R-003）')
    .setInputFiles({ name: 'mfa.pdf', mimeType: 'application/pdf', buffer: proof });
  await expect(r003.getByText('1 件')).toBeVisible();
  // Attaching is not an edit of the row: its own notice, never 「回答を保存しました」.
  await expect(page.getByText('R-003 に証跡ファイル「mfa.pdf」を添付しました。')).toBeVisible();
  await expect(page.getByText('R-003 の回答を保存しました。')).toHaveCount(0);
  await page.reload();
  await r003.getByText('1 件').click();
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    r003.getByRole('button', { name: /ダウンロード/ }).click()
  ]);
  expect(Buffer.compare(await readFile((await saved.path())!), proof)).toBe(0);

  // Typed by hand, saved as it changes.
  await answerSelect(page, 'R-010').selectOption('full');
  await expect(page.getByText('R-010 の回答を保存しました。')).toBeVisible();
  await page.reload();
  await expect(answerSelect(page, 'R-010')).toHaveValue('full');

  // The certification and the subcontractor are on the vendor's page, for the buyer to check.
  await page.getByRole('link', { name: '回答収集へ戻る' }).click();
  await page.getByRole('link', { name: VENDOR, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: VENDOR })).toBeVisible();
  await expect(page.getByRole('heading', { name: `ISMAP 登録 ${CERT_NUMBER}` })).toBeVisible();
  const held = page.getByRole('region', { name: `${SUBCONTRACTOR} の第三者認証・監査報告書` });
  await expect(held.getByRole('heading', { name: 'ISO/IEC 27001 認証' })).toBeVisible();
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

test('answers in the vendor’s own layout are imported through a saved column mapping', async ({
  page,
  pageErrors,
  a11y
}) => {
  await openAnswers(page);
  // The vendor's own checklist: its own headings, control numbers instead of our R-numbers, Yes/No answers.
  const sheet = XLSX.utils.aoa_to_sheet([
    ['ミナト情報システム 自己点検表'],
    ['Control', 'Response', 'Comment'],
    ['18.2.1', 'Yes', '独立監査を毎年受けています'],
    ['16.1.2', 'No', '=cmd|calc'],
    ['99.9.9', 'Yes', '対象外の行']
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Checklist');
  const file = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  await page
    .getByLabel('回答表のファイル')
    .setInputFiles({ name: 'own.xlsx', mimeType: 'application/octet-stream', buffer: file });
  await page.getByLabel('要件を特定する列').selectOption({ label: 'A 列: Control' });
  await page.getByRole('radio', { name: /管理策番号/ }).check();
  await page.getByLabel('回答の列').selectOption({ label: 'B 列: Response' });
  await page.getByLabel('説明の列').selectOption({ label: 'C 列: Comment' });
  await page.getByLabel('「Yes」の意味').selectOption({ label: '対応' });
  await page.getByLabel('「No」の意味').selectOption({ label: '未対応' });
  await page.getByLabel('対応付けの名前').fill('ミナト様式');
  await page.getByRole('button', { name: 'この対応付けを保存' }).click();
  await a11y('column mapping');
  await page
    .getByRole('button', { name: /プレビュー|確認/ })
    .first()
    .click();
  await expect(page.getByTestId('pack-counts')).toContainText('変更 2 件');
  await expect(page.getByRole('alert').filter({ hasText: '99.9.9' })).toBeVisible();
  await page.getByRole('button', { name: '回答に反映する' }).click();
  await expect(answerSelect(page, 'R-004')).toHaveValue('full');
  await expect(answerSelect(page, 'R-009')).toHaveValue('none');
  await expect(page.getByRole('textbox', { name: 'R-009 の説明' })).toHaveValue('=cmd|calc');

  // The saved mapping is offered for the next file with the same headings.
  await page.reload();
  await page
    .getByLabel('回答表のファイル')
    .setInputFiles({ name: 'own2.xlsx', mimeType: 'application/octet-stream', buffer: file });
  await expect(
    page.getByText('この表の見出しに合う保存済みの対応付け「ミナト様式」があります。')
  ).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('after the technical lock an answer is read-only; a post-close correction with a reason changes it, audited and in the memo', async ({
  page,
  pageErrors,
  a11y
}) => {
  const REASON = '事業者から R-010 の回答の誤記について訂正届を受領したため';
  await openAnswers(page, { correct: false });

  // Closed: the answers cannot be edited and the import is off; the notice says why.
  const notice = page.getByTestId('frozen-notice');
  await expect(notice).toContainText('技術評価は締め切られています。');
  await expect(answerSelect(page, 'R-010')).toHaveValue('partial');
  await expect(answerSelect(page, 'R-010')).toBeDisabled();
  await expect(page.getByLabel('記入済みの質問票を読み込む')).toBeDisabled();

  // The correction needs a reason before anything can be edited.
  await notice.getByRole('button', { name: '締切後の訂正' }).click();
  await notice.getByRole('button', { name: '理由を記録して訂正を始める' }).click();
  await expect(notice.getByRole('alert')).toContainText('締切後の訂正には理由の記入が必要です。');
  await expect(answerSelect(page, 'R-010')).toBeDisabled();
  await notice.getByLabel(/^訂正の理由/).fill(REASON);
  await notice.getByRole('button', { name: '理由を記録して訂正を始める' }).click();
  await expect(notice).toContainText('締切後の訂正中です。');
  await expect(notice).toContainText(REASON);
  await a11y('post-close correction');

  await answerSelect(page, 'R-010').selectOption('full');
  await expect(page.getByText('R-010 の回答を保存しました。')).toBeVisible();
  await notice.getByRole('button', { name: '訂正を終える' }).click();
  await expect(answerSelect(page, 'R-010')).toBeDisabled();
  await expect(answerSelect(page, 'R-010')).toHaveValue('full');

  // The audit trail records it as a correction, with the reason.
  await page.getByRole('link', { name: '監査ログ' }).click();
  const audit = page.getByRole('table', { name: '監査ログ（新しい順）' });
  const entry = audit.getByRole('row').filter({ hasText: '締切後の訂正: 回答の記録' });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(REASON);

  // And the decision memo lists it: when, who, what, the record and the reason.
  await stageLink(page, '結果').click();
  await page.getByRole('link', { name: '選定理由書（案）を開く' }).click();
  const corrections = page.getByRole('article', { name: '選定理由書（案）' }).getByTestId('memo-corrections');
  await expect(corrections).toContainText('10. 締切後の訂正');
  await expect(corrections).toContainText(`${VENDOR} R-010`);
  await expect(corrections).toContainText(REASON);
  // What changed, in words, not the stored record.
  await expect(corrections).toContainText('回答: 一部対応 → 対応');
  await expect(corrections).not.toContainText('{');
  expect(pageErrors).toEqual([]);
});
