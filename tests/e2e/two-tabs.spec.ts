// One writer at a time, with two tabs on one answer row. A tab sees the other's saved change
// without a reload; a stale tab's change to another field is merged, not written over the other
// tab's; a change to the same field is refused in the second tab, which is told what the other
// tab saved, keeps what it typed, and chooses.
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { answerSelect, openAnswers, VENDOR } from './answers';

// Every page load reads a whole bundle; on a loaded machine that takes more than the default 5 s.
const expect = baseExpect.configure({ timeout: 30_000 });

const REF = 'R-004';
const explanationOf = (page: Page) => page.getByRole('textbox', { name: `${REF} の説明` });
const heading = (page: Page) => page.getByRole('heading', { level: 2, name: `${VENDOR} の回答` });

/** A second tab on the same answers page; `stale` gives it no news of the other tab's saves. */
async function secondTab(page: Page, { stale = false } = {}): Promise<Page> {
  const other = await page.context().newPage();
  if (stale) {
    // A tab whose news has not arrived yet (the message is in flight, or the browser lacks it).
    await other.addInitScript(() => {
      Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
    });
  }
  await other.goto(page.url());
  await expect(heading(other)).toBeVisible();
  return other;
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByText(`${REF} の回答を保存しました。`).first()).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  // Copying and locking the demo, then two tabs' loads and reloads: slow on a loaded machine.
  test.setTimeout(240_000);
  await openAnswers(page, { draft: true });
});

test('a tab sees the other tab’s saved explanation without a reload, and its answer keeps it', async ({
  page,
  pageErrors
}) => {
  const b = await secondTab(page);
  await explanationOf(b).fill('Bで書き直した説明');
  await explanationOf(b).press('Tab');
  await saved(b);
  await expect(explanationOf(page)).toHaveValue('Bで書き直した説明');

  await answerSelect(page, REF).selectOption('none');
  await saved(page);
  await expect(answerSelect(b, REF)).toHaveValue('none');
  for (const tab of [page, b]) {
    await tab.reload();
    await expect(answerSelect(tab, REF)).toHaveValue('none');
    await expect(explanationOf(tab)).toHaveValue('Bで書き直した説明');
  }
  expect(pageErrors).toEqual([]);
});

test('a stale tab changing the answer keeps the explanation the other tab saved (the issue’s reproduction)', async ({
  page,
  pageErrors
}) => {
  const a = await secondTab(page, { stale: true });
  const before = await explanationOf(a).inputValue();
  await explanationOf(page).fill('Bで書き直した説明');
  await explanationOf(page).press('Tab');
  await saved(page);
  // A has not heard of it: it still shows the old text, and changes the answer of the same row.
  await expect(explanationOf(a)).toHaveValue(before);
  await answerSelect(a, REF).selectOption('full');
  await saved(a);
  await expect(explanationOf(a)).toHaveValue('Bで書き直した説明');
  await page.reload();
  await expect(answerSelect(page, REF)).toHaveValue('full');
  await expect(explanationOf(page)).toHaveValue('Bで書き直した説明');
  expect(pageErrors).toEqual([]);
});

test('the same field typed in both tabs: the second save is refused and told, its text kept until it chooses', async ({
  page,
  a11y
}) => {
  const b = await secondTab(page);
  // A starts typing; B saves the same field meanwhile. A's field keeps what A typed.
  await explanationOf(page).fill('Aの説明（入力中）');
  await explanationOf(b).fill('Bの説明');
  await explanationOf(b).press('Tab');
  await saved(b);
  await expect(explanationOf(page)).toHaveValue('Aの説明（入力中）');

  await explanationOf(page).press('Tab');
  const alert = page.getByRole('alert').filter({ hasText: '保存できませんでした' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('別のタブ');
  await expect(alert).toContainText('説明：');
  await expect(alert).toContainText('「Bの説明」');
  await expect(alert).toContainText('「Aの説明（入力中）」');
  await expect(explanationOf(page)).toHaveValue('Aの説明（入力中）');
  await page
    .getByRole('row')
    .filter({ has: explanationOf(page) })
    .scrollIntoViewIfNeeded();
  await alert.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/work/shots/conflict.png' });
  await a11y('the conflict message', { include: ['table.answers'] });

  // Nothing was written over B's text; A keeps its own on purpose, and B sees it.
  await b.reload();
  await expect(explanationOf(b)).toHaveValue('Bの説明');
  await alert.getByRole('button', { name: '自分の入力で上書きする' }).click();
  await expect(alert).toHaveCount(0);
  await expect(explanationOf(b)).toHaveValue('Aの説明（入力中）');

  // The other way: B is told of A's text, and takes it.
  await explanationOf(b).fill('Bの再入力');
  await explanationOf(page).fill('Aの再入力');
  await explanationOf(page).press('Tab');
  await expect(explanationOf(b)).toHaveValue('Bの再入力');
  await explanationOf(b).press('Tab');
  const bAlert = b.getByRole('alert').filter({ hasText: '保存できませんでした' });
  await expect(bAlert).toContainText('「Aの再入力」');
  await bAlert.getByRole('button', { name: '保存済みの内容にする' }).click();
  await expect(bAlert).toHaveCount(0);
  await expect(explanationOf(b)).toHaveValue('Aの再入力');
  await b.reload();
  await expect(explanationOf(b)).toHaveValue('Aの再入力');
});
