// Journey: the committee prints the demo's decision memo (選定理由書) from Chromium on A4 and signs
// the paper. One vendor's name is corrected to 30 characters first (the longest a company name
// usually gets). The PDF is read back with pdftotext: no page but the last is mostly blank, the
// ranking table keeps that name on one line, and nothing prints empty brackets.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { stageLink } from './committee';
import { startPostCloseCorrection } from './pages';
import { DEMO_TITLE, VENDOR } from './answers';

test.use({ firstRun: true });

/** 30 characters. */
const LONG_NAME = 'ミナト情報システムソリューションズホールディングス株式会社';
/** A4 with the memo's @page margins (18 mm top and bottom), in PDF points. */
const MARGIN_PT = (18 / 25.4) * 72;

interface PdfLine {
  text: string;
  yMin: number;
  yMax: number;
}
interface PdfPage {
  height: number;
  lines: PdfLine[];
}

/** Pages and their text lines, with positions, as pdftotext's bounding-box output gives them. */
function pdfPages(file: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    height: Number(page[1]),
    lines: [
      ...page[2]!.matchAll(
        /<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g
      )
    ].map((line) => ({
      yMin: Number(line[1]),
      yMax: Number(line[2]),
      text: [...line[3]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ')
    }))
  }));
}

/** The usual distance between one line of body text and the next, over the whole document. */
function linePitch(pages: PdfPage[]): number {
  const gaps = pages
    .flatMap((p) => p.lines.slice(1).map((line, i) => line.yMin - p.lines[i]!.yMin))
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]!;
}

/** A vendor's share of first places as printed: 「株式会社アオバクラウド : 86.5%」. */
const VENDOR_SHARE = /\n\S[^\n]* : \d+(\.\d)?%\n/;

test('the demo memo prints on A4 with no blank pages, long names on one line and no empty brackets', async ({
  page,
  pageErrors
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('link', { name: DEMO_TITLE }).click();

  // The demo is closed: the vendor's name changes through a post-close correction.
  await stageLink(page, '回答収集').click();
  await page.getByRole('rowheader', { name: VENDOR }).getByRole('link').click();
  await startPostCloseCorrection(page, '商号変更の届出があったため');
  await page.getByLabel('事業者名').fill(LONG_NAME);
  await page.getByRole('button', { name: '事業者の情報を保存' }).click();
  await expect(page.getByRole('heading', { level: 2, name: LONG_NAME })).toBeVisible();

  await stageLink(page, '結果').click();
  await page.getByRole('link', { name: '選定理由書（案）を開く' }).click();
  const memo = page.getByRole('article', { name: '選定理由書（案）' });
  await expect(memo).toContainText(LONG_NAME);
  // A government procurement's documents are dated in 和暦 (the screen keeps the user's style).
  await expect(memo.getByText(/^令和\d+年\d+月\d+日$/).first()).toBeVisible();
  // 選定理由: at most five items, each with the second's score and the difference.
  const separating = memo
    .getByTestId('memo-selected')
    .getByRole('listitem')
    .filter({ hasText: /差 [\d.]+ 点）$/ });
  expect(await separating.count()).toBeGreaterThan(0);
  expect(await separating.count()).toBeLessThanOrEqual(5);

  // The share of first places is computed after the memo shows: until then section 8 says so and
  // the print button waits; nothing printed says the analysis was not run.
  await expect(page.getByRole('button', { name: '印刷' })).toBeEnabled({ timeout: 30_000 });
  await expect(memo.getByTestId('memo-stability-pending')).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  const dir = await mkdtemp(join(tmpdir(), 'sentei-memo-'));
  const file = join(dir, 'memo.pdf');
  await writeFile(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const pages = pdfPages(file);
  await rm(dir, { recursive: true });
  const text = pages.map((p) => p.lines.map((l) => l.text).join('\n')).join('\n');

  // Every page but the last is at least a third full: a full page holds (height − margins) / pitch
  // lines of body text.
  expect(pages.length).toBeGreaterThan(1);
  const pitch = linePitch(pages);
  for (const [i, p] of pages.slice(0, -1).entries()) {
    const fullPage = (p.height - 2 * MARGIN_PT) / pitch;
    expect(
      p.lines.length,
      `page ${i + 1} of ${pages.length}: ${p.lines.length} lines`
    ).toBeGreaterThanOrEqual(fullPage / 3);
  }

  // The ranking table (section 4) has the 30-character name whole on one line.
  const ranking = text.slice(text.search(/4\.\s+評価の結果/), text.search(/5\.\s+選定する事業者/));
  expect(ranking).toContain('順位表');
  expect(ranking.split('\n')).toContainEqual(expect.stringContaining(LONG_NAME));

  // Section 8 gives the share of first places, and every evidence its status.
  const stability = text.slice(text.search(/8\.\s+結果の安定性/), text.search(/9\.\s+未了事項/));
  // A vendor's share per line (the intro wraps on paper).
  expect(stability).toMatch(VENDOR_SHARE);
  expect(stability).not.toContain('行っていない');
  expect(text).not.toContain('状態は判定できない');

  // Nothing prints empty brackets or a label with nothing after it.
  expect(text).not.toMatch(/（\s*）|\(\s*\)|（・|・）/);
  expect(pageErrors).toEqual([]);
});
