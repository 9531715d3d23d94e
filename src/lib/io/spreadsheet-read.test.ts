import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { encodeShiftJis, utf8WithBom } from './encoding';
import { readTable, TABLE_MAX_UNZIPPED_BYTES } from './spreadsheet-read';
import { buildZip, zerosBomb } from '$lib/testing/zip';
import { readZipDirectory } from './zip-directory';

function workbook(sheets: Record<string, XLSX.WorkSheet>, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, sheet] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, sheet, name);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
}

const ascii = (text: string) => new TextEncoder().encode(text);

describe('readTable: workbooks', () => {
  it.each(['xlsx', 'xls', 'ods'] as const)('reads every sheet of a %s file as trimmed text', (bookType) => {
    const bytes = workbook(
      {
        本文: XLSX.utils.aoa_to_sheet([
          ['管理策番号', '本文'],
          ['9.4.1', '  情報へのアクセス制限  '],
          [12, true]
        ]),
        Second: XLSX.utils.aoa_to_sheet([['x']])
      },
      bookType
    );
    const { data, issues } = readTable(bytes, `import.${bookType}`);
    expect(issues).toEqual([]);
    expect(data?.encoding).toBeNull();
    expect(data?.sheets).toEqual([
      {
        name: '本文',
        rows: [
          ['管理策番号', '本文'],
          ['9.4.1', '情報へのアクセス制限'],
          ['12', 'TRUE']
        ]
      },
      { name: 'Second', rows: [['x']] }
    ]);
  });

  it('gives a formula cell its cached value, never the formula', () => {
    const sheet = XLSX.utils.aoa_to_sheet([['a', 'b']]);
    sheet['A2'] = { t: 'n', v: 3, f: 'SUM(1,2)' };
    sheet['B2'] = { t: 's', v: 'ok', f: 'HYPERLINK("http://evil.example","ok")' };
    sheet['!ref'] = 'A1:B2';
    const { data } = readTable(workbook({ S: sheet }), 'f.xlsx');
    expect(data?.sheets[0]?.rows).toEqual([
      ['a', 'b'],
      ['3', 'ok']
    ]);
  });

  it('keeps empty rows and columns so positions match the file', () => {
    const sheet = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(sheet, [['title']], { origin: 'B2' });
    XLSX.utils.sheet_add_aoa(sheet, [['id', 'text']], { origin: 'A4' });
    const { data } = readTable(workbook({ S: sheet }), 'gap.xlsx');
    expect(data?.sheets[0]?.rows).toEqual([[], ['', 'title'], [], ['id', 'text']]);
  });

  it('goes by the bytes, not the name: an xlsx called .csv is still read as a workbook', () => {
    const { data } = readTable(workbook({ S: XLSX.utils.aoa_to_sheet([['a']]) }), 'misnamed.csv');
    expect(data?.sheets).toEqual([{ name: 'S', rows: [['a']] }]);
  });
});

describe('readTable: text files', () => {
  it('reads a Shift_JIS CSV, quoted fields and all', async () => {
    const csv = '管理策番号,本文\r\n9.4.1,"髙橋①の, ｶﾅ"\r\n"CLD.9.5.1","複数行\r\nの本文"\r\n';
    const { data, issues } = readTable(await encodeShiftJis(csv), 'sjis.csv');
    expect(issues).toEqual([]);
    expect(data).toEqual({
      encoding: 'shift_jis',
      sheets: [
        {
          name: 'sjis',
          rows: [
            ['管理策番号', '本文'],
            ['9.4.1', '髙橋①の, ｶﾅ'],
            ['CLD.9.5.1', '複数行\r\nの本文']
          ]
        }
      ]
    });
  });

  it('reads UTF-8 with a BOM, keeps blank lines as empty rows and drops the trailing ones', () => {
    const { data } = readTable(utf8WithBom('a,b\n\n c ,d\n\n\n'), 'x.csv');
    expect(data?.encoding).toBe('utf-8-bom');
    expect(data?.sheets[0]?.rows).toEqual([['a', 'b'], [], ['c', 'd']]);
  });

  it('reads a TSV by its tab delimiter and leaves commas inside cells', () => {
    const { data } = readTable(ascii('id\ttext\n1\ta, b\n'), 'x.tsv');
    expect(data?.sheets[0]?.rows).toEqual([
      ['id', 'text'],
      ['1', 'a, b']
    ]);
  });

  it('reads Excel "Unicode text" (UTF-16LE with a BOM)', () => {
    const text = 'id\t本文\r\n1\tあ\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const { data } = readTable(bytes, 'unicode.txt');
    expect(data?.encoding).toBe('utf-16le');
    expect(data?.sheets[0]?.rows).toEqual([
      ['id', '本文'],
      ['1', 'あ']
    ]);
  });

  it('follows an encoding override', () => {
    const { data } = readTable(ascii('a,b\n'), 'x.csv', { encoding: 'shift_jis' });
    expect(data?.encoding).toBe('shift_jis');
  });
});

describe('readTable: refusals', () => {
  it.each([
    ['a PDF named .xlsx', ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'spec.xlsx'],
    ['a PDF named .csv', new Uint8Array([...ascii('%PDF-1.7\n'), 0, 1, 2, 0]), 'spec.csv'],
    ['random bytes named .xlsx', new Uint8Array([0x13, 0x37, 0xfe, 0xed, 0x00, 0x42]), 'x.xlsx'],
    ['a ZIP that is not a workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'x.xlsx'],
    [
      'an OLE file that is not a workbook',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      'x.xls'
    ],
    ['text with an unknown extension', ascii('a,b\n'), 'notes.md']
  ])('refuses %s with notSpreadsheet', (_name, bytes, fileName) => {
    expect(readTable(bytes, fileName)).toEqual({
      data: null,
      issues: [{ code: 'notSpreadsheet', path: '' }]
    });
  });

  it('refuses a file over the limit before reading it', () => {
    expect(readTable(new Uint8Array(2 * 1024 * 1024 + 1), 'big.csv', { maxBytes: 2 * 1024 * 1024 })).toEqual({
      data: null,
      issues: [{ code: 'fileTooLarge', path: '', params: { limitMb: 2 } }]
    });
  });

  it('refuses a zip bomb from its directory, before inflating it', () => {
    const bomb = buildZip(zerosBomb(40, 8 * 1024 * 1024)); // 320 MB of zeros in a few hundred KB
    expect(TABLE_MAX_UNZIPPED_BYTES).toBeLessThan(320 * 1024 * 1024);
    expect(readTable(bomb, 'answers.xlsx')).toEqual({
      data: null,
      issues: [{ code: 'unzippedTooLarge', path: '', params: { unzippedMb: 320, limitMb: 256 } }]
    });
  });

  it('reads a workbook that inflates to the limit, and refuses one a byte over', () => {
    const bytes = workbook({ 回答: XLSX.utils.aoa_to_sheet([['R-1', '対応']]) });
    const unzipped = readZipDirectory(bytes)!.unzippedBytes;
    expect(readTable(bytes, 'a.xlsx', { maxUnzippedBytes: unzipped }).data?.sheets[0]?.rows).toEqual([
      ['R-1', '対応']
    ]);
    expect(readTable(bytes, 'a.xlsx', { maxUnzippedBytes: unzipped - 1 }).issues).toMatchObject([
      { code: 'unzippedTooLarge' }
    ]);
  });

  it('refuses an empty file', () => {
    expect(readTable(new Uint8Array(0), 'empty.csv').issues).toEqual([{ code: 'fileEmpty', path: '' }]);
  });
});

describe('readTable: date cells', () => {
  /** One date-formatted number cell below a header, as Excel stores a typed date. */
  function dateCell(v: number, z: string, bookType: XLSX.BookType = 'xlsx', date1904 = false): Uint8Array {
    const sheet = XLSX.utils.aoa_to_sheet([['date']]);
    sheet['A2'] = { t: 'n', v, z };
    sheet['!ref'] = 'A1:A2';
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'S');
    if (date1904) book.Workbook = { WBProps: { date1904: true } };
    return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
  }
  const read = (bytes: Uint8Array, name: string) => readTable(bytes, name).data?.sheets[0]?.rows[1]?.[0];

  it.each([
    ['m/d/yy', 'xlsx'],
    ['yyyy/m/d', 'xlsx'],
    ['yyyy"年"m"月"d"日"', 'xlsx'],
    ['[$-ja-JP]ggge"年"m"月"d"日"', 'xlsx'],
    ['[$-411]ge.m.d', 'xlsx'],
    ['yyyy/m/d(aaa)', 'xlsx'],
    ['m/d/yy', 'xls'],
    ['[$-ja-JP]ggge"年"m"月"d"日"', 'xls'],
    ['yyyy/m/d', 'ods']
  ] as const)('a cell formatted %j in %s gives its ISO date', (z, bookType) => {
    expect(read(dateCell(45200, z, bookType), `d.${bookType}`)).toBe('2023-10-01');
  });

  it('reads a workbook in the 1904 date system on its own epoch', () => {
    expect(read(dateCell(45200 - 1462, 'yyyy/m/d', 'xlsx', true), 'd.xlsx')).toBe('2023-10-01');
  });

  it.each([
    ['h:mm', 45200.5, '12:00'],
    ['yyyy-mm-dd h:mm', 45200.5, '2023-10-01 12:00'],
    ['General', 45200, '45200'],
    ['m"月"d"日"', 45200, '10月1日'],
    ['0.0', 45200, '45200.0']
  ])('a %j cell keeps its displayed text', (z, v, text) => {
    expect(read(dateCell(v, z), 'd.xlsx')).toBe(text);
  });
});
