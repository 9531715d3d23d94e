// The answers page of a demo vendor, for the stage-3 journeys. The demo procurement's technical
// evaluation is closed, so its answers are frozen; a journey that changes answers works on a copy
// of the demo (a copy is a new procurement to evaluate, without the technical lock).
import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { lockCriteria, ProcurementListPage } from './pages';

export const DEMO_TITLE = '文書管理・電子決裁SaaSの調達（令和9年度・デモ）';
export const VENDOR = 'ミナト情報システム株式会社';

/** Opens VENDOR's answers: on the demo itself, or (`draft`) on a fresh copy of it. */
export async function openAnswers(page: Page, { draft = false } = {}): Promise<void> {
  const list = new ProcurementListPage(page);
  await list.open();
  await page.getByRole('button', { name: 'デモ案件を読み込む' }).click();
  await expect(list.row(DEMO_TITLE)).toBeVisible();
  let title = DEMO_TITLE;
  if (draft) {
    await list.action(DEMO_TITLE, '複製');
    title = `${DEMO_TITLE}（複製）`;
    await expect(list.row(title)).toBeVisible();
  }
  await list.row(title).getByRole('link', { name: title, exact: true }).click();
  const stages = page.getByRole('navigation', { name: '評価の段階' });
  if (draft) {
    // A copy starts with its criteria open; answers are taken once they are locked.
    await stages.getByRole('link', { name: /^\d+\s*評価基準確定\s/ }).click();
    await lockCriteria(page);
    await expect(page.getByTestId('criteria-state')).toHaveText('確定済み（第 1 版）');
  }
  await stages.getByRole('link', { name: /^\d+\s*回答収集\s/ }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: VENDOR }) });
  await row.getByRole('link', { name: /回答済み/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${VENDOR} の回答` })).toBeVisible();
}

export async function downloadPack(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click()
  ]);
  return readFile((await file.path())!);
}

export function answerSelect(page: Page, ref: string) {
  return page.getByRole('combobox', { name: `${ref} の回答` });
}
