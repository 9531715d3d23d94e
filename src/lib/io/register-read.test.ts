/**
 * Reading a register file as downloaded: an XLSX with a cover sheet, title rows, the 更新日 above
 * the header, a company name merged over the rows of its two services and a heading merged over
 * two columns; and the same list as a Shift_JIS CSV, which is what Excel saves as "CSV".
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { registerLayout, REGISTER_IDS } from '$lib/testing/registers';
import { encodeShiftJis } from './encoding';
import { runTableJob } from './table-read';

const LAYOUTS = REGISTER_IDS.map(registerLayout);

const LIST: string[][] = [
  ['ISMAPクラウドサービスリスト'],
  ['', '', '', '更新日：2025年4月1日'],
  [],
  ['No.', '登録番号', 'サービス名', '事業者名', '登録日', '有効期限', ''],
  ['1', 'C21-0008-1', 'Sample IaaS', '株式会社サンプルクラウド', '2024/4/1', '2026/7/31'],
  ['2', 'C21-0008-2', 'Sample SaaS', '', '2024/4/1', '2026/7/31'],
  ['3', 'C22-0101-1', 'ベースIaaS', 'ベース基盤株式会社', '2023/1/10', '2025/5/31', '登録取消']
];

function workbook(): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['本リストについて'], ['注意事項']]), '表紙');
  const sheet = XLSX.utils.aoa_to_sheet(LIST);
  sheet['!merges'] = [
    // the company over its two services
    { s: { r: 4, c: 3 }, e: { r: 5, c: 3 } },
    // 備考 printed over the last two columns of the header
    { s: { r: 3, c: 6 }, e: { r: 3, c: 7 } }
  ];
  XLSX.utils.sheet_add_aoa(sheet, [['備考']], { origin: { r: 3, c: 6 } });
  XLSX.utils.book_append_sheet(book, sheet, 'リスト');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['日付', '内容']]), '更新履歴');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const csv = (rows: string[][]) => rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\r\n');

describe('reading a register file', () => {
  it('reads an XLSX past its cover sheet and title rows, with the merged company on both rows', () => {
    const { data, issues } = runTableJob(workbook(), 'ismap.xlsx', { kind: 'register', layouts: LAYOUTS });
    expect(issues).toEqual([]);
    expect(data).toMatchObject({
      registerId: 'ismap',
      sheet: 'リスト',
      headerRow: 4,
      listDate: '2025-04-01'
    });
    expect(data?.entries.map((e) => [e.number, e.company, e.status])).toEqual([
      ['C21-0008-1', '株式会社サンプルクラウド', 'listed'],
      ['C21-0008-2', '株式会社サンプルクラウド', 'listed'],
      ['C22-0101-1', 'ベース基盤株式会社', 'revoked']
    ]);
  });

  it('leaves merged cells as they are for the other imports', () => {
    const { data } = runTableJob(workbook(), 'ismap.xlsx', { kind: 'table' });
    expect(data?.sheets[1]?.rows[5]?.[3] ?? '').toBe('');
  });

  it('reads the list saved as a Shift_JIS CSV', async () => {
    const bytes = await encodeShiftJis(csv(LIST));
    expect(new TextDecoder('utf-8', { fatal: false }).decode(bytes)).not.toContain('事業者名');
    const { data, issues } = runTableJob(bytes, 'ismap.csv', { kind: 'register', layouts: LAYOUTS });
    expect(issues).toEqual([]);
    expect(data?.listDate).toBe('2025-04-01');
    expect(data?.entries.map((e) => e.company)).toEqual([
      '株式会社サンプルクラウド',
      '',
      'ベース基盤株式会社'
    ]);
  });

  it('refuses a file that is not a register, naming nothing it cannot know', () => {
    const bytes = new TextEncoder().encode('a,b\n1,2\n');
    expect(runTableJob(bytes, 'x.csv', { kind: 'register', layouts: LAYOUTS })).toEqual({
      data: null,
      issues: [{ code: 'missingRequiredColumn', path: '', params: { columns: '' } }]
    });
  });
});
