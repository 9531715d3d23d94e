// Journey: open the demo procurement, walk the five stages, edit its settings and evaluators,
// and read the audit trail that records each change under the user's name.
import { expect, test } from './fixtures';
import { ProcurementListPage } from './pages';

const DEMO = '文書管理・電子決裁SaaSの調達（令和9年度・デモ）';

test('the workspace shows the stages, saves settings and evaluators, and audits every change', async ({
  page,
  pageErrors,
  a11y
}) => {
  await page.goto('/settings/');
  await page.getByLabel('操作者の氏名').fill('情報太郎');
  await page.getByLabel('操作者の所属（任意）').fill('情報政策課');
  await page.getByRole('button', { name: '操作者を保存' }).click();
  await expect(page.getByText('操作者を「情報太郎（情報政策課）」として保存しました。')).toBeVisible();
  await a11y('app settings');

  const list = new ProcurementListPage(page);
  await list.open();
  await page.getByRole('button', { name: 'デモ案件を読み込む' }).click();
  await page.getByRole('link', { name: DEMO }).click();

  await expect(page.getByRole('heading', { level: 1, name: DEMO })).toBeVisible();
  // The demo is fully evaluated: collection closed with the technical lock, bids opened.
  await expect(page.getByTestId('current-stage')).toHaveText('結果');
  const stages = page.getByRole('navigation', { name: '評価の段階' });
  await expect(stages.getByRole('listitem')).toHaveText([
    /仕様作成\s*完了/,
    /評価基準確定\s*完了/,
    /回答収集\s*完了/,
    /評価\s*完了/,
    /結果\s*完了/
  ]);
  await a11y('workspace overview');

  for (const [stage, text] of [
    ['仕様作成', 'ISMAP等クラウドサービスリストへの登録'],
    ['評価基準確定', '確定済み（第 1 版）'],
    ['回答収集', 'ミナト情報システム株式会社'],
    ['評価', '高橋 一郎'],
    ['結果', '株式会社アオバクラウド']
  ] as const) {
    await stages.getByRole('link', { name: new RegExp(`^\\d+\\s*${stage}\\s`) }).click();
    await expect(page.getByRole('heading', { level: 2, name: stage })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(text);
    await a11y(`stage ${stage}`);
  }

  await page.getByRole('link', { name: '案件の設定' }).click();
  await page.getByLabel('組織（調達機関）').fill('架空庁 情報政策課');
  await page.getByLabel('契約期間の開始日').fill('2027-04-01');
  await page.getByLabel('契約期間の終了日').fill('2027-03-01');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('契約期間の終了日は開始日より後の日付にしてください。')).toBeVisible();
  await page.getByLabel('契約期間の終了日').fill('2028-03-31');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('保存しました。')).toBeVisible();
  await a11y('procurement settings');

  await page.getByLabel('氏名', { exact: true }).fill('山本 美咲');
  // The demo's technical evaluation is closed: the committee is fixed, its order is not.
  await page.getByRole('button', { name: '評価者を追加' }).click();
  await expect(page.getByText('確定済みのため変更できません。')).toBeVisible();
  await expect(page.getByLabel('評価者 4 の氏名')).toHaveCount(0);
  await page.getByRole('button', { name: '鈴木 健 を上へ' }).click();
  await expect(page.getByLabel('評価者 2 の氏名')).toHaveValue('鈴木 健');

  await page.reload();
  await expect(page.getByLabel('組織（調達機関）')).toHaveValue('架空庁 情報政策課');
  await expect(page.getByLabel('契約期間の終了日')).toHaveValue('2028-03-31');
  await expect(page.getByLabel('評価者 3 の氏名')).toHaveValue('佐藤 花子');

  await page.getByRole('link', { name: '監査ログ' }).click();
  const rows = page.getByRole('table', { name: '監査ログ（新しい順）' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('評価者の並べ替え');
  await expect(rows.nth(1)).toContainText('情報太郎（情報政策課）');
  await expect(rows.nth(2)).toContainText('案件の設定変更');
  await expect(rows.nth(2)).toContainText('架空庁 情報政策課');
  await page.getByRole('button', { name: '改ざん検知を実行' }).click();
  await expect(page.getByRole('status').filter({ hasText: '改ざん検知' })).toContainText('改ざん検知: 正常');
  await a11y('audit trail');
  expect(pageErrors).toEqual([]);
});

test('an unknown procurement id says so and links back', async ({ page, a11y }) => {
  await page.goto('/procurement/?id=does-not-exist');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('調達案件が見つかりません');
  await a11y('not found');
  await page.getByRole('link', { name: '調達案件一覧へ戻る' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '調達案件' })).toBeVisible();
});
