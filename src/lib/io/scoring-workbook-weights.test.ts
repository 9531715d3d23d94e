import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { scoreProcurement } from '../domain/scoring';
import { scoringInputOf } from '../domain/scoring-input';
import type { ProcurementBundle } from '../domain/model';
import { pointsOf } from '../domain/spec-points';
import { buildScoringWorkbook, type ScoringWorkbookInput } from './scoring-workbook';
import { scenarioBundle } from '$lib/testing/scoring-workbook';

/** Two mandatory items, the second a 0-point gate, and scored items of 30, 20, 10 under 加算方式 P = 50. */
const bundle = (): ProcurementBundle =>
  scenarioBundle({
    mandatory: [10, 0],
    vendors: {
      A: { mandatory: ['ppp', 'ppp'], scored: ['AAB', 'BBB', 'CDC'], bid: 8_000_000 },
      B: { mandatory: ['ppp', 'pff'], scored: ['BBB', 'AAA', 'AAA'], bid: 9_500_000 }
    }
  });

function inputOf(b: ProcurementBundle): ScoringWorkbookInput {
  return {
    bundle: b,
    result: scoreProcurement(scoringInputOf(b)),
    attestationTypes: [],
    today: '2025-03-01',
    chain: { ok: true, count: 0, head: '0'.repeat(64) },
    stability: null,
    exportedAt: '2025-04-01T00:00:00.000Z'
  };
}

async function criteriaSheet(b: ProcurementBundle, locale: 'ja' | 'en' = 'ja') {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await buildScoringWorkbook(inputOf(b), { locale })) as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

function rowWith(sheet: ExcelJS.Worksheet, column: number, text: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++)
    if (sheet.getRow(r).getCell(column).value === text) return sheet.getRow(r);
  throw new Error(`no row with ${text}`);
}

describe('評価基準: weights', async () => {
  const b = bundle();
  const sheet = await criteriaSheet(b);
  const total = b.requirements.reduce((s, r) => s + pointsOf(r), 0);

  it('has a weight column: a live share of the points, and pass/fail only for a 0-point mandatory item', () => {
    const header = rowWith(sheet, 1, '番号');
    expect(header.getCell(9).value).toBe('重み（%）');
    for (const r of b.requirements) {
      const row = rowWith(sheet, 1, r.ref);
      const cell = row.getCell(9);
      if (pointsOf(r) === 0) {
        expect(cell.value).toBe('合否のみ');
        continue;
      }
      const v = cell.value as ExcelJS.CellFormulaValue;
      expect(v.formula).toMatch(/^IF\(SUM\(\$F\$\d+:\$F\$\d+\)=0,"",F\d+\/SUM\(\$F\$\d+:\$F\$\d+\)\)$/);
      expect(v.result).toBeCloseTo(pointsOf(r) / total, 12);
      expect(cell.numFmt).toBe('0.0%');
    }
  });

  it('states 技術点:価格点 with each share', () => {
    const text = String(rowWith(sheet, 1, '技術点:価格点').getCell(2).value);
    expect(text).toContain(`${total}:50`);
    expect(text).toContain(`${((total / (total + 50)) * 100).toFixed(1)}%`);
  });

  it('states the conversion from weights when the criteria carry one', async () => {
    const withConversion = bundle();
    const items = withConversion.requirements
      .sort((x, y) => x.order - y.order)
      .map((r) => ({ ref: r.ref, percent: (pointsOf(r) / total) * 100, points: pointsOf(r) }));
    withConversion.procurement.settings.weightConversion = { total, items };
    const s = await criteriaSheet(withConversion, 'en');
    const row = rowWith(s, 1, 'Conversion from weights');
    expect(String(row.getCell(2).value)).toContain(`technical maximum of ${total} points`);
    expect(String(row.getCell(3).value)).toContain(
      `${items[2]!.ref}: ${items[2]!.percent}% → ${items[2]!.points} points`
    );
    expect(() => rowWith(sheet, 1, '重みからの換算')).toThrow();
  });
});

describe('評価基準: weights by domain', () => {
  it('states each domain’s points and share, live over the requirement rows', async () => {
    const b = bundle();
    const ordered = [...b.requirements].sort((x, y) => x.order - y.order);
    // Two domains, the first split by the second (grouped in order of first appearance).
    ordered.forEach((r, i) => (r.domain = i % 2 === 0 ? 'Access control' : 'Backup'));
    const total = ordered.reduce((s, r) => s + pointsOf(r), 0);
    const expected = (domain: string) =>
      ordered.filter((r) => r.domain === domain).reduce((s, r) => s + pointsOf(r), 0);
    const sheet = await criteriaSheet(b, 'en');
    const header = rowWith(sheet, 1, 'Points and weight of each domain');
    const first = sheet.getRow(Number(header.number) + 2);
    const second = sheet.getRow(Number(header.number) + 3);
    expect([first.getCell(1).value, second.getCell(1).value]).toEqual(['Access control', 'Backup']);
    for (const row of [first, second]) {
      const domain = String(row.getCell(1).value);
      const points = row.getCell(2).value as ExcelJS.CellFormulaValue;
      expect(points.formula).toMatch(
        new RegExp(`^SUMPRODUCT\\(\\(\\$B\\$\\d+:\\$B\\$\\d+=A${row.number}\\)`)
      );
      expect(points.result).toBe(expected(domain));
      const share = row.getCell(3).value as ExcelJS.CellFormulaValue;
      expect(share.result).toBeCloseTo(expected(domain) / total, 12);
      expect(row.getCell(3).numFmt).toBe('0.0%');
    }
    expect(sheet.getRow(Number(header.number) + 4).getCell(1).value).not.toBe('Backup');
  });
});
