// Journey (issue 18, items 14–17): an enterprise buyer, with the UI in English, creates a procurement as an
// enterprise, is offered the enterprise preset first, and applies it with its price settings (lowest-bid
// ratio, 30 points, no ceiling); sees no 機密性/統一基準 fields, reads the points as weights, converts weights
// in % into points, and locks without a ceiling price.
import { expect, test } from './fixtures';
import { ProcurementListPage } from './pages';

const TITLE = 'HR SaaS for the group (enterprise)';

test('an enterprise procurement gets its own defaults, the preset settings and weights', async ({
  page,
  pageErrors,
  a11y
}) => {
  const list = new ProcurementListPage(page);
  await page.goto('/');
  await page.getByLabel('表示言語').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Procurements' })).toBeVisible();

  // The buyer kind is chosen at creation.
  await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await expect(page.getByRole('radio', { name: 'Government body (政府機関等)' })).toBeChecked();
  await page.getByRole('radio', { name: 'Enterprise' }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(list.row(TITLE)).toBeVisible();
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(/[?&]id=/);
  const id = encodeURIComponent(new URL(page.url()).searchParams.get('id')!);

  // No 機密性 class, 要機密情報 or 統一基準 edition for an enterprise.
  await page.goto(`/procurement/settings/?id=${id}`);
  await expect(page.getByLabel('Buyer', { exact: true })).toHaveValue('enterprise');
  await expect(page.getByLabel('Information class (confidentiality)')).toHaveCount(0);
  await expect(page.getByLabel('Government unified standards edition')).toHaveCount(0);
  await expect(page.getByLabel(/Handles confidential information/)).toHaveCount(0);

  // The enterprise preset is offered first, with the settings it applies.
  await page.goto(`/procurement/spec/?id=${id}`);
  const preset = page.getByLabel('Preset', { exact: true });
  await expect(preset).toHaveValue('enterprise-saas-baseline');
  await expect(preset.locator('option').first()).toHaveText(/\(recommended\)$/);
  const settingsList = page.getByRole('list', { name: /this preset applies these scoring settings/ });
  await expect(settingsList).toContainText('Lowest-bid ratio');
  await expect(settingsList).toContainText('30 points');
  await page.getByRole('button', { name: 'Add the preset’s requirements' }).click();
  // One write adds 15 requirements with their audit entries: slow on a loaded machine.
  await expect(page.getByText(/changed these scoring settings: .*Lowest-bid ratio.*30 points/)).toBeVisible({
    timeout: 30_000
  });

  // The criteria page: the preset's formula and allocation, no ceiling field, and the weights.
  await page.goto(`/procurement/criteria/?id=${id}`);
  await expect(page.getByRole('radio', { name: /^Lowest-bid ratio/ })).toBeChecked();
  await expect(page.getByLabel('Price allocation (points)')).toHaveValue('30');
  await expect(page.getByLabel(/Ceiling price/)).toHaveCount(0);
  const weights = page.getByTestId('criteria-weights');
  await expect(weights.getByRole('heading', { name: 'Points and weights' })).toBeVisible();
  await expect(weights.getByTestId('criteria-weights-ratio')).toContainText(
    'Technical : price = 100:30 (76.9% : 23.1% of the maximum total)'
  );
  const rows = weights.getByRole('row');
  await expect(rows.filter({ has: page.getByRole('rowheader', { name: 'R-001' }) })).toContainText('10.0%');
  await a11y('criteria page with weights');

  // Weights in % become points: the shares of a maximum of 200, by the largest remainder rule.
  await page.getByText('Enter points as weights (%)').click();
  await page.getByLabel('Technical maximum (whole points)').fill('200');
  await expect(page.getByText(/^Sum entered: 100(\.0+)?%$/)).toBeVisible();
  await page.getByRole('button', { name: 'Convert weights to points' }).click();
  await expect(page.getByText('Points converted from weights (technical maximum 200 points).')).toBeVisible({
    timeout: 30_000
  });
  await expect(weights.getByTestId('criteria-weights-conversion')).toContainText(
    'technical maximum of 200 points'
  );
  await expect(weights.getByTestId('criteria-weights-ratio')).toContainText('200:30');
  await expect(rows.filter({ has: page.getByRole('rowheader', { name: 'R-001' }) })).toContainText('20');

  // A weight sum off 100 % is refused with the sum.
  await page.getByText('Enter points as weights (%)').click();
  await page.getByLabel('Weight of R-001 (%)').fill('11');
  await page.getByRole('button', { name: 'Convert weights to points' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The weights add up to 101%' })).toBeVisible({
    timeout: 30_000
  });

  // The lock needs no ceiling price, and its dialog shows the weights.
  await page.getByRole('button', { name: 'Lock the criteria' }).click();
  const dialog = page.getByRole('dialog', { name: 'Checks before locking the criteria' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('lock-weights-ratio')).toContainText('200:30');
  await dialog.getByRole('button', { name: 'Lock these criteria' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByTestId('criteria-state')).toContainText('Locked (version 1)');
  expect(pageErrors).toEqual([]);
});
