// The grading sheet under the keyboard and under quick hands: choosing a grade keeps the focus
// where it is (the sheet is not disabled while the grade is stored), and a level, a rationale and
// a vendor switch done with no pause are all stored.
import { expect, test } from './fixtures';
import { optionOf, setUpCommittee, stageLink, VENDORS } from './committee';

const gradeOf = (ref: string, vendor: string) => `${ref}・${vendor} の判定・評価段階`;
const rationaleOf = (ref: string, vendor: string) => `${ref}・${vendor} の評価理由`;

test.beforeEach(async ({ page }) => {
  await setUpCommittee(page);
  await stageLink(page, '評価').click();
  await page.getByLabel('採点する評価者').selectOption({ label: optionOf(1) });
});

test('grades chosen with the arrow keys keep the focus, and Tab leads on to the rationale', async ({
  page
}) => {
  const vendor = VENDORS[0];
  await page.getByLabel('事業者', { exact: true }).selectOption({ label: vendor });
  const verdict = page.getByLabel(gradeOf('M-1', vendor));
  await verdict.focus();
  await page.keyboard.press('ArrowDown');
  await expect(verdict).toHaveValue('pass');
  // Stored (the row now asks for its rationale), and the focus is still on the control used.
  const asksRationale = (control: typeof verdict) =>
    page.getByRole('row').filter({ has: control }).getByText('評価理由を記入してください。');
  await expect(asksRationale(verdict)).toBeVisible();
  await expect(verdict).toBeFocused();

  const level = page.getByLabel(gradeOf('S-1', vendor));
  await level.focus();
  for (const expected of ['A', 'B']) {
    await page.keyboard.press('ArrowDown');
    await expect(level).toHaveValue(expected);
    await expect(asksRationale(level)).toBeVisible();
    await expect(level).toBeFocused();
  }
  await page.keyboard.press('Tab');
  const rationale = page.getByLabel(rationaleOf('S-1', vendor));
  await expect(rationale).toBeFocused();
  await page.keyboard.type('鍵管理の手順が具体的');
  await page.keyboard.press('Tab');
  await expect(rationale).not.toBeFocused();
  // The page says while the rationale is being stored; once it no longer does, it is stored.
  await expect(page.getByRole('status').filter({ hasText: '保存しています…' })).toHaveCount(0);

  await page.reload();
  await page.getByLabel('採点する評価者').selectOption({ label: optionOf(1) });
  await page.getByLabel('事業者', { exact: true }).selectOption({ label: vendor });
  await expect(page.getByLabel(gradeOf('M-1', vendor))).toHaveValue('pass');
  await expect(page.getByLabel(gradeOf('S-1', vendor))).toHaveValue('B');
  await expect(page.getByLabel(rationaleOf('S-1', vendor))).toHaveValue('鍵管理の手順が具体的');
});

test('a grade, its rationale and a vendor switch with no pause, many times: everything is stored', async ({
  page
}) => {
  const levels = ['A', 'B', 'C'];
  for (let round = 0; round < 3; round++) {
    for (const [v, vendor] of VENDORS.entries()) {
      await page.getByLabel('事業者', { exact: true }).selectOption({ label: vendor });
      for (const ref of ['S-1', 'S-2']) {
        // No waiting between the actions: each one starts while the previous save may still run.
        await page.getByLabel(gradeOf(ref, vendor)).selectOption(levels[(round + v) % 3]!);
        await page.getByLabel(rationaleOf(ref, vendor)).fill(`第${round + 1}回 ${vendor} ${ref}`);
        await page.getByLabel(rationaleOf(ref, vendor)).press('Tab');
      }
    }
  }
  // The page says while a grade is being stored; once it no longer does, everything is stored.
  await expect(page.getByRole('status').filter({ hasText: '保存しています…' })).toHaveCount(0);
  await page.reload();
  await page.getByLabel('採点する評価者').selectOption({ label: optionOf(1) });
  for (const [v, vendor] of VENDORS.entries()) {
    await page.getByLabel('事業者', { exact: true }).selectOption({ label: vendor });
    for (const ref of ['S-1', 'S-2']) {
      await expect(page.getByLabel(gradeOf(ref, vendor))).toHaveValue(levels[(2 + v) % 3]!);
      await expect(page.getByLabel(rationaleOf(ref, vendor))).toHaveValue(`第3回 ${vendor} ${ref}`);
    }
  }
});
