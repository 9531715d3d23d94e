// Journey: import an ISMAP list as downloaded (title rows, 更新日 above the header, a renamed
// column, a cover sheet) on the settings page, then check two demo vendors against it: the first
// vendor's own ISMAP registration is confirmed, its 委託先's is not listed, and the second vendor's
// registration is found by number under another name (内容不一致, both names side by side). All
// three reach the workbook and the memo. A newer list then has the first registration 取消: the
// settings page re-checks and shows the change, the audit log records it. A list of unknown layout
// is imported by mapping its columns.
import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ProcurementListPage, startPostCloseCorrection } from './pages';

const DEMO = '文書管理・電子決裁SaaSの調達（令和9年度・デモ）';

/** The ISMAP list; the newer one (令和9年5月1日) has the first vendor's registration 取消. */
function ismapList(newer = false): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['本リストについて']]), '表紙');
  const list = XLSX.utils.aoa_to_sheet([
    ['ISMAPクラウドサービスリスト'],
    [newer ? '更新日：令和9年5月1日' : '更新日：令和9年4月1日'],
    [],
    ['No.', '登録番号', 'クラウドサービスの名称', '事業者名', '登録日', '有効期限', '備考'],
    [
      '1',
      'C99-0001-1',
      'AobaDocs 電子決裁',
      '株式会社アオバクラウド',
      '2025/12/1',
      '',
      newer ? '登録取消' : ''
    ],
    ['2', 'C99-0002-1', 'MinatoFlow', 'ミナト情報システムズ株式会社', '2025/11/1', '', ''],
    ['3', 'C99-0500-1', '別サービス', '別会社株式会社', '2025/10/1', '', '']
  ]);
  XLSX.utils.book_append_sheet(book, list, 'リスト');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

async function checkVendor(page: Page, company: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '評価の段階' })
    .getByRole('link', { name: /^\d+\s*回答収集\s/ })
    .click();
  await page.getByRole('link', { name: company, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: company })).toBeVisible();
  const notice = page.getByTestId('frozen-notice');
  if (!(await notice.getByText('締切後の訂正中です。').isVisible())) {
    await startPostCloseCorrection(page, '登録簿のスナップショットで認証を確認するため');
  }
  await page.getByTestId('register-check').getByRole('button', { name: '登録簿で確認' }).click();
}

/** The buyer adopts the register's result where a verification typed by hand was kept. */
async function adoptRegisterResult(row: Locator): Promise<void> {
  const replace = row.getByRole('button', { name: '登録簿の結果で置き換える' });
  if (await replace.isVisible()) {
    await replace.click();
    await expect(replace).toHaveCount(0);
  }
}

test('attestations checked against an imported register snapshot', async ({ page, pageErrors, a11y }) => {
  test.setTimeout(240_000);
  const list = new ProcurementListPage(page);
  await list.open();
  await page.getByRole('button', { name: 'デモ案件を読み込む' }).click();
  await expect(page.getByRole('link', { name: DEMO })).toBeVisible();

  await page.getByRole('link', { name: '設定', exact: true }).click();
  const registers = page.getByTestId('registers');
  await registers.getByTestId('register-file').setInputFiles({
    name: 'ismap-list.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: ismapList()
  });
  const snapshot = registers.getByTestId('register-snapshot');
  await expect(snapshot).toHaveCount(1);
  await expect(snapshot).toContainText('ISMAPクラウドサービスリスト');
  await expect(snapshot).toContainText('ismap-list.xlsx');
  await a11y('settings with a register snapshot');

  // A list whose headings no layout knows is imported by mapping its columns, as the ISMS-AC list.
  await registers.getByTestId('register-file').setInputFiles({
    name: 'in-house-list.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      '社内で管理する認証の一覧\n会社,サービス,証書番号,区分\n株式会社アオバクラウド,AobaDocs,IS 999999,\n',
      'utf8'
    )
  });
  const mapping = page.getByTestId('register-mapping');
  await expect(mapping).toBeVisible();
  await mapping.getByLabel('登録簿の種類').selectOption('isms-ac');
  await mapping.getByLabel('登録番号・認証番号').selectOption({ label: 'C 列: 証書番号' });
  await mapping.getByLabel('事業者名・組織名').selectOption({ label: 'A 列: 会社' });
  await a11y('settings mapping a register’s columns');
  await mapping.getByRole('button', { name: 'この指定で取り込む' }).click();
  await expect(mapping).toHaveCount(0);
  await expect(snapshot).toHaveCount(2);
  await expect(snapshot.filter({ hasText: 'in-house-list.csv' })).toContainText('ISMS-AC 認証取得組織一覧');

  await list.open();
  await page.getByRole('link', { name: DEMO }).click();
  await checkVendor(page, '株式会社アオバクラウド');
  const rows = page.getByTestId('register-check-row');
  await expect(rows.filter({ hasText: 'C99-0001-1' })).toHaveAttribute('data-outcome', 'confirmed');
  await expect(rows.filter({ hasText: 'C99-0001-1' })).toContainText('登録簿で確認');
  await expect(rows.filter({ hasText: 'C99-0100-2' })).toHaveAttribute('data-outcome', 'notListed');
  await expect(rows.filter({ hasText: 'C99-0100-2' })).toContainText('ソラコンピュート株式会社');
  await expect(rows.filter({ hasText: 'C99-0100-2' })).toContainText('未掲載');
  await adoptRegisterResult(rows.filter({ hasText: 'C99-0001-1' }));
  await adoptRegisterResult(rows.filter({ hasText: 'C99-0100-2' }));
  await a11y('vendor page with register results');

  await checkVendor(page, 'ミナト情報システム株式会社');
  const minato = page.getByTestId('register-check-row').filter({ hasText: 'C99-0002-1' });
  await expect(minato).toHaveAttribute('data-outcome', 'mismatch');
  await expect(minato).toContainText(
    '名称: 申告「ミナト情報システム株式会社」／登録簿「ミナト情報システムズ株式会社」'
  );
  await adoptRegisterResult(minato);

  // The three outcomes reach the documents an auditor reads: the memo and the workbook's 証跡台帳.
  await page
    .getByRole('navigation', { name: '評価の段階' })
    .getByRole('link', { name: /^\d+\s*結果\s/ })
    .click();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: '採点ワークブックを書き出す（Excel）' }).click()
  ]);
  const book = XLSX.read(await readFile((await file.path())!), { type: 'buffer' });
  const ledger = XLSX.utils.sheet_to_json<string[]>(book.Sheets['証跡台帳']!, { header: 1 });
  const rowOf = (number: string) => ledger.find((row) => row.some((cell) => String(cell).includes(number)));
  expect(String(rowOf('C99-0001-1'))).toContain('登録簿で確認');
  expect(String(rowOf('C99-0100-2'))).toContain('未掲載');
  expect(String(rowOf('C99-0002-1'))).toContain('内容不一致');
  expect(String(rowOf('C99-0001-1'))).toMatch(/SHA-256/);

  await page.getByRole('link', { name: '選定理由書（案）を開く' }).click();
  const memo = page.getByRole('article', { name: '選定理由書（案）' });
  // The memo states the selected vendor's evidence with the snapshot's hash: its own registration
  // (confirmed) and its 委託先's.
  await expect(memo).toContainText('C99-0001-1（架空監査法人）: 入札期限時点 有効');
  await expect(memo).toContainText('登録簿との照合 登録簿で確認（SHA-256');
  await expect(memo).toContainText('登録簿との照合 未掲載（SHA-256');
  // Its 未了事項 name every outcome other than 登録簿で確認, of every vendor and 委託先 that bid.
  const open = page.getByTestId('memo-open-points');
  await expect(open).toContainText(
    '株式会社アオバクラウド の委託先 ソラコンピュート株式会社 の ISMAP 登録（C99-0100-2） は、登録簿との照合で「未掲載」だった'
  );
  await expect(open).toContainText(
    'ミナト情報システム株式会社 の ISMAP 登録（C99-0002-1） は、登録簿との照合で「内容不一致」だった'
  );
  await expect(open).not.toContainText('C99-0001-1');

  // A newer snapshot of the same list re-checks every earlier check and shows what changed. The
  // demo's technical evaluation is closed, so its records stay as they were; the audit log says so.
  await page.getByRole('link', { name: '設定', exact: true }).click();
  await registers.getByTestId('register-file').setInputFiles({
    name: 'ismap-list-2.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: ismapList(true)
  });
  await expect(snapshot).toHaveCount(3);
  const recheck = page.getByTestId('register-recheck-procurement').filter({ hasText: DEMO });
  const change = recheck.getByTestId('register-recheck-change');
  await expect(change).toHaveCount(1);
  await expect(change).toHaveAttribute('data-to', 'revoked');
  await expect(change).toContainText('株式会社アオバクラウド');
  await expect(change).toContainText('C99-0001-1');
  await expect(change).toContainText('登録簿で確認 → 取消');
  await expect(recheck).toContainText('技術評価の締切後のため、確認記録は変更していません');
  await expect(recheck).toContainText('前回から変化なし（2 件）');
  await a11y('settings with a register re-check');

  await list.open();
  await page.getByRole('link', { name: DEMO }).click();
  await page.getByRole('link', { name: '監査ログ' }).click();
  const recheckEntry = page
    .getByRole('table', { name: '監査ログ（新しい順）' })
    .getByRole('row')
    .filter({ hasText: '登録簿の新しいスナップショットによる再照合' });
  await expect(recheckEntry).toHaveCount(1);
  await expect(recheckEntry).toContainText('"to":"revoked"');

  // Applied on the vendor page, as a post-close correction: the check says what changed.
  await checkVendor(page, '株式会社アオバクラウド');
  const aoba = page.getByTestId('register-check-row').filter({ hasText: 'C99-0001-1' });
  await expect(aoba).toHaveAttribute('data-outcome', 'revoked');
  await expect(aoba).toContainText('前回（登録簿で確認）から変化');

  expect(pageErrors).toEqual([]);
});
