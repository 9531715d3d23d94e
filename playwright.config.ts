import { defineConfig, devices } from '@playwright/test';

// The browser is chosen by tests/support/run-e2e.mjs (`npm run test:e2e`): SENTEI_CHROMIUM is the
// path of Debian's Chromium, or empty to use Playwright's own full Chromium build (the one at
// `chromium.executablePath()`, through the 'chromium' channel, so the separate headless shell is
// not needed). Nothing is ever downloaded.
const executablePath = process.env.SENTEI_CHROMIUM || undefined;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// SENTEI_E2E_PORT lets two checkouts on one machine run their journeys at once.
const PORT = Number(process.env.SENTEI_E2E_PORT) || 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/.output/results',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  // Long journeys (the vendor page, 仕様作成) take ~35 s here on a quiet machine, since their
  // panels now load after the page's main content; leave room for a loaded CI machine.
  timeout: 90_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic'
      ]
    }
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: executablePath ? undefined : 'chromium' }
    }
  ],
  webServer: {
    command: `node tests/support/serve.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe'
  }
});
