// One writer at a time on record forms, with two tabs: the vendor page and the procurement's
// settings page. A tab typing in a form keeps its text when the other tab saves, is told the record
// was updated elsewhere, and its save merges the fields it did not touch; a save of the same field
// is refused, names the field with what the other tab saved, keeps the typed text, and lets the
// user keep theirs or take the saved one.
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { DEMO_TITLE, VENDOR } from './answers';
import { ProcurementListPage } from './pages';

// Every page load reads a whole bundle; on a loaded machine that takes more than the default 5 s.
const expect = baseExpect.configure({ timeout: 30_000 });
const COPY = `${DEMO_TITLE}（複製）`;
const STALE = '別のタブで更新されました。';

/** A copy of the demo (no technical lock, so vendor names and settings can be edited). */
async function openCopy(page: Page): Promise<void> {
  const list = new ProcurementListPage(page);
  await list.open();
  await page.getByRole('button', { name: 'デモ案件を読み込む' }).click();
  await expect(list.row(DEMO_TITLE)).toBeVisible();
  await list.action(DEMO_TITLE, '複製');
  await expect(list.row(COPY)).toBeVisible();
  await list.row(COPY).getByRole('link', { name: COPY, exact: true }).click();
}

async function openVendor(page: Page): Promise<void> {
  const stages = page.getByRole('navigation', { name: '評価の段階' });
  await stages.getByRole('link', { name: /^\d+\s*回答収集\s/ }).click();
  await page.getByRole('rowheader', { name: VENDOR }).getByRole('link', { name: VENDOR }).click();
  await expect(page.getByRole('heading', { level: 2, name: VENDOR })).toBeVisible();
}

async function secondTab(page: Page, ready: (p: Page) => Promise<void>): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(page.url());
  await ready(other);
  return other;
}

const vendorForm = (page: Page) =>
  page.locator('form').filter({ has: page.getByRole('heading', { name: '事業者とサービス' }) });
const contact = (page: Page) => vendorForm(page).getByLabel('連絡先');
const notes = (page: Page) => vendorForm(page).getByLabel('備考');
const saveVendor = (page: Page) => vendorForm(page).getByRole('button', { name: '事業者の情報を保存' });
const vendorReady = async (page: Page) => {
  await expect(page.getByRole('heading', { level: 2, name: VENDOR })).toBeVisible();
  await expect(notes(page)).toBeVisible();
};

test.beforeEach(async ({ page }) => {
  // Copying the demo, then two tabs' loads and reloads: slow on a loaded machine.
  test.setTimeout(240_000);
  await openCopy(page);
});

test('vendor page: another tab’s save keeps what is typed, merges untouched fields, and refuses the same field with its name', async ({
  page,
  pageErrors
}) => {
  await openVendor(page);
  const b = await secondTab(page, vendorReady);

  // B types a contact and does not save; A saves the notes.
  await contact(b).fill('security@minato.example.jp');
  await notes(page).fill('Aの備考（第1版）');
  await saveVendor(page).click();
  await expect(page.getByText('事業者の情報を保存しました。').first()).toBeVisible();
  // B is told, and its typing is still there; its notes field still shows what it was based on.
  await expect(b.getByText(STALE)).toBeVisible();
  await expect(contact(b)).toHaveValue('security@minato.example.jp');
  await expect(notes(b)).not.toHaveValue('Aの備考（第1版）');
  // B saves: only its contact is written; A's notes are kept (merged), and B now shows both.
  await saveVendor(b).click();
  await expect(b.getByText('事業者の情報を保存しました。').first()).toBeVisible();
  await expect(notes(b)).toHaveValue('Aの備考（第1版）');
  await expect(contact(b)).toHaveValue('security@minato.example.jp');
  // A had nothing typed: it follows B's save without a reload.
  await expect(contact(page)).toHaveValue('security@minato.example.jp');

  // The same field: B types notes, A saves other notes first.
  await notes(b).fill('Bの備考');
  await notes(page).fill('Aの備考（第2版）');
  await saveVendor(page).click();
  await expect(b.getByText(STALE)).toBeVisible();
  await saveVendor(b).click();
  const alert = b.getByRole('alert').filter({ hasText: '保存できませんでした' });
  await expect(alert).toContainText('備考');
  await expect(alert).toContainText('Aの備考（第2版）');
  await expect(alert).toContainText('Bの備考');
  await expect(notes(b)).toHaveValue('Bの備考');
  await alert.scrollIntoViewIfNeeded();
  await b.screenshot({ path: '/work/shots/record-conflict.png', fullPage: false });
  // Nothing of B's refused save was stored.
  await page.reload();
  await vendorReady(page);
  await expect(notes(page)).toHaveValue('Aの備考（第2版）');

  // B keeps its own text: stored, and A follows.
  await alert.getByRole('button', { name: '自分の入力で上書きする' }).click();
  await expect(alert).toBeHidden();
  await expect(notes(page)).toHaveValue('Bの備考');
  await expect(contact(page)).toHaveValue('security@minato.example.jp');
  expect(pageErrors).toEqual([]);
});

test('settings page: a stale save of the title keeps the other tab’s notes; the same field is refused and the saved value can be taken', async ({
  page,
  pageErrors
}) => {
  await page.getByRole('link', { name: '案件の設定' }).click();
  const form = (p: Page) => p.locator('form').filter({ has: p.getByRole('heading', { name: '案件の設定' }) });
  const ready = async (p: Page) => await expect(form(p).getByLabel('案件名')).toBeVisible();
  await ready(page);
  const b = await secondTab(page, ready);

  await form(b).getByLabel('案件名').fill('Bの案件名');
  await form(page).getByLabel('備考').fill('Aの備考');
  await form(page).getByRole('button', { name: '保存' }).click();
  await expect(b.getByText(STALE)).toBeVisible();
  await expect(form(b).getByLabel('案件名')).toHaveValue('Bの案件名');
  await form(b).getByRole('button', { name: '保存' }).click();
  await expect(form(b).getByLabel('備考')).toHaveValue('Aの備考');
  await expect(form(page).getByLabel('案件名')).toHaveValue('Bの案件名');

  await form(b).getByLabel('備考').fill('Bの備考');
  await form(page).getByLabel('備考').fill('Aの備考（再）');
  await form(page).getByRole('button', { name: '保存' }).click();
  await expect(b.getByText(STALE)).toBeVisible();
  await form(b).getByRole('button', { name: '保存' }).click();
  const alert = b.getByRole('alert').filter({ hasText: '保存できませんでした' });
  await expect(alert).toContainText('備考');
  await expect(alert).toContainText('Aの備考（再）');
  await expect(form(b).getByLabel('備考')).toHaveValue('Bの備考');
  // B takes the saved value: its form shows what A saved.
  await alert.getByRole('button', { name: '保存済みの内容にする' }).click();
  await expect(form(b).getByLabel('備考')).toHaveValue('Aの備考（再）');
  await expect(form(b).getByLabel('案件名')).toHaveValue('Bの案件名');
  expect(pageErrors).toEqual([]);
});
