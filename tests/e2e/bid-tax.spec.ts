// Journey (issue 13): a bid written 税抜 on the 入札書, typed in 千円 with a decimal, against the demo's
// 税込 evaluation (消費税率 10 %). Price opening asks which basis the amount is on, shows it on both,
// and the 価格点 on the results page is the one of the converted bid, computed here from the inputs:
//   b(税込) = ⌊typed × 110 ÷ 100⌋ (円未満切捨て);  価格点 = ⌊P × (1 − b ÷ C) × 100⌋ ÷ 100 (floor, 2 decimals).
import { expect, test } from './fixtures';
import { openPriceOpening, ProcurementListPage } from './pages';

const DEMO = '文書管理・電子決裁SaaSの調達（令和9年度・デモ）';
const VENDOR = '株式会社アオバクラウド';
/** The demo's price allocation (加算方式 standard, the default P). */
const ALLOCATION = 50;

const grouped = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+$)/g, ',');

test('a bid typed 税抜 in 千円 against a 税込 evaluation is converted, shown on both bases, and priced converted', async ({
  page,
  pageErrors,
  a11y
}) => {
  test.setTimeout(180_000);
  const list = new ProcurementListPage(page);
  await list.open();
  await page.getByRole('button', { name: 'デモ案件を読み込む' }).click();
  await page.getByRole('link', { name: DEMO }).click();
  // The chair (the demo's first evaluator) opens the prices, in the 評価 stage's 開札 step.
  await openPriceOpening(page, '高橋 一郎（委員長）');

  // The ceiling C as the page states it (the demo's 予定価格, 税込).
  const stated = await page.getByText(/予定価格 [\d,]+円（税込）/).textContent();
  const ceiling = BigInt(/予定価格 ([\d,]+)円/.exec(stated ?? '')![1]!.replace(/,/g, ''));

  // 28,000.5 千円 税抜 = 28,000,500 円; 税込 = ⌊28,000,500 × 110 ÷ 100⌋.
  const typedText = '28,000.5';
  const typedYen = 28_000_500n;
  const included = (typedYen * 110n) / 100n;
  const pricePoints = (BigInt(ALLOCATION) * 100n * (ceiling - included)) / ceiling;
  const expected = `${pricePoints / 100n}.${(pricePoints % 100n).toString().padStart(2, '0')}`;
  // Read as 税込 instead, the same figure would give another 価格点: the basis matters here.
  const misread = (BigInt(ALLOCATION) * 100n * (ceiling - typedYen)) / ceiling;
  expect(misread).not.toBe(pricePoints);

  await page.getByLabel('千円').check();
  const row = page.locator('ul.bids > li').filter({ hasText: VENDOR });
  await row.getByLabel('入札価格').fill(typedText);
  // The basis is asked, not assumed: saving without it is refused with a message.
  await row.getByRole('button', { name: '記録', exact: true }).click();
  await expect(row.getByRole('alert')).toHaveText('入札書の金額が税込か税抜かを選んでください。');
  await page.getByLabel('税抜', { exact: true }).check();
  // While typing, the amount on both bases and the one evaluated.
  await row.getByLabel('入札価格').fill(typedText);
  await expect(row).toContainText(`税抜 ${grouped(typedYen)}円・税込 ${grouped(included)}円`);
  await row.getByRole('button', { name: '記録', exact: true }).click();
  await expect(row).toContainText(`記録済み: ${typedText}千円（税抜）`);
  await expect(row).toContainText(`評価に用いる入札価格: ${grouped(included)}円（税込）`);
  await a11y('price opening with a tax basis');

  await page.getByRole('link', { name: '結果を見る' }).click();
  await expect(page.getByRole('heading', { name: '結果', exact: true })).toBeVisible();
  await expect(
    page.getByRole('button', { name: `${VENDOR} の価格点 ${expected} の計算を表示` })
  ).toBeVisible();
  await page.getByRole('button', { name: `${VENDOR} の価格点 ${expected} の計算を表示` }).click();
  await expect(page.getByRole('dialog').getByTestId('explain-filled')).toContainText(grouped(included));
  expect(pageErrors).toEqual([]);
});
