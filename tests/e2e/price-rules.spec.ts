// Journey (stage 2, issue 17 (d)): choose the floor-price formula and a rounding per figure, see the
// preview fill them with example numbers and state each figure's rounding, see 予定価格 become
// optional for the lowest-bid ratio, and read every setting's formula on the help page.
import { expect, test } from './fixtures';
import { ProcurementListPage } from './pages';

const TITLE = '価格点の算定式の確認（令和9年度）';

test('the price formulas and per-figure rounding are set with a live example, and documented', async ({
  page,
  pageErrors,
  a11y
}) => {
  const list = new ProcurementListPage(page);
  await list.open();
  await list.create(TITLE);
  await page.getByRole('link', { name: TITLE }).click();
  await page
    .getByRole('navigation', { name: '評価の段階' })
    .getByRole('link', { name: /^\d+\s*評価基準確定\s/ })
    .click();

  const preview = page.getByTestId('formula-preview');
  await page.getByLabel(/^基礎価格方式/).check();
  await page.getByLabel('予定価格（円）').fill('10,000,000');
  await page.getByLabel('基礎価格 F（円）').fill('6,000,000');
  // 50 × [1 − (8,000,000 − 6,000,000) ÷ (10,000,000 − 6,000,000)] = 25.00
  await expect(preview).toContainText(
    '(8,000,000円 − 6,000,000円) ÷ (10,000,000円 − 6,000,000円)] = 25.00 点'
  );

  // 価格点 rounded half up to an integer, while the others keep the common rule.
  await page.getByLabel('価格点の端数処理').selectOption('halfUp');
  await page.getByLabel('価格点の小数点以下の桁数').fill('0');
  const rules = page.getByTestId('rounding-rules');
  await expect(rules).toContainText('価格点: 小数点以下の端数を四捨五入');
  await expect(rules).toContainText('技術点: 小数点以下第2位未満の端数を切捨て');
  await expect(preview).toContainText('= 25 点（小数点以下の端数を四捨五入）');
  await page.getByRole('button', { name: '採点方法を保存' }).click();
  await expect(page.getByText('保存しました。')).toBeVisible();
  await a11y('criteria page with the floor-price formula');

  // The lowest-bid ratio reads no 予定価格: the field says it is optional.
  await page.getByLabel(/^最低価格比/).check();
  await expect(
    page.getByText('この方式では予定価格を計算に使わないため、入力は任意です。', { exact: false })
  ).toBeVisible();

  // The help page lists every setting with its formula.
  await page.locator('#main').getByRole('link', { name: '評価方法の説明', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '評価方法の説明' })).toBeVisible();
  const help = page.getByTestId('help-scoring-settings');
  await expect(help.getByRole('row', { name: /floorPrice/ })).toContainText('P × [1 − (b − F) ÷ (C − F)]');
  await expect(help.getByRole('row', { name: /rounding\.itemMeanMode/ })).toContainText('評価手順書');
  await a11y('help page');
  expect(pageErrors).toEqual([]);
});
