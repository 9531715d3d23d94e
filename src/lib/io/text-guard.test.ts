import { describe, expect, it } from 'vitest';
import { guardText } from './text-guard';

describe('guardText', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['@SUM(1)', `'@SUM(1)`],
    [`+cmd|' /C calc'!A0`, `'+cmd|' /C calc'!A0`],
    ['-2', `'-2`],
    ['＝1+1', `'＝1+1`],
    ['＋1', `'＋1`],
    ['－1', `'－1`],
    ['＠A1', `'＠A1`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['\n=1', `'\n=1`],
    // A text that itself starts with the guard's quote: guarded again, so reading strips one quote only.
    ["'=1", `''=1`],
    ["''+1", `'''+1`]
  ])('neutralises %j', (input, expected) => {
    expect(guardText(input)).toBe(expected);
  });

  it.each([
    ['アクセス制御の方針を定めること。'],
    [''],
    ['R-001'],
    ['1+1'],
    [' =1'],
    ['A=B'],
    ["'already quoted"]
  ])('leaves %j unchanged', (input) => {
    expect(guardText(input)).toBe(input);
  });
});
