// One term per concept, as a user reads the app (issue 13): the demo procurement's main pages — specification,
// collect, every vendor page, the grading sheet of every vendor with its suggestions, results and the memo — in
// Japanese and in English carry none of the retired variants (包含方式, インクルーシブ方式, CSマーク・ゴールド, CS Mark
// Gold, "Inclusive" as a label …; `src/lib/domain/terminology.ts`), and do carry the chosen terms.
// A new procurement (政府機関等, 要機密情報, SaaS by default) is offered the government SaaS preset first.
import type { Page } from '@playwright/test';
import { findRetiredTerms } from '../../src/lib/domain/terminology';
import { DEMO_TITLE, VENDOR } from './answers';
import { expect, test } from './fixtures';
import { ProcurementListPage } from './pages';

test.use({ firstRun: true });

/** Every text node of the page, hidden ones and select options included (scripts and styles left out). */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('script, style').forEach((node) => node.remove());
    return body.textContent ?? '';
  });
}

async function scan(page: Page, where: string, seen: string[]): Promise<void> {
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  const text = await pageText(page);
  seen.push(text);
  expect(
    findRetiredTerms(text).map((f) => `${f.found} → ${f.use}`),
    where
  ).toEqual([]);
}

async function scanDemo(page: Page, locale: 'ja' | 'en'): Promise<string> {
  const seen: string[] = [];
  await page.goto('/');
  await page.getByRole('link', { name: DEMO_TITLE }).click();
  await expect(page).toHaveURL(/[?&]id=/);
  const id = new URL(page.url()).searchParams.get('id')!;
  const at = (stage: string) => `/procurement/${stage}/?id=${encodeURIComponent(id)}`;

  for (const stage of ['spec', 'collect']) {
    await page.goto(at(stage));
    await scan(page, `${locale} ${stage}`, seen);
  }
  const vendorLinks = page.locator('a[href*="/procurement/vendor/"]');
  await expect(vendorLinks.first()).toBeVisible();
  const vendors = await vendorLinks.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(vendors.length).toBeGreaterThanOrEqual(3);
  for (const href of vendors) {
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    // The subcontractors' section is rendered (it loads after the page's main content), in this language: its
    // method select is what used to read 包含方式. Any select on the page would not do: the vendor form's come first.
    await expect(page.locator('#sub-new-method option').last()).toHaveText(
      locale === 'ja' ? '一体方式' : 'Inclusive method'
    );
    await scan(page, `${locale} vendor ${href}`, seen);
  }

  await page.goto(at('evaluate'));
  await page.getByLabel(/採点する評価者|Evaluator grading/).selectOption({ index: 1 });
  const vendorSelect = page.locator('#sheet-vendor');
  await expect(vendorSelect).toBeVisible();
  const vendorIds = await vendorSelect
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  for (const vendorId of vendorIds) {
    await vendorSelect.selectOption(vendorId);
    // The suggestions' badges (their reasons are in the page, folded).
    await expect(page.locator('details.suggestion summary').first()).toBeVisible();
    await scan(page, `${locale} evaluate ${vendorId}`, seen);
  }

  for (const stage of ['results', 'memo']) {
    await page.goto(at(stage));
    await expect(page.getByRole('main')).toContainText(VENDOR);
    await scan(page, `${locale} ${stage}`, seen);
  }
  return seen.join('\n');
}

test('the demo reads one term per concept, in Japanese and in English', async ({ page, pageErrors }) => {
  test.setTimeout(120_000);
  const ja = await scanDemo(page, 'ja');
  // The chosen terms are there to be read: the scan looked at the texts that used to carry the old ones.
  expect(ja).toContain('一体方式');
  expect(ja).toContain('除外方式');
  expect(ja).toContain('CSゴールドマーク');
  expect(ja).toContain('中位の段階');

  await page.goto('/');
  await page.getByLabel('表示言語').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Procurements');
  const en = await scanDemo(page, 'en');
  expect(en).toContain('Inclusive method');
  expect(en).toContain('Carve-out method');
  expect(en).toContain('CS Gold Mark');
  expect(en).toContain('middle level');
  expect(pageErrors).toEqual([]);
});

test('a government SaaS procurement handling confidential information is offered the ISMAP-gated preset first', async ({
  page
}) => {
  const list = new ProcurementListPage(page);
  await page.goto('/');
  // The first visit loads the demo; create once it is listed, not while it is being stored.
  await expect(list.row(DEMO_TITLE)).toBeVisible();
  await list.create('プリセット選択の確認');
  await page.getByRole('link', { name: 'プリセット選択の確認' }).click();
  await expect(page).toHaveURL(/[?&]id=/);
  const id = new URL(page.url()).searchParams.get('id')!;
  await page.goto(`/procurement/spec/?id=${encodeURIComponent(id)}`);
  const preset = page.getByLabel('プリセット', { exact: true });
  await expect(preset).toHaveValue('gov-saas-confidential');
  await expect(preset.locator('option').first()).toHaveText(/（推奨）$/);
  const presets = page.getByRole('list', { name: 'プリセットと対象とする調達' });
  await expect(presets.getByRole('listitem').first()).toContainText('推奨');
  await expect(presets.getByRole('listitem').first()).toContainText('要機密情報を取り扱う');
  await expect(page.getByRole('note').filter({ hasText: '推奨: 「政府機関向けSaaS' })).toBeVisible();
  // The enterprise preset says where it differs from this procurement.
  await expect(presets.getByRole('listitem').filter({ hasText: '企業向けSaaS' })).toContainText(
    '調達者の区分: 民間企業（この調達案件: 政府機関等）'
  );

  // The help page, linked from the criteria page, explains the suggestions' cap in both languages.
  await page.goto(`/procurement/criteria/?id=${encodeURIComponent(id)}`);
  await page
    .locator('#main')
    .getByRole('link', { name: /^評価方法の説明/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('評価方法の説明');
  await expect(page.getByRole('main')).toContainText('評価段階の中位（既定の5段階では C）まで');
  expect(findRetiredTerms(await pageText(page))).toEqual([]);
  await page.getByLabel('表示言語').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How scoring works');
  await expect(page.getByRole('main')).toContainText('the middle level of the rubric at most');
  expect(findRetiredTerms(await pageText(page))).toEqual([]);
});
