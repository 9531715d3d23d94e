import { describe, expect, it } from 'vitest';
import { cellTextMax, firstTooLong, textTooLong, tooLongParams } from './cell-text';
import { CELL_TEXT_MAX } from './limits';

describe('textTooLong', () => {
  it.each<[string, string, boolean]>([
    ['a text at the limit', 'a'.repeat(CELL_TEXT_MAX), false],
    ['one past it', 'a'.repeat(CELL_TEXT_MAX + 1), true],
    ['a formula-like text at the limit (the guard adds a quote)', `=${'a'.repeat(CELL_TEXT_MAX - 1)}`, true],
    ['a formula-like text one shorter', `=${'a'.repeat(CELL_TEXT_MAX - 2)}`, false],
    [
      "a text starting with the guard's quote and a formula character",
      `'=${'a'.repeat(CELL_TEXT_MAX - 2)}`,
      true
    ],
    ['an empty text', '', false]
  ])('%s', (_, text, expected) => {
    expect(textTooLong(text)).toBe(expected);
  });

  it('counts UTF-16 units, as Excel and an input maxlength do: an emoji is two', () => {
    expect(textTooLong('🙂'.repeat(CELL_TEXT_MAX / 2 + 1))).toBe(true);
    expect(cellTextMax('@x')).toBe(CELL_TEXT_MAX - 1);
    expect(tooLongParams('ab')).toEqual({ length: 2, max: CELL_TEXT_MAX });
  });
});

describe('firstTooLong', () => {
  it('names the first field past the limit, in the order given', () => {
    const long = 'x'.repeat(CELL_TEXT_MAX + 5);
    expect(firstTooLong({ name: 'ok', role: long, notes: long })).toEqual({
      field: 'role',
      length: CELL_TEXT_MAX + 5,
      max: CELL_TEXT_MAX
    });
    expect(firstTooLong({ name: 'ok', role: '' })).toBeNull();
  });
});
