import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  distinctValues,
  guessColumns,
  mapAnswers,
  type ColumnMapping,
  type MappedRequirement
} from '../domain/answer-mapping';
import { previewResponses, responseWrites } from '../domain/response-preview';
import { encodeShiftJis } from './encoding';
import type { TextEncodingName } from './encoding';
import { headerRowGuess, knownAnswerValues } from './mapped-import';
import { readTableOffThread } from './table-read-client';

/** The file read as the mapping panel reads it (on the main thread here: Node has no workers). */
function readForMapping(bytes: Uint8Array, fileName: string, encoding?: TextEncodingName) {
  return readTableOffThread(new File([bytes.slice()], fileName), encoding ? { encoding } : {});
}

describe('headerRowGuess', () => {
  it.each<[string, string[][], number]>([
    [
      'the first row with two cells',
      [
        ['a', 'b'],
        ['c', 'd']
      ],
      0
    ],
    ['past a title and a blank line', [['Vendor questionnaire'], [], ['ID', 'Answer']], 2],
    ['past cells holding only spaces', [['x'], ['', ' ', 'y'], ['p', 'q']], 2],
    ['the first row when none has two cells', [['only'], ['one']], 0],
    ['the first row of an empty sheet', [], 0]
  ])('finds %s', (_name, rows, expected) => {
    expect(headerRowGuess(rows)).toBe(expected);
  });
});

describe('knownAnswerValues', () => {
  it('pre-selects the values Sentei knows (labels and aliases), and only those', () => {
    const values = distinctValues(
      [['対応'], ['○'], ['×'], ['一部対応'], ['Partly meets'], ['Yes'], ['NA']],
      0
    );
    expect(knownAnswerValues(values)).toEqual({
      対応: 'full',
      '○': 'full',
      '×': 'none',
      一部対応: 'partial',
      'partly meets': 'partial',
      yes: 'full'
    });
  });
});

describe('a vendor checklist answered in English words', () => {
  const SHEET = 'Checklist';
  const rows = (answers: string[]) => [
    ['ID', 'Answer', 'Comment'],
    ...answers.map((answer, i) => [`R-00${i + 1}`, answer, `comment ${i + 1}`])
  ];
  const requirements: MappedRequirement[] = [1, 2, 3].map((n) => ({
    id: `req-${n}`,
    ref: `R-00${n}`,
    controlRefs: []
  }));
  const mapping = (values: ColumnMapping['values']): ColumnMapping => ({
    key: 0,
    matchBy: 'ref',
    answer: 1,
    explanation: 2,
    evidence: null,
    values
  });

  it.each<[string[], (string | null)[], Record<string, number>]>([
    [['Yes', 'Partially', 'No'], ['full', 'partial', 'none'], { new: 3 }],
    [['YES', ' partial ', 'n'], ['full', 'partial', 'none'], { new: 3 }],
    [['Y', 'Partial', 'N'], ['full', 'partial', 'none'], { new: 3 }],
    [['Yes', 'N/A', 'Not applicable'], ['full'], { new: 1, unanswered: 2 }],
    [['Yes', 'TBD', 'No'], ['full', 'none'], { new: 2, unanswered: 1 }]
  ])('%j: the known words pre-selected, %j stored, counted %j', (answers, stored, counts) => {
    const sheet = { name: SHEET, rows: rows(answers) };
    const known = knownAnswerValues(distinctValues(sheet.rows.slice(1), 1));
    const { answers: incoming } = mapAnswers(sheet, 0, mapping(known), requirements);
    const preview = previewResponses([], incoming, 'vendor-1');
    expect(preview.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 0,
      skipped: 0,
      unanswered: 0,
      ...counts
    });
    expect(responseWrites(preview.items).map((item) => item.after.answer)).toEqual(stored);
  });

  it('a value the buyer chose to ignore is counted as unanswered, not new', () => {
    const sheet = { name: SHEET, rows: rows(['Yes', 'N/A']) };
    const { answers: incoming } = mapAnswers(sheet, 0, mapping({ yes: 'full', 'n/a': null }), requirements);
    const preview = previewResponses([], incoming, 'vendor-1');
    expect(preview.counts).toMatchObject({ new: 1, unanswered: 1 });
    expect(responseWrites(preview.items).map((item) => item.requirementId)).toEqual(['req-1']);
  });
});

// An invented vendor checklist in its own layout: none of this is CAIQ text.
const REQUIREMENTS: MappedRequirement[] = [
  { id: 'req-mfa', ref: 'R-001', controlRefs: ['caiq:IAM-02.1', 'caiq:IAM-02.2', 'iso27002:9.4.2'] },
  { id: 'req-log', ref: 'R-002', controlRefs: ['caiq:LOG-03.1'] },
  { id: 'req-backup', ref: 'R-003', controlRefs: ['iso27002:12.3.1'] }
];

function vendorWorkbook(): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([['Example Cloud Inc. — security self-assessment'], ['Version 3']]),
    'Cover'
  );
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['Self-assessment of Example Cloud'],
      [],
      ['Control ID', 'Question', 'Vendor Answer', 'Comment', 'Evidence'],
      ['IAM-02.1', 'Do administrators sign in with a second factor?', 'Yes', 'Hardware keys', 'SEC-POL-7'],
      [
        'IAM-02.2',
        'Do end users sign in with a second factor?',
        'Partially',
        'Optional for users',
        'SEC-POL-7'
      ],
      ['LOG-03.1', 'Are audit logs kept for a year?', '○', '', 'LOG-STD-2'],
      ['12.3.1', 'Are backups tested?', 'N/A', '', ''],
      ['BCR-09.9', 'Is there a recovery site?', 'Yes', 'Osaka region', ''],
      ['9.4.2', 'Is sign-in throttled?', 'TBD', '', '']
    ]),
    'Self-assessment'
  );
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('readTableOffThread → mapAnswers', () => {
  it('turns a workbook in another layout into answers for the preview', async () => {
    const read = await readForMapping(vendorWorkbook(), 'example-cloud.xlsx');
    expect(read.issues).toEqual([]);
    const sheet = read.data?.sheets.find((s) => s.name === 'Self-assessment');
    if (!sheet) throw new Error('sheet not read');
    const headerRow = headerRowGuess(sheet.rows);
    expect(headerRow).toBe(2);

    const guess = guessColumns(sheet.rows[headerRow] ?? []);
    expect(guess).toEqual({ key: 0, answer: 2, explanation: 3, evidence: 4, matchBy: 'control' });
    const answerColumn = guess.answer ?? -1;
    const values = distinctValues(sheet.rows.slice(headerRow + 1), answerColumn);
    expect(values.map((v) => v.text)).toEqual(['Yes', 'Partially', '○', 'N/A', 'TBD']);

    // ○ is known; the buyer decides Yes, Partially and N/A, and leaves TBD undecided.
    const mapping: ColumnMapping = {
      key: 0,
      matchBy: guess.matchBy,
      answer: answerColumn,
      explanation: guess.explanation,
      evidence: guess.evidence,
      values: { ...knownAnswerValues(values), yes: 'full', partially: 'partial', 'n/a': null }
    };
    const { answers, issues } = mapAnswers(sheet, headerRow, mapping, REQUIREMENTS);
    expect(answers).toEqual([
      {
        requirementId: 'req-mfa',
        answer: 'partial',
        explanation: 'IAM-02.1: Hardware keys\nIAM-02.2: Optional for users',
        evidenceRefs: 'SEC-POL-7'
      },
      { requirementId: 'req-log', answer: 'full', explanation: '', evidenceRefs: 'LOG-STD-2' }
    ]);
    expect(issues).toEqual([
      {
        code: 'unmatchedKey',
        path: 'Self-assessment!A8',
        params: { sheet: 'Self-assessment', row: 8, column: 'A', key: 'BCR-09.9', count: 1 }
      },
      {
        code: 'unmappedAnswerValue',
        path: 'Self-assessment!C9',
        params: { sheet: 'Self-assessment', row: 9, column: 'C', value: 'TBD', count: 1 }
      }
    ]);

    const preview = previewResponses([], answers, 'vendor-1');
    expect(preview.counts).toEqual({ new: 2, changed: 0, unchanged: 0, skipped: 0, unanswered: 0 });
  });

  it('reads a Shift_JIS CSV with Japanese headings when told its encoding', async () => {
    const csv = [
      '番号,質問,回答,説明',
      'R-001,多要素認証を使っていますか,はい,管理者のみ',
      'R-003,,いいえ,'
    ].join('\r\n');
    const read = await readForMapping(await encodeShiftJis(csv), 'checklist.csv', 'shift_jis');
    const sheet = read.data?.sheets[0];
    if (!sheet) throw new Error('sheet not read');
    const guess = guessColumns(sheet.rows[0] ?? []);
    expect(guess).toEqual({ key: 0, answer: 2, explanation: 3, evidence: null, matchBy: 'ref' });
    const { answers, issues } = mapAnswers(
      sheet,
      0,
      {
        key: 0,
        matchBy: 'ref',
        answer: 2,
        explanation: 3,
        evidence: null,
        values: { はい: 'full', いいえ: 'none' }
      },
      REQUIREMENTS
    );
    expect(issues).toEqual([]);
    expect(answers).toEqual([
      { requirementId: 'req-mfa', answer: 'full', explanation: '管理者のみ', evidenceRefs: '' },
      { requirementId: 'req-backup', answer: 'none', explanation: '', evidenceRefs: '' }
    ]);
  });

  it('keeps readTable’s refusal for a file that is no spreadsheet', async () => {
    const read = await readForMapping(new TextEncoder().encode('%PDF-1.7'), 'answers.xlsx');
    expect(read.data).toBeNull();
    expect(read.issues.map((i) => i.code)).toEqual(['notSpreadsheet']);
  });
});
