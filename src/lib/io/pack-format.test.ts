import { describe, expect, it } from 'vitest';
import type { Answer } from '../domain/model';
import { parseAnswerCell, parsePackDate, requirementsChecksum, unguardText } from './pack-format';
import { REQUIREMENTS } from '$lib/testing/pack';
import { guardText } from './text-guard';

describe('parseAnswerCell', () => {
  it.each<[string, Answer | null | undefined]>([
    ['対応', 'full'],
    ['一部対応', 'partial'],
    ['未対応', 'none'],
    ['Meets', 'full'],
    ['ＭＥＥＴＳ', 'full'],
    ['Partly', 'partial'],
    ['Partly meets', 'partial'],
    ['Does not', 'none'],
    ['does not meet', 'none'],
    ['○', 'full'],
    ['◯', 'full'],
    ['〇', 'full'],
    ['△', 'partial'],
    ['×', 'none'],
    [' 対応 ', 'full'],
    ['', null],
    ['   ', null],
    ['はい', 'full'],
    ['多分', undefined],
    ['対応済み', 'full'],
    ['N/A', undefined],
    ['=対応', undefined]
  ])('%j → %s', (cell, answer) => {
    expect(parseAnswerCell(cell)).toBe(answer);
  });
});

describe('requirementsChecksum', () => {
  const base = requirementsChecksum(REQUIREMENTS);

  it('is SHA-256 hex and ignores the order the records come in', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(requirementsChecksum([...REQUIREMENTS].reverse())).toBe(base);
  });

  it.each([
    ['text', { text: '別の内容' }],
    ['title', { title: '別の名前' }],
    ['ref', { ref: 'R-999' }],
    ['id', { id: 'req-other' }],
    ['order', { order: 9 }]
  ])('changes with the %s', (_field, change) => {
    const changed = REQUIREMENTS.map((r, i) => (i === 1 ? { ...r, ...change } : r));
    expect(requirementsChecksum(changed)).not.toBe(base);
  });

  it('does not change with points, kind or domain (they are not what the vendor answers)', () => {
    const changed = REQUIREMENTS.map((r) => ({
      ...r,
      basePoints: 99,
      points: 99,
      kind: 'mandatory' as const,
      domain: 'x'
    }));
    expect(requirementsChecksum(changed)).toBe(base);
  });
});

describe('unguardText', () => {
  it.each(['=1+1', '+cmd', '-2', '@SUM(1)', '\tx', '＝全角'])('undoes guardText on %j', (text) => {
    expect(unguardText(guardText(text))).toBe(text);
  });

  it.each(["'quoted", "'", 'plain', "''=x"])('leaves %j alone', (text) => {
    expect(unguardText(text)).toBe(text);
  });
});

describe('parsePackDate', () => {
  it.each([
    ['2025-04-01', '2025-04-01'],
    ['2025/4/1', '2025-04-01'],
    ['2025/04/01', '2025-04-01'],
    ['2025.04.01', '2025-04-01'],
    ['２０２５－０４－０１', '2025-04-01'],
    ['2025年4月1日', '2025-04-01'],
    ['45748', '2025-04-01'],
    ['45748.5', '2025-04-01'],
    ['4/1/25', '2025-04-01'],
    ['2024-02-29', '2024-02-29'],
    ['', null],
    ['  ', null],
    ['2025-02-29', undefined],
    ['2025-13-01', undefined],
    ['来年度', undefined],
    ['12', undefined],
    ['2023', undefined],
    ['20231001', '2023-10-01'],
    ['20230230', undefined],
    ['９９９９９９９９', undefined],
    ['01/04/2025', undefined]
  ])('%j → %j', (text, expected) => {
    expect(parsePackDate(text)).toBe(expected);
  });
});
