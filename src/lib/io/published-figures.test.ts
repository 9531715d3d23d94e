/**
 * One truth: every published figure — rank, 技術点, 価格点, 総合評価点 or 評価値, and the lowest bid —
 * is the same on the results page's rows, in the decision memo, in the ranking CSV and in the
 * scoring workbook once LibreOffice has recalculated it, and equals the engine's. A vendor that is
 * not ranked (不合格, 無効, 辞退, over the ceiling, incomplete) has no 価格点 and no total anywhere,
 * and its bid is never the lowest. For the demo and seeded random procurements that include such
 * vendors, under both price methods, floor and half-up. Without `soffice`: skipped locally, a
 * failure under CI.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../domain/audit';
import { buildDemoBundle } from '../domain/demo';
import { buildMemo } from '../domain/memo';
import { defaultSettings } from '../domain/defaults';
import type { ProcurementBundle, ScoringSettings } from '../domain/model';
import { priceMethodPublishes } from '../domain/price';
import { publishedFigures, rankingRows as pageRows, type RankingRow } from '../domain/ranking-rows';
import { scoreProcurement, type ScoringResult } from '../domain/scoring';
import { scoringInputOf } from '../domain/scoring-input';
import { sha256Text } from '../domain/sha256';
import { syncTranslator } from '../i18n/translate-sync';
import { rankingCsvText } from './ranking-csv';
import { rankingRows as csvRows, reasonText } from './ranking-table';
import { buildScoringWorkbook } from './scoring-workbook';
import { SHEET_NAMES, TITLE_ROWS } from './scoring-workbook-sheet';
import { guardText } from './text-guard';
import { randomBundle } from '$lib/testing/scoring-workbook';
import { recalculateWithLibreOffice, SOFFICE_AVAILABLE, SOFFICE_INSTALL } from '$lib/testing/libreoffice';

function demoBundle(settings: Partial<ScoringSettings> = {}): ProcurementBundle {
  let n = 0;
  const bundle = buildDemoBundle({
    newId: () => `demo-${String(++n).padStart(4, '0')}`,
    now: '2027-02-01T00:00:00.000Z',
    hash: sha256Text
  });
  for (const v of bundle.criteriaVersions) v.settings = { ...v.settings, ...settings };
  bundle.procurement.settings = { ...bundle.procurement.settings, ...settings };
  return bundle;
}

const halfUp = (s: ScoringSettings['rounding']['mode']): ScoringSettings['rounding'] => ({
  ...defaultSettings().rounding,
  mode: s
});

const random = (seed: number, settings: Partial<ScoringSettings>) =>
  randomBundle({
    vendors: 8,
    requirements: 20,
    evaluators: 3 + (seed % 3),
    seed,
    settings,
    missingBid: true,
    consensus: true,
    gaps: seed % 2 === 0,
    unranked: true
  });

/**
 * Points per level on three scored items (as written: top = the item's points, halving, the last
 * 0), two items that exclude at their lowest level, and a minimum 技術点 equal to a vendor's
 * published 技術点 (exactly at it passes), so the thresholds exclude some vendors and pass one on
 * the boundary.
 */
function withThresholds(bundle: ProcurementBundle): ProcurementBundle {
  const version = bundle.criteriaVersions.at(-1);
  const requirements = version ? version.requirements : bundle.requirements;
  const settings = version ? version.settings : bundle.procurement.settings;
  const scored = requirements.filter((r) => r.kind === 'scored');
  scored.slice(0, 3).forEach((r) => {
    const last = settings.rubric.length - 1;
    r.levelPoints = settings.rubric.map((l, i) => ({
      code: l.code,
      points: i === last ? 0 : r.points / 2 ** i
    }));
  });
  for (const r of scored.slice(2, 4)) r.excludeAtLowest = true;
  // Two vendors graded at the lowest level on an excluding item (one of them with points per level).
  const lowest = settings.rubric.at(-1)!.code;
  for (const [vendor, item] of [
    [bundle.vendors[0], scored[2]],
    [bundle.vendors[1], scored[3]]
  ] as const) {
    for (const g of bundle.grades) {
      if (g.vendorId === vendor?.id && g.requirementId === item?.id && g.level !== null) g.level = lowest;
    }
  }
  const technical = scoreProcurement(scoringInputOf(bundle))
    .vendors.flatMap((v) => (v.technicalPoints ? [v.technicalPoints.value] : []))
    .sort((a, b) => a - b);
  settings.minimumTechnical = technical[Math.floor(technical.length / 2)] ?? null;
  if (version) bundle.procurement.settings = { ...settings };
  return bundle;
}

const CASES: { name: string; bundle: ProcurementBundle }[] = [
  { name: 'demo', bundle: demoBundle() },
  { name: 'demo-division', bundle: demoBundle({ priceMethod: 'division' }) },
  { name: 'demo-lowest', bundle: demoBundle({ priceMethod: 'additive', priceFormula: 'lowestRatio' }) },
  { name: 'r31', bundle: random(31, { priceMethod: 'additive', priceFormula: 'lowestRatio' }) },
  { name: 'r32', bundle: random(32, { priceMethod: 'additive', priceFormula: 'standard' }) },
  {
    name: 'r33',
    bundle: random(33, { priceMethod: 'additive', priceFormula: 'lowestRatio', rounding: halfUp('halfUp') })
  },
  { name: 'r34', bundle: random(34, { priceMethod: 'division' }) },
  { name: 'r35', bundle: random(35, { priceMethod: 'division', rounding: halfUp('halfUp') }) },
  {
    name: 't36',
    bundle: withThresholds(random(36, { priceMethod: 'additive', priceFormula: 'lowestRatio' }))
  },
  {
    name: 't37',
    bundle: withThresholds(random(37, { priceMethod: 'division', rounding: halfUp('halfUp') }))
  },
  { name: 't38', bundle: withThresholds(demoBundle()) }
];

/** One vendor's published figures on one surface; null where none is published. */
interface Published {
  rank: number | null;
  technical: number | null;
  price: number | null;
  total: number | null;
}

const num = (x: unknown): number | null => {
  if (typeof x === 'number') return x;
  if (typeof x !== 'string' || x === '' || x === '—') return null;
  const n = Number(x.replaceAll(',', ''));
  return Number.isFinite(n) ? n : null;
};

function fromRows(rows: readonly RankingRow[], settings: ScoringSettings): Map<string, Published> {
  const rankBy = priceMethodPublishes(settings).rankBy;
  return new Map(
    rows.map((row) => {
      const f = publishedFigures(row);
      return [
        guardText(row.company),
        {
          rank: row.rank,
          technical: num(f.technicalPoints),
          price: num(f.pricePoints),
          total: num(f[rankBy])
        }
      ];
    })
  );
}

function fromTable(table: unknown[][], header: number, columns: Record<keyof Published | 'company', number>) {
  const out = new Map<string, Published>();
  const noValue = syncTranslator('ja')('results.noValue');
  const cell = (row: unknown[], c: number) => (c < 0 || row[c] === noValue ? null : num(row[c]));
  for (const row of table.slice(header + 1)) {
    const company = row[columns.company];
    if (typeof company !== 'string' || company === '') continue;
    out.set(company, {
      rank: cell(row, columns.rank),
      technical: cell(row, columns.technical),
      price: cell(row, columns.price),
      total: cell(row, columns.total)
    });
  }
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'sentei-one-truth-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Prepared {
  name: string;
  bundle: ProcurementBundle;
  settings: ScoringSettings;
  result: ScoringResult;
}

describe.skipIf(!SOFFICE_AVAILABLE && !process.env.CI)(
  'one truth across the page, memo, CSV and workbook',
  () => {
    it('every published figure agrees, and unranked vendors have none', async () => {
      if (!SOFFICE_AVAILABLE) throw new Error(`soffice (LibreOffice) is not installed: ${SOFFICE_INSTALL}`);
      const prepared: Prepared[] = [];
      const files: string[] = [];
      for (const c of CASES) {
        const settings = scoringInputOf(c.bundle).settings;
        const result = scoreProcurement(scoringInputOf(c.bundle));
        const bytes = await buildScoringWorkbook({
          bundle: c.bundle,
          result,
          attestationTypes: [],
          today: '2027-02-01',
          chain: verifyChain(c.bundle.audit, sha256Text, c.bundle.procurement.auditHead),
          stability: null,
          exportedAt: '2027-02-01T00:00:00.000Z'
        });
        const file = join(work, `${c.name}.xlsx`);
        writeFileSync(file, bytes);
        files.push(file);
        prepared.push({ ...c, settings, result });
      }
      const out = recalculateWithLibreOffice(work, files);
      const t = syncTranslator('ja');
      const names = SHEET_NAMES.ja;
      let compared = 0;
      let unrankedWithLowerBid = 0;
      const unrankedStatuses = new Set<string>();
      for (const p of prepared) {
        const { settings, result, bundle } = p;
        const publishes = priceMethodPublishes(settings);
        const page = fromRows(pageRows(result, bundle.vendors, settings, 'display'), settings);
        const memo = buildMemo({ bundle, result, statuses: {}, date: '2027-02-01' });
        const memoFigures = fromRows(memo.ranking, settings);
        const csvTable = XLSX.utils.sheet_to_json<unknown[]>(
          XLSX.read(rankingCsvText(csvRows(bundle, result, settings, 'ja')), { type: 'string', raw: true })
            .Sheets['Sheet1']!,
          { header: 1, raw: true, defval: '' }
        );
        const csvHeader = csvTable[0] as string[];
        const col = (label: string) => csvHeader.indexOf(label);
        const csv = fromTable(csvTable, 0, {
          company: col(t('results.colVendor')),
          rank: col(t('results.colRank')),
          technical: col(t('scoring.figure.technical')),
          price: publishes.pricePoints ? col(t('scoring.figure.price')) : -1,
          total: col(
            publishes.evaluationValue ? t('scoring.figure.evaluationValue') : t('scoring.figure.total')
          )
        });
        const book = XLSX.read(readFileSync(join(out, `${p.name}.xlsx`)), { type: 'buffer' });
        const sheetRows = (name: string) =>
          XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1, raw: true, defval: '' });
        const overallRows = sheetRows(names.overall);
        const overall = fromTable(overallRows, TITLE_ROWS + 1, {
          rank: 0,
          company: 1,
          technical: 4,
          price: publishes.pricePoints ? 5 : -1,
          total: 6
        });
        const priceSheet = sheetRows(names.price);
        const priceFigures = fromTable(priceSheet, TITLE_ROWS + 6, {
          company: 0,
          rank: -1,
          technical: 4,
          price: 5,
          total: -1
        });

        for (const r of result.vendors) {
          const vendor = bundle.vendors.find((v) => v.id === r.vendorId)!;
          const company = guardText(vendor.company);
          const ranked = r.rank !== null;
          const figure = publishes.evaluationValue ? r.evaluationValue : r.totalPoints;
          const engine: Published = {
            rank: r.rank,
            technical: r.technicalPoints?.value ?? null,
            price: publishes.pricePoints && ranked ? (r.pricePoints?.value ?? null) : null,
            total: ranked ? (figure?.value ?? null) : null
          };
          const label = `${p.name} ${company}`;
          expect(page.get(company), `${label} page`).toEqual(engine);
          expect(memoFigures.get(company), `${label} memo`).toEqual(engine);
          expect(csv.get(company), `${label} CSV`).toEqual(engine);
          expect(overall.get(company), `${label} 総合評価`).toEqual(
            publishes.pricePoints ? engine : { ...engine, price: null }
          );
          // 合格 / 不合格, recalculated where the thresholds are formulas, and every reason in the remarks.
          const overallRow = overallRows.find((row) => row[1] === company)!;
          expect(overallRow[3], `${label} 結果`).toBe(
            t(r.qualified ? 'workbook.qualified' : 'workbook.disqualified')
          );
          for (const reason of r.reasons) {
            const words = reasonText(reason, 'ja');
            expect(String(overallRow[8]), `${label} 備考`).toContain(words);
            const csvRow = csvTable.find((row) => row[col(t('results.colVendor'))] === company)!;
            expect(csvRow.join(','), `${label} CSV reasons`).toContain(words);
          }
          const pageRow = pageRows(result, bundle.vendors, settings, 'display').find(
            (row) => row.vendorId === r.vendorId
          )!;
          expect(pageRow.reasons, `${label} page reasons`).toEqual(r.reasons);
          const priceRow = priceFigures.get(company)!;
          expect(priceRow.technical, `${label} 価格点計算 技術点`).toBe(engine.technical);
          expect(priceRow.price, `${label} 価格点計算 figure`).toBe(
            publishes.pricePoints ? engine.price : publishes.evaluationValue ? engine.total : null
          );
          compared++;
          if (!ranked) {
            unrankedStatuses.add(r.reasons.map((x) => x.code).join('+'));
            if (r.bid !== null && result.lowestBid !== null && r.bid < result.lowestBid)
              unrankedWithLowerBid++;
          }
        }
        // The lowest bid: the engine's, the workbook's MIN, and a ranked vendor's bid.
        const lowestRow = priceSheet.find((row) => row[0] === t('workbook.lowestBid'))!;
        const rankedBids = result.vendors.filter((r) => r.rank !== null && r.bid !== null).map((r) => r.bid!);
        if (publishes.bids) {
          expect(num(lowestRow[1]), `${p.name} lowest bid`).toBe(result.lowestBid);
          expect(result.lowestBid, `${p.name} lowest bid is a ranked vendor's`).toBe(
            rankedBids.length ? Math.min(...rankedBids) : null
          );
        }
        // The memo's selected vendor is the first ranked, with the same figures.
        expect(memo.selected?.row.vendorId ?? null).toBe(result.ranking[0] ?? null);
      }
      console.info(
        `published-figures: ${compared} vendors compared on 5 surfaces; ${unrankedWithLowerBid} unranked bids below the lowest; reasons ${[...unrankedStatuses].join(', ')}`
      );
      expect(unrankedWithLowerBid).toBeGreaterThan(0);
      for (const code of [
        'mandatoryFailed',
        'invalidBid',
        'withdrawn',
        'overCeiling',
        'belowMinimumTechnical',
        'lowestLevel'
      ]) {
        expect(
          [...unrankedStatuses].some((s) => s.includes(code)),
          code
        ).toBe(true);
      }
    }, 120_000);
  }
);
