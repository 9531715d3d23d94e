/**
 * A pack filled the way an enterprise vendor fills it: English answer words, US and English dates
 * as text, and real Excel date cells under any display format (SheetJS and ExcelJS fixtures).
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { NumericDateOrder } from '../domain/dates';
import type { Answer } from '../domain/model';
import { previewResponses, responseWrites } from '../domain/response-preview';
import { buildPackXlsx } from './pack-export';
import { readPack, type PackExpectation } from './pack-import';
import { REQUIREMENTS, VENDOR_ID, packInput } from '$lib/testing/pack';

const ATTESTATIONS = '第三者認証';
const expected = (dateOrder?: NumericDateOrder): PackExpectation => ({
  requirements: REQUIREMENTS,
  vendorId: VENDOR_ID,
  ...(dateOrder ? { dateOrder } : {})
});

/** Exports a pack, writes `cells` into its sheets (SheetJS cell objects), and reads it back. */
async function packWith(
  cells: Record<string, Record<string, XLSX.CellObject>>,
  dateOrder?: NumericDateOrder,
  date1904 = false
) {
  // A blank pack: no answer stored before, so every count comes from the cells written here.
  const book = XLSX.read(await buildPackXlsx(packInput({ answers: [] })), { type: 'buffer' });
  for (const [name, values] of Object.entries(cells)) {
    const sheet = book.Sheets[name];
    if (!sheet) throw new Error(`no sheet ${name}`);
    for (const [address, cell] of Object.entries(values)) sheet[address] = cell;
    const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
    for (const address of Object.keys(values)) {
      const { r, c } = XLSX.utils.decode_cell(address);
      range.e.r = Math.max(range.e.r, r);
      range.e.c = Math.max(range.e.c, c);
    }
    sheet['!ref'] = XLSX.utils.encode_range(range);
  }
  if (date1904) book.Workbook = { ...book.Workbook, WBProps: { ...book.Workbook?.WBProps, date1904: true } };
  const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  return readPack(bytes, 'pack.xlsx', expected(dateOrder));
}

const text = (v: string): XLSX.CellObject => ({ t: 's', v });
const serial = (v: number, z: string): XLSX.CellObject => ({ t: 'n', v, z });
/** An ISMAP row of the certification sheet with the two period cells. */
const certRow = (row: number, start: XLSX.CellObject, end: XLSX.CellObject) => ({
  [`A${row}`]: text('SOC 2 Type II'),
  [`B${row}`]: text(`R-${row}`),
  [`C${row}`]: text('Example Audit LLP'),
  [`D${row}`]: start,
  [`E${row}`]: end
});
/** 2025-04-01 and 2026-03-31 as Excel serials (1900 date system). */
const APR_1_2025 = 45748;
const MAR_31_2026 = 46112;
const DAYS_1900_TO_1904 = 1462;

describe('readPack: English answer words', () => {
  it.each<[string, Answer]>([
    ['Yes', 'full'],
    ['yes', 'full'],
    ['  YES  ', 'full'],
    ['Y', 'full'],
    ['y', 'full'],
    ['Ｙｅｓ', 'full'],
    ['Compliant', 'full'],
    ['Partially', 'partial'],
    ['partially', 'partial'],
    ['Partial', 'partial'],
    ['PARTIAL', 'partial'],
    ['Partially compliant', 'partial'],
    ['No', 'none'],
    ['no', 'none'],
    ['N', 'none'],
    ['n', 'none'],
    ['Non-compliant', 'none'],
    ['Not implemented', 'none']
  ])('%j is stored as %s, with no issue', async (word, answer) => {
    const { data, issues } = await packWith({ 要件: { G2: text(word), H2: text('Explained') } });
    expect(issues).toEqual([]);
    expect(data?.answers[0]).toMatchObject({ requirementId: 'req-mfa', answer, explanation: 'Explained' });
    const { items, counts } = previewResponses([], data?.answers ?? [], VENDOR_ID);
    expect(counts).toMatchObject({ new: 1, unanswered: 0 });
    expect(responseWrites(items).map((item) => item.after.answer)).toEqual([answer]);
  });

  it.each(['N/A', 'n/a', 'NA', 'Not applicable', 'not  applicable', 'NOT APPLICABLE'])(
    '%j is reported at its cell, counted as unanswered and not stored',
    async (word) => {
      const { data, issues } = await packWith({ 要件: { G3: text(word), H3: text('Not in scope') } });
      expect(issues).toEqual([
        {
          code: 'answerNotApplicable',
          path: '要件!G3',
          params: { sheet: '要件', row: 3, column: 'G', value: word, ref: 'R-002' }
        }
      ]);
      const { items, counts } = previewResponses([], data?.answers ?? [], VENDOR_ID);
      expect(counts).toEqual({ new: 0, changed: 0, unchanged: 0, skipped: 2, unanswered: 1 });
      expect(responseWrites(items)).toEqual([]);
    }
  );

  it('a pack answered Yes / Partially / No previews and writes exactly those three answers', async () => {
    const { data } = await packWith({
      要件: { G2: text('Yes'), G3: text('Partially'), G4: text('No'), H4: text('Planned for Q3') }
    });
    const { items, counts } = previewResponses([], data?.answers ?? [], VENDOR_ID);
    expect(counts).toEqual({ new: 3, changed: 0, unchanged: 0, skipped: 0, unanswered: 0 });
    expect(responseWrites(items).map((item) => [item.requirementId, item.after.answer])).toEqual([
      ['req-mfa', 'full'],
      ['req-enc', 'partial'],
      ['req-log', 'none']
    ]);
  });
});

describe('readPack: dates in English and US forms', () => {
  it.each<[string, NumericDateOrder | undefined, XLSX.CellObject, XLSX.CellObject]>([
    ['US text dates in an English procurement', 'mdy', text('04/01/2025'), text('3/31/2026')],
    ['US two-digit years', 'mdy', text('4/1/25'), text('03/31/26')],
    ['day-first text by the setting', 'dmy', text('01/04/2025'), text('31/03/2026')],
    ['month names', undefined, text('1 Apr 2025'), text('March 31, 2026')],
    ['Mar 31 2026 and 31-Mar-26', 'mdy', text('Apr 1 2025'), text('31-Mar-26')],
    ['ISO 8601 with a time', undefined, text('2025-04-01T00:00:00Z'), text('2026-03-31T23:59:59+09:00')],
    [
      'cells formatted m/d/yyyy',
      undefined,
      serial(APR_1_2025, 'm/d/yyyy'),
      serial(MAR_31_2026, 'mm/dd/yyyy')
    ],
    [
      'cells formatted d-mmm-yyyy',
      undefined,
      serial(APR_1_2025, 'd-mmm-yyyy'),
      serial(MAR_31_2026, 'd-mmm-yy')
    ],
    ['cells formatted yyyy/m/d', 'mdy', serial(APR_1_2025, 'yyyy/m/d'), serial(MAR_31_2026, 'yyyy-mm-dd')],
    [
      'cells in a custom format',
      'dmy',
      serial(APR_1_2025, '[$-409]mmmm d, yyyy;@'),
      serial(MAR_31_2026, 'dddd, d" of "mmmm yyyy')
    ]
  ])('%s: periods stored as ISO dates, no issue', async (_name, order, start, end) => {
    const { data, issues } = await packWith({ [ATTESTATIONS]: certRow(2, start, end) }, order);
    expect(issues).toEqual([]);
    expect(data?.attestations?.map((a) => [a.type, a.periodStart, a.periodEnd])).toEqual([
      ['soc2Type2', '2025-04-01', '2026-03-31']
    ]);
  });

  it('reads date cells of a workbook in the 1904 date system on its own epoch', async () => {
    const cells = certRow(
      2,
      serial(APR_1_2025 - DAYS_1900_TO_1904, 'm/d/yyyy'),
      serial(MAR_31_2026 - DAYS_1900_TO_1904, 'd-mmm-yyyy')
    );
    const { data, issues } = await packWith({ [ATTESTATIONS]: cells }, 'mdy', true);
    expect(issues).toEqual([]);
    expect(data?.attestations?.map((a) => [a.periodStart, a.periodEnd])).toEqual([
      ['2025-04-01', '2026-03-31']
    ]);
  });

  it.each([
    [false, '2025-04-01'],
    [true, '2029-04-02']
  ])('a bare serial under General format, 1904 date system %s, reads as %s', async (date1904, date) => {
    const cells = certRow(2, serial(APR_1_2025, 'General'), text(''));
    const { data, issues } = await packWith({ [ATTESTATIONS]: cells }, 'mdy', date1904);
    expect(issues).toEqual([]);
    expect(data?.attestations?.map((a) => a.periodStart)).toEqual([date]);
  });

  it('reports an impossible or ambiguous date at its cell and stores nothing from it', async () => {
    const { data, issues } = await packWith(
      {
        [ATTESTATIONS]: {
          ...certRow(2, text('02/30/2026'), text('13/01/2026')),
          ...certRow(3, text('31 Feb 2026'), text('03/31/2026'))
        }
      },
      'mdy'
    );
    const at = (cell: string, code: string, value: string) => ({
      code,
      path: `${ATTESTATIONS}!${cell}`,
      params: { sheet: ATTESTATIONS, row: Number(cell.slice(1)), column: cell[0], value }
    });
    expect(issues).toEqual([
      at('D2', 'impossibleDate', '02/30/2026'),
      at('E2', 'impossibleDate', '13/01/2026'),
      at('D3', 'impossibleDate', '31 Feb 2026')
    ]);
    expect(data?.attestations?.map((a) => [a.periodStart, a.periodEnd])).toEqual([
      [null, null],
      [null, '2026-03-31']
    ]);
  });

  it('in a Japanese procurement a US date is reported as ambiguous, not guessed', async () => {
    const { data, issues } = await packWith({
      [ATTESTATIONS]: certRow(2, text('04/01/2025'), serial(MAR_31_2026, 'm/d/yyyy'))
    });
    expect(issues).toEqual([
      {
        code: 'ambiguousDate',
        path: `${ATTESTATIONS}!D2`,
        params: { sheet: ATTESTATIONS, row: 2, column: 'D', value: '04/01/2025' }
      }
    ]);
    // A real date cell is a date whatever the language.
    expect(data?.attestations?.map((a) => [a.periodStart, a.periodEnd])).toEqual([[null, '2026-03-31']]);
  });
});

describe('readPack: a pack filled in with ExcelJS date cells', () => {
  it.each([false, true])(
    '1904 date system %s: Date cells under US formats read as their day',
    async (date1904) => {
      const { default: excel } = await import('exceljs');
      const book = new excel.Workbook();
      await book.xlsx.load(
        Buffer.from(await buildPackXlsx(packInput({ answers: [] }))) as unknown as ArrayBuffer
      );
      book.properties.date1904 = date1904;
      const sheet = book.getWorksheet(ATTESTATIONS);
      if (!sheet) throw new Error('no certification sheet');
      sheet.getCell('A2').value = 'SOC 2 Type II';
      sheet.getCell('B2').value = 'R-2';
      sheet.getCell('C2').value = 'Example Audit LLP';
      sheet.getCell('D2').value = new Date(Date.UTC(2025, 3, 1));
      sheet.getCell('D2').numFmt = 'm/d/yyyy';
      sheet.getCell('E2').value = new Date(Date.UTC(2026, 2, 31));
      sheet.getCell('E2').numFmt = 'd-mmm-yyyy';
      const bytes = new Uint8Array(await book.xlsx.writeBuffer());
      const { data, issues } = readPack(bytes, 'pack.xlsx', expected('mdy'));
      expect(issues).toEqual([]);
      expect(data?.attestations?.map((a) => [a.periodStart, a.periodEnd])).toEqual([
        ['2025-04-01', '2026-03-31']
      ]);
    }
  );
});
