import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from './defaults';
import { gradeForKey, isPlainKey, sheetMove, type SheetKeyPress } from './grade-keys';
import type { RubricLevel } from './model';

const level = (code: string, factor: number): RubricLevel => ({ code, labelJa: code, labelEn: code, factor });
const threeLevels = [level('S', 1), level('M', 0.5), level('N', 0)];
const coded54321 = [level('5', 1), level('4', 0.75), level('3', 0.5), level('2', 0.25), level('1', 0)];

describe('gradeForKey', () => {
  it.each([
    ['o', 'mandatory', DEFAULT_RUBRIC, { verdict: 'pass' }],
    ['O', 'mandatory', DEFAULT_RUBRIC, { verdict: 'pass' }],
    ['○', 'mandatory', DEFAULT_RUBRIC, { verdict: 'pass' }],
    ['x', 'mandatory', DEFAULT_RUBRIC, { verdict: 'fail' }],
    ['×', 'mandatory', DEFAULT_RUBRIC, { verdict: 'fail' }],
    ['Ｘ', 'mandatory', DEFAULT_RUBRIC, { verdict: 'fail' }],
    ['1', 'mandatory', DEFAULT_RUBRIC, null],
    ['a', 'mandatory', DEFAULT_RUBRIC, null],
    ['a', 'scored', DEFAULT_RUBRIC, { level: 'A' }],
    ['E', 'scored', DEFAULT_RUBRIC, { level: 'E' }],
    ['ｃ', 'scored', DEFAULT_RUBRIC, { level: 'C' }],
    ['1', 'scored', DEFAULT_RUBRIC, { level: 'A' }],
    ['5', 'scored', DEFAULT_RUBRIC, { level: 'E' }],
    ['３', 'scored', DEFAULT_RUBRIC, { level: 'C' }],
    ['6', 'scored', DEFAULT_RUBRIC, null],
    ['0', 'scored', DEFAULT_RUBRIC, null],
    ['f', 'scored', DEFAULT_RUBRIC, null],
    ['o', 'scored', DEFAULT_RUBRIC, null],
    ['3', 'scored', threeLevels, { level: 'N' }],
    ['4', 'scored', threeLevels, null],
    ['m', 'scored', threeLevels, { level: 'M' }],
    ['a', 'scored', threeLevels, null],
    // A rubric coded with digits is typed as it reads: the code wins over the position.
    ['1', 'scored', coded54321, { level: '1' }],
    ['5', 'scored', coded54321, { level: '5' }],
    ['Enter', 'scored', DEFAULT_RUBRIC, null],
    ['ArrowDown', 'mandatory', DEFAULT_RUBRIC, null],
    ['', 'scored', DEFAULT_RUBRIC, null]
  ] as const)('%s on a %s item', (key, kind, rubric, expected) => {
    expect(gradeForKey(key, kind, rubric)).toEqual(expected);
  });
});

const press = (key: string, mods: Partial<SheetKeyPress> = {}): SheetKeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods
});

describe('sheetMove', () => {
  it.each([
    ['Enter on the grade', press('Enter'), 'grade', 'rationale'],
    ['Enter in the rationale types a new line', press('Enter'), 'rationale', null],
    ['Shift+Enter on the grade', press('Enter', { shiftKey: true }), 'grade', null],
    ['Ctrl+Enter on the grade', press('Enter', { ctrlKey: true }), 'grade', 'nextRow'],
    ['Ctrl+Enter in the rationale', press('Enter', { ctrlKey: true }), 'rationale', 'nextRow'],
    ['⌘+Enter in the rationale', press('Enter', { metaKey: true }), 'rationale', 'nextRow'],
    ['Ctrl+Shift+Enter', press('Enter', { ctrlKey: true, shiftKey: true }), 'rationale', 'previousRow'],
    ['Enter confirming an IME conversion', press('Enter', { isComposing: true }), 'grade', null],
    [
      'Ctrl+Enter confirming an IME conversion',
      press('Enter', { ctrlKey: true, isComposing: true }),
      'rationale',
      null
    ],
    ['Alt+Enter', press('Enter', { altKey: true }), 'grade', null],
    ['Alt+ArrowDown (opens the list natively)', press('ArrowDown', { altKey: true }), 'grade', null],
    ['Tab', press('Tab'), 'grade', null]
  ] as const)('%s', (_name, keyPress, on, expected) => {
    expect(sheetMove(keyPress, on)).toBe(expected);
  });
});

describe('isPlainKey', () => {
  it.each([
    [press('a'), true],
    [press('A', { shiftKey: true }), true],
    [press('a', { ctrlKey: true }), false],
    [press('a', { metaKey: true }), false],
    [press('a', { altKey: true }), false],
    [press('a', { isComposing: true }), false]
  ])('%o', (keyPress, expected) => {
    expect(isPlainKey(keyPress)).toBe(expected);
  });
});
