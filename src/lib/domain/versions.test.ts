import { describe, expect, it } from 'vitest';
import {
  applyChange,
  changedFrom,
  pickFields,
  decideWrite,
  nextVersion,
  versionOf,
  type StoredState,
  type WriteBase,
  type WriteDecision
} from './versions';

interface Row {
  answer: string | null;
  explanation: string;
  evidenceRefs: string;
}

const row = (answer: string | null, explanation: string, evidenceRefs = ''): Row => ({
  answer,
  explanation,
  evidenceRefs
});
const base = (version: number, values: Row): WriteBase<Row> => ({ version, values });
const stored = (version: number, values: Row): StoredState<Row> => ({
  version,
  values,
  updatedAt: '2026-12-02T10:00:00.000Z',
  updatedBy: '山田'
});

describe('versionOf', () => {
  it.each<[string, Parameters<typeof versionOf>[0], number]>([
    ['a stored version', { version: 4 }, 4],
    ['a record from before versions', {}, 0],
    ['no record', undefined, 0],
    ['null', null, 0],
    ['a negative number', { version: -2 }, 0],
    ['a fraction', { version: 1.5 }, 0]
  ])('%s', (_, record, expected) => {
    expect(versionOf(record)).toBe(expected);
  });

  it.each([
    [undefined, 1],
    [{}, 1],
    [{ version: 7 }, 8]
  ])('the next version after %j is %i', (record, expected) => {
    expect(nextVersion(record)).toBe(expected);
  });
});

describe('decideWrite', () => {
  it.each<[string, WriteBase<Row>, StoredState<Row> | null, Partial<Row>, WriteDecision<Row>]>([
    ['no record yet', base(0, row(null, '')), null, { answer: 'full' }, { kind: 'apply' }],
    [
      'based on the stored version',
      base(3, row('full', 'a')),
      stored(3, row('full', 'a')),
      { explanation: 'b' },
      { kind: 'apply' }
    ],
    [
      'stale, the other writer changed another field: merged, theirs kept',
      base(1, row('full', 'old')),
      stored(2, row('full', 'new text')),
      { answer: 'partial' },
      { kind: 'merge', kept: ['explanation'] }
    ],
    [
      'stale, the other writer changed nothing this write shows (a write that changed nothing)',
      base(1, row('full', 'a')),
      stored(2, row('full', 'a')),
      { explanation: 'b' },
      { kind: 'merge', kept: [] }
    ],
    [
      'stale, both arrived at the same value',
      base(1, row('full', 'a')),
      stored(2, row('full', 'b')),
      { explanation: 'b' },
      { kind: 'merge', kept: [] }
    ],
    [
      'stale, a record created meanwhile by another tab, different field',
      base(0, row(null, '')),
      stored(1, row(null, 'theirs')),
      { answer: 'none' },
      { kind: 'merge', kept: ['explanation'] }
    ]
  ])('%s', (_, b, s, change, expected) => {
    expect(decideWrite(b, s, change)).toEqual(expected);
  });

  it.each<[string, WriteBase<Row>, StoredState<Row>, Partial<Row>, string[]]>([
    [
      'the same text field',
      base(1, row('full', 'a')),
      stored(2, row('full', 'b')),
      { explanation: 'c' },
      ['explanation']
    ],
    [
      'the same choice',
      base(1, row('full', '')),
      stored(2, row('none', '')),
      { answer: 'partial' },
      ['answer']
    ],
    [
      'two fields, one of them changed by the other writer',
      base(1, row('full', 'a', 'p.1')),
      stored(2, row('full', 'a', 'p.2')),
      { explanation: 'x', evidenceRefs: 'p.3' },
      ['evidenceRefs']
    ],
    [
      'a record created meanwhile with the same field',
      base(0, row(null, '')),
      stored(1, row(null, 'theirs')),
      { explanation: 'mine' },
      ['explanation']
    ],
    [
      'cleared by the other writer, typed by this one',
      base(4, row('full', 'kept')),
      stored(6, row('full', '')),
      { explanation: 'mine' },
      ['explanation']
    ]
  ])('conflict on %s: names the field, both values, when and by whom', (_, b, s, change, fields) => {
    const decision = decideWrite(b, s, change);
    expect(decision.kind).toBe('conflict');
    if (decision.kind !== 'conflict') return;
    expect(decision.conflicts.map((c) => c.field)).toEqual(fields);
    for (const c of decision.conflicts) {
      expect(c.stored).toEqual(s.values[c.field]);
      expect(c.mine).toEqual(change[c.field]);
      expect(c.base).toEqual(b.values[c.field]);
    }
    expect(decision).toMatchObject({
      storedVersion: s.version,
      storedValues: s.values,
      at: s.updatedAt,
      by: s.updatedBy
    });
  });
});

describe('applyChange', () => {
  it.each<[string, Row, Partial<Row>, Row]>([
    [
      'one field on top of the stored record',
      row('full', 'theirs'),
      { answer: 'partial' },
      row('partial', 'theirs')
    ],
    [
      'an undefined field is no change',
      row('full', 'theirs'),
      { explanation: undefined },
      row('full', 'theirs')
    ],
    ['null is a value (cleared)', row('full', 'x'), { answer: null }, row(null, 'x')]
  ])('%s', (_, s, change, expected) => {
    expect(applyChange(s, change)).toEqual(expected);
  });
});

describe('changedFrom', () => {
  it.each<[string, Row, Partial<Row>, Partial<Row>]>([
    ['every field sent, one edited', row('full', 'a', 'x'), row('full', 'b', 'x'), { explanation: 'b' }],
    ['nothing edited', row('full', 'a'), row('full', 'a'), {}],
    ['a choice cleared', row('full', 'a'), { answer: null }, { answer: null }],
    ['a field left out', row('full', 'a'), { evidenceRefs: 'y' }, { evidenceRefs: 'y' }],
    [
      'undefined where the page showed none is no change',
      { ...row('full', 'a'), answer: undefined } as never,
      { answer: undefined },
      {}
    ]
  ])('%s', (_, shown, values, expected) => {
    expect(changedFrom(shown, values)).toStrictEqual(expected);
  });

  it('a key given as undefined clears a value the page showed', () => {
    const change = changedFrom(row('full', 'a'), { answer: undefined });
    expect(Object.keys(change)).toEqual(['answer']);
  });

  it('compares lists and objects by value', () => {
    const shown = { regions: ['東京', '大阪'], period: { from: '2026-01-01' } };
    expect(changedFrom(shown, { regions: ['東京', '大阪'], period: { from: '2026-01-01' } })).toEqual({});
    expect(changedFrom(shown, { regions: ['東京'] })).toEqual({ regions: ['東京'] });
  });

  it('an optional field the shown record lacked is a change when set', () => {
    expect(changedFrom<Partial<Row>>({ answer: 'full' }, { explanation: 'x' })).toEqual({ explanation: 'x' });
  });
});

describe('pickFields', () => {
  it('keeps only the named fields', () => {
    expect(pickFields({ a: 1, b: 2, c: 3 }, ['a', 'c'])).toEqual({ a: 1, c: 3 });
  });
});
