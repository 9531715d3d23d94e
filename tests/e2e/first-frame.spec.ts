// Each page opened cold as a deep link shows its main content before every message has loaded: it
// waits only for its own message areas (`src/lib/i18n/page-areas.ts`). A key left out of those areas
// would show as its key in Japanese, or fall back to Japanese in English, until the rest arrives.
// This journey reads the page's text on the first animation frame where its main content is there
// (the same element `npm run bench` waits for) and finds no message key in Japanese, and no
// Japanese interface text in English. Once the main content is there, nothing in it moves: a panel
// loaded after it and placed above it pushed it down the screen, under the reader's pointer (on
// 回答収集, ~290 px some 80 ms after the vendor list showed).
import type { Page } from '@playwright/test';
import { ja as jaCore } from '../../src/lib/i18n/messages-core';
import { en as enCore } from '../../src/lib/i18n/messages-en';
import { jaWork } from '../../src/lib/i18n/messages-work';
import { enWork } from '../../src/lib/i18n/messages-work-en';
import { DEMO_TITLE } from './answers';
import { expect, test } from './fixtures';

test.use({ firstRun: true });

interface Route {
  name: string;
  path: string;
  /** The main content, as route-weights.mjs waits for it. */
  usable: string;
  /** A select to choose the first real option of once it shows (評価's evaluator). */
  choose?: string;
  /** Why the main content still moves once it shows (checked when absent). */
  moves?: string;
}

const ROUTES: Route[] = [
  { name: 'overview', path: '/procurement/?id=ID', usable: 'dl.facts' },
  {
    name: '仕様作成',
    path: '/procurement/spec/?id=ID',
    usable: 'table.requirements tbody tr',
    moves: 'the editing tools load after the requirement list and stand above it (~80 px in the demo)'
  },
  {
    name: '評価基準',
    path: '/procurement/criteria/?id=ID',
    usable: 'section[aria-labelledby="settings-title"] form'
  },
  { name: '回答収集', path: '/procurement/collect/?id=ID', usable: 'main table tbody tr' },
  { name: '業者', path: '/procurement/vendor/?id=ID&vendor=VENDOR', usable: 'section.attestations' },
  {
    name: '回答',
    path: '/procurement/answers/?id=ID&vendor=VENDOR',
    usable: 'table.answers tbody tr',
    moves: 'the pack panel and the column mapping load after the answers and stand above them'
  },
  {
    name: '評価',
    path: '/procurement/evaluate/?id=ID',
    usable: 'table.sheet tbody tr',
    choose: 'main label > select'
  },
  { name: '結果', path: '/procurement/results/?id=ID', usable: '[data-testid="ranking-table"] tbody tr' },
  { name: '決定書', path: '/procurement/memo/?id=ID', usable: '[data-testid="decision-memo"]' },
  { name: '監査ログ', path: '/procurement/audit/?id=ID', usable: 'table.audit tbody tr' },
  { name: '設定', path: '/procurement/settings/?id=ID', usable: 'form:has(#settings-title) input' }
];

const USABLE_KEY = 'sentei.e2e.firstFrame';

declare global {
  interface Window {
    __senteiFirstFrame?: { all: string; screen: string };
    /** What in the main content moved once it was there: each shift's nodes and distances. */
    __senteiShifts?: string[];
  }
}

/**
 * On every page of the context: if the session names a selector, look for it on each animation
 * frame (before that frame is painted) and keep the page's text, scripts and styles left out, the
 * first time it is there.
 */
function watchFirstFrame(key: string): void {
  /**
   * The page's text, and the part in the screen's language: a document written in another (the
   * memo in its procurement's language) carries its own `lang` and is left out of the second.
   */
  const pageText = () => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('script, style').forEach((node) => node.remove());
    const all = body.textContent ?? '';
    const screen = document.documentElement.lang;
    body.querySelectorAll(`[lang]:not([lang="${screen}"])`).forEach((node) => node.remove());
    return { all, screen: body.textContent ?? '' };
  };
  (window as unknown as { __senteiPageText: typeof pageText }).__senteiPageText = pageText;
  const selector = sessionStorage.getItem(key);
  if (!selector) return;
  // Layout shifts not caused by input, after the first frame with the main content, of nodes in it.
  let since = Infinity;
  window.__senteiShifts = [];
  interface Shift extends PerformanceEntry {
    value: number;
    hadRecentInput: boolean;
    sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Shift[]) {
      if (entry.hadRecentInput || entry.startTime < since) continue;
      const moved = entry.sources
        .filter((source) => source.node instanceof Element && source.node.closest('main'))
        .map((source) => {
          const node = source.node as Element;
          const text = (node.textContent ?? '').trim().slice(0, 24);
          return `<${node.nodeName.toLowerCase()}> “${text}” y ${Math.round(source.previousRect.y)} → ${Math.round(source.currentRect.y)}`;
        });
      if (moved.length) window.__senteiShifts!.push(`${entry.value.toFixed(3)}: ${moved.join('; ')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const tick = () => {
    if (document.querySelector(selector)) {
      window.__senteiFirstFrame = pageText();
      since = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The page's text on its first frame with the main content, and once every message is in. */
async function frames(
  page: Page,
  route: Route,
  path: string
): Promise<{
  first: { all: string; screen: string };
  settled: { all: string; screen: string };
  shifts: string[];
}> {
  await page.evaluate(({ key, selector }) => sessionStorage.setItem(key, selector), {
    key: USABLE_KEY,
    selector: route.usable
  });
  await page.goto(path);
  if (route.choose) await page.locator(route.choose).selectOption({ index: 1 });
  await page.waitForFunction(() => window.__senteiFirstFrame !== undefined, undefined, { timeout: 30_000 });
  const first = await page.evaluate(() => window.__senteiFirstFrame!);
  // The rest of the messages and the panels after the main content have arrived.
  await page.waitForLoadState('networkidle');
  const settled = await page.evaluate(() =>
    (window as unknown as { __senteiPageText: () => { all: string; screen: string } }).__senteiPageText()
  );
  // A panel placed after a lazily loaded one may still be drawn a frame later.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const shifts = await page.evaluate(() => window.__senteiShifts ?? []);
  return { first, settled, shifts };
}

const KEY_CHAR = /[\w.]/;

/** The message keys that appear in the text as themselves (not inside a longer word or key). */
function keysIn(text: string, keys: readonly string[]): string[] {
  return keys.filter((key) => {
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + key.length] ?? ' ';
      if (!KEY_CHAR.test(before) && !KEY_CHAR.test(after)) return true;
    }
    return false;
  });
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const MIN_FALLBACK_LENGTH = 6;

/**
 * Japanese interface texts an English page would show only by falling back: whole texts without
 * placeholders, long enough not to be a term English keeps on purpose (一体方式 …), that the English
 * text does not contain. A fallback that is never drawn again in English is not caught here.
 */
function fallbacks(): string[] {
  const pairs: [string, string][] = [
    ...Object.entries(jaCore).map(([k, v]): [string, string] => [v, enCore[k as keyof typeof enCore]]),
    ...Object.entries(jaWork).map(([k, v]): [string, string] => [v, enWork[k as keyof typeof enWork]])
  ];
  return pairs
    .filter(([jaText, enText]) => {
      return (
        JAPANESE.test(jaText) &&
        !jaText.includes('{') &&
        jaText.length >= MIN_FALLBACK_LENGTH &&
        !enText.includes(jaText)
      );
    })
    .map(([jaText]) => jaText);
}

test('every page, opened cold, draws its first frame in its language, with no message key, and holds still', async ({
  page,
  pageErrors
}) => {
  test.setTimeout(180_000);
  await page.addInitScript(watchFirstFrame, USABLE_KEY);
  await page.goto('/');
  await page.getByRole('link', { name: DEMO_TITLE }).click();
  await expect(page).toHaveURL(/[?&]id=/);
  const id = new URL(page.url()).searchParams.get('id')!;
  await page.goto(`/procurement/collect/?id=${encodeURIComponent(id)}`);
  const vendorLink = page.locator('a[href*="/procurement/vendor/"]').first();
  await expect(vendorLink).toBeVisible();
  const vendor = new URL((await vendorLink.getAttribute('href'))!, page.url()).searchParams.get('vendor')!;
  const pathOf = (route: Route) =>
    route.path.replace('ID', encodeURIComponent(id)).replace('VENDOR', encodeURIComponent(vendor));

  const keys = [...Object.keys(jaCore), ...Object.keys(jaWork)];
  const japanese = fallbacks();
  // The check finds a key placed in a text, and there are Japanese interface texts to look for.
  expect(keysIn(`（${keys[0]}）`, keys)).toEqual([keys[0]]);
  expect(japanese.length).toBeGreaterThan(100);

  for (const locale of ['ja', 'en'] as const) {
    await page.evaluate((value) => localStorage.setItem('sentei.locale', value), locale);
    for (const route of ROUTES) {
      const { first, settled, shifts } = await frames(page, route, pathOf(route));
      expect(first.all, `${locale} ${route.name}: the main content`).not.toEqual('');
      if (!route.moves)
        expect.soft(shifts, `${locale} ${route.name}: the main content moved once it showed`).toEqual([]);
      expect
        .soft(keysIn(first.all, keys), `${locale} ${route.name}: message keys on the first frame`)
        .toEqual([]);
      if (locale === 'en') {
        // Japanese in the data (the demo's domains, answers) is there once everything is in too; a
        // fallback is drawn again in English and is gone.
        expect
          .soft(
            japanese.filter((jaText) => first.screen.includes(jaText) && !settled.screen.includes(jaText)),
            `en ${route.name}: Japanese interface text on the first frame, English later`
          )
          .toEqual([]);
      }
    }
  }
  expect(pageErrors).toEqual([]);
});
