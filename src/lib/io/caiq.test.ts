import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { parseCaiq } from './caiq';
import { readTable } from './spreadsheet-read';
import type { TableInput } from './table';

// Invented questions in the CAIQ v4 shape; none of this is CSA wording.
const HEADER = [
  'Question ID',
  'Question',
  'CSP CAIQ Answer',
  'SSRM Control Ownership',
  'CCM Control ID',
  'CCM Control Title',
  'CCM Domain Title'
];
const HOSTILE = '=HYPERLINK("http://evil.example","click")';

function caiqWorkbook(): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Sample questionnaire v4 (invented for tests)'],
    ['Answer each question with Yes, No or NA.'],
    [],
    HEADER,
    ['A&A-01.1', 'Is there a written review plan for audits?', '', '', 'A&A-01', 'Plans', 'Audit Things'],
    ['A&A-01.2', 'Is the plan looked at each year?', '', '', '', '', ''],
    ['Identity', '', '', '', '', '', ''],
    ['IAM-02.3', HOSTILE, '', '', 'IAM-02', 'Passwords', 'Access Things'],
    ['IAM-02.4', 'placeholder', '', '', '', '', ''],
    ['IAM-02.5', '', '', '', '', '', ''],
    ['IAM-02.3', 'A repeated id', '', '', '', '', '']
  ]);
  // A formula cell: only its cached value may come through.
  sheet['B9'] = {
    t: 's',
    v: 'Is every account reviewed?',
    f: 'CONCATENATE("Is every ","account reviewed?")'
  };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Read me first']]), 'Introduction');
  XLSX.utils.book_append_sheet(book, sheet, 'CAIQv4.0.3');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('parseCaiq on a generated workbook', () => {
  const table = readTable(caiqWorkbook(), 'caiq.xlsx').data;
  if (!table) throw new Error('workbook not read');
  const { data, issues } = parseCaiq(table);

  it('finds the CAIQ sheet and its header below the title rows', () => {
    expect(data?.entries.map((entry) => entry.code)).toEqual([
      'A&A-01.1',
      'A&A-01.2',
      'IAM-02.3',
      'IAM-02.4'
    ]);
  });

  it('carries the domain title down merged rows', () => {
    expect(data?.entries.map((entry) => entry.domain)).toEqual([
      'Audit Things',
      'Audit Things',
      'Access Things',
      'Access Things'
    ]);
  });

  it('keeps formula-looking text as plain text and reads a formula as its cached value', () => {
    expect(data?.entries[2]?.question).toBe(HOSTILE);
    expect(data?.entries[3]?.question).toBe('Is every account reviewed?');
  });

  it('reports an empty question and a repeated id where they are', () => {
    expect(issues).toEqual([
      {
        code: 'emptyText',
        path: 'CAIQv4.0.3!B10',
        params: { sheet: 'CAIQv4.0.3', row: 10, column: 'B', id: 'IAM-02.5' }
      },
      {
        code: 'duplicateControlId',
        path: 'CAIQv4.0.3!A11',
        params: { sheet: 'CAIQv4.0.3', row: 11, column: 'A', id: 'IAM-02.3' }
      }
    ]);
  });
});

describe('parseCaiq on tables', () => {
  const table = (rows: string[][], name = 'Sheet1'): TableInput => ({ sheets: [{ name, rows }] });

  it('derives the domain from the id prefix when there is no domain column', () => {
    const { data } = parseCaiq(
      table([
        ['question id', 'QUESTION'],
        ['dsp-07.1', 'Invented question one?'],
        ['CEK-03', 'Invented question two?']
      ])
    );
    expect(data?.entries).toEqual([
      { code: 'DSP-07.1', domain: 'DSP', question: 'Invented question one?' },
      { code: 'CEK-03', domain: 'CEK', question: 'Invented question two?' }
    ]);
  });

  it.each([['A&A-1.1'], ['IAM02.1'], ['ABCDE-01.1'], ['Question ID'], ['1.1']])(
    'skips a row whose id %j is not a question id',
    (id) => {
      const { data } = parseCaiq(
        table([
          ['Question ID', 'Question'],
          [id, 'x'],
          ['LOG-01.1', 'y']
        ])
      );
      expect(data?.entries.map((entry) => entry.code)).toEqual(['LOG-01.1']);
    }
  );

  it('takes the first sheet with the header when no sheet is named CAIQ', () => {
    const { data } = parseCaiq({
      sheets: [
        { name: 'Cover', rows: [['Title']] },
        {
          name: 'Answers',
          rows: [
            ['Question ID', 'Question'],
            ['STA-01.1', 'z']
          ]
        }
      ]
    });
    expect(data?.entries).toEqual([{ code: 'STA-01.1', domain: 'STA', question: 'z' }]);
  });

  it('reports a header without a question column', () => {
    expect(
      parseCaiq(
        table([
          ['Question ID', 'Answer'],
          ['GRC-01.1', 'Yes']
        ])
      )
    ).toEqual({
      data: null,
      issues: [{ code: 'missingColumn', path: 'Sheet1', params: { sheet: 'Sheet1', column: 'Question' } }]
    });
  });

  it('reports notCaiq when no sheet has a Question ID header in its first 15 rows', () => {
    const late = [...Array.from({ length: 15 }, () => []), ['Question ID', 'Question'], ['GRC-01.1', 'x']];
    expect(parseCaiq(table(late))).toEqual({ data: null, issues: [{ code: 'notCaiq', path: '' }] });
    expect(parseCaiq({ sheets: [] })).toEqual({ data: null, issues: [{ code: 'notCaiq', path: '' }] });
  });

  it('reports a header with no question rows as an empty file', () => {
    expect(parseCaiq(table([['Question ID', 'Question']]))).toEqual({
      data: null,
      issues: [{ code: 'fileEmpty', path: '' }]
    });
  });
});
