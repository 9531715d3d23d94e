// Journey (stages 1–2): build a specification from the government SaaS preset and the catalogues,
// add a requirement of one's own, lock the criteria, see edits refused, change them with a written
// reason (a new version), and export the requirement list, reading the files back.
import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { lockCriteria, ProcurementListPage } from './pages';
import type { Page } from '@playwright/test';

const TITLE = '電子申請SaaSの調達（令和9年度）';

function stageLink(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: '評価の段階' })
    .getByRole('link', { name: new RegExp(`^\\d+\\s*${name}\\s`) });
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click()
  ]);
  return readFile((await file.path())!);
}

test('a specification is built, locked, changed with a reason, and exported', async ({
  page,
  pageErrors,
  a11y
}) => {
  const list = new ProcurementListPage(page);
  await list.open();
  await list.create(TITLE);
  await page.getByRole('link', { name: TITLE }).click();
  await stageLink(page, '仕様作成').click();

  // The government SaaS preset: an ISMAP gate and scored items.
  await page.getByLabel('プリセット', { exact: true }).selectOption('gov-saas-confidential');
  await page.getByRole('button', { name: 'プリセットの要件を追加' }).click();
  const requirements = page.getByRole('table', { name: '要件一覧' });
  await expect(requirements.getByRole('rowheader', { name: /ISMAP/ }).first()).toBeVisible();
  const presetCount = await requirements.locator('tbody tr').count();
  expect(presetCount).toBeGreaterThanOrEqual(15);

  // A catalogue entry found by its number; the 27017 filter keeps it.
  await page.getByLabel('キーワード（日本語・英語・番号）').fill('CLD.9.5.2');
  await page.getByLabel('ISO/IEC 27017 のクラウド固有の管理策・追加指針がある項目のみ').check();
  await expect(page.getByText('該当 1 件')).toBeVisible();
  await page.getByRole('checkbox', { name: /CLD\.9\.5\.2/ }).check();
  await page.getByRole('button', { name: '選択した 1 件を要件に追加' }).click();
  await expect(requirements.locator('tbody tr')).toHaveCount(presetCount + 1);

  // A requirement of our own.
  const custom = page.getByRole('region', { name: '独自の要件を追加' });
  await custom.getByLabel('分野').fill('独自 運用体制');
  await custom.getByLabel('要件名').fill('日本語による24時間の問い合わせ窓口');
  await custom.getByLabel('要件の内容（事業者への質問）').fill('=HYPERLINK("http://example.com","窓口")');
  await custom.getByLabel('配点').fill('7');
  await custom.getByRole('button', { name: '要件を追加' }).click();
  const ownRow = requirements.getByRole('row').filter({ hasText: '日本語による24時間の問い合わせ窓口' });
  await expect(ownRow).toContainText('7');
  const ownRef = (await ownRow.locator('td').first().innerText()).trim();

  // Change the points of the first requirement.
  const first = requirements.locator('tbody tr').first();
  const firstRef = (await first.locator('td').first().innerText()).trim();
  await page.getByRole('button', { name: `${firstRef} を編集` }).click();
  await page.locator(`[id^="edit-"][id$="-points"]`).fill('25');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(requirements.locator('tbody tr').first().locator('td.num')).toHaveText('25');
  await expect(page.getByTestId('points-total')).toContainText('技術点満点');
  await expect(page.locator('canvas')).toBeVisible();
  expect(await page.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width > 0 && c.height > 0)).toBe(
    true
  );
  await a11y('spec builder');

  // Lock: the ceiling price is needed first.
  await stageLink(page, '評価基準確定').click();
  await page.getByRole('button', { name: '評価基準を確定する' }).click();
  const checks = page.getByRole('dialog', { name: '評価基準の確定前の確認' });
  await expect(checks.getByRole('alert')).toContainText('予定価格を入力してください');
  await expect(checks.getByRole('button', { name: 'この内容で確定する' })).toBeDisabled();
  await checks.getByRole('button', { name: '取消' }).click();
  await page.getByLabel('予定価格（円）').fill('30,000,000');
  await expect(page.getByText(/30,000,000/).first()).toBeVisible();
  await page.getByRole('button', { name: '採点方法を保存' }).click();
  await expect(page.getByText('保存しました。')).toBeVisible();
  await lockCriteria(page);
  await expect(page.getByTestId('criteria-state')).toHaveText('確定済み（第 1 版）');
  const hash1 = (await page.getByTestId('criteria-hash').innerText()).trim();
  expect(hash1).toMatch(/^[0-9a-f]{64}$/);
  await a11y('criteria page, locked');

  // Locked: the spec cannot be edited, and a change needs a reason.
  await stageLink(page, '仕様作成').click();
  await expect(page.getByText('評価基準は確定済みのため、要件は変更できません。')).toBeVisible();
  await expect(page.getByRole('button', { name: /を編集$/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'プリセットの要件を追加' })).toHaveCount(0);
  await stageLink(page, '評価基準確定').click();
  await page.getByRole('button', { name: '理由を記録して変更を開始' }).click();
  await expect(page.getByText('変更の理由を 5 文字以上で記入してください。')).toBeVisible();
  await expect(page.getByTestId('criteria-state')).toHaveText('確定済み（第 1 版）');
  await page.getByLabel('変更の理由').fill('質問回答を受けて独自要件の配点を見直し');
  await page.getByRole('button', { name: '理由を記録して変更を開始' }).click();
  await expect(page.getByTestId('criteria-state')).toContainText('変更中');

  await stageLink(page, '仕様作成').click();
  await page.getByRole('button', { name: `${ownRef} を編集` }).click();
  await page.locator(`[id^="edit-"][id$="-points"]`).fill('8');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(ownRow).toContainText('8');

  await stageLink(page, '評価基準確定').click();
  await lockCriteria(page, { button: '変更を確定する（第 2 版）' });
  await expect(page.getByTestId('criteria-state')).toHaveText('確定済み（第 2 版）');
  const hash2 = (await page.getByTestId('criteria-hash').innerText()).trim();
  expect(hash2).not.toBe(hash1);
  const versions = page.getByRole('table', { name: '評価基準の版' });
  await expect(versions.getByRole('row')).toHaveCount(3);
  await expect(versions.getByRole('row').nth(1)).toContainText('質問回答を受けて独自要件の配点を見直し');
  await expect(versions.getByRole('row').nth(1)).toContainText(hash2);
  await expect(versions.getByRole('row').nth(2)).toContainText('（初版）');
  await expect(versions.getByRole('row').nth(2)).toContainText(hash1);

  // Export the annex and read it back.
  await stageLink(page, '仕様作成').click();
  const xlsx = XLSX.read(await download(page, 'Excel（.xlsx）で保存'), { type: 'buffer' });
  const sheet = xlsx.Sheets[xlsx.SheetNames[0]!]!;
  const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
  expect(rows.flat().join(' ')).toContain(hash2);
  const header = rows.findIndex((r) => r[0] === '番号');
  expect(rows[header]).toEqual([
    '番号',
    '分野',
    '要件名',
    '要件の内容',
    '区分',
    '配点',
    '対象',
    '受け入れる証跡',
    '対応する管理策'
  ]);
  const own = rows.find((r) => r[0] === ownRef)!;
  expect(own.slice(1, 6)).toEqual([
    '独自 運用体制',
    '日本語による24時間の問い合わせ窓口',
    `'=HYPERLINK("http://example.com","窓口")`,
    '任意',
    '8'
  ]);
  expect(rows.slice(header + 1).filter((r) => r[0]).length).toBe(presetCount + 2);
  expect(Object.values(sheet).some((cell) => typeof cell === 'object' && cell && 'f' in cell)).toBe(false);

  const sjis = await download(page, 'CSV（Shift_JIS）で保存');
  expect([...sjis.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  const csvText = new TextDecoder('shift_jis').decode(sjis);
  expect(csvText.split('\r\n')[0]).toBe(
    '番号,分野,要件名,要件の内容,区分,配点,対象,受け入れる証跡,対応する管理策'
  );
  expect(csvText).toContain('日本語による24時間の問い合わせ窓口');
  const utf8 = await download(page, 'CSV（UTF-8 BOM付き）で保存');
  expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(pageErrors).toEqual([]);
});

test('the demo procurement has a locked specification', async ({ page }) => {
  const list = new ProcurementListPage(page);
  await list.open();
  await page.getByRole('button', { name: 'デモ案件を読み込む' }).click();
  await page.getByRole('link', { name: /デモ/ }).click();
  await stageLink(page, '評価基準確定').click();
  await expect(page.getByTestId('criteria-state')).toHaveText('確定済み（第 1 版）');
  await expect(page.getByTestId('criteria-hash')).toHaveText(/^[0-9a-f]{64}$/);
});
