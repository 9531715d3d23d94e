// Journey: the chair gives an evaluator a package; the evaluator opens it in Sentei in a second,
// empty browser (their own PC), grades and submits there, and sends back a grades file; the chair
// merges it. A grades file changed after export is refused and changes nothing.
import { readFile } from 'node:fs/promises';
import { EVALUATORS, gradeAndSubmit, optionOf, setUpCommittee, stageLink } from './committee';
import { expect, test } from './fixtures';
import type { Download, Page } from '@playwright/test';

async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { file, text: await readFile((await file.path())!, 'utf8') };
}

test('an evaluator package goes out, is graded in another browser, and comes back merged', async ({
  page,
  browser,
  pageErrors,
  a11y
}) => {
  test.setTimeout(240_000);
  await setUpCommittee(page);
  await stageLink(page, '評価').click();
  await page.getByLabel('採点する評価者').selectOption({ label: optionOf(0) });
  const panel = page.getByRole('region', { name: '評価者パッケージ（各評価者の端末での採点）' });
  const pack = await download(page, () =>
    panel.getByRole('button', { name: `${EVALUATORS[1]} の評価者パッケージを書き出す` }).click()
  );
  expect(pack.file.suggestedFilename()).toMatch(/\.json$/);
  const data = JSON.parse(pack.text) as { type: string };
  expect(data.type).toBe('sentei.evaluatorPackage');
  await a11y('chair with the package panel');

  // The evaluator's own PC: a browser with nothing stored.
  const other = await browser.newContext({
    baseURL: new URL(page.url()).origin,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo'
  });
  await other.addInitScript(() => window.localStorage.setItem('sentei.firstRun', 'done'));
  const evaluatorPage = await other.newPage();
  const errors: string[] = [];
  evaluatorPage.on('pageerror', (e) => errors.push(String(e)));
  await evaluatorPage.goto('/');
  await expect(evaluatorPage.getByText('調達案件はまだありません')).toBeVisible();
  await evaluatorPage.getByLabel('評価者パッケージを開く').setInputFiles({
    name: pack.file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(pack.text)
  });
  await evaluatorPage.getByRole('button', { name: 'この内容で開く' }).click();
  await expect(evaluatorPage).toHaveURL(/\/procurement\/evaluate\//);
  const banner = evaluatorPage.getByRole('region', { name: '評価者パッケージから開いた案件' });
  await expect(banner).toContainText(EVALUATORS[1]);
  // This PC asks who operates it: returning the grades file is refused until a name is set.
  const operatorForm = evaluatorPage.getByRole('region', { name: '操作者（この端末で操作する人）' });
  await operatorForm.getByLabel('操作者の氏名').fill(EVALUATORS[1]);
  await operatorForm.getByRole('button', { name: '操作者を保存' }).click();
  await expect(evaluatorPage.getByText(`操作者: ${EVALUATORS[1]}`)).toBeVisible();
  // Only this evaluator's sheet: no choice of evaluator, no chair's tools, nobody else's grades.
  await expect(evaluatorPage.getByLabel('採点する評価者')).toHaveCount(0);
  await expect(evaluatorPage.getByRole('button', { name: '技術評価を締め切る' })).toHaveCount(0);
  await gradeAndSubmit(evaluatorPage, 1, { choose: false });
  const grades = await download(evaluatorPage, () =>
    banner.getByRole('button', { name: '採点ファイルを書き出す' }).click()
  );
  expect((JSON.parse(grades.text) as { type: string }).type).toBe('sentei.evaluatorGrades');
  expect(errors).toEqual([]);
  await other.close();

  // Back at the chair: a grades file altered after export is refused, and nothing changes.
  const altered = grades.text.replace(
    `${EVALUATORS[1]}: 甲社 の S-1 は A`,
    `${EVALUATORS[1]}: 甲社 の S-1 は E`
  );
  expect(altered).not.toBe(grades.text);
  await panel.getByLabel('採点ファイルを取り込む').setInputFiles({
    name: 'altered.json',
    mimeType: 'application/json',
    buffer: Buffer.from(altered)
  });
  await expect(panel.getByRole('alert')).toContainText('書き出し後に変更されています');
  await expect(panel.getByRole('button', { name: '取り込む', exact: true })).toHaveCount(0);

  // The genuine file: previewed, then merged; the evaluator's sheet is submitted at the chair's.
  await panel.getByLabel('採点ファイルを取り込む').setInputFiles({
    name: grades.file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(grades.text)
  });
  await expect(panel).toContainText('新規 9 件');
  await panel.getByRole('button', { name: '取り込む', exact: true }).click();
  await expect(page.getByText(`${EVALUATORS[1]} の採点を取り込みました`)).toBeVisible();
  const status = page.getByRole('table', { name: '評価者ごとの提出状況' });
  await expect(status.getByRole('row').filter({ hasText: EVALUATORS[1] })).toContainText('9 / 9');
  await expect(status.getByRole('row').filter({ hasText: EVALUATORS[1] })).not.toContainText('未提出');
  await expect(panel).toContainText('取り込み済み');

  await page.getByLabel('採点する評価者').selectOption({ label: optionOf(1) });
  await page.getByLabel('事業者', { exact: true }).selectOption({ label: '甲社' });
  await expect(page.getByLabel('S-1・甲社 の判定・評価段階')).toHaveValue('A');
  await expect(page.getByLabel('S-1・甲社 の評価理由')).toHaveValue(`${EVALUATORS[1]}: 甲社 の S-1 は A`);
  await expect(page.getByText('提出済みです。')).toBeVisible();

  await page.getByRole('link', { name: '監査ログ' }).click();
  const rows = page.getByRole('table', { name: '監査ログ（新しい順）' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('採点ファイルの取り込み');
  expect(pageErrors).toEqual([]);
});
