// Journey: a buyer whose 評価手順書 gives each level of an item a number of points (優 10 · 良 5 ·
// 可 0) and whose 落札者決定基準 excludes a bidder below 20 技術点, or graded 可 on S-2, sets the
// criteria as written, grades, and finds on the results page the exclusion with its reasons, the
// bidder exactly at the minimum ranked, and the item's points as written in the explanation.
import { expect, test } from './fixtures';
import { stageLink } from './committee';
import { lockCriteria, ProcurementListPage } from './pages';
import type { Page } from '@playwright/test';

const TITLE = '段階別配点の検証調達';
const EVALUATOR = '山田 太郎';
/** [M-1, S-1, S-2] per vendor: 甲社 10 + 10 + 20 = 40; 乙社 10 + 5 + 0 = 15; 丙社 10 + 0 + 10 = 20. */
const GRADES = {
  甲社: ['pass', '優', '優'],
  乙社: ['pass', '良', '可'],
  丙社: ['pass', '可', '良']
} as const;
const LEVELS = [
  ['優', '優れている', '1'],
  ['良', '普通', '0.5'],
  ['可', '不十分', '0']
] as const;

async function addRequirement(
  page: Page,
  ref: string,
  title: string,
  kind: '必須' | '任意',
  points: string,
  options: { levels?: string[]; exclude?: boolean } = {}
) {
  const custom = page.getByRole('region', { name: '独自の要件を追加' });
  await custom.getByLabel('番号').fill(ref);
  await custom.getByLabel('要件名').fill(title);
  await custom.getByLabel('要件の内容（事業者への質問）').fill(`${title}について記載すること。`);
  await custom.getByLabel('区分').selectOption({ label: kind });
  await custom.getByLabel(kind === '必須' ? '基礎点' : '配点').fill(points);
  if (options.levels) {
    await custom.getByLabel('段階ごとの点数で定める').check();
    for (const [i, [code, label]] of LEVELS.entries()) {
      await custom.getByLabel(`${code} ${label} の点数`).fill(options.levels[i]!);
    }
  }
  if (options.exclude)
    await custom.getByLabel('最低の段階と評価された者は除外する（評価項目の足切り）').check();
  await custom.getByRole('button', { name: '要件を追加' }).click();
  await expect(page.getByRole('table', { name: '要件一覧' }).getByText(title)).toBeVisible();
}

test('points per level as written, a 技術点 minimum and an item threshold exclude with their reasons', async ({
  page,
  pageErrors
}) => {
  test.setTimeout(180_000);
  const list = new ProcurementListPage(page);
  await list.open();
  await list.create(TITLE);
  await page.getByRole('link', { name: TITLE }).click();

  // The criteria: a three-level rubric 優 · 良 · 可, no price, 技術点 below 20 excluded.
  await stageLink(page, '評価基準確定').click();
  await page.getByRole('button', { name: '5 段階目を削除' }).click();
  await page.getByRole('button', { name: '4 段階目を削除' }).click();
  for (const [i, [code, label, factor]] of LEVELS.entries()) {
    await page.getByLabel(`${i + 1} 段階目の記号`).fill(code);
    await page.getByLabel(`${i + 1} 段階目の日本語ラベル`).fill(label);
    await page.getByLabel(`${i + 1} 段階目の係数`).fill(factor);
  }
  await page.getByLabel('なし（価格を評価しない）').check();
  await page.getByLabel('技術点の最低点（任意）').fill('20');
  await page.getByRole('button', { name: '採点方法を保存' }).click();
  await expect(page.getByText('保存しました。')).toBeVisible();

  // The items: S-1 in points per level as the procedure writes them; a level above the points is refused.
  await stageLink(page, '仕様作成').click();
  await addRequirement(page, 'M-1', '管理者の多要素認証', '必須', '10');
  const custom = page.getByRole('region', { name: '独自の要件を追加' });
  await custom.getByLabel('番号').fill('S-1');
  await custom.getByLabel('要件名').fill('運用の有効性の保証');
  await custom.getByLabel('要件の内容（事業者への質問）').fill('運用の有効性の保証について記載すること。');
  await custom.getByLabel('配点').fill('10');
  await custom.getByLabel('段階ごとの点数で定める').check();
  await custom.getByLabel('優 優れている の点数').fill('10');
  await custom.getByLabel('良 普通 の点数').fill('12');
  await custom.getByLabel('可 不十分 の点数').fill('0');
  await custom.getByRole('button', { name: '要件を追加' }).click();
  await expect(custom.getByRole('alert')).toContainText('各段階の点数は0以上、配点以下の数にしてください。');
  await custom.getByLabel('良 普通 の点数').fill('5');
  await custom.getByRole('button', { name: '要件を追加' }).click();
  const requirements = page.getByRole('table', { name: '要件一覧' });
  await expect(requirements.getByText('運用の有効性の保証')).toBeVisible();
  await expect(requirements.getByText('段階別配点 優 10 / 良 5 / 可 0')).toBeVisible();
  await addRequirement(page, 'S-2', '障害時の連絡体制', '任意', '20', { exclude: true });
  await expect(requirements.getByText('最低段階で除外')).toBeVisible();

  await stageLink(page, '評価基準確定').click();
  await lockCriteria(page);
  await expect(page.getByTestId('criteria-state')).toHaveText('確定済み（第 1 版）');

  await page.getByRole('link', { name: '案件の設定' }).click();
  await page.getByLabel('氏名', { exact: true }).fill(EVALUATOR);
  await page.getByRole('button', { name: '評価者を追加' }).click();
  await expect(page.getByLabel('評価者 1 の氏名')).toHaveValue(EVALUATOR);

  await stageLink(page, '回答収集').click();
  for (const name of Object.keys(GRADES)) {
    await page.getByLabel('事業者名', { exact: true }).fill(name);
    await page.getByRole('button', { name: '事業者を追加' }).click();
    await expect(page.getByRole('table', { name: '事業者' }).getByRole('link', { name })).toBeVisible();
  }

  await stageLink(page, '評価').click();
  await page.getByLabel('採点する評価者').selectOption({ label: `${EVALUATOR}（委員長）` });
  for (const [vendor, grades] of Object.entries(GRADES)) {
    await page.getByLabel('事業者', { exact: true }).selectOption({ label: vendor });
    for (const [i, ref] of ['M-1', 'S-1', 'S-2'].entries()) {
      const grade = page.getByLabel(`${ref}・${vendor} の判定・評価段階`);
      await grade.selectOption(grades[i]!);
      await expect(grade).toHaveValue(grades[i]!);
      const rationale = page.getByLabel(`${ref}・${vendor} の評価理由`);
      await rationale.fill(`${vendor} の ${ref} は ${grades[i]}`);
      await rationale.press('Tab');
      await expect(rationale).toHaveValue(`${vendor} の ${ref} は ${grades[i]}`);
    }
  }
  await page.getByRole('button', { name: '採点を提出する' }).click();
  await expect(page.getByText('提出済みです。')).toBeVisible();
  await page.getByRole('button', { name: '技術評価を締め切る' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '技術評価を締め切る' }).click();
  await expect(page.getByText('技術評価は締め切られています。')).toBeVisible();

  // Results: 乙社 excluded with both reasons; 丙社 exactly at the minimum is ranked.
  await stageLink(page, '結果').click();
  const ranking = page.getByRole('table', { name: '順位表' });
  const row = (vendor: string) => ranking.locator('tbody tr').filter({ hasText: vendor });
  await expect(row('乙社')).toContainText('技術点が最低点（20点）に満たない');
  await expect(row('乙社')).toContainText('評価項目 S-2 が最低の段階（足切り）');
  await expect(row('甲社').getByRole('button', { name: /甲社 の技術点 40\.00 の計算を表示/ })).toBeVisible();
  await expect(row('丙社').getByRole('button', { name: /丙社 の技術点 20\.00 の計算を表示/ })).toBeVisible();
  await expect(row('丙社')).not.toContainText('最低点');
  await expect(row('甲社').locator('td').first()).toHaveText('1 位');
  await expect(row('丙社').locator('td').first()).toHaveText('2 位');

  // The explanation of 乙社's S-1: the mean of the level points as written.
  await row('乙社')
    .getByRole('button', { name: /乙社 の技術点 15\.00 の計算を表示/ })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '加点 の計算を表示' }).click();
  await dialog.getByRole('button', { name: /^S-1 運用の有効性の保証 の計算を表示/ }).click();
  await expect(dialog.getByTestId('explain-level-points')).toHaveText('段階別配点: 優 10 / 良 5 / 可 0');
  await expect(dialog.getByText('良（5点）')).toBeVisible();

  expect(pageErrors).toEqual([]);
});
