// Journey (stages 4–5): three evaluators grade three vendors blind; split verdicts are flagged; the
// chair records a consensus and closes the technical evaluation; bids are entered; the ranking
// equals the one computed by hand below; an explanation shows its inputs; the charts draw; the
// memo prints.
//
// Hand computation (加算方式 standard, P = 50, C = 10,000,000, floor at 2 decimals, default rubric):
//   甲社: M pass×3; S1 A A B → 30 × 11/12 = 27.5; S2 B B B → 15; 技術点 52.50; bid 8,000,000 → 10.00; 62.50
//   乙社: M pass pass fail (2 of 3: pass, flagged); S1 B B B → 22.5; S2 A A B → 20 × 11/12 = 18.333…;
//         技術点 50.83; bid 7,000,000 → 15.00; 65.83
//   丙社: M fail fail pass (1 of 3: fail, flagged) → consensus 適合; S1 C C C → 15; S2 C C C → 10;
//         技術点 35.00; bid 9,000,000 → 5.00; 40.00
//   Ranking: 乙社 65.83, 甲社 62.50, 丙社 40.00.
import {
  EVALUATORS,
  VENDORS,
  gradeAndSubmit,
  optionOf,
  setUpCommittee,
  stageLink,
  type Vendor
} from './committee';
import { expect, test } from './fixtures';
import { openPriceOpening } from './pages';

test('three evaluators grade blind, the chair settles a split verdict, closes, opens the bids; the ranking is the hand-computed one', async ({
  page,
  pageErrors,
  a11y
}) => {
  test.setTimeout(240_000);
  await setUpCommittee(page);
  await stageLink(page, '評価').click();

  // Blind: the first evaluator sees nobody else's grades; the second, before submitting, neither.
  await gradeAndSubmit(page, 0);
  await page.getByLabel('採点する評価者').selectOption({ label: optionOf(1) });
  await expect(page.getByText(`${EVALUATORS[0]}: 甲社 の M-1 は pass`)).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: '他の評価者（提出済み）' })).toHaveCount(0);
  await a11y('grading sheet');
  await gradeAndSubmit(page, 1);
  // Once submitted, the grades of those who submitted appear.
  await page.getByLabel('事業者', { exact: true }).selectOption({ label: '甲社' });
  await expect(page.getByText(`${EVALUATORS[0]}: 甲社 の M-1 は pass`)).toBeVisible();
  await gradeAndSubmit(page, 2);

  // Nor can the audit trail be read for grades before the technical lock: their details are sealed.
  await page.getByRole('link', { name: '監査ログ' }).click();
  const audit = page.getByRole('table', { name: '監査ログ（新しい順）' });
  await expect(audit.getByText('採点の内容は技術評価の締切り後に表示されます').first()).toBeVisible();
  await expect(audit.getByText(`${EVALUATORS[0]}: 甲社 の M-1 は pass`)).toHaveCount(0);
  await stageLink(page, '評価').click();

  // The chair: the two split verdicts are flagged; a consensus settles 丙社's.
  await page.getByLabel('採点する評価者').selectOption({ label: optionOf(0) });
  const flags = page.locator('ul.flags > li');
  await expect(flags).toHaveCount(2);
  await expect(flags.filter({ hasText: '乙社' })).toContainText('判定が割れています');
  const third = flags.filter({ hasText: '丙社' });
  await expect(third).toContainText('判定が割れています');
  await third.getByLabel('合議結果').selectOption('pass');
  await third
    .getByLabel('合議の理由')
    .fill('提案書の追加資料により多要素認証の実装を確認したため適合とする。');
  await third.getByRole('button', { name: '合議結果を記録' }).click();
  await expect(page.locator('ul.flags > li').filter({ hasText: '丙社' })).toContainText('合議結果あり');
  // A consensus may be recorded for an item that was not flagged too (here equal to the mean: B B B → B).
  await page.getByLabel('合議する事業者').selectOption({ label: '甲社' });
  await page.getByLabel('合議する要件').selectOption({ label: 'S-2 障害時の連絡体制' });
  const other = page.locator('ul.flags > li').filter({ hasText: '甲社 — S-2' });
  await other.getByLabel('合議結果').selectOption('B');
  await other.getByLabel('合議の理由').fill('三者とも B で一致していることを確認した。');
  await other.getByRole('button', { name: '合議結果を記録' }).click();
  await expect(page.locator('ul.flags > li').filter({ hasText: '甲社 — S-2' })).toContainText('合議結果あり');

  // Bids cannot be entered before the technical lock; then the lock, recorded.
  await expect(page.getByRole('heading', { name: '開札: 入札価格と入札の状態' })).toHaveCount(0);
  await page.getByRole('button', { name: '技術評価を締め切る' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '技術評価を締め切る' }).click();
  await expect(page.getByText('技術評価は締め切られています。')).toBeVisible();

  // Price opening, the 評価 stage's own step (開札): 千円 and 円 both accepted, stored in 円; the amounts
  // are the 税込 the criteria evaluate.
  await openPriceOpening(page, optionOf(0));
  const bids: Record<Vendor, string> = { 甲社: '8,000,000', 乙社: '7000', 丙社: '9,000,000' };
  await page.getByLabel('税込', { exact: true }).check();
  for (const vendor of VENDORS) {
    const row = page.locator('ul.bids > li').filter({ hasText: vendor });
    if (vendor === '乙社') await page.getByLabel('千円').check();
    else await page.getByLabel('円', { exact: true }).check();
    await row.getByLabel('入札価格').fill(bids[vendor]);
    await row.getByRole('button', { name: '記録', exact: true }).click();
    await expect(page.locator('ul.bids > li').filter({ hasText: vendor })).toContainText('記録済み');
  }
  await expect(page.locator('ul.bids > li').filter({ hasText: '乙社' })).toContainText('7,000,000');
  await a11y('price opening');

  await page.getByRole('link', { name: '結果を見る' }).click();
  await expect(page.getByRole('heading', { name: '結果', exact: true })).toBeVisible();
  const ranking = page.getByRole('table', { name: /順位/ });
  const rows = ranking.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('乙社');
  await expect(rows.nth(0)).toContainText('50.83');
  await expect(rows.nth(0)).toContainText('15.00');
  await expect(rows.nth(0)).toContainText('65.83');
  await expect(rows.nth(1)).toContainText('甲社');
  await expect(rows.nth(1)).toContainText('62.50');
  await expect(rows.nth(2)).toContainText('丙社');
  await expect(rows.nth(2)).toContainText('40.00');

  // Explain: 乙社's 価格点 shows its formula with the inputs, and 技術点 goes down to each grade.
  await page.getByRole('button', { name: '乙社 の価格点 15.00 の計算を表示' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('explain-filled')).toContainText('7,000,000');
  await expect(dialog.getByTestId('explain-filled')).toContainText('10,000,000');
  await expect(dialog.getByTestId('explain-filled')).toContainText('15');
  await dialog.getByRole('button', { name: '閉じる' }).click();
  await page.getByRole('button', { name: '甲社 の技術点 52.50 の計算を表示' }).click();
  await dialog.getByRole('button', { name: '加点 の計算を表示' }).click();
  await dialog.getByRole('button', { name: /S-1.*の計算を表示/ }).click();
  await expect(dialog).toContainText('佐藤 花子');
  await expect(dialog).toContainText(`${EVALUATORS[2]}: 甲社 の S-1 は B`);
  await expect(dialog).toContainText('27.5');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The charts draw on their canvases (pixels painted), and the page stays accessible.
  const canvases = page.locator('canvas');
  await expect.poll(() => canvases.count()).toBeGreaterThanOrEqual(3);
  await expect
    .poll(() =>
      canvases.evaluateAll((list) =>
        list.every((c) => {
          const canvas = c as HTMLCanvasElement;
          const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
          return canvas.width > 0 && !!data && data.some((v, i) => i % 4 === 3 && v > 0);
        })
      )
    )
    .toBe(true);
  await a11y('results');

  // The decision memo names the selected vendor and prints (print CSS hides the app's chrome).
  await page.getByRole('link', { name: '選定理由書（案）を開く' }).click();
  const memo = page.getByRole('article', { name: '選定理由書（案）' });
  await expect(memo).toContainText('乙社');
  await expect(memo).toContainText('65.83');
  await a11y('memo');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: '印刷' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '印刷' })).toBeHidden();
  await expect(memo).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  expect(pageErrors).toEqual([]);
});
