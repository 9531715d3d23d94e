import { describe, expect, it } from 'vitest';
import {
  MAX_UNMATCHED_KEY_ISSUES,
  applySavedMapping,
  combineRows,
  distinctValues,
  fittingMappings,
  guessColumns,
  mapAnswers,
  mappedValue,
  resolveRequirement,
  suggestMapping,
  toSavedMapping,
  validateSavedMappings,
  withSavedMapping,
  type ColumnMapping,
  type MappedRequirement,
  type MatchBy,
  type SavedMapping
} from './answer-mapping';
import type { Answer } from './model';
import { previewResponses } from './response-preview';
import { response } from '$lib/testing/pack';

const REQUIREMENTS: MappedRequirement[] = [
  { id: 'req-a', ref: 'R-001', controlRefs: ['iso27002:9.4.1', 'caiq:IAM-02.1'] },
  { id: 'req-b', ref: 'R-002', controlRefs: ['iso27002:9.4.1'] },
  { id: 'req-c', ref: 'R-003', controlRefs: ['iso27017:CLD.9.5.1', 'caiq:IAM-02.2'] },
  { id: 'req-d', ref: 'R-010', controlRefs: ['tsc:CC6.1'] }
];

describe('resolveRequirement', () => {
  it.each<[string, MatchBy, string[]]>([
    ['R-001', 'ref', ['req-a']],
    ['r-001', 'ref', ['req-a']],
    ['Ｒ－００１', 'ref', ['req-a']],
    [' R-003 ', 'ref', ['req-c']],
    ['R\u2010010', 'ref', ['req-d']],
    ['R-1', 'ref', []],
    ['9.4.1', 'ref', []],
    ['iso27002:9.4.1', 'control', ['req-a', 'req-b']],
    ['ISO27002: 9.4.1', 'control', ['req-a', 'req-b']],
    ['9.4.1', 'control', ['req-a', 'req-b']],
    ['caiq:IAM-02.1', 'control', ['req-a']],
    ['IAM-02.1', 'control', ['req-a']],
    ['iam-02.2', 'control', ['req-c']],
    ['CLD.9.5.1', 'control', ['req-c']],
    ['CC6.1', 'control', ['req-d']],
    ['iso27017:9.4.1', 'control', []],
    ['IAM-02', 'control', []],
    ['R-001', 'control', []],
    ['req-b', 'requirementId', ['req-b']],
    [' req-b ', 'requirementId', ['req-b']],
    ['REQ-B', 'requirementId', []],
    ['R-002', 'requirementId', []],
    ['', 'control', []]
  ])('%j by %s gives %j', (key, matchBy, expected) => {
    expect(resolveRequirement(key, REQUIREMENTS, matchBy)).toEqual(expected);
  });
});

describe('combineRows: the weakest answer wins', () => {
  const row = (key: string, answer: Answer | null, explanation = '', evidence = '') => ({
    key,
    answer,
    explanation,
    evidence
  });

  it.each<[string, (Answer | null)[], Answer | null]>([
    ['full and partial give partial', ['full', 'partial'], 'partial'],
    ['partial, full and none give none', ['partial', 'full', 'none'], 'none'],
    ['all full give full', ['full', 'full'], 'full'],
    ['a blank answer takes no part', [null, 'full'], 'full'],
    ['only blanks give blank', [null, null], null]
  ])('%s', (_name, answers, expected) => {
    expect(combineRows(answers.map((a, i) => row(`K-${i}`, a))).answer).toBe(expected);
  });

  it('keeps a single row as written, without a key prefix', () => {
    expect(combineRows([row('IAM-02.1', 'partial', 'MFA for admins', 'Policy 4.2')])).toEqual({
      answer: 'partial',
      explanation: 'MFA for admins',
      evidenceRefs: 'Policy 4.2'
    });
  });

  it('joins explanations with line breaks, each after its key, and evidence once per text', () => {
    const combined = combineRows([
      row('IAM-02.1', 'full', 'MFA for admins', 'Policy 4.2'),
      row('IAM-02.2', 'none', '', 'Policy 4.2'),
      row('IAM-02.3', 'partial', 'Not for API keys', 'Audit report p.7')
    ]);
    expect(combined).toEqual({
      answer: 'none',
      explanation: 'IAM-02.1: MFA for admins\nIAM-02.3: Not for API keys',
      evidenceRefs: 'Policy 4.2\nAudit report p.7'
    });
  });
});

describe('distinctValues and mappedValue', () => {
  const rows = [['Yes'], ['ＹＥＳ'], ['No'], [''], [], ['  yes '], ['N/A'], ['はい'], ['○']];

  it('lists each value once, folded, with its first spelling and row count', () => {
    expect(distinctValues(rows, 0)).toEqual([
      { value: 'yes', text: 'Yes', count: 3 },
      { value: 'no', text: 'No', count: 1 },
      { value: 'n/a', text: 'N/A', count: 1 },
      { value: 'はい', text: 'はい', count: 1 },
      { value: '○', text: '○', count: 1 }
    ]);
  });

  it('counts a repeated cell text on every row, whatever spelling of its value came first', () => {
    const repeated = Array.from({ length: 300 }, (_, i) => [['ＹＥＳ', ' Yes', '', 'No', 'yes'][i % 5]!]);
    expect(distinctValues(repeated, 0)).toEqual([
      { value: 'yes', text: 'ＹＥＳ', count: 180 },
      { value: 'no', text: 'No', count: 60 }
    ]);
  });

  it.each<[string, Answer | null | undefined]>([
    ['Yes', 'full'],
    ['ＹＥＳ', 'full'],
    ['N/A', null],
    ['', null],
    ['No', undefined],
    ['__proto__', undefined],
    ['toString', undefined]
  ])('%j maps to %j', (text, expected) => {
    const values = JSON.parse('{"yes":"full","n/a":null}') as Record<string, Answer | null>;
    expect(mappedValue(values, text)).toBe(expected);
  });
});

describe('mapAnswers', () => {
  const sheet = {
    name: 'Vendor CAIQ',
    rows: [
      ['Acme security questionnaire'],
      ['Question ID', 'Question', 'Answer', 'Notes', 'Evidence'],
      ['IAM-02.1', 'Is MFA enforced for admins?', 'Yes', 'MFA for all admins', 'SOC 2 p.12'],
      ['IAM-02.2', 'Is MFA enforced for users?', 'No', 'Not for end users', ''],
      ['ZZZ-99.9', 'Unknown question', 'Yes', '', ''],
      ['ZZZ-99.9', 'Unknown question again', 'Yes', '', ''],
      ['', '', 'Yes', 'An answer with no key', ''],
      ['Identity & access'],
      ['9.4.1', 'Is access restricted?', 'Maybe', 'Depends on the plan', ''],
      ['CC6.1', 'Logical access?', 'NA', '', '']
    ]
  };
  const mapping: ColumnMapping = {
    key: 0,
    matchBy: 'control',
    answer: 2,
    explanation: 3,
    evidence: 4,
    values: { yes: 'full', no: 'none', na: null }
  };

  it('combines rows per requirement, in the order first met', () => {
    const { answers } = mapAnswers(sheet, 1, mapping, REQUIREMENTS);
    expect(answers).toEqual([
      {
        requirementId: 'req-a',
        answer: 'full',
        explanation: 'IAM-02.1: MFA for all admins\n9.4.1: Depends on the plan',
        evidenceRefs: 'SOC 2 p.12'
      },
      { requirementId: 'req-c', answer: 'none', explanation: 'Not for end users', evidenceRefs: '' },
      // 「Maybe」 is left undecided: its text alone must not store a response without an answer.
      {
        requirementId: 'req-b',
        answer: null,
        answerUnread: true,
        explanation: 'Depends on the plan',
        evidenceRefs: ''
      }
    ]);
  });

  it('a row whose value is undecided stores nothing where no answer is stored, and keeps a stored one', () => {
    const { answers } = mapAnswers(sheet, 1, mapping, REQUIREMENTS);
    expect(previewResponses([], answers, 'v1').items.map((i) => i.requirementId)).toEqual(['req-a', 'req-c']);
    const stored = response({ vendorId: 'v1', requirementId: 'req-b', answer: 'partial' });
    const item = previewResponses([stored], answers, 'v1').items.find((i) => i.requirementId === 'req-b');
    expect(item?.after).toEqual({ answer: 'partial', explanation: 'Depends on the plan', evidenceRefs: '' });
  });

  it('reports unmatched keys, rows without a key and unmapped values where they are', () => {
    const { issues } = mapAnswers(sheet, 1, mapping, REQUIREMENTS);
    expect(issues).toEqual([
      {
        code: 'unmatchedKey',
        path: 'Vendor CAIQ!A5',
        params: { sheet: 'Vendor CAIQ', row: 5, column: 'A', key: 'ZZZ-99.9', count: 2 }
      },
      {
        code: 'missingKey',
        path: 'Vendor CAIQ!A7',
        params: { sheet: 'Vendor CAIQ', row: 7, column: 'A', count: 1 }
      },
      {
        code: 'unmappedAnswerValue',
        path: 'Vendor CAIQ!C9',
        params: { sheet: 'Vendor CAIQ', row: 9, column: 'C', value: 'Maybe', count: 1 }
      }
    ]);
  });

  it('reads nothing at or above the header row', () => {
    const { answers, issues } = mapAnswers(sheet, 3, mapping, REQUIREMENTS);
    expect(answers.map((a) => a.requirementId)).toEqual(['req-a', 'req-b']);
    expect(issues.map((i) => i.path)).toEqual(['Vendor CAIQ!A5', 'Vendor CAIQ!A7', 'Vendor CAIQ!C9']);
  });

  it('ignores the optional columns it is not given', () => {
    const { answers } = mapAnswers(sheet, 1, { ...mapping, explanation: null, evidence: null }, REQUIREMENTS);
    expect(answers).toEqual([
      { requirementId: 'req-a', answer: 'full', explanation: '', evidenceRefs: '' },
      { requirementId: 'req-c', answer: 'none', explanation: '', evidenceRefs: '' }
    ]);
  });

  it('caps the unmatched-key issues and summarises the rest', () => {
    const extra = 5;
    const rows = [
      ['No.', 'Answer'],
      ...Array.from({ length: MAX_UNMATCHED_KEY_ISSUES + extra }, (_, i) => [`X-${i}`, 'Yes'])
    ];
    const { issues } = mapAnswers(
      { name: 'S', rows },
      0,
      { ...mapping, matchBy: 'ref', answer: 1, explanation: null, evidence: null },
      REQUIREMENTS
    );
    expect(issues.filter((i) => i.code === 'unmatchedKey')).toHaveLength(MAX_UNMATCHED_KEY_ISSUES);
    expect(issues.at(-1)).toEqual({
      code: 'unmatchedKeysOmitted',
      path: 'S',
      params: { sheet: 'S', count: extra }
    });
  });
});

describe('mapAnswers: texts longer than a spreadsheet cell holds', () => {
  const mapping: ColumnMapping = {
    key: 0,
    matchBy: 'ref',
    answer: 1,
    explanation: 2,
    evidence: 3,
    values: { yes: 'full' }
  };

  it('leaves out a row, or a requirement whose joined rows, would hold one; never cuts it', () => {
    const half = 'h'.repeat(20_000);
    const sheet = {
      name: 'S',
      rows: [
        ['No.', 'Answer', 'Notes', 'Evidence'],
        ['R-001', 'Yes', 'x'.repeat(32_768), ''],
        ['R-002', 'Yes', half, ''],
        ['R-002', 'Yes', half, ''],
        ['R-003', 'Yes', '', 'e'.repeat(32_767)],
        ['R-010', 'Yes', '', `=${'f'.repeat(32_766)}`]
      ]
    };
    const { answers, issues } = mapAnswers(sheet, 0, mapping, REQUIREMENTS);
    expect(answers.map((a) => [a.requirementId, a.evidenceRefs.length])).toEqual([['req-c', 32_767]]);
    expect(issues).toEqual([
      {
        code: 'textTooLong',
        path: 'S!C2',
        params: { sheet: 'S', row: 2, column: 'C', length: 32_768, max: 32_767 }
      },
      {
        code: 'textTooLong',
        path: 'S!D6',
        params: { sheet: 'S', row: 6, column: 'D', length: 32_767, max: 32_766 }
      },
      {
        code: 'textTooLong',
        path: 'S!C3',
        params: { sheet: 'S', row: 3, column: 'C', length: 40_015, max: 32_767 }
      }
    ]);
  });
});

describe('guessColumns', () => {
  it.each<[string[], ReturnType<typeof guessColumns>]>([
    [
      ['Question ID', 'Question', 'CSP CAIQ Answer', 'CSP Implementation Description', 'Evidence reference'],
      { key: 0, answer: 2, explanation: 3, evidence: 4, matchBy: 'control' }
    ],
    [
      ['No.', '要件', '回答', '説明', '証跡'],
      { key: 0, answer: 2, explanation: 3, evidence: 4, matchBy: 'ref' }
    ],
    [['要件ID', '回答'], { key: 0, answer: 1, explanation: null, evidence: null, matchBy: 'requirementId' }],
    [['Guidance', 'Notes'], { key: null, answer: null, explanation: 1, evidence: null, matchBy: 'ref' }]
  ])('%j', (headers, expected) => {
    expect(guessColumns(headers)).toEqual(expected);
  });
});

const saved = (fields: Partial<SavedMapping>): SavedMapping => ({
  name: 'Acme CAIQ',
  keyHeader: 'Question ID',
  matchBy: 'control',
  answerHeader: 'Answer',
  explanationHeader: null,
  evidenceHeader: null,
  values: { yes: 'full' },
  savedAt: '2025-03-01T00:00:00.000Z',
  ...fields
});

describe('saved mappings', () => {
  const withNotes = saved({
    name: 'With notes',
    explanationHeader: 'Notes',
    savedAt: '2025-01-01T00:00:00.000Z'
  });
  const plain = saved({ name: 'Plain' });
  const plainOlder = saved({ name: 'Plain, older', savedAt: '2024-12-01T00:00:00.000Z' });
  const japanese = saved({ name: '国内様式', keyHeader: 'No.', answerHeader: '回答', matchBy: 'ref' });
  const all = [plainOlder, withNotes, plain, japanese];

  it.each<[string[], string | null]>([
    [['Question ID', 'Question', 'Answer', 'Notes'], 'With notes'],
    [['question id', 'ANSWER'], 'Plain'],
    [['Ｎｏ．', '要件', '回答'], '国内様式'],
    [['Question ID', 'Reply'], null],
    [[], null]
  ])('offers for headers %j the mapping %j', (headers, expected) => {
    expect(suggestMapping(headers, all)?.name ?? null).toBe(expected);
  });

  it('lists every fitting mapping, the most columns first, then the newest', () => {
    const names = fittingMappings(['Question ID', 'Answer', 'Notes'], all).map((m) => m.name);
    expect(names).toEqual(['With notes', 'Plain', 'Plain, older']);
  });

  it('applies a saved mapping by header, wherever the columns now are', () => {
    const mapping = applySavedMapping(withNotes, ['Question', 'Answer', 'Notes', 'Question ID']);
    expect(mapping).toEqual({
      key: 3,
      matchBy: 'control',
      answer: 1,
      explanation: 2,
      evidence: null,
      values: { yes: 'full' }
    });
    expect(applySavedMapping(withNotes, ['Question ID', 'Answer'])).toBeNull();
  });

  it('saves by header text and replaces a mapping of the same name', () => {
    const mapping: ColumnMapping = {
      key: 0,
      matchBy: 'ref',
      answer: 2,
      explanation: null,
      evidence: 3,
      values: { はい: 'full', いいえ: 'none', 対象外: null }
    };
    const entry = toSavedMapping(
      mapping,
      ['番号 ', '質問', '回答', '証跡'],
      ' Plain ',
      '2025-06-01T00:00:00.000Z'
    );
    expect(entry).toEqual({
      name: 'Plain',
      keyHeader: '番号',
      matchBy: 'ref',
      answerHeader: '回答',
      explanationHeader: null,
      evidenceHeader: '証跡',
      values: { はい: 'full', いいえ: 'none', 対象外: null },
      savedAt: '2025-06-01T00:00:00.000Z'
    });
    expect(withSavedMapping(all, entry).map((m) => [m.name, m.savedAt])).toEqual([
      ['Plain', '2025-06-01T00:00:00.000Z'],
      ['Plain, older', plainOlder.savedAt],
      ['With notes', withNotes.savedAt],
      ['国内様式', japanese.savedAt]
    ]);
  });
});

describe('validateSavedMappings', () => {
  const good = saved({});

  it.each<[string, unknown]>([
    ['not an array', { 0: good }],
    ['null', null],
    ['a string', 'Acme CAIQ']
  ])('gives nothing for %s', (_name, input) => {
    expect(validateSavedMappings(input)).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', [good]],
    ['an empty name', { ...good, name: '' }],
    ['a missing answer header', { ...good, answerHeader: undefined }],
    ['an unknown way of matching', { ...good, matchBy: 'fuzzy' }],
    ['a value that is no answer', { ...good, values: { yes: 'maybe' } }],
    ['values that are a list', { ...good, values: ['full'] }],
    ['a number for a header', { ...good, explanationHeader: 5 }],
    ['a date that is not an instant', { ...good, savedAt: 'yesterday' }]
  ])('drops an entry with %s and keeps the others', (_name, bad) => {
    expect(validateSavedMappings([bad, good])).toEqual([good]);
  });

  it('keeps a sound entry without its unknown keys, and the first of a name', () => {
    const input = [
      { ...good, colour: 'red' },
      { ...good, savedAt: '2026-01-01T00:00:00.000Z' }
    ];
    const [restored, ...rest] = validateSavedMappings(input);
    expect(rest).toEqual([]);
    expect(restored).toEqual(good);
    expect(restored && 'colour' in restored).toBe(false);
  });

  it('drops a __proto__ key among the values without touching any prototype', () => {
    const input: unknown = JSON.parse(
      '[{"name":"x","keyHeader":"K","matchBy":"ref","answerHeader":"A","explanationHeader":null,' +
        '"evidenceHeader":null,"values":{"__proto__":"full","na":null},"savedAt":"2025-01-01T00:00:00Z"}]'
    );
    const [restored] = validateSavedMappings(input);
    expect(restored?.values).toEqual({ na: null });
    expect(Object.getPrototypeOf(restored?.values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).full).toBeUndefined();
  });
});
