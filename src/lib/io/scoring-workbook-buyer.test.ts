import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { scoreProcurement } from '../domain/scoring';
import { scoringInputOf } from '../domain/scoring-input';
import type { BuyerKind, ProcurementBundle, ScoringSettings } from '../domain/model';
import { buildScoringWorkbook } from './scoring-workbook';
import { scenarioBundle } from '$lib/testing/scoring-workbook';

/** The government-only settings an enterprise's workbook leaves out when its criteria do not use them. */
const bundle = (buyerKind: BuyerKind, settings: Partial<ScoringSettings>): ProcurementBundle => {
  const b = scenarioBundle({
    mandatory: [10],
    vendors: {
      A: { mandatory: ['ppp'], scored: ['AAB'], bid: 8_000_000 },
      B: { mandatory: ['ppp'], scored: ['BBB'], bid: 9_500_000 }
    }
  });
  b.procurement.buyerKind = buyerKind;
  Object.assign(b.procurement.settings, settings);
  return b;
};

async function texts(b: ProcurementBundle, locale: 'ja' | 'en'): Promise<string[][]> {
  const out = await buildScoringWorkbook(
    {
      bundle: b,
      result: scoreProcurement(scoringInputOf(b)),
      attestationTypes: [],
      today: '2025-03-01',
      chain: { ok: true, count: 0, head: '0'.repeat(64) },
      stability: null,
      exportedAt: '2025-04-01T00:00:00.000Z'
    },
    { locale }
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(out as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => {
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text))));
    return cells;
  });
}

const CEILING = { ja: '予定価格', en: 'Ceiling price' };
const GATE = { ja: /基準評価値/, en: /reference (evaluation )?value/i };

describe('the scoring workbook states the settings its buyer uses', () => {
  it.each([
    // kind, settings, ceiling stated, 基準評価値 (and gate) stated
    // A government body's workbook lists every setting, as it always has.
    ['government', { priceFormula: 'lowestRatio', ceilingPrice: null }, true, true],
    ['enterprise', { priceFormula: 'lowestRatio', ceilingPrice: null }, false, false],
    ['enterprise', { priceFormula: 'standard', ceilingPrice: 10_000_000 }, true, false],
    [
      'government',
      { priceMethod: 'division', referenceValueGate: false, ceilingPrice: 10_000_000 },
      true,
      true
    ],
    ['enterprise', { priceMethod: 'division', referenceValueGate: false, ceilingPrice: null }, false, false],
    [
      'enterprise',
      { priceMethod: 'division', referenceValueGate: true, ceilingPrice: 10_000_000 },
      true,
      true
    ]
  ] as const)('%s with %j', async (kind, settings, ceiling, reference) => {
    for (const locale of ['ja', 'en'] as const) {
      const sheets = await texts(bundle(kind, settings), locale);
      const all = sheets.flat();
      expect(all.some((t) => t.startsWith(CEILING[locale]))).toBe(ceiling);
      expect(all.filter((t) => GATE[locale].test(t))).toEqual(
        reference ? expect.arrayContaining([expect.any(String)]) : []
      );
    }
  });
});
