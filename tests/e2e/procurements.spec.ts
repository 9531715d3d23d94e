// Journey: a security officer creates, reopens, renames, duplicates and deletes procurements.
import { expect, test } from './fixtures';
import { ProcurementListPage } from './pages';

test('a new procurement is still there after a reload, and can be renamed, duplicated and deleted', async ({
  page,
  pageErrors,
  a11y
}) => {
  const list = new ProcurementListPage(page);
  await list.open();
  await expect(page.getByRole('button', { name: 'デモ案件を読み込む' })).toBeVisible();
  await a11y('empty procurement list');

  await page.getByRole('button', { name: '作成' }).click();
  await expect(page.getByText('案件名を入力してください。')).toBeVisible();

  await list.create('庁内ファイル共有SaaSの調達');
  await page.reload();
  await expect(list.row('庁内ファイル共有SaaSの調達')).toBeVisible();
  await a11y('procurement list');

  await list.action('庁内ファイル共有SaaSの調達', '名前の変更');
  const rename = page.getByRole('dialog', { name: '案件名の変更' });
  await rename.getByRole('textbox', { name: '案件名' }).fill('庁内ファイル共有SaaSの調達（令和9年度）');
  await rename.getByRole('button', { name: '保存' }).click();
  await expect(list.row('庁内ファイル共有SaaSの調達（令和9年度）')).toBeVisible();

  await list.action('庁内ファイル共有SaaSの調達（令和9年度）', '複製');
  await expect(list.row('庁内ファイル共有SaaSの調達（令和9年度）（複製）')).toBeVisible();
  expect(await list.titles()).toHaveLength(2);

  // Cancelling the confirmation deletes nothing.
  await list.action('庁内ファイル共有SaaSの調達（令和9年度）', '削除');
  await page.getByRole('dialog', { name: '調達案件の削除' }).getByRole('button', { name: '取消' }).click();
  expect(await list.titles()).toHaveLength(2);

  await list.delete('庁内ファイル共有SaaSの調達（令和9年度）');
  await page.reload();
  await expect(page.getByRole('rowheader')).toHaveText(['庁内ファイル共有SaaSの調達（令和9年度）（複製）']);
  expect(pageErrors).toEqual([]);
});

test.describe('first visit', () => {
  test.use({ firstRun: true });

  test('loads the demo procurement once, and not again after it is deleted', async ({ page, pageErrors }) => {
    const list = new ProcurementListPage(page);
    await list.open();
    const demoTitle = '文書管理・電子決裁SaaSの調達（令和9年度・デモ）';
    await expect(list.row(demoTitle)).toBeVisible();
    await expect(list.row(demoTitle)).toContainText('要件 10・事業者 3・評価者 3');
    await list.delete(demoTitle);
    await page.reload();
    await expect(page.getByRole('button', { name: 'デモ案件を読み込む' })).toBeVisible();
    await expect(page.getByRole('rowheader')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });
});
