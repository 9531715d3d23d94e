// A small committee procurement built through the UI from an empty database (three requirements,
// three evaluators, three vendors, criteria locked with a ceiling of 10,000,000), and one
// evaluator's grading of every cell; shared by the evaluation journeys.
import { expect } from './fixtures';
import { lockCriteria, ProcurementListPage } from './pages';
import type { Page } from '@playwright/test';

export const TITLE = '評価手順の検証調達';
export const VENDORS = ['甲社', '乙社', '丙社'] as const;
export const EVALUATORS = ['高橋 一郎', '佐藤 花子', '鈴木 健'] as const;
/** The first evaluator added is the chair. */
export const optionOf = (i: number) => `${EVALUATORS[i]}（${i === 0 ? '委員長' : '委員'}）`;
export type Vendor = (typeof VENDORS)[number];

/** Grades per evaluator (index) and vendor: [M, S1, S2]. */
const GRADES: Record<Vendor, [string, string, string][]> = {
  甲社: [
    ['pass', 'A', 'B'],
    ['pass', 'A', 'B'],
    ['pass', 'B', 'B']
  ],
  乙社: [
    ['pass', 'B', 'A'],
    ['pass', 'B', 'A'],
    ['fail', 'B', 'B']
  ],
  丙社: [
    ['fail', 'C', 'C'],
    ['fail', 'C', 'C'],
    ['pass', 'C', 'C']
  ]
};
const REFS = ['M-1', 'S-1', 'S-2'] as const;

export function stageLink(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: '評価の段階' })
    .getByRole('link', { name: new RegExp(`^\\d+\\s*${name}\\s`) });
}

export async function addRequirement(
  page: Page,
  ref: string,
  title: string,
  kind: '必須' | '任意',
  points: string
) {
  const custom = page.getByRole('region', { name: '独自の要件を追加' });
  await custom.getByLabel('番号').fill(ref);
  await custom.getByLabel('分野').fill('検証');
  await custom.getByLabel('要件名').fill(title);
  await custom.getByLabel('要件の内容（事業者への質問）').fill(`${title}について記載すること。`);
  await custom.getByLabel('区分').selectOption({ label: kind });
  await custom.getByLabel(kind === '必須' ? '基礎点' : '配点').fill(points);
  await custom.getByRole('button', { name: '要件を追加' }).click();
  await expect(page.getByRole('table', { name: '要件一覧' }).getByText(title)).toBeVisible();
}

export async function setUpCommittee(page: Page): Promise<void> {
  const list = new ProcurementListPage(page);
  await list.open();
  await list.create(TITLE);
  await page.getByRole('link', { name: TITLE }).click();

  await stageLink(page, '仕様作成').click();
  await addRequirement(page, 'M-1', '管理者の多要素認証', '必須', '10');
  await addRequirement(page, 'S-1', '運用の有効性の保証', '任意', '30');
  await addRequirement(page, 'S-2', '障害時の連絡体制', '任意', '20');

  await stageLink(page, '評価基準確定').click();
  await page.getByLabel('予定価格（円）').fill('10,000,000');
  await page.getByRole('button', { name: '採点方法を保存' }).click();
  await expect(page.getByText('保存しました。')).toBeVisible();
  await lockCriteria(page);
  await expect(page.getByTestId('criteria-state')).toHaveText('確定済み（第 1 版）');

  await page.getByRole('link', { name: '案件の設定' }).click();
  for (const name of EVALUATORS) {
    await page.getByLabel('氏名', { exact: true }).fill(name);
    await page.getByRole('button', { name: '評価者を追加' }).click();
    await expect(page.getByLabel(/^評価者 \d の氏名$/).last()).toHaveValue(name);
  }

  await stageLink(page, '回答収集').click();
  for (const name of VENDORS) {
    await page.getByLabel('事業者名', { exact: true }).fill(name);
    await page.getByRole('button', { name: '事業者を追加' }).click();
    await expect(page.getByRole('table', { name: '事業者' }).getByRole('link', { name })).toBeVisible();
  }
}

/** One evaluator grades every vendor on every requirement, with a rationale, and submits. */
export async function gradeAndSubmit(page: Page, evaluator: number, { choose = true } = {}): Promise<void> {
  if (choose) await page.getByLabel('採点する評価者').selectOption({ label: optionOf(evaluator) });
  for (const vendor of VENDORS) {
    await page.getByLabel('事業者', { exact: true }).selectOption({ label: vendor });
    const grades = GRADES[vendor][evaluator]!;
    for (const [i, ref] of REFS.entries()) {
      const grade = page.getByLabel(`${ref}・${vendor} の判定・評価段階`);
      const value = grades[i]!;
      await grade.selectOption(value);
      await expect(grade).toHaveValue(value);
      const rationale = page.getByLabel(`${ref}・${vendor} の評価理由`);
      await rationale.fill(`${EVALUATORS[evaluator]}: ${vendor} の ${ref} は ${value}`);
      await rationale.press('Tab');
      await expect(rationale).toHaveValue(`${EVALUATORS[evaluator]}: ${vendor} の ${ref} は ${value}`);
    }
  }
  await expect(page.getByRole('progressbar', { name: `${EVALUATORS[evaluator]} の採点` })).toHaveJSProperty(
    'value',
    9
  );
  await page.getByRole('button', { name: '採点を提出する' }).click();
  await expect(page.getByText('提出済みです。')).toBeVisible();
}
