import { describe, expect, it } from 'vitest';
import type { Answer } from '../domain/model';
import {
  XLSX_MAX_TEXT,
  parseAnswerCell,
  parsePackDate,
  requirementsChecksum,
  unguardText,
  xlsxCellText
} from './pack-format';
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

describe('xlsxCellText', () => {
  it.each([
    ['a\r\nb\rc\nd', 'a\nb\nc\nd'],
    ['_x000D_ and _x005f_', '_x005F_x000D_ and _x005F_x005f_'],
    ['bell\u0007 tab\t vt\u000B del\u007F', 'bell_x0007_ tab\t vt_x000B_ del_x007F_'],
    ['plain テキスト 🙂', 'plain テキスト 🙂']
  ])('writes %j as %j', (text, written) => {
    expect(xlsxCellText(text)).toBe(written);
  });

  it('cuts a text past the cell limit with an ellipsis, never inside a surrogate pair', () => {
    const text = `${'a'.repeat(XLSX_MAX_TEXT - 2)}🙂🙂`;
    const written = xlsxCellText(text);
    expect(written.length).toBeLessThanOrEqual(XLSX_MAX_TEXT);
    expect(written.endsWith('a…')).toBe(true);
    expect(xlsxCellText('a'.repeat(XLSX_MAX_TEXT))).toBe('a'.repeat(XLSX_MAX_TEXT));
  });
});

describe('unguardText', () => {
  it.each(['=1+1', '+cmd', '-2', '@SUM(1)', '\tx', '＝全角', "'=x", "''+1", "'quoted", "'", ''])(
    'undoes guardText on %j',
    (text) => {
      expect(unguardText(guardText(text))).toBe(text);
    }
  );

  it.each(["'quoted", "'", 'plain', "x'=1"])('leaves %j alone', (text) => {
    expect(unguardText(text)).toBe(text);
  });

  it('strips one quote only: a text that starts with the quote itself keeps it', () => {
    expect(unguardText("''=x")).toBe("'=x");
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
    ['4/1/25', undefined],
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

  it.each([
    ['4/1/25', 'mdy', '2025-04-01'],
    ['4/1/25', 'dmy', '2025-01-04'],
    ['03/31/2026', 'mdy', '2026-03-31'],
    ['03/31/2026', 'dmy', undefined],
    ['31-Mar-26', 'ymd', '2026-03-31'],
    ['45748', 'mdy', '2025-04-01']
  ] as const)('%j read %s → %j', (text, order, expected) => {
    expect(parsePackDate(text, { order })).toBe(expected);
  });
});
