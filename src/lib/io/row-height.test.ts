import { describe, expect, it } from 'vitest';
import { DEFAULT_ROW_HEIGHT, rowHeightFor, textWidth, wrappedLineCount } from './row-height';

describe('textWidth: full-width characters count double', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['要件', 4],
    ['ＡＢＣ', 6],
    ['ｱｲｳ', 3],
    ['ISMAP 登録', 10],
    ['𠮷', 2]
  ])('%j is %d units wide', (text, units) => {
    expect(textWidth(text)).toBe(units);
  });
});

describe('wrappedLineCount: lines a text takes in a column', () => {
  it.each([
    ['', 10, 1],
    ['abcdefgh', 10, 1],
    ['abcdefghi', 10, 2],
    ['要件一覧', 10, 1],
    ['要件一覧表', 10, 2],
    ['「要件」シートの各要件', 10, 3],
    ['a\nb', 10, 2],
    ['a\r\n\r\nb', 10, 3],
    ['abcdefghi\n要件', 10, 3],
    ['a'.repeat(100), 20, 6],
    ['利用者データを日本国内にのみ保管すること。', 30, 2],
    ['要件'.repeat(50), 60, 4],
    // Latin words move whole to the next line; a space ending a line takes no room.
    ['abcd efgh', 10, 2],
    ['abc def', 10, 1],
    ['abc defgh', 10, 2],
    ['ab cdefghijk', 10, 3],
    ['ab cdefghi', 10, 2],
    ['ハッシュ: ' + 'e'.repeat(64), 60, 3],
    ['ISO/IEC 27001 認証', 10, 3],
    ['要件 abcdefg', 10, 2]
  ])('%j in %d units wraps to %d lines', (text, width, lines) => {
    expect(wrappedLineCount(text, width)).toBe(lines);
  });

  it('never breaks a full-width character across lines', () => {
    // 85 % of 10 units: 8 hold two letters and three full-width characters; a third letter does not.
    expect(wrappedLineCount('ab要件一', 10)).toBe(1);
    expect(wrappedLineCount('abc要件一', 10)).toBe(2);
  });
});

describe('rowHeightFor', () => {
  it.each([
    [1, 11, DEFAULT_ROW_HEIGHT],
    [2, 11, 35],
    [5, 11, 83],
    [1, 14, 24]
  ])('%d lines of %d-point text need %d points', (lines, size, height) => {
    expect(rowHeightFor(lines, size)).toBe(height);
  });
});
