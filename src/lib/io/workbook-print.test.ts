/**
 * The scoring workbook printed: LibreOffice converts the demo workbook and a 300-requirement one to
 * PDF. Nothing may be cut (the PDF's text holds every requirement's 内容, every rationale, every
 * vendor name and every audit hash, whitespace aside) and the page count stays within a bound derived from the file's
 * own geometry (see `pageBound`). Without `soffice`: skipped locally, a failure under CI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../domain/audit';
import type { AttestationTypeCatalogue } from '../domain/catalogue';
import { buildDemoBundle } from '../domain/demo';
import type { ProcurementBundle } from '../domain/model';
import { scoreProcurement } from '../domain/scoring';
import { scoringInputOf } from '../domain/scoring-input';
import { sha256Text } from '../domain/sha256';
import { randomBundle } from '$lib/testing/scoring-workbook';
import { seededRandom } from '$lib/testing/random-text';
import { buildScoringWorkbook } from './scoring-workbook';
import { guardText } from './text-guard';
import { printWithLibreOffice } from '$lib/testing/libreoffice';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const available = soffice.status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
const INSTALL = 'apt-get install -y libreoffice-calc-nogui poppler-utils fonts-noto-cjk';
if (!available && !process.env.CI) {
  console.warn(`workbook-print: soffice or pdftotext not found, print test skipped (install: ${INSTALL})`);
}

const types = (
  JSON.parse(
    readFileSync(new URL('../../../questionnaires/attestation-types.json', import.meta.url), 'utf8')
  ) as AttestationTypeCatalogue
).types;

function demoBundle(): ProcurementBundle {
  let n = 0;
  return buildDemoBundle({
    newId: () => `demo-${String(++n).padStart(4, '0')}`,
    now: '2027-02-01T00:00:00.000Z',
    hash: sha256Text
  });
}

const PHRASES = [
  '利用者の認証には多要素認証を用い、',
  '管理者権限の付与と剥奪は申請と承認の記録を残し、',
  'ログは改ざんできない形で一年以上保存し、',
  'Backup copies are encrypted with AES-256 and kept in a second region; ',
  '障害発生時には四時間以内に第一報を報告し、',
  '再委託先にも同等の管理策を求めること。'
];

/** 300 requirements, five vendors, three evaluators; long 内容 and rationales, some with line breaks. */
function largeBundle(): ProcurementBundle {
  const bundle = randomBundle({ vendors: 5, requirements: 300, evaluators: 3, seed: 31 });
  const next = seededRandom(31);
  const sentence = (min: number, max: number) => {
    const count = min + Math.floor(next() * (max - min + 1));
    return Array.from({ length: count }, () => PHRASES[Math.floor(next() * PHRASES.length)]!).join(
      next() < 0.2 ? '\n' : ''
    );
  };
  for (const r of bundle.requirements) r.text = `${r.ref}: ${sentence(1, 8)}`;
  bundle.grades.forEach((g, i) => {
    g.rationale = i % 4 === 0 ? '' : `評価${i}: ${sentence(1, 4)}`;
  });
  return bundle;
}

const CASES = [
  { name: 'demo', bundle: demoBundle() },
  { name: 'large', bundle: largeBundle() }
];

const work = mkdtempSync(join(tmpdir(), 'sentei-print-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const squeeze = (s: string) => s.replace(/\s+/gu, '');

/** A4 landscape, in points. */
const PAGE = { width: 841.89, height: 595.28 };
const POINTS_PER_INCH = 72;
/** Column width (characters of the default font) to points, as the spreadsheet programs convert it. */
const columnPoints = (width: number) => ((7 * width + 5) * 3) / 4;

/**
 * An upper bound on the pages LibreOffice prints, sheet by sheet, from what the file states. Fitted
 * to the page width, a sheet is printed at scale s = min(1, usable width / (1.05 × column widths)) —
 * 5 % of slack for the font's real width. A page then holds U / s points of rows (U: the page height
 * less the top and bottom margins), of which the repeated header rows take h. A page ends only when
 * the next row (at most m tall) does not fit, so every page but the last holds more than
 * U / s − h − m of rows: a sheet of rows H tall prints on at most ceil(H / (U / s − h − m)) pages.
 */
function pageBound(book: ExcelJS.Workbook): { pages: number; sheets: Record<string, number> } {
  const sheets: Record<string, number> = {};
  for (const sheet of book.worksheets) {
    const setup = sheet.pageSetup;
    const margins = setup.margins!;
    const usableWidth = PAGE.width - (margins.left + margins.right) * POINTS_PER_INCH;
    const usableHeight = PAGE.height - (margins.top + margins.bottom) * POINTS_PER_INCH;
    let width = 0;
    for (let c = 1; c <= sheet.columnCount; c++) width += columnPoints(sheet.getColumn(c).width ?? 9);
    const scale = Math.min(1, usableWidth / (1.05 * width));
    const heightOf = (r: number) => sheet.getRow(r).height ?? 15;
    let total = 0;
    let tallest = 0;
    for (let r = 1; r <= sheet.rowCount; r++) {
      total += heightOf(r);
      tallest = Math.max(tallest, heightOf(r));
    }
    const repeated = /^(\d+):(\d+)$/.exec(setup.printTitlesRow ?? '');
    let header = 0;
    if (repeated) for (let r = Number(repeated[1]); r <= Number(repeated[2]); r++) header += heightOf(r);
    const room = usableHeight / scale - header - tallest;
    expect(room, `${sheet.name}: a page holds a row`).toBeGreaterThan(0);
    sheets[sheet.name] = Math.ceil(total / room);
  }
  return { pages: Object.values(sheets).reduce((a, b) => a + b, 0), sheets };
}

describe.skipIf(!available && !process.env.CI)('the workbook printed by LibreOffice', () => {
  it('fits A4 landscape in width, cuts no text and stays within its page bound', async () => {
    if (!available) throw new Error(`soffice or pdftotext is not installed: ${INSTALL}`);
    const files: string[] = [];
    const bounds = new Map<string, ReturnType<typeof pageBound>>();
    for (const c of CASES) {
      const input = scoringInputOf(c.bundle);
      const bytes = await buildScoringWorkbook(
        {
          bundle: c.bundle,
          result: scoreProcurement(input),
          attestationTypes: types,
          today: '2027-02-01',
          chain: verifyChain(c.bundle.audit, sha256Text, c.bundle.procurement.auditHead),
          stability: null,
          exportedAt: '2027-02-01T05:12:00.000Z'
        },
        { locale: 'ja' }
      );
      const file = join(work, `${c.name}.xlsx`);
      writeFileSync(file, bytes);
      files.push(file);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
      bounds.set(c.name, pageBound(book));
    }
    printWithLibreOffice(work, files);

    for (const c of CASES) {
      const pdf = join(work, `${c.name}.pdf`);
      const extracted = spawnSync('pdftotext', ['-raw', pdf, '-'], {
        encoding: 'utf8',
        maxBuffer: 1 << 28
      });
      expect(extracted.status, extracted.stderr).toBe(0);
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]);
      const bound = bounds.get(c.name)!;
      console.info(`workbook-print: ${c.name}: ${pages} pages (bound ${bound.pages})`, bound.sheets);
      expect(pages, `${c.name}: pages`).toBeLessThanOrEqual(bound.pages);
      const printed = squeeze(extracted.stdout);
      const wanted = [
        ...c.bundle.requirements.map((r) => r.text),
        ...c.bundle.grades.map((g) => (typeof g.rationale === 'string' ? g.rationale : '')),
        ...c.bundle.vendors.map((v) => v.company),
        // Long words (64 hex digits) that must wrap whole, on 監査ログ（機械可読）.
        ...c.bundle.audit.map((e) => e.hash)
      ].filter((s) => s.trim() !== '');
      const missing = [...new Set(wanted)].filter((s) => !printed.includes(squeeze(guardText(s))));
      expect(
        missing.slice(0, 5),
        `${c.name}: ${missing.length} of ${wanted.length} texts not printed`
      ).toEqual([]);
    }
  }, 600_000);
});
