// What the browser benchmarks share: the built app served by tests/support/serve.mjs on a free
// port, the Chromium the journeys use (Playwright's own if installed, else /usr/bin/chromium), and
// the median of repeated samples.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts tests/support/serve.mjs on buildDir (on `port`, else a free one); resolves once it listens. */
export async function serve(repoRoot, buildDir, port) {
  port ??= await freePort();
  const child = spawn(process.execPath, [join(repoRoot, 'tests/support/serve.mjs'), String(port), buildDir], {
    stdio: ['ignore', 'pipe', 'pipe']
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('serve:') && resolve());
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

export function launchOptions() {
  let own = null;
  try {
    own = chromium.executablePath();
  } catch {
    own = null;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const args = [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
  ];
  if (own && existsSync(own)) return { headless: true, channel: 'chromium', args };
  if (existsSync(SYSTEM_CHROMIUM)) return { headless: true, executablePath: SYSTEM_CHROMIUM, args };
  throw new Error('no Chromium: install Playwright’s (npx playwright install chromium) or /usr/bin/chromium');
}
