/**
 * What a page loads only after it has painted what it exists for (the ranking, the sheet, the
 * requirement list): `afterPaint` waits for the next frame and then for the main thread to be idle
 * (at most `IDLE_TIMEOUT_MS`). chart.js (about 70 KB gzip) is imported that way, once for every
 * chart of the app; the shipped catalogues wait the same way.
 */
const IDLE_TIMEOUT_MS = 1000;

export function afterPaint(): Promise<void> {
  // Outside a page (unit tests, a worker) there is nothing to paint first.
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') {
        requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
      } else {
        setTimeout(resolve, 0);
      }
    })
  );
}

/** A new task: what follows runs after the browser has had a turn (input, a frame, a cancel). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

let chartJs: Promise<typeof import('chart.js')> | null = null;

export function loadChartJs(): Promise<typeof import('chart.js')> {
  chartJs ??= afterPaint().then(() => import('chart.js'));
  return chartJs;
}
