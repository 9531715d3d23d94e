// Journey (issue 18, items 7–12): a SOC 2 report read as an auditor reads it. On the demo, the first-ranked
// vendor's SOC 2 Type II report is checked, then recorded as qualified with two exceptions against CC7.2 and
// CC7.4: exactly the two grading rows whose requirements reference those criteria change their suggestion. The
// report's carve-out is linked to the vendor's subcontractor record, and the memo lists the exceptions among its
// open points and the report's CUECs, named by the report, as what the buyer takes on.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import * as XLSX from 'xlsx';
import { downloadPack, openAnswers, VENDOR as MINATO } from './answers';
import { ProcurementListPage, startPostCloseCorrection } from './pages';
import { suggestionsFor } from './documents';

const DEMO = '文書管理・電子決裁SaaSの調達（令和9年度・デモ）';
const VENDOR = '株式会社アオバクラウド';
const REPORT = 'SOC 2 Type II 報告書（架空監査法人）';
const CARVED_OUT = 'ソラコンピュート株式会社';

async function openDemo(page: Page): Promise<string> {
  const list = new ProcurementListPage(page);
  await list.open();
  await page.getByRole('button', { name: 'デモ案件を読み込む' }).click();
  await page.getByRole('link', { name: DEMO }).click();
  await expect(page).toHaveURL(/[?&]id=/);
  return new URL(page.url()).searchParams.get('id')!;
}

/** Every grading row's suggestion for the vendor, by requirement ref. */
const suggestions = (page: Page, id: string, vendorName = VENDOR) =>
  suggestionsFor(page, id, vendorName, '採点する評価者');

async function openVendor(page: Page, id: string, vendorName = VENDOR): Promise<void> {
  await page.goto(`/procurement/collect/?id=${encodeURIComponent(id)}`);
  await page.getByRole('link', { name: vendorName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: vendorName })).toBeVisible();
}

function report(page: Page) {
  return page
    .getByRole('region', { name: '第三者認証・監査報告書', exact: true })
    .getByRole('article', { name: REPORT });
}

test('a qualified SOC 2 report with two exceptions changes exactly the rows they reach', async ({
  page,
  pageErrors
}) => {
  test.setTimeout(120_000);
  const id = await openDemo(page);

  // The report as checked against the auditor's confirmation: now it is evidence.
  await openVendor(page, id);
  await startPostCloseCorrection(page, 'SOC 2 報告書の確認と例外事項を記録するため');
  const soc = report(page);
  await soc.getByRole('button', { name: /^編集/ }).click();
  await soc.getByLabel('確認先（リスト名またはURL）').fill('監査法人の確認書');
  await soc.getByLabel('確認日').fill('2026-12-01');
  await soc.getByLabel('確認結果').selectOption({ label: '確認済み（一致）' });
  // The carve-out is linked to the vendor's subcontractor record, not free text.
  await expect(soc.getByLabel('サブサービス組織 1 に当たる委託先')).toHaveValue(/.+/);
  await expect(soc.getByLabel('サブサービス組織 1 に当たる委託先').locator('option:checked')).toHaveText(
    CARVED_OUT
  );
  await soc.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByText('第三者認証等を保存しました。')).toBeVisible();
  await expect(soc).toContainText(`${CARVED_OUT}（除外方式）`);
  await expect(soc).not.toContainText('委託先に未リンク');

  const before = await suggestions(page, id);
  expect(Object.keys(before).length).toBeGreaterThanOrEqual(8);

  // Qualified, with two exceptions against criteria that two requirements reference.
  // The correction begun above is still under way (it lasts for the session).
  await openVendor(page, id);
  await soc.getByRole('button', { name: /^編集/ }).click();
  await soc.getByLabel('意見', { exact: true }).selectOption({ label: '限定付意見' });
  for (const [n, criterion, text] of [
    [2, 'CC7.2', 'ログのレビュー記録の欠落'],
    [3, 'cc7.4', 'インシデント通知の遅延']
  ] as const) {
    await soc.getByRole('button', { name: '例外事項を追加' }).click();
    await soc.getByLabel(`例外事項 ${n} のトラストサービス規準`).fill(criterion);
    await soc.getByLabel(`例外事項 ${n} の内容`).fill(text);
    await soc.getByLabel(`例外事項 ${n} の監査人のテスト結果`).fill('25件中2件');
    await soc.getByLabel(`例外事項 ${n} への経営者の対応`).fill('手順を改訂済み');
  }
  await soc.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByText('第三者認証等を保存しました。')).toBeVisible();
  await expect(soc).toContainText('CC7.4: インシデント通知の遅延');
  await expect(soc).toContainText('限定の対象: CC6.6, CC7.2, CC7.4');

  const after = await suggestions(page, id);
  const changed = Object.keys(before).filter((ref) => before[ref] !== after[ref]);
  expect(changed).toEqual(['R-007', 'R-009']);
  expect(after['R-007']).toContain('限定付意見');
  expect(after['R-007']).toContain('CC7.2');
  expect(after['R-009']).toContain('CC7.4');

  // The memo: the exceptions are open points, the CUECs are what the buyer takes on, named by their report.
  await page.goto(`/procurement/memo/?id=${encodeURIComponent(id)}`);
  const open = page.getByTestId('memo-open-points');
  // The demo's own exception reaches the access-control item its criterion maps to (not 「なし」).
  await expect(open).toContainText(
    '例外事項 CC6.6: 管理者アカウント1件で多要素認証が未設定 がある（関係する要件: R-003）'
  );
  await expect(open).toContainText('例外事項 CC7.2: ログのレビュー記録の欠落 がある（関係する要件: R-007）');
  await expect(open).toContainText('例外事項 CC7.4: インシデント通知の遅延 がある（関係する要件: R-009）');
  await expect(open).toContainText(
    '限定付意見であり、限定の対象（CC6.6, CC7.2, CC7.4）を参照する要件（R-003, R-007, R-009）'
  );
  const obligations = page.getByTestId('memo-obligations');
  await expect(obligations).toContainText('利用者側で多要素認証を有効にする');
  await expect(obligations).toContainText('SOC 2 Type II 報告書（監査人: 架空監査法人、対象期間');
  await expect(obligations).not.toContainText('soc2Type2');
  expect(pageErrors).toEqual([]);
});

test('a pack bringing a newer SOC 2 report with two exceptions and a carve-out adds it beside the one on file', async ({
  page,
  pageErrors
}) => {
  test.setTimeout(180_000);
  // On a copy of the demo (answers are open), the vendor whose 2024–25 report by 架空有限責任監査法人 is on file.
  await openAnswers(page, { draft: true });
  const answersUrl = page.url();
  const id = new URL(answersUrl).searchParams.get('id')!;
  const before = await suggestions(page, id, MINATO);
  await page.goto(answersUrl);

  const book = XLSX.read(await downloadPack(page, '質問票を Excel で保存'), { type: 'buffer' });
  // The SOC 2 sheet comes pre-filled with the report on file, one item a row.
  const soc2Sheet = book.Sheets['SOC 2 詳細']!;
  const prefilled = XLSX.utils.sheet_to_json<string[]>(soc2Sheet, { header: 1, defval: '' }).slice(1);
  expect(prefilled.map((r) => r.slice(0, 5))).toContainEqual([
    'SOC 2 Type II',
    '架空有限責任監査法人',
    '2024-07-01',
    '2025-06-30',
    '意見'
  ]);
  // The vendor's 2025–26 report: same auditor (written another way), the next period, two exceptions.
  const auditor = '架空 有限責任監査法人';
  const period = ['2025/7/1', '令和8年6月30日'];
  XLSX.utils.sheet_add_aoa(
    book.Sheets['第三者認証']!,
    [['SOC 2 Type II', '', auditor, ...period, 'MinatoFlow（セキュリティ）', '無限定意見']],
    { origin: 'A2' }
  );
  const ref = ['SOC 2 Type II', auditor, ...period];
  XLSX.utils.sheet_add_aoa(
    soc2Sheet,
    [
      [...ref, '例外事項', 'CC7.2', 'ログのレビュー記録の欠落', '12か月中2か月で記録なし', '手順を改訂済み'],
      [
        ...ref,
        '例外事項',
        'cc7.4',
        'インシデント通知の遅延',
        '3件中1件で48時間後に通知',
        '通知手順を改訂済み'
      ],
      [...ref, 'サブサービス組織（除外方式）', '', 'ソラコンピュート（株）'],
      [...ref, 'CUEC', '', '利用者側で IP アドレス制限を設定する']
    ],
    { origin: `A${prefilled.filter((r) => r.some(Boolean)).length + 2}` }
  );
  await page.getByLabel('記入済みの質問票を読み込む').setInputFiles({
    name: 'filled.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
  });

  // The preview: the newer report is to be added (not 登録済み), its carve-out is the 委託先 on file.
  const certs = page.getByRole('table', { name: '事業者が記入した第三者認証' });
  const row = certs.getByRole('row').filter({ hasText: '2025-07-01 – 2026-06-30' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').last()).toHaveText('追加');
  await expect(row).toContainText('例外事項 CC7.2: ログのレビュー記録の欠落');
  await expect(row).toContainText('例外事項 CC7.4: インシデント通知の遅延');
  await expect(row).toContainText('ソラコンピュート（株）（登録済みの委託先）');
  await expect(page.getByRole('table', { name: '事業者が記入した委託先' })).toHaveCount(0);
  await page.getByRole('button', { name: '回答に反映する' }).click();
  await expect(page.getByText('第三者認証 1 件・委託先 0 社を追加しました（未確認）。')).toBeVisible();

  // Stored beside the 2024–25 report, its carve-out linked to the 委託先 record; checked, it is evidence.
  await openVendor(page, id, MINATO);
  const reports = page.locator('article.attestation').filter({ hasText: 'SOC 2 Type II' });
  await expect(reports).toHaveCount(2);
  const newer = reports.filter({ hasText: '2025年7月1日 〜 2026年6月30日' });
  await expect(newer).toContainText('CC7.4: インシデント通知の遅延');
  await expect(newer).not.toContainText('委託先に未リンク');
  await newer.getByRole('button', { name: /^編集/ }).click();
  // Being edited, the report shows its form (and no longer its summary with the period).
  const form = page
    .locator('article.attestation')
    .filter({ has: page.getByRole('button', { name: '保存する' }) });
  await expect(form.getByLabel('サブサービス組織 1 に当たる委託先').locator('option:checked')).toHaveText(
    'ソラコンピュート株式会社'
  );
  await form.getByLabel('含まれる', { exact: true }).check();
  await form.getByLabel('確認先（リスト名またはURL）').fill('監査法人の確認書');
  await form.getByLabel('確認日').fill('2027-01-20');
  await form.getByLabel('確認結果').selectOption({ label: '確認済み（一致）' });
  await form.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByText('第三者認証等を保存しました。')).toBeVisible();

  // The rows its exceptions reach (R-007 → CC7.2, R-009 → CC7.4) now carry them; no other row does.
  // (Other rows may change too: the newer report is fresh evidence where the 2024–25 one was stale.)
  const after = await suggestions(page, id, MINATO);
  const withExceptions = Object.keys(after).filter((ref) => after[ref]!.includes('例外事項'));
  expect(withExceptions).toEqual(['R-007', 'R-009']);
  expect(after['R-007']).toContain('CC7.2');
  expect(after['R-009']).toContain('CC7.4');
  expect(before['R-007']).not.toEqual(after['R-007']);
  expect(before['R-009']).not.toEqual(after['R-009']);
  expect(pageErrors).toEqual([]);
});
