// `npm run test:e2e [-- playwright args]`: picks a Chromium that is already on this machine
// (Playwright's own build if installed, else Debian's /usr/bin/chromium), never downloads one,
// and runs `npx playwright test` against the built app in build/.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

// '' tells playwright.config.ts to use Playwright's own build.
let browserPath;
if (playwrightChromium()) {
  browserPath = '';
} else if (existsSync(SYSTEM_CHROMIUM)) {
  browserPath = SYSTEM_CHROMIUM;
} else {
  console.error(
    'No Chromium found: run "npx playwright install chromium" or, on Debian/Ubuntu, "sudo apt-get install -y chromium".'
  );
  process.exit(1);
}

if (!existsSync(new URL('../../build/index.html', import.meta.url))) {
  console.error('No built app in build/: run "npm run build" first.');
  process.exit(1);
}

console.log(`e2e: Chromium ${browserPath || `from Playwright (${playwrightChromium()})`}`);

const child = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: { ...process.env, SENTEI_CHROMIUM: browserPath, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('error', (error) => {
  console.error(`e2e: could not start Playwright: ${error.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
