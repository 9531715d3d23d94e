// Item 9 of issue 14: a rationale typed and at once followed by a vendor or evaluator switch, a
// stage change or closing the tab is stored, or the user is told it is not. The switches here are made
// the way a script or a keyboard shortcut makes them: the rationale never loses the focus first,
// so no change event fires for it before the switch (Playwright's selectOption does not focus the
// select). Chromium fires one as the focused field is removed with its sheet, after the switch: what
// it saves must still land on the cell it was typed into, not on the sheet shown by then.
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { EVALUATORS, optionOf, setUpCommittee, stageLink, VENDORS } from './committee';

// Every page load reads a whole bundle; on a loaded machine that takes more than the default 5 s.
const expect = baseExpect.configure({ timeout: 30_000 });

const REFS = ['M-1', 'S-1', 'S-2'] as const;
const rationaleOf = (page: Page, ref: string, vendor: string) =>
  page.getByLabel(`${ref}・${vendor} の評価理由`);
const chooseEvaluator = (page: Page, i: number) =>
  page.getByLabel('採点する評価者').selectOption({ label: optionOf(i) });
const chooseVendor = (page: Page, vendor: string) =>
  page.getByLabel('事業者', { exact: true }).selectOption({ label: vendor });
const saving = (page: Page) => page.getByRole('status').filter({ hasText: '保存しています…' });

test.beforeEach(async ({ page }) => {
  // Setting up the committee alone takes tens of seconds on a loaded machine.
  test.setTimeout(300_000);
  await setUpCommittee(page);
  await stageLink(page, '評価').click();
});

test('30 rationales, each typed and at once followed by a vendor or evaluator switch, are all stored', async ({
  page,
  pageErrors
}) => {
  const expected = new Map<string, string>();
  const key = (e: number, vendor: string, ref: string) => `${e}|${vendor}|${ref}`;
  let evaluator = 0;
  await chooseEvaluator(page, evaluator);
  for (let i = 0; i < 30; i++) {
    const vendor = VENDORS[i % VENDORS.length]!;
    await chooseVendor(page, vendor);
    // The last row most often: the one the issue saw lost.
    const ref = REFS[i % 4 === 3 ? i % 3 : 2]!;
    const text = `第${i + 1}回 ${EVALUATORS[evaluator]} ${vendor} ${ref}`;
    await rationaleOf(page, ref, vendor).fill(text);
    expected.set(key(evaluator, vendor, ref), text);
    // No pause and no blur: straight to the next sheet, every third time another evaluator's.
    if (i % 3 === 2) {
      evaluator = (evaluator + 1) % EVALUATORS.length;
      await chooseEvaluator(page, evaluator);
    }
  }
  await expect(saving(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('採点する評価者')).toBeVisible({ timeout: 30_000 });
  for (const [cell, text] of expected) {
    const [e, vendor, ref] = cell.split('|') as [string, string, string];
    await chooseEvaluator(page, Number(e));
    await chooseVendor(page, vendor);
    await expect(rationaleOf(page, ref, vendor), cell).toHaveValue(text);
  }
  // Every other cell is untouched: nothing typed for one cell landed on another.
  for (const [e] of EVALUATORS.entries()) {
    await chooseEvaluator(page, e);
    for (const vendor of VENDORS) {
      await chooseVendor(page, vendor);
      for (const ref of REFS) {
        if (!expected.has(key(e, vendor, ref))) await expect(rationaleOf(page, ref, vendor)).toHaveValue('');
      }
    }
  }
  expect(pageErrors).toEqual([]);
});

test('typed then a stage change: stored; typed then the tab closed: the page asks first, and staying stores it', async ({
  page,
  pageErrors
}) => {
  const vendor = VENDORS[1];
  await chooseEvaluator(page, 1);
  await chooseVendor(page, vendor);
  await rationaleOf(page, 'S-1', vendor).fill('段階を移る直前の入力');
  // Straight to another stage by its link, without leaving the field first.
  await page.evaluate(() => {
    const link = [...document.querySelectorAll('nav a')].find((a) => /回答収集/.test(a.textContent ?? ''));
    (link as HTMLAnchorElement).click();
  });
  await expect(page.getByRole('heading', { level: 2, name: /回答収集/ })).toBeVisible();
  await stageLink(page, '評価').click();
  await chooseEvaluator(page, 1);
  await chooseVendor(page, vendor);
  await expect(rationaleOf(page, 'S-1', vendor)).toHaveValue('段階を移る直前の入力');

  // Typed, then the tab closed at once: the page asks first (an IndexedDB write still running when
  // the page goes may be cut off, so the user is told rather than promised). Staying stores it.
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await rationaleOf(page, 'S-2', vendor).fill('閉じる直前の入力');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);
  await expect(saving(page)).toHaveCount(0);
  await page.reload();
  await chooseEvaluator(page, 1);
  await chooseVendor(page, vendor);
  await expect(rationaleOf(page, 'S-2', vendor)).toHaveValue('閉じる直前の入力');
  expect(pageErrors).toEqual([]);
});
