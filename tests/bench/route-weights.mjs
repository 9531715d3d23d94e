// Benchmark: each page opened cold, as a deep link, in the Chromium the journeys use, on the built
// app served by tests/support/serve.mjs. Per route, the median of RUNS loads with the HTTP cache
// cleared and disabled (the demo procurement is already in IndexedDB, as for a returning user):
// - JS before usable: every JavaScript file the page fetched (Resource Timing, scripts, module
//   preloads and dynamic imports alike) whose response ended before the page's main content showed,
//   counted at its gzip size (zlib level 9, as a server compressing the build would send it);
// - time to usable: navigation start to the main content (the ranking, the sheet, …) on screen;
// - the longest main-thread task (Long Tasks API) from navigation start until SETTLE_MS after that.
// The static count of bundle-size.mjs is printed beside it. Goals: ≤ 100 KB of JS before usable,
// no task over 200 ms.
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions, median, serve } from './browser.mjs';
import { run as staticSizes } from './bundle-size.mjs';

export const name = 'pages opened cold in Chromium';

const RUNS = 5;
const GOAL_KB = 100;
const GOAL_TASK_MS = 200;
const SETTLE_MS = 500;
const TIMEOUT_MS = 60_000;
const KB = 1024;

/**
 * The routes, the path of each (`ID` is the demo procurement's id, `VENDOR` its first vendor's) and
 * the element that says its main content is usable: a row of the list, sheet or table the page
 * exists to show, or the form it exists to fill in.
 */
export const ROUTES = [
  { label: 'procurement list', path: '/', usable: 'main table tbody tr' },
  { label: 'overview', path: '/procurement/?id=ID', usable: 'dl.facts' },
  { label: '仕様作成 (spec)', path: '/procurement/spec/?id=ID', usable: 'table.requirements tbody tr' },
  {
    label: '評価基準 (criteria)',
    path: '/procurement/criteria/?id=ID',
    usable: 'section[aria-labelledby="settings-title"] form'
  },
  { label: '回答収集 (collect)', path: '/procurement/collect/?id=ID', usable: 'main table tbody tr' },
  {
    label: '業者 (vendor)',
    path: '/procurement/vendor/?id=ID&vendor=VENDOR',
    usable: 'section.attestations'
  },
  {
    label: '回答 (answers)',
    path: '/procurement/answers/?id=ID&vendor=VENDOR',
    usable: 'table.answers tbody tr'
  },
  // The sheet shows once an evaluator is chosen: the bench chooses the first as soon as it can. The
  // evaluator choice is the page's only select inside a label (the vendor choice has its own label).
  {
    label: '評価 (evaluate)',
    path: '/procurement/evaluate/?id=ID',
    usable: 'table.sheet tbody tr',
    choose: 'main label > select'
  },
  {
    label: '結果 (results)',
    path: '/procurement/results/?id=ID',
    usable: '[data-testid="ranking-table"] tbody tr'
  },
  { label: '決定書 (memo)', path: '/procurement/memo/?id=ID', usable: '[data-testid="decision-memo"]' },
  { label: '監査ログ (audit)', path: '/procurement/audit/?id=ID', usable: 'table.audit tbody tr' },
  {
    label: '設定 (procurement settings)',
    path: '/procurement/settings/?id=ID',
    usable: 'form:has(#settings-title) input'
  }
];

/** Every long task of the page from its start, for `loadOnce` to read. */
function observeLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** The gzip size of a built file by its URL path, computed once. */
function gzipSizes(buildDir) {
  const root = resolve(buildDir);
  const cache = new Map();
  return async (pathname) => {
    if (!cache.has(pathname)) {
      const file = join(root, decodeURIComponent(pathname));
      if (!file.startsWith(root + sep)) throw new Error(`${pathname} is outside the build`);
      cache.set(pathname, gzipSync(await readFile(file), { level: 9 }).length);
    }
    return cache.get(pathname);
  };
}

async function loadOnce(context, url, route, sizeOf) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  try {
    await page.goto(url);
    const shown = await page.waitForFunction(
      ({ usable, choose }) => {
        const select = choose && document.querySelector(choose);
        if (select && !select.value && select.options.length > 1) {
          select.value = select.options[1].value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
        const element = document.querySelector(usable);
        return element && element.getClientRects().length > 0 ? performance.now() : false;
      },
      { usable: route.usable, choose: route.choose },
      { polling: 'raf', timeout: TIMEOUT_MS }
    );
    const usableAt = await shown.jsonValue();
    await page.waitForTimeout(SETTLE_MS);
    const { scripts, tasks } = await page.evaluate((until) => {
      const entries = performance.getEntriesByType('resource');
      return {
        scripts: entries
          .filter((e) => e.responseEnd <= until && new URL(e.name).pathname.endsWith('.js'))
          .map((e) => new URL(e.name).pathname),
        tasks: window.__longTasks
      };
    }, usableAt);
    let bytes = 0;
    const sizes = [];
    for (const pathname of new Set(scripts)) {
      const size = await sizeOf(pathname);
      sizes.push([pathname, size]);
      bytes += size;
    }
    return {
      kb: bytes / KB,
      files: sizes.length,
      sizes,
      usableMs: usableAt,
      longestMs: Math.max(0, ...tasks)
    };
  } finally {
    await page.close();
  }
}

/**
 * `only` (optional) measures just the routes whose label includes one of its words, `runs` sets the
 * loads per route (default RUNS). BENCH_DEBUG=1 prints each page's files before usable, largest
 * first, from its last load.
 * @param {{ repoRoot: string, buildDir: string, only?: string[], runs?: number }} context
 */
export async function run({ repoRoot, buildDir, only, runs = RUNS }) {
  const statics = await staticSizes({ buildDir });
  const staticKb = new Map(statics.rows.map(([route, , , gzip]) => [route, gzip]));
  const sizeOf = gzipSizes(buildDir);
  const server = await serve(repoRoot, buildDir);
  const browser = await chromium.launch(launchOptions());
  try {
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    await context.addInitScript(observeLongTasks);
    // First visit: the app loads its demo procurement; its id opens every workspace page.
    const first = await context.newPage();
    await first.goto(`${server.url}/`);
    const link = first.locator('main table tbody tr a[href*="id="]').first();
    await link.waitFor({ timeout: TIMEOUT_MS });
    const id = new URL(await link.evaluate((a) => a.href)).searchParams.get('id');
    // The vendor pages open on the demo's first vendor, as its link on 回答収集 names it.
    await first.goto(`${server.url}/procurement/collect/?id=${encodeURIComponent(id)}`);
    const vendorLink = first.locator('main a[href*="/procurement/vendor/"]').first();
    await vendorLink.waitFor({ timeout: TIMEOUT_MS });
    const vendor = new URL(await vendorLink.evaluate((a) => a.href)).searchParams.get('vendor');
    await first.close();

    const rows = [];
    const summary = [];
    const routes = only ? ROUTES.filter((r) => only.some((word) => r.label.includes(word))) : ROUTES;
    for (const route of routes) {
      const path = route.path
        .replace('VENDOR', encodeURIComponent(vendor))
        .replace('ID', encodeURIComponent(id));
      const url = `${server.url}${path}`;
      const samples = [];
      for (let i = 0; i < runs; i++) {
        if (process.env.BENCH_DEBUG) console.log(route.label, i);
        samples.push(await loadOnce(context, url, route, sizeOf));
      }
      if (process.env.BENCH_DEBUG) {
        const sizes = samples.at(-1).sizes.toSorted((a, b) => b[1] - a[1]);
        for (const [file, size] of sizes) console.log(`  ${(size / KB).toFixed(1).padStart(6)}  ${file}`);
      }
      const of = (key) => median(samples.map((s) => s[key]));
      const kb = of('kb');
      const longest = of('longestMs');
      const pathname = route.path.split('?')[0];
      const met = kb <= GOAL_KB && longest <= GOAL_TASK_MS;
      rows.push([
        route.label,
        of('files'),
        kb.toFixed(1),
        staticKb.get(pathname) ?? '-',
        Math.round(of('usableMs')),
        Math.round(longest),
        met ? 'met' : 'MISSED'
      ]);
      summary.push(
        `${route.label}: ${kb.toFixed(1)} KB of JS before usable (goal ≤ ${GOAL_KB}), usable in ${Math.round(of('usableMs'))} ms, longest task ${Math.round(longest)} ms (goal ≤ ${GOAL_TASK_MS}) — ${met ? 'met' : 'MISSED'}`
      );
    }
    return {
      title: `Pages opened cold as deep links in Chromium (median of ${runs}; gzip KB, 1 KB = 1024 bytes)`,
      columns: [
        'page',
        'JS files',
        'JS KB before usable',
        'static KB',
        'usable ms',
        'longest task ms',
        'goals'
      ],
      rows,
      summary
    };
  } finally {
    await browser.close();
    server.stop();
  }
}
