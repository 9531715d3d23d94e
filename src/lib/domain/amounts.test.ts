import { describe, expect, it } from 'vitest';
import { amountText, parseAmount } from './amounts';

describe('parseAmount', () => {
  it.each([
    ['8,000,000', 'yen', 8_000_000],
    ['８０００００００円', 'yen', 80_000_000],
    ['８，０００，０００', 'yen', 8_000_000],
    ['¥8,000,000', 'yen', 8_000_000],
    [' 30 800 000 ', 'yen', 30_800_000],
    ['1000.00', 'yen', 1_000],
    ['9,500', 'thousandYen', 9_500_000],
    ['30,800千円', 'thousandYen', 30_800_000],
    ['1.5', 'thousandYen', 1_500],
    ['16,384.1', 'thousandYen', 16_384_100],
    ['１６，３８４．１', 'thousandYen', 16_384_100],
    ['0.001', 'thousandYen', 1],
    ['12.3450', 'thousandYen', 12_345],
    ['9007199254740.991', 'thousandYen', Number.MAX_SAFE_INTEGER]
  ] as const)('%s in %s → %s 円', (text, unit, yen) => {
    expect(parseAmount(text, unit)).toEqual({ yen, issue: null });
  });

  it.each([
    ['1.5', 'yen', 'belowOneYen'],
    ['1.0001', 'thousandYen', 'belowOneYen'],
    ['16,384.1234', 'thousandYen', 'belowOneYen'],
    ['-100', 'yen', 'notNumber'],
    ['+100', 'yen', 'notNumber'],
    ['', 'yen', 'notNumber'],
    ['abc', 'thousandYen', 'notNumber'],
    ['1.2.3', 'thousandYen', 'notNumber'],
    ['1,000,', 'yen', 'notNumber'],
    ['1.000,5', 'thousandYen', 'notNumber'],
    ['1e6', 'yen', 'notNumber'],
    ['100千円', 'yen', 'notNumber'],
    ['0', 'yen', 'outOfRange'],
    ['0.0004', 'thousandYen', 'belowOneYen'],
    ['9007199254740992', 'yen', 'outOfRange'],
    ['9007199254740.992', 'thousandYen', 'outOfRange']
  ] as const)('refuses %s in %s: %s', (text, unit, issue) => {
    expect(parseAmount(text, unit)).toEqual({ yen: null, issue });
  });

  /*
   * Every one-decimal 千円 amount from 0.1 to 10,000,000.0 (k tenths of 千円, k = 1 … 10^8, expected
   * k × 100 円, exact in integers). A float reading (k ÷ 10 × 1000) is wrong for 1,610,608 of them,
   * 16,384.1 among them. All 10^8 are screened by that float arithmetic; the parser reads the text of
   * every one the float reading gets wrong, every one below 10,000 千円 (10^5), and every 997th of the
   * rest, alternately with and without comma grouping: about 1.8 million parses.
   */
  it('reads every one-decimal 千円 amount up to 10,000,000 exactly (property test)', () => {
    const grouped = (whole: number) => String(whole).replace(/\B(?=(\d{3})+$)/g, ',');
    let parsed = 0;
    let floatWrong = 0;
    const wrong: string[] = [];
    for (let k = 1; k <= 100_000_000; k++) {
      const floatIsWrong = (k / 10) * 1000 !== k * 100;
      if (floatIsWrong) floatWrong++;
      if (!floatIsWrong && k >= 100_000 && k % 997 !== 0) continue;
      const whole = Math.floor(k / 10);
      const text = `${k % 2 ? grouped(whole) : whole}.${k % 10}`;
      parsed++;
      const result = parseAmount(text, 'thousandYen');
      if (result.yen !== k * 100 && wrong.length < 5) wrong.push(`${text} → ${result.yen ?? result.issue}`);
    }
    expect(wrong).toEqual([]);
    expect(floatWrong).toBeGreaterThan(1_000_000);
    expect(parsed).toBeGreaterThan(floatWrong + 100_000);
    expect(parseAmount('16,384.1', 'thousandYen').yen).not.toBe(Number('16384.1') * 1000);
  }, 30_000);
});

describe('amountText', () => {
  it.each([
    [16_384_100, 'thousandYen', '16384.1'],
    [30_800_000, 'thousandYen', '30800'],
    [1, 'thousandYen', '0.001'],
    [1_234_567, 'thousandYen', '1234.567'],
    [30_800_000, 'yen', '30800000']
  ] as const)('%s 円 in %s is %s, and reads back', (yen, unit, text) => {
    expect(amountText(yen, unit)).toBe(text);
    expect(parseAmount(text, unit).yen).toBe(yen);
    expect(parseAmount(amountText(yen, unit, true), unit).yen).toBe(yen);
  });

  it('groups the whole part only', () => {
    expect(amountText(1_234_567_890, 'thousandYen', true)).toBe('1,234,567.89');
    expect(amountText(30_800_000, 'yen', true)).toBe('30,800,000');
  });
});
