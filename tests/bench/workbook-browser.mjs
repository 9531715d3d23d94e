// Benchmark: the scoring workbook exported in the built app, in the Chromium the journeys use, on
// the big procurement (30 vendors × 1,500 requirements × 5 evaluators, `big-procurement.mjs`, its
// technical evaluation closed, restored as a user would). On 結果 the export button is clicked and,
// until the file is downloaded:
// - the JS heap of the export's dedicated worker and of the page are sampled every SAMPLE_MS over
//   the DevTools protocol: `Target.setAutoAttach` on a session of the page reaches the worker, and
//   `Runtime.getHeapUsage` is sent to it through `Target.sendMessageToTarget` (Playwright's CDP
//   session cannot address a flattened child session; the non-flattened one answers the same
//   command). A busy worker may answer late, and a peak between two answers is missed: the
//   longest gap between two answers is printed beside the peak. usedSize leaves out ArrayBuffers'
//   bytes (the sheets' XML held for the ZIP, the file): a second figure adds backingStorageSize;
// - the progress the page shows (the bar's label and percentage, or no percentage while the amount
//   is unknown) is recorded at each change, to check that it reaches its last stage and does not sit
//   on a stage that is over while the file is written.
// One run: the export takes tens of seconds and the figures of interest are peaks, not a median.
import { stat } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { BIG_SIZE as SIZE, closedFixtureFile, restore } from './big-procurement.mjs';
import { launchOptions, serve } from './browser.mjs';

export const name = 'scoring workbook in Chromium: worker memory and progress';

const SAMPLE_MS = 100;
const TIMEOUT_MS = 600_000;
const EXPORT_BUTTON = '採点ワークブックを書き出す（Excel）';
/** The stage the page shows last, while the ZIP is written (`workbook.phase.writing`). */
const LAST_STAGE = 'ファイルを書き出しています';
const MB = 2 ** 20;

/**
 * Samples the page's heap and, once it starts, the workbook worker's, every SAMPLE_MS until
 * stopped. Resolves the peaks (bytes used) and how many samples each had.
 */
async function heapSampler(page) {
  const cdp = await page.context().newCDPSession(page);
  let worker = null;
  let nextId = 1;
  const pending = new Map();
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker' && targetInfo.url.includes('workbook-export')) worker = sessionId;
  });
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { id, result } = JSON.parse(message);
    pending.get(id)?.(result);
    pending.delete(id);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const askWorker = (sessionId) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' })
        })
        .catch(() => pending.delete(id) && resolve(null));
    });
  const stats = {
    page: { peak: 0, before: (await cdp.send('Runtime.getHeapUsage')).usedSize, samples: 0 },
    worker: { peak: 0, peakWithBuffers: 0, samples: 0, lastAt: 0, longestGapMs: 0 }
  };
  let running = true;
  // One question at a time to each: a busy page or worker answers when its current task ends, and
  // the one must not hold up the sampling of the other.
  let pageBusy = false;
  let workerBusy = false;
  const tick = () => {
    if (!pageBusy) {
      pageBusy = true;
      void cdp
        .send('Runtime.getHeapUsage')
        .catch(() => null)
        .then((usage) => {
          pageBusy = false;
          if (!usage || !running) return;
          stats.page.peak = Math.max(stats.page.peak, usage.usedSize);
          stats.page.samples++;
        });
    }
    if (worker && !workerBusy) {
      workerBusy = true;
      void askWorker(worker).then((usage) => {
        workerBusy = false;
        if (!usage || !running) return;
        const now = Date.now();
        const s = stats.worker;
        if (s.lastAt) s.longestGapMs = Math.max(s.longestGapMs, now - s.lastAt);
        s.lastAt = now;
        s.peak = Math.max(s.peak, usage.usedSize);
        // The ArrayBuffers' bytes (the sheets' XML held for the ZIP, the file) are outside usedSize.
        s.peakWithBuffers = Math.max(s.peakWithBuffers, usage.usedSize + (usage.backingStorageSize ?? 0));
        s.samples++;
        if (process.env.BENCH_DEBUG) (s.series ??= []).push([now, Math.round(usage.usedSize / MB)]);
      });
    }
  };
  const loop = (async () => {
    while (running) {
      tick();
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await cdp.detach().catch(() => {});
      return stats;
    }
  };
}

/**
 * Records each change of the export's progress bar ([page time, label, percent or null]) and the
 * page's long main-thread tasks (Long Tasks API, [start, duration]) from now on.
 */
function recordProgress() {
  window.__progress = [];
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask' });
  const section = [...document.querySelectorAll('section')].find((s) =>
    s.querySelector('button.primary')?.textContent.includes('採点ワークブック')
  );
  const read = () => {
    const bar = section.querySelector('.progress progress');
    if (!bar) return null;
    const label = section.querySelector('.progress label').textContent.trim();
    const percent = bar.hasAttribute('value') ? Math.floor((bar.value / bar.max) * 100) : null;
    return [performance.now(), label, percent];
  };
  new MutationObserver(() => {
    const now = read();
    const last = window.__progress.at(-1);
    if (!now && last && last[1] === null) return;
    if (now && last && last[1] === now[1] && last[2] === now[2]) return;
    window.__progress.push(now ?? [performance.now(), null, null]);
  }).observe(section, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** The stages in the order shown, each with the percentages it went through and its time. */
function stagesOf(changes, endAt) {
  const stages = [];
  for (const [i, [at, label, percent]] of changes.entries()) {
    if (label === null) continue;
    const until = changes[i + 1]?.[0] ?? endAt;
    let stage = stages.at(-1);
    if (stage?.label !== label) stages.push((stage = { label, from: null, to: null, ms: 0 }));
    if (percent !== null) {
      stage.from ??= percent;
      stage.to = percent;
    }
    stage.ms += until - at;
  }
  return stages;
}

/**
 * On a page of a context where the big procurement is restored: 結果 opened, the workbook exported
 * with the button a user clicks, until the download. Returns the figures.
 */
export async function exportOnce(page, url) {
  await page.goto(`${url}/procurement/results/?id=p1`);
  const button = page.getByRole('button', { name: EXPORT_BUTTON });
  await button.waitFor({ timeout: TIMEOUT_MS });
  await page.evaluate(recordProgress);
  if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log('console', m.text()));
  const sampler = await heapSampler(page);
  const download = page.waitForEvent('download', { timeout: TIMEOUT_MS });
  // Clicked in the page: Playwright's click waits for the page to answer after it, and the page
  // may be busy for longer than its timeout, which is part of what is measured.
  const clickedAt = await button.evaluate((b) => {
    b.click();
    return performance.now();
  });
  const file = await download;
  const downloadedAt = await page.evaluate(() => performance.now());
  const heaps = await sampler.stop();
  const bytes = (await stat(await file.path())).size;
  const { changes, tasks } = await page.evaluate(() => ({
    changes: window.__progress,
    tasks: window.__tasks
  }));
  // The export's tasks: those that end after the click (the click's own included). A task that ends
  // before it is 結果 still finishing its own loading (its panels), counted apart.
  const longest = (list) => Math.max(0, ...list.map(([, duration]) => duration));
  const longestTaskMs = longest(tasks.filter(([start, duration]) => start + duration > clickedAt));
  const longestBeforeClickMs = longest(tasks.filter(([start, duration]) => start + duration <= clickedAt));
  if (process.env.BENCH_DEBUG) console.log(JSON.stringify({ changes, heaps }, null, 1));
  return {
    wallMs: downloadedAt - clickedAt,
    heaps,
    bytes,
    longestTaskMs,
    longestBeforeClickMs,
    stages: stagesOf(changes, downloadedAt)
  };
}

/** The figures as the table `run.mjs` prints. */
export function report({ wallMs, heaps, bytes, longestTaskMs, longestBeforeClickMs, stages }) {
  const mb = (b) => `${(b / MB).toFixed(1)} MB`;
  const last = stages.at(-1);
  const reached = last?.label === LAST_STAGE;
  const shown = stages.map(
    (s) => `${s.label}${s.from === null ? '' : ` ${s.from}→${s.to}%`} ${(s.ms / 1000).toFixed(1)} s`
  );
  const input = `${SIZE.vendors} × ${SIZE.requirements} × ${SIZE.evaluators}`;
  return {
    title: `Scoring workbook exported from 結果 in Chromium: ${input} (one run)`,
    columns: ['measurement', 'figure', 'detail'],
    rows: [
      ['export, click to download', `${(wallMs / 1000).toFixed(1)} s`, `file ${mb(bytes)}`],
      [
        'worker peak JS heap used',
        mb(heaps.worker.peak),
        `${heaps.worker.samples} samples, longest gap ${(heaps.worker.longestGapMs / 1000).toFixed(1)} s`
      ],
      [
        'worker peak JS heap + ArrayBuffers',
        mb(heaps.worker.peakWithBuffers),
        'usedSize + backingStorageSize, at one sample'
      ],
      ['page peak JS heap used', mb(heaps.page.peak), `before: ${mb(heaps.page.before)}`],
      [
        'page longest main-thread task',
        `${Math.round(longestTaskMs)} ms`,
        `from the click to the download (before the click, 結果 loading: ${Math.round(longestBeforeClickMs)} ms)`
      ],
      [
        'progress: last stage shown',
        last?.label ?? '(none)',
        reached ? 'the final stage' : 'NOT the final stage'
      ]
    ],
    summary: [
      `progress shown: ${shown.join(' → ')}`,
      `heaps: Runtime.getHeapUsage usedSize, sampled every ${SAMPLE_MS} ms; a peak between two answers of the worker (see the longest gap) may be missed`,
      'time ratio to bare ExcelJS and peak memory in Node: the "Scoring workbook" table'
    ]
  };
}

/** @param {{ repoRoot: string, buildDir: string }} context */
export async function run({ repoRoot, buildDir }) {
  const path = await closedFixtureFile(repoRoot);
  const server = await serve(repoRoot, buildDir);
  const browser = await chromium.launch(launchOptions());
  try {
    const context = await browser.newContext({
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      acceptDownloads: true
    });
    const setup = await context.newPage();
    await restore(setup, server.url, path);
    await setup.close();
    return report(await exportOnce(await context.newPage(), server.url));
  } finally {
    await browser.close();
    server.stop();
  }
}
