import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildPackXlsx } from './pack-export';
import { readPack, type PackExpectation } from './pack-import';
import { REQUIREMENTS, VENDOR_ID, packInput } from '$lib/testing/pack';

const EXPECTED: PackExpectation = { requirements: REQUIREMENTS, vendorId: VENDOR_ID };
const SHEET = '第三者認証';

/** A pack whose 第三者認証 sheet has one ISMAP row per [start, end] pair, from row 2. */
async function packWithDates(pairs: readonly (readonly [XLSX.CellObject, XLSX.CellObject])[]) {
  const book = XLSX.read(await buildPackXlsx(packInput()), { type: 'buffer' });
  const sheet = book.Sheets[SHEET]!;
  pairs.forEach(([start, end], i) => {
    XLSX.utils.sheet_add_aoa(sheet, [['ISMAP', `C-${i + 1}`, '架空監査法人']], { origin: `A${i + 2}` });
    sheet[`D${i + 2}`] = start;
    sheet[`E${i + 2}`] = end;
  });
  sheet['!ref'] = `A1:F${pairs.length + 1}`;
  const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  return readPack(bytes, 'pack.xlsx', EXPECTED);
}

const text = (v: string): XLSX.CellObject => ({ t: 's', v });
const dateCell = (v: number, z: string): XLSX.CellObject => ({ t: 'n', v, z });

describe('readPack: certification dates as vendors write them', () => {
  it.each([
    ['和暦', text('令和5年10月1日'), text('令和6年9月30日'), '2023-10-01', '2024-09-30'],
    ['full-width 和暦', text('令和５年１０月１日'), text('Ｒ６．９．３０'), '2023-10-01', '2024-09-30'],
    ['元年 and H', text('令和元年5月1日'), text('H31.4.30'), '2019-05-01', '2019-04-30'],
    [
      'full-width Western',
      text('２０２５／４／１'),
      text('２０２６年３月３１日（火）'),
      '2025-04-01',
      '2026-03-31'
    ],
    ['a weekday and spaces', text('2025年4月1日 (火)'), text(' 2026 - 03 - 31 '), '2025-04-01', '2026-03-31'],
    [
      'era-formatted date cells',
      dateCell(45200, '[$-ja-JP]ggge"年"m"月"d"日"'),
      dateCell(45565, '[$-411]ge.m.d'),
      '2023-10-01',
      '2024-09-30'
    ],
    [
      'a serial under General and a short-date cell',
      dateCell(45200, 'General'),
      dateCell(45565, 'm/d/yy'),
      '2023-10-01',
      '2024-09-30'
    ]
  ])('%s: periods stored as ISO dates, no issue', async (_, start, end, periodStart, periodEnd) => {
    const { data, issues } = await packWithDates([[start, end]]);
    expect(issues).toEqual([]);
    expect(data?.attestations).toEqual([
      { row: 2, type: 'ismap', number: 'C-1', issuer: '架空監査法人', periodStart, periodEnd, scopeText: '' }
    ]);
  });

  it('a date past its era is imported as the Western date with a dateEraOverrun note; impossible ones are blank', async () => {
    const { data, issues } = await packWithDates([
      [text('平成32年1月1日'), text('令和元年4月30日')],
      [text('2023年2月29日'), text('R5')]
    ]);
    const at = (cell: string, code: string, params: Record<string, string>) => ({
      code,
      path: `${SHEET}!${cell}`,
      params: { sheet: SHEET, row: Number(cell.slice(1)), column: cell[0], ...params }
    });
    expect(issues).toEqual([
      at('D2', 'dateEraOverrun', { value: '平成32年1月1日', date: '2020-01-01' }),
      at('E2', 'impossibleDate', { value: '令和元年4月30日' }),
      at('D3', 'impossibleDate', { value: '2023年2月29日' }),
      at('E3', 'invalidDate', { value: 'R5' })
    ]);
    expect(data?.attestations?.map((a) => [a.periodStart, a.periodEnd])).toEqual([
      ['2020-01-01', null],
      [null, null]
    ]);
  });

  it('a weekday the date does not fall on keeps the date, with a dateWeekdayMismatch note', async () => {
    const { data, issues } = await packWithDates([[text('令和5年10月1日（月）'), text('2024/9/30(月)')]]);
    expect(issues).toEqual([
      {
        code: 'dateWeekdayMismatch',
        path: `${SHEET}!D2`,
        params: {
          sheet: SHEET,
          row: 2,
          column: 'D',
          value: '令和5年10月1日（月）',
          date: '2023-10-01',
          weekday: 0
        }
      }
    ]);
    expect(data?.attestations?.map((a) => [a.periodStart, a.periodEnd])).toEqual([
      ['2023-10-01', '2024-09-30']
    ]);
  });
});
