import { describe, expect, it } from 'vitest';
import type { Response } from './model';
import {
  previewResponses,
  responseWrites,
  type IncomingAnswer,
  type ResponseCounts,
  type ResponseFields
} from './response-preview';

const VENDOR = 'v1';

function stored(requirementId: string, fields: Partial<ResponseFields>, vendorId = VENDOR): Response {
  return {
    id: `resp-${vendorId}-${requirementId}`,
    procurementId: 'p1',
    vendorId,
    requirementId,
    answer: null,
    explanation: '',
    evidenceRefs: '',
    updatedAt: '2025-05-01T00:00:00.000Z',
    source: 'manual',
    ...fields
  };
}

function incoming(requirementId: string, fields: Partial<ResponseFields>): IncomingAnswer {
  return { requirementId, answer: null, explanation: '', evidenceRefs: '', ...fields };
}

const FULL: ResponseFields = { answer: 'full', explanation: '対応済み', evidenceRefs: '手順書 p.3' };

describe('previewResponses: one row', () => {
  it.each<[string, Partial<ResponseFields> | null, Partial<ResponseFields>, string, ResponseFields | null]>([
    ['a first answer is new', null, FULL, 'new', FULL],
    [
      'a partial first answer is new',
      null,
      { answer: 'none' },
      'new',
      { answer: 'none', explanation: '', evidenceRefs: '' }
    ],
    ['the same values are unchanged', FULL, FULL, 'unchanged', FULL],
    ['a new answer is a change', FULL, { answer: 'partial' }, 'changed', { ...FULL, answer: 'partial' }],
    [
      'a blank answer keeps the stored one',
      FULL,
      { explanation: '更新した説明' },
      'changed',
      { ...FULL, explanation: '更新した説明' }
    ],
    ['blank texts keep the stored ones', FULL, { answer: 'full' }, 'unchanged', FULL],
    [
      'a text equal after trim / NFC / line ends is unchanged',
      { ...FULL, explanation: 'a\r\nb' },
      { explanation: ' a\nb ' },
      'unchanged',
      { ...FULL, explanation: 'a\r\nb' }
    ],
    [
      'a value is added to a stored blank',
      { answer: 'full' },
      { evidenceRefs: '証跡A' },
      'changed',
      { answer: 'full', explanation: '', evidenceRefs: '証跡A' }
    ],
    [
      'hostile text is carried as it is',
      null,
      { answer: 'full', explanation: '=HYPERLINK("http://evil","x")' },
      'new',
      { answer: 'full', explanation: '=HYPERLINK("http://evil","x")', evidenceRefs: '' }
    ]
  ])('%s', (_name, before, row, kind, after) => {
    const existing = before ? [stored('r1', before)] : [];
    const { items, counts } = previewResponses(existing, [incoming('r1', row)], VENDOR);
    expect(items).toEqual([
      {
        requirementId: 'r1',
        kind,
        before: before ? { answer: null, explanation: '', evidenceRefs: '', ...before } : null,
        after
      }
    ]);
    expect(counts).toEqual({ new: 0, changed: 0, unchanged: 0, skipped: 0, unanswered: 0, [kind]: 1 });
  });

  it.each([
    ['with a stored answer', [stored('r1', FULL)]],
    ['without one', []]
  ])('skips a row with nothing in it, %s', (_name, existing) => {
    const blank = incoming('r1', { explanation: '  ', evidenceRefs: '' });
    expect(previewResponses(existing, [blank], VENDOR)).toEqual({
      items: [],
      counts: { new: 0, changed: 0, unchanged: 0, skipped: 1, unanswered: 0 }
    });
  });
});

describe('previewResponses: a whole import', () => {
  it('counts each kind, keeps the import order and ignores other vendors', () => {
    const existing = [
      stored('r1', FULL),
      stored('r2', FULL),
      stored('r3', FULL, 'v-other'),
      stored('r9', FULL)
    ];
    const rows = [
      incoming('r2', { answer: 'none' }),
      incoming('r1', FULL),
      incoming('r3', { answer: 'partial' }),
      incoming('r4', {})
    ];
    const { items, counts } = previewResponses(existing, rows, VENDOR);
    expect(items.map((item) => [item.requirementId, item.kind])).toEqual([
      ['r2', 'changed'],
      ['r1', 'unchanged'],
      ['r3', 'new']
    ]);
    expect(counts).toEqual({ new: 1, changed: 1, unchanged: 1, skipped: 1, unanswered: 0 });
  });

  it('merges a requirement met twice, the later row over the earlier', () => {
    const rows = [
      incoming('r1', { answer: 'full', explanation: '一回目' }),
      incoming('r1', { explanation: '二回目' })
    ];
    const { items, counts } = previewResponses([], rows, VENDOR);
    expect(items).toEqual([
      {
        requirementId: 'r1',
        kind: 'new',
        before: null,
        after: { answer: 'full', explanation: '二回目', evidenceRefs: '' }
      }
    ]);
    expect(counts).toEqual({ new: 1, changed: 0, unchanged: 0, skipped: 0, unanswered: 0 });
  });

  it('gives empty counts for an empty import', () => {
    expect(previewResponses([stored('r1', FULL)], [], VENDOR)).toEqual({
      items: [],
      counts: { new: 0, changed: 0, unchanged: 0, skipped: 0, unanswered: 0 }
    });
  });
});

describe('previewResponses: an answer word that could not be read', () => {
  const unread = (requirementId: string, explanation: string): IncomingAnswer => ({
    ...incoming(requirementId, { explanation }),
    answerUnread: true
  });

  it.each<[string, Response[], IncomingAnswer[], ResponseFields | null]>([
    ['is not stored when no answer is stored', [], [unread('r1', '説明')], null],
    [
      'is not stored over a stored response without an answer',
      [stored('r1', { explanation: '旧' })],
      [unread('r1', '新')],
      null
    ],
    [
      'keeps the stored answer and takes the texts',
      [stored('r1', FULL)],
      [unread('r1', '新しい説明')],
      { ...FULL, explanation: '新しい説明' }
    ],
    [
      'keeps an answer read from an earlier row of the import',
      [],
      [incoming('r1', { answer: 'none' }), unread('r1', '二行目')],
      { answer: 'none', explanation: '二行目', evidenceRefs: '' }
    ]
  ])('%s', (_name, existing, rows, after) => {
    const { items } = previewResponses(existing, rows, VENDOR);
    expect(items.find((item) => item.kind !== 'unchanged')?.after ?? null).toEqual(after);
  });
});

describe('previewResponses: what is counted is what is written', () => {
  const unread = (requirementId: string, explanation: string): IncomingAnswer => ({
    ...incoming(requirementId, { explanation }),
    answerUnread: true
  });

  it.each<[string, Response[], IncomingAnswer[], Partial<ResponseCounts>]>([
    ['an answer word that maps to nothing', [], [unread('r1', 'N/A の理由')], { unanswered: 1 }],
    [
      'a value the mapping ignores, with a text',
      [],
      [incoming('r1', { explanation: '説明' })],
      { unanswered: 1 }
    ],
    ['evidence without an answer', [], [incoming('r1', { evidenceRefs: 'SOC 2' })], { unanswered: 1 }],
    [
      'texts over a stored response without an answer',
      [stored('r1', { explanation: '旧' })],
      [incoming('r1', { explanation: '新' })],
      { unanswered: 1 }
    ],
    ['texts over a stored answer', [stored('r1', FULL)], [unread('r1', '新')], { changed: 1 }],
    ['an answer', [], [incoming('r1', { answer: 'partial' })], { new: 1 }],
    [
      'four rows: two answered, one unread, one blank',
      [],
      [
        incoming('r1', { answer: 'full' }),
        incoming('r2', { answer: 'none', explanation: '未対応' }),
        unread('r3', '該当なし'),
        incoming('r4', {})
      ],
      { new: 2, unanswered: 1, skipped: 1 }
    ]
  ])('%s', (_name, existing, rows, expected) => {
    const { items, counts } = previewResponses(existing, rows, VENDOR);
    expect(counts).toEqual({ new: 0, changed: 0, unchanged: 0, skipped: 0, unanswered: 0, ...expected });
    const writes = responseWrites(items);
    // The apply step writes exactly these: as many as counted new and changed, none without an answer.
    expect(writes).toHaveLength(counts.new + counts.changed);
    expect(writes.every((item) => item.after.answer !== null)).toBe(true);
    expect(writes.filter((item) => item.kind === 'new')).toHaveLength(counts.new);
  });
});
