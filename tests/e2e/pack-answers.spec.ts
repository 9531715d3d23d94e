// Journey (stage 3): a pack filled the way Japanese vendors fill it — 和暦 and full-width dates,
// their own spellings of answers and certifications, 「Yes」, a 該当なし — is previewed exactly as
// it will be stored, and what is stored after a reload is what the preview showed.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO_TITLE, VENDOR, answerSelect, downloadPack, openAnswers } from './answers';

const SUBCONTRACTOR = 'ナニワデータセンター株式会社';
const ISMAP_NUMBER = 'C99-0888-2';

test('a pack with 和暦 dates, aliases and answer words is stored as previewed', async ({
  page,
  pageErrors
}) => {
  await openAnswers(page, { draft: true });
  await expect(answerSelect(page, 'R-004')).toHaveValue('partial');
  await expect(answerSelect(page, 'R-005')).toHaveValue('full');
  const before010 = await answerSelect(page, 'R-010').inputValue();
  const before006 = await page.getByRole('textbox', { name: 'R-006 の説明' }).inputValue();

  const book = XLSX.read(await downloadPack(page, '質問票を Excel で保存'), { type: 'buffer' });
  const sheet = book.Sheets['要件']!;
  const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '' });
  const headerIndex = rows.findIndex((r) => r.includes('回答') && r.includes('番号'));
  const header = rows[headerIndex]!;
  const rowOf = (ref: string) =>
    headerIndex + 1 + rows.slice(headerIndex + 1).findIndex((r) => r[header.indexOf('番号')] === ref);
  const set = (ref: string, name: string, value: string) => {
    sheet[XLSX.utils.encode_cell({ r: rowOf(ref), c: header.indexOf(name) })] = { t: 's', v: value };
  };
  set('R-004', '回答', 'Yes');
  set('R-005', '回答', '△');
  set('R-010', '回答', 'N/A');
  // The pack lists what each enumerated column accepts, in the app's own words.
  const accepted = XLSX.utils.sheet_to_csv(book.Sheets['選択肢']!);
  expect(accepted).toContain('一体方式');
  expect(accepted).toContain('除外方式');
  expect(accepted).not.toContain('包含方式');
  XLSX.utils.sheet_add_aoa(
    book.Sheets['第三者認証']!,
    [
      ['ISMAP登録', ISMAP_NUMBER, 'テスト監査法人', '令和5年10月1日', 'R7.9.30(水)', 'MinatoFlow 全体'],
      ['SOC 2 タイプ2', '', 'テスト監査法人', 'Ｈ３１．４．１', '平成32年3月31日', 'MinatoFlow']
    ],
    { origin: 'A2' }
  );
  XLSX.utils.sheet_add_aoa(
    book.Sheets['委託先']!,
    [[SUBCONTRACTOR, 'データセンター（大阪）', '重要', '除外方式', 'ISMAP 登録']],
    { origin: 'A2' }
  );
  await page.getByLabel('記入済みの質問票を読み込む').setInputFiles({
    name: 'filled.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
  });

  // The preview: 「Yes」 is 対応, 「△」 is 一部対応; 「N/A」 is refused with its place named.
  await expect(page.getByTestId('pack-counts')).toContainText('変更 2 件');
  const preview = page.getByRole('table', { name: /の読み込み内容/ });
  // Columns: 番号, 変更, 変更前, 変更後; the 変更後 cell is what will be stored.
  const after = (ref: string) => preview.getByRole('row').filter({ hasText: ref }).getByRole('cell').nth(3);
  await expect(after('R-004')).toContainText(/^対応/);
  await expect(after('R-005')).toContainText(/^一部対応/);
  await expect(preview.getByRole('row').filter({ hasText: 'R-010' })).toHaveCount(0);
  await expect(page.getByText(/要件 R-010 の回答が「N\/A」です/)).toBeVisible();
  // 和暦, abbreviated and full-width dates are read; 平成32年 is read as 令和2年 with a note.
  const certs = page.getByRole('table', { name: '事業者が記入した第三者認証' });
  const ismap = certs.getByRole('row').filter({ hasText: ISMAP_NUMBER });
  await expect(ismap).toContainText('ISMAP 登録');
  await expect(ismap).toContainText('2023-10-01 – 2025-09-30');
  const soc = certs.getByRole('row').filter({ hasText: 'SOC 2' });
  await expect(soc).toContainText('2019-04-01 – 2020-03-31');
  await expect(
    page.getByText(/「平成32年3月31日」はその元号が終わった後の日付のため、2020-03-31 として/)
  ).toBeVisible();
  // A weekday the date does not fall on is named, and the date kept.
  await expect(
    page.getByText(/「R7\.9\.30\(水\)」の曜日が日付と合いません（2025-09-30 は火曜日です）/)
  ).toBeVisible();
  // The subcontractor's ISMAP, written as the app's own label, is kept.
  const subs = page.getByRole('table', { name: '事業者が記入した委託先' });
  await expect(subs.getByRole('row').filter({ hasText: SUBCONTRACTOR })).toContainText('ISMAP 登録（追加）');
  // Nothing is stored before the user confirms.
  await expect(answerSelect(page, 'R-004')).toHaveValue('partial');

  await page.getByRole('button', { name: '回答に反映する' }).click();
  await expect(page.getByText('2 件の回答を反映しました。')).toBeVisible();
  await page.reload();
  await expect(answerSelect(page, 'R-004')).toHaveValue('full');
  await expect(answerSelect(page, 'R-005')).toHaveValue('partial');
  await expect(answerSelect(page, 'R-010')).toHaveValue(before010);

  // A CSV can carry more than one Excel cell holds: such a text is refused with its place named,
  // never stored cut (it could not come back unchanged through the Excel pack).
  const csv = new TextDecoder('shift_jis').decode(
    await downloadPack(page, '質問票を CSV（Shift_JIS）で保存')
  );
  const table = Papa.parse<string[]>(csv, { skipEmptyLines: false }).data;
  const head = table.findIndex((r) => r.includes('回答') && r.includes('番号'));
  const cols = table[head]!;
  const line = table.find((r, i) => i > head && r[cols.indexOf('番号')] === 'R-006')!;
  line[cols.indexOf('説明')] = '長い説明。'.repeat(8_000);
  await page.getByLabel('記入済みの質問票を読み込む').setInputFiles({
    name: 'long.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${Papa.unparse(table, { newline: '\r\n' })}`, 'utf8')
  });
  await expect(
    page.getByText(/文字数が 40,?000 文字あり、1 つのセルに入る 32,?767 文字を超えています/)
  ).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: /の読み込み内容/ })
      .getByRole('row')
      .filter({ hasText: 'R-006' })
  ).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'R-006 の説明' })).toHaveValue(before006);

  // On the vendor's page: the ISMAP with its dates, and the subcontractor's ISMAP.
  await page.getByRole('link', { name: '回答収集へ戻る' }).click();
  await page.getByRole('link', { name: VENDOR, exact: true }).click();
  const registered = page.getByRole('heading', { name: `ISMAP 登録 ${ISMAP_NUMBER}` });
  await expect(registered).toBeVisible();
  const held = page.getByRole('region', { name: `${SUBCONTRACTOR} の第三者認証・監査報告書` });
  await expect(held.getByRole('heading', { name: /ISMAP 登録/ })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('packs for every vendor at once, one file each, each for its own vendor', async ({
  page,
  pageErrors
}) => {
  await openAnswers(page, { draft: true });
  await page.getByRole('link', { name: '回答収集へ戻る' }).click();
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: '全事業者の質問票を出力' }).click();
  await expect(page.getByText('3 社分の質問票を出力しました（1 社 1 ファイル）。')).toBeVisible();
  await expect.poll(() => downloads.length).toBe(3);
  const names = downloads.map((d) => d.suggestedFilename());
  expect(names).toEqual(
    ['株式会社アオバクラウド', VENDOR, '北風ソリューションズ株式会社'].map(
      (company) => `${DEMO_TITLE}（複製）-${company}-質問票.xlsx`
    )
  );
  // Each file is that vendor's own pack.
  for (const [i, download] of downloads.entries()) {
    const book = XLSX.read(await readFile((await download.path())!), { type: 'buffer' });
    const text = book.SheetNames.map((name) => XLSX.utils.sheet_to_csv(book.Sheets[name]!)).join('\n');
    expect(text).toContain(names[i]!.split('-')[1]!);
  }
  expect(pageErrors).toEqual([]);
});

test('a file name with a bidi control shows it as a marker and cannot pose as a PDF', async ({
  page,
  pageErrors
}) => {
  await openAnswers(page, { draft: true });
  const spoof = 'report\u202Efdp.exe';
  const r003 = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /利用者認証の多要素化/ }) });
  await r003.getByText('0 件').click();
  await page
    .getByLabel('証跡ファイルを添付（R-003）')
    .setInputFiles({ name: spoof, mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  // The notice and the file list both show the control as ⟦U+202E⟧, so the name reads as it is.
  await expect(page.getByText('R-003 に証跡ファイル「report⟦U+202E⟧fdp.exe」を添付しました。')).toBeVisible();
  await expect(r003.getByText('report⟦U+202E⟧fdp.exe').first()).toBeVisible();
  await expect(page.getByText('R-003 の回答を保存しました。')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
