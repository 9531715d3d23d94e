import { describe, expect, it } from 'vitest';
import { parseLicensedText } from './licensed-text';

const KNOWN = new Set([
  'iso27002:9.4.1',
  'iso27002:9.4.2',
  'iso27002:12.4.1',
  'iso27017:CLD.9.5.1',
  'iso27017:12.4.1',
  'jpkijun:9.4.1.1'
]);

const sheet = (rows: string[][], name = '本文') => ({ sheets: [{ name, rows }] });

describe('parseLicensedText: columns', () => {
  it.each([
    ['管理策番号 / 本文', ['管理策番号', '本文']],
    ['番号 / 内容', ['番号', '内容']],
    ['ID / Text', ['ID', 'Text']],
    ['Control ID / Control text', ['Control ID', 'Control text']],
    ['control_id / text', ['control_id', 'text']],
    ['full-width ＩＤ / 管理策本文', ['ＩＤ', '管理策本文']],
    ['管理策 as the id column', ['管理策', '本文']]
  ])('finds the header %s', (_name, header) => {
    const { data, issues } = parseLicensedText(sheet([header, ['9.4.1', '文言']]), KNOWN, 'iso27002');
    expect(issues).toEqual([]);
    expect(data?.entries).toEqual([{ entryId: 'iso27002:9.4.1', text: '文言' }]);
  });

  it('finds the header below a title and in any column order; 管理策 beside an id column is the text', () => {
    const rows = [
      ['JIS Q 27002:2014 本文（社内利用）'],
      [],
      ['備考', '管理策', '項番'],
      ['', '文言', '9.4.2']
    ];
    const { data, issues } = parseLicensedText(sheet(rows), KNOWN, 'iso27002');
    expect(issues).toEqual([]);
    expect(data?.entries).toEqual([{ entryId: 'iso27002:9.4.2', text: '文言' }]);
  });

  it('reads column A as the id and B as the text when no header is recognised', () => {
    const { data } = parseLicensedText(
      sheet([
        ['9.4.1', 'A'],
        ['12.4.1', 'B']
      ]),
      KNOWN,
      'iso27002'
    );
    expect(data?.entries).toEqual([
      { entryId: 'iso27002:9.4.1', text: 'A' },
      { entryId: 'iso27002:12.4.1', text: 'B' }
    ]);
  });

  it.each([
    ['the text column', ['管理策番号', '備考'], ['本文 / Text']],
    ['the id column', ['項目', '本文'], ['管理策番号 / Control ID']]
  ])('reports a missing %s', (_name, header, missing) => {
    expect(parseLicensedText(sheet([header, ['9.4.1', 'x']]), KNOWN)).toEqual({
      data: null,
      issues: missing.map((column) => ({
        code: 'missingColumn',
        path: '本文',
        params: { sheet: '本文', column }
      }))
    });
  });
});

describe('parseLicensedText: ids', () => {
  it.each([
    ['an exact id', 'iso27017:CLD.9.5.1', undefined, 'iso27017:CLD.9.5.1'],
    ['a bare number with the hint', '12.4.1', 'iso27017', 'iso27017:12.4.1'],
    ['a bare number found in one catalogue', '9.4.2', undefined, 'iso27002:9.4.2'],
    ['a CLD number without its prefix', 'CLD.9.5.1', undefined, 'iso27017:CLD.9.5.1'],
    ['a lower-case CLD number', 'cld.9.5.1', undefined, 'iso27017:CLD.9.5.1'],
    ['an Annex A number', 'A.9.4.2', undefined, 'iso27002:9.4.2'],
    ['full-width digits', '９．４．２', undefined, 'iso27002:9.4.2'],
    ['a 管理基準 number', '9.4.1.1', undefined, 'jpkijun:9.4.1.1']
  ])('resolves %s', (_name, id, hint, entryId) => {
    const { data, issues } = parseLicensedText(
      sheet([
        ['ID', 'Text'],
        [id, 'x']
      ]),
      KNOWN,
      hint
    );
    expect(issues).toEqual([]);
    expect(data?.entries).toEqual([{ entryId, text: 'x' }]);
  });

  it('reports an id in two catalogues without a hint as ambiguous', () => {
    const { data, issues } = parseLicensedText(
      sheet([
        ['ID', 'Text'],
        ['12.4.1', 'x']
      ]),
      KNOWN
    );
    expect(data).toBeNull();
    expect(issues).toEqual([
      {
        code: 'ambiguousControlId',
        path: '本文!A2',
        params: { sheet: '本文', row: 2, column: 'A', id: '12.4.1' }
      }
    ]);
  });
});

describe('parseLicensedText: rows with problems', () => {
  const rows = [
    ['備考', '番号', '本文'],
    ['', '9.4.1', '一つ目'],
    ['', '99.9.9', '知らない番号'],
    ['', '9.4.2', ''],
    ['', '9.4.1', '重複'],
    ['', '', ''],
    ['', '12.4.1', '二段落目の前'],
    ['', '', '二段落目'],
    ['', '', '=HYPERLINK("http://x")']
  ];
  const { data, issues } = parseLicensedText(sheet(rows), KNOWN, 'iso27002');

  it('keeps the good rows, joining continuation lines', () => {
    expect(data?.entries).toEqual([
      { entryId: 'iso27002:9.4.1', text: '一つ目' },
      { entryId: 'iso27002:12.4.1', text: '二段落目の前\n二段落目\n=HYPERLINK("http://x")' }
    ]);
  });

  it.each([
    ['unknownControlId', 3, 'B', '99.9.9'],
    ['emptyText', 4, 'C', '9.4.2'],
    ['duplicateControlId', 5, 'B', '9.4.1']
  ])('reports %s at row %i column %s', (code, row, column, id) => {
    expect(issues).toContainEqual({
      code,
      path: `本文!${column}${row}`,
      params: { sheet: '本文', row, column, id }
    });
  });

  it('reports nothing else', () => {
    expect(issues).toHaveLength(3);
  });

  it('returns no data, only issues, when no row can be used', () => {
    expect(
      parseLicensedText(
        sheet([
          ['ID', 'Text'],
          ['nope', 'x']
        ]),
        KNOWN
      ).data
    ).toBeNull();
  });

  it.each([
    ['no sheet', { sheets: [] }],
    ['an empty sheet', sheet([])],
    ['a header only', sheet([['ID', 'Text']])]
  ])('reports %s as an empty file', (_name, table) => {
    expect(parseLicensedText(table, KNOWN)).toEqual({
      data: null,
      issues: [{ code: 'fileEmpty', path: '' }]
    });
  });
});
