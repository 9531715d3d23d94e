// The checks before the criteria lock: a duplicate requirement and a 技術点:価格点 that differs from
// the ratio the procurement states are listed; the lock proceeds only once the duplicate is kept
// with a written reason, which the audit log records.
import { expect, test } from './fixtures';
import { addRequirement, stageLink } from './committee';
import { ProcurementListPage } from './pages';

const TITLE = '確定前確認の検証調達';
const REASON = '報告の対象が本番環境と検証環境で異なるため両方必要';

test('the lock lists a duplicate and a wrong ratio, and proceeds only after a reason', async ({
  page,
  a11y
}) => {
  // A whole journey from an empty database: procurement, three requirements, settings, lock, audit.
  test.setTimeout(120_000);
  const list = new ProcurementListPage(page);
  await list.open();
  await list.create(TITLE);
  await page.getByRole('link', { name: TITLE }).click();

  // 100 technical points (10 + 40 + 50); S-2 repeats S-1 in full-width letters.
  await stageLink(page, '仕様作成').click();
  await addRequirement(page, 'M-1', '管理者の多要素認証', '必須', '10');
  await addRequirement(page, 'S-1', 'SLAの報告', '任意', '40');
  await addRequirement(page, 'S-2', 'ＳＬＡの報告', '任意', '50');

  // The procurement states 技術点:価格点 = 1:1; the criteria give 100:50.
  await stageLink(page, '評価基準確定').click();
  await page.getByLabel('予定価格（円）').fill('10,000,000');
  await page.getByLabel('比率（技術点）').fill('1');
  await page.getByLabel('比率（価格点）').fill('1');
  await page.getByRole('button', { name: '採点方法を保存' }).click();
  await expect(page.getByText('保存しました。')).toBeVisible();

  await page.getByRole('button', { name: '評価基準を確定する' }).click();
  const dialog = page.getByRole('dialog', { name: '評価基準の確定前の確認' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('lock-summary')).toContainText('技術点の満点: 100');
  await expect(dialog.getByTestId('lock-ratio')).toHaveText('技術点:価格点 = 100:50 = 2:1');
  await expect(dialog.getByTestId('lock-warnings')).toContainText('調達で定めた比率 1:1');
  await expect(dialog.getByTestId('lock-duplicate')).toHaveCount(1);
  await expect(dialog.getByTestId('lock-duplicate')).toContainText('S-1 と S-2');
  await a11y('criteria lock checks', { include: ['dialog'] });

  const confirm = dialog.getByRole('button', { name: 'この内容で確定する' });
  await expect(confirm).toBeDisabled();
  const reason = dialog.getByLabel('S-1 と S-2 を両方残す理由');
  await reason.fill('必要');
  await expect(confirm).toBeDisabled();
  await reason.fill(REASON);
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('criteria-state')).toHaveText('確定済み（第 1 版）');

  // The kept duplicate and its reason are in the lock's audit entry.
  await page.getByRole('link', { name: '監査ログ' }).click();
  await expect(page.getByRole('row').filter({ hasText: REASON })).toHaveCount(1);
});

test('the help page states which checks block the lock', async ({ page }) => {
  await page.goto('/help/#lock-checks');
  await expect(page.getByRole('heading', { level: 1, name: '評価方法の説明' })).toBeVisible();
  const section = page.getByRole('region', { name: '確定前の確認' });
  await expect(section).toContainText('確定できない点');
  await expect(section).toContainText('基準評価値');
});
