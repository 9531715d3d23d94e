// Journey: open a demo vendor from the collection stage, record a SOC 2 Type II report with its
// opinion and a CUEC, attach the report itself, and get back the exact bytes after a reload; an
// oversized file is refused before it is read; a new subcontractor gets its own ISO/IEC 27001.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ProcurementListPage, startPostCloseCorrection } from './pages';

const DEMO = '文書管理・電子決裁SaaSの調達（令和9年度・デモ）';
const VENDOR = '株式会社アオバクラウド';
const AUDITOR = 'テスト監査法人';
const CUEC = '利用者側で管理者アカウントの多要素認証を有効にする';

/** A small, well-formed PDF: header, one empty page, cross-reference table and trailer. */
function samplePdf(): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      ''
    ].join('\n'),
    'latin1'
  );
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function openDemoVendor(page: Page): Promise<void> {
  const list = new ProcurementListPage(page);
  await list.open();
  await page.getByRole('button', { name: 'デモ案件を読み込む' }).click();
  await page.getByRole('link', { name: DEMO }).click();
  await page
    .getByRole('navigation', { name: '評価の段階' })
    .getByRole('link', { name: /^\d+\s*回答収集\s/ })
    .click();
  await page.getByRole('link', { name: VENDOR, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: VENDOR })).toBeVisible();
  await startPostCloseCorrection(page, '提出後に受領した SOC 2 報告書と委託先の認証を記録するため');
}

/** The vendor's own attestations (not a subcontractor's). */
function vendorAttestations(page: Page): Locator {
  return page.getByRole('region', { name: '第三者認証・監査報告書', exact: true });
}

function socReport(page: Page): Locator {
  return vendorAttestations(page).getByRole('article', { name: `SOC 2 Type II 報告書（${AUDITOR}）` });
}

test('attestations, evidence files and subcontractors of a vendor', async ({ page, pageErrors, a11y }) => {
  await openDemoVendor(page);
  await a11y('vendor page');

  // The vendor's own fields save only what changed.
  await page
    .getByLabel('リージョン・データセンターの所在国')
    .fill('日本（東京）, 日本（大阪）\n日本（福岡）');
  await page.getByRole('button', { name: '事業者の情報を保存' }).click();
  await expect(page.getByText('事業者の情報を保存しました。')).toBeVisible();
  await expect(page.getByLabel('リージョン・データセンターの所在国')).toHaveValue(
    '日本（東京）\n日本（大阪）\n日本（福岡）'
  );

  // A SOC 2 Type II report: the form asks for what the type needs.
  const own = vendorAttestations(page);
  await own.getByRole('button', { name: /^第三者認証等を追加/ }).click();
  await own.getByLabel('種類', { exact: true }).selectOption({ label: 'SOC 2 Type II 報告書' });
  await expect(own.getByLabel('登録番号')).toHaveCount(0);
  await expect(own.getByLabel('ブリッジレターの発行日')).toBeVisible();
  await own.getByRole('button', { name: '追加する' }).click();
  await expect(own.getByRole('alert')).toContainText('「対象期間の開始日」を入力してください。');
  await expect(own.getByRole('alert')).toContainText('「意見」を入力してください。');
  await own.getByLabel('監査人').fill(AUDITOR);
  await own.getByLabel('対象期間の開始日', { exact: true }).fill('2026-09-30');
  await own.getByLabel('対象期間の終了日', { exact: true }).fill('2025-10-01');
  await own.getByLabel('意見', { exact: true }).selectOption({ label: '無限定意見' });
  await own.getByRole('button', { name: '追加する' }).click();
  await expect(own.getByRole('alert')).toContainText('対象期間の終了日は開始日以降の日付にしてください。');
  await own.getByLabel('対象期間の開始日', { exact: true }).fill('2025-10-01');
  await own.getByLabel('対象期間の終了日', { exact: true }).fill('2026-09-30');
  await own.getByLabel('報告書日付（発行日）').fill('2026-11-13');
  await own.getByLabel('相補的な利用者エンティティの統制（CUEC）').fill(CUEC);
  await own.getByRole('button', { name: '例外事項を追加' }).click();
  await own.getByLabel('例外事項 1 の内容').fill('バックアップ復旧テスト1件で記録の欠落');
  await own.getByLabel('例外事項 1 が関係する要件').selectOption({ label: 'R-010 バックアップと復旧' });
  await a11y('SOC 2 Type II form');
  await own.getByRole('button', { name: '追加する' }).click();
  await expect(page.getByText('第三者認証等を追加しました。')).toBeVisible();

  const report = socReport(page);
  await expect(report).toContainText('無限定意見');
  await expect(report).toContainText(CUEC);
  await expect(report).toContainText('バックアップ復旧テスト1件で記録の欠落（関係する要件: R-010）');
  // Fresh on the bid deadline (12 months after the period), stale by the end of the contract.
  await expect(report).toContainText('入札期限（2027年1月29日）時点');
  await expect(report).toContainText('2027年9月30日 まで有効');
  await expect(report).toContainText('契約終了日（2030年3月31日）時点');
  await expect(report).toContainText('期間経過（鮮度不足）');

  // Confirming scope and recording the check makes it valid on the deadline; the URL stays text.
  await report.getByRole('button', { name: /^編集/ }).click();
  await report.getByRole('radio', { name: '含まれる', exact: true }).check();
  await report.getByLabel('確認先（リスト名またはURL）').fill('https://trust.example.invalid/soc2');
  await report.getByLabel('確認日').fill('2026-12-01');
  await report.getByLabel('確認結果').selectOption({ label: '確認済み（一致）' });
  await report.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByText('第三者認証等を保存しました。')).toBeVisible();
  await expect(report.getByText('有効', { exact: true })).toBeVisible();
  await expect(report).toContainText('https://trust.example.invalid/soc2');
  await expect(report.getByRole('link')).toHaveCount(0);

  // The report itself, through the labelled file input.
  const pdf = samplePdf();
  await report.getByLabel(/^証跡ファイルを添付/).setInputFiles({
    name: 'soc2-report.pdf',
    mimeType: 'application/pdf',
    buffer: pdf
  });
  await expect(page.getByText('「soc2-report.pdf」を追加しました。')).toBeVisible();
  const row = report.getByRole('row').filter({ hasText: 'soc2-report.pdf' });
  await expect(row.getByTestId('sha256')).toHaveText(sha256(pdf));
  await expect(row).toContainText('application/pdf');

  // After a reload the stored bytes come back exactly.
  await page.reload();
  await expect(socReport(page).getByRole('row').filter({ hasText: 'soc2-report.pdf' })).toBeVisible();
  const stored = socReport(page).getByRole('row').filter({ hasText: 'soc2-report.pdf' });
  const shown = await stored.getByTestId('sha256').innerText();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    stored.getByRole('button', { name: /^ダウンロード\s*（soc2-report\.pdf）$/ }).click()
  ]);
  expect(download.suggestedFilename()).toBe('soc2-report.pdf');
  const downloaded = await readFile((await download.path())!);
  expect(sha256(downloaded)).toBe(sha256(pdf));
  expect(shown).toBe(sha256(pdf));
  expect(downloaded.equals(pdf)).toBe(true);

  // "View" opens the stored bytes under their own type in a new tab, never inside the page.
  const [viewer] = await Promise.all([
    page.context().waitForEvent('page'),
    stored.getByRole('button', { name: /^新しいタブで表示\s*（soc2-report\.pdf）$/ }).click()
  ]);
  expect(viewer.url()).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\//);
  await viewer.close();

  // Dropped onto the drop zone: stored like a chosen file; removing one asks first.
  const dropZone = socReport(page).getByRole('group', { name: /ドラッグ＆ドロップ/ });
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['scan'], 'scan.png', { type: 'image/png' }));
    return transfer;
  });
  await dropZone.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('「scan.png」を追加しました。')).toBeVisible();
  const scan = socReport(page).getByRole('row').filter({ hasText: 'scan.png' });
  await expect(scan.getByTestId('sha256')).toHaveText(sha256(Buffer.from('scan')));
  await scan.getByRole('button', { name: /^削除\s*（scan\.png）$/ }).click();
  const confirm = page.getByRole('dialog', { name: '証跡ファイルの削除' });
  await expect(confirm).toContainText('scan.png');
  await confirm.getByRole('button', { name: '削除する' }).click();
  await expect(scan).toHaveCount(0);

  // A file over 20 MB is refused before it is read, and nothing is added.
  const dir = await mkdtemp(join(tmpdir(), 'sentei-'));
  const huge = join(dir, 'huge.pdf');
  await writeFile(huge, '');
  await truncate(huge, 21 * 1024 * 1024);
  await socReport(page)
    .getByLabel(/^証跡ファイルを添付/)
    .setInputFiles(huge);
  await expect(page.getByRole('alert').filter({ hasText: 'huge.pdf' })).toHaveText(
    /「huge\.pdf」は大きすぎるため追加できません（上限 20 MB）。/
  );
  await expect(socReport(page).getByRole('row').filter({ hasText: 'huge.pdf' })).toHaveCount(0);
  await expect(socReport(page).getByTestId('sha256')).toHaveCount(1);
  await page.getByRole('alert').filter({ hasText: 'huge.pdf' }).getByRole('button').click();

  // A new subcontractor with its own ISO/IEC 27001 certificate.
  const subs = page.getByRole('region', { name: '委託先', exact: true });
  await subs.getByLabel('委託先の名称').fill('テストデータセンター株式会社');
  await subs.getByLabel('役割').fill('データセンター（東京）');
  await subs.getByLabel('重要度').selectOption({ label: '重要' });
  await subs.getByLabel('監査報告書での扱い').selectOption({ label: '除外方式' });
  await subs.getByRole('button', { name: '委託先を追加' }).click();
  const sub = subs.getByRole('article', { name: 'テストデータセンター株式会社' });
  await expect(sub).toContainText('データセンター（東京）');
  await sub.getByRole('button', { name: /^第三者認証等を追加/ }).click();
  await sub.getByLabel('種類', { exact: true }).selectOption({ label: 'ISO/IEC 27001 認証' });
  await expect(sub.getByLabel('意見', { exact: true })).toHaveCount(0);
  await sub.getByLabel('認証登録番号').fill('IS 765432');
  await sub.getByLabel('認証機関').fill('テスト認証機構株式会社');
  await sub.getByLabel('認定機関').fill('ISMS-AC');
  await sub.getByLabel('規格の版').selectOption('2022');
  await sub.getByLabel('有効期限', { exact: true }).fill('2029-06-30');
  await sub.getByLabel('ISO/IEC 27017').check();
  await sub.getByRole('radio', { name: '含まれる', exact: true }).check();
  await sub.getByRole('button', { name: '追加する' }).click();
  const iso = sub.getByRole('article', { name: 'ISO/IEC 27001 認証 IS 765432' });
  await expect(iso).toContainText('テスト認証機構株式会社');
  await expect(iso).toContainText('2022（ISO/IEC 27017 クラウド認証付き）');
  await expect(iso).toContainText('2029年6月30日 まで有効');
  await a11y('vendor page with a new subcontractor');

  // The CUEC becomes the buyer's own obligation in the collection stage.
  await page.getByRole('link', { name: '← 回答収集へ' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '回答収集' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(CUEC);
  expect(pageErrors).toEqual([]);
});

test('an unknown vendor id says so and links back to the collection stage', async ({ page, a11y }) => {
  await openDemoVendor(page);
  const url = new URL(page.url());
  url.searchParams.set('vendor', 'does-not-exist');
  await page.goto(url.pathname + url.search);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('事業者が見つかりません');
  await a11y('vendor not found');
  await page.getByRole('link', { name: '← 回答収集へ' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '回答収集' })).toBeVisible();
});
