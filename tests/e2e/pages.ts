// Page objects for the journeys: what a user does, by role and label.
import { expect, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export class ProcurementListPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1, name: '調達案件' })).toBeVisible();
  }

  row(title: string) {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }

  async create(title: string): Promise<void> {
    await this.page.getByRole('textbox', { name: '案件名' }).fill(title);
    await this.page.getByRole('button', { name: '作成' }).click();
    await expect(this.row(title)).toBeVisible();
  }

  async action(title: string, name: string): Promise<void> {
    await this.row(title).getByRole('button', { name }).click();
  }

  /** Clicks "back up" on a row and returns the downloaded file's text. */
  async exportOne(title: string): Promise<{ text: string; download: Download }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.action(title, 'バックアップ')
    ]);
    return { text: await readFile((await download.path())!, 'utf8'), download };
  }

  async exportAll(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'すべての案件をバックアップ' }).click()
    ]);
    return readFile((await download.path())!, 'utf8');
  }

  async delete(title: string): Promise<void> {
    await this.action(title, '削除');
    const dialog = this.page.getByRole('dialog', { name: '調達案件の削除' });
    await expect(dialog).toContainText(title);
    await dialog.getByRole('button', { name: '削除する' }).click();
    await expect(this.row(title)).toHaveCount(0);
  }

  async chooseBackup(file: { name: string; mimeType: string; buffer: Buffer } | string): Promise<void> {
    await this.page.getByLabel('バックアップを読み込む').setInputFiles(file);
  }

  async titles(): Promise<string[]> {
    return this.page.getByRole('rowheader').allInnerTexts();
  }
}

/**
 * Locks the criteria on the criteria page: the lock button (「評価基準を確定する」 or, after a
 * reopen, 「変更を確定する（第 n 版）」) opens the checks before the lock; each possible duplicate
 * listed is kept with `duplicateReason` when given; then the lock is confirmed in the dialog.
 */
export async function lockCriteria(
  page: Page,
  { button = '評価基準を確定する', duplicateReason }: { button?: string; duplicateReason?: string } = {}
): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: '評価基準の確定前の確認' });
  await expect(dialog).toBeVisible();
  if (duplicateReason) {
    for (const reason of await dialog.getByLabel(/を両方残す理由$/).all()) await reason.fill(duplicateReason);
  }
  await dialog.getByRole('button', { name: 'この内容で確定する' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * The demo is closed (技術評価の締切り): its answers, attestations, subcontractors and vendor names
 * change only through a post-close correction, which starts once a reason is given.
 */
export async function startPostCloseCorrection(page: Page, reason: string): Promise<void> {
  const notice = page.getByTestId('frozen-notice');
  await notice.getByRole('button', { name: '締切後の訂正' }).click();
  await notice.getByLabel(/^訂正の理由/).fill(reason);
  await notice.getByRole('button', { name: '理由を記録して訂正を始める' }).click();
  await expect(notice).toContainText('締切後の訂正中です。');
}

/** The parts of a backup that must survive a round trip (everything but when it was made). */
export function backupData(text: string): unknown {
  const envelope = JSON.parse(text) as { data: unknown; type: string };
  expect(envelope.type).toBe('sentei-backup');
  return envelope.data;
}

/**
 * Opens 開札 (price opening), the 評価 stage's own step, from the stage navigation, as the chair
 * (the evaluator chosen on the 評価 page), and waits for its heading.
 */
export async function openPriceOpening(page: Page, chair = '高橋 一郎（委員長）'): Promise<void> {
  await page
    .getByRole('navigation', { name: '評価の段階' })
    .getByRole('link', { name: '開札', exact: true })
    .click();
  await expect(page).toHaveURL(/[?&]step=bids/);
  await page.getByLabel('採点する評価者').selectOption({ label: chair });
  await expect(page.getByRole('heading', { name: '開札: 入札価格と入札の状態' })).toBeVisible();
}
