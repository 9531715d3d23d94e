import { describe, expect, it } from 'vitest';
import { dateFromCellDate, dateFromExcelSerial, parseDateText } from './dates';

describe('parseDateText: 和暦', () => {
  it.each([
    ['令和5年10月1日', '2023-10-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['令5.10.1', '2023-10-01'],
    ['R5.10.1', '2023-10-01'],
    ['R05/10/01', '2023-10-01'],
    ['r5-10-1', '2023-10-01'],
    ['R5年10月1日', '2023-10-01'],
    ['令和 5 年 10 月 1 日', '2023-10-01'],
    ['令元.5.1', '2019-05-01'],
    ['H31.4.30', '2019-04-30'],
    ['平成31年4月30日', '2019-04-30'],
    ['平31.4.30', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    ['H1.1.8', '1989-01-08'],
    ['S64.1.7', '1989-01-07'],
    ['昭和64年1月7日', '1989-01-07'],
    ['昭和元年12月25日', '1926-12-25'],
    ['大正15年12月24日', '1926-12-24'],
    ['T1.7.30', '1912-07-30'],
    ['明治45年7月29日', '1912-07-29'],
    ['M6.1.1', '1873-01-01'],
    // full width, the one-character era (㋿ U+32FF, ㍻ U+337B) and a weekday in brackets
    ['令和５年１０月１日', '2023-10-01'],
    ['Ｒ５．１０．１', '2023-10-01'],
    ['Ｒ０５／１０／０１', '2023-10-01'],
    ['㋿5年10月1日', '2023-10-01'],
    ['㍻31年4月30日', '2019-04-30'],
    ['令和5年10月1日（日）', '2023-10-01'],
    ['R5.10.1 (Sun)', '2023-10-01'],
    ['　令和5年10月1日　', '2023-10-01']
  ])('%j → %s', (text, date) => {
    expect(parseDateText(text)).toEqual({ date });
  });

  it.each([
    ['平成32年1月1日', '2020-01-01'],
    ['H31.5.1', '2019-05-01'],
    ['平成31年12月1日', '2019-12-01'],
    ['昭和64年1月8日', '1989-01-08'],
    ['S65.1.1', '1990-01-01']
  ])('%j is past its era: read as %s with the warning eraOverrun', (text, date) => {
    expect(parseDateText(text)).toEqual({ date, warning: 'eraOverrun' });
  });

  it.each([
    '令和0年1月1日',
    'R0.1.1',
    '令和元年4月30日',
    'R1.4.30',
    '平成元年1月7日',
    'H1.1.7',
    '昭和元年12月24日',
    '明治5年12月31日',
    '令和5年2月29日',
    '令和6年2月30日',
    'R5.13.1',
    'R5.4.31',
    'R5.4.0'
  ])('%j is impossibleDate', (text) => {
    expect(parseDateText(text)).toEqual({ error: 'impossibleDate' });
  });
});

describe('parseDateText: Western', () => {
  it.each([
    ['2025年4月1日', '2025-04-01'],
    ['2025/4/1', '2025-04-01'],
    ['2025-04-01', '2025-04-01'],
    ['2025.4.1', '2025-04-01'],
    ['2025/04/01', '2025-04-01'],
    ['2025 年 4 月 1 日', '2025-04-01'],
    ['2025 / 4 / 1', '2025-04-01'],
    ['2025年4月1日（火）', '2025-04-01'],
    ['2025/4/1(火曜日)', '2025-04-01'],
    ['2025-04-01 (Tue)', '2025-04-01'],
    ['2025/4/1 (tuesday)', '2025-04-01'],
    ['２０２５年４月１日', '2025-04-01'],
    ['２０２５／０４／０１', '2025-04-01'],
    ['２０２５－０４－０１', '2025-04-01'],
    ['２０２５．４．１', '2025-04-01'],
    ['2025ー04ー01', '2025-04-01'],
    ['2025−04−01', '2025-04-01'],
    ['2024年2月29日', '2024-02-29'],
    ['2000/2/29', '2000-02-29']
  ])('%j → %s', (text, date) => {
    expect(parseDateText(text)).toEqual({ date });
  });

  it.each(['2023年2月29日', '1900/2/29', '2025/2/30', '2025/13/01', '2025-00-10', '2025-04-31', '0000/1/1'])(
    '%j is impossibleDate',
    (text) => {
      expect(parseDateText(text)).toEqual({ error: 'impossibleDate' });
    }
  );
});

describe('parseDateText: a weekday the date does not fall on', () => {
  it.each([
    ['令和5年10月1日(月)', '2023-10-01', 0],
    ['令和5年10月1日（月曜日）', '2023-10-01', 0],
    ['2025/4/1(水)', '2025-04-01', 2],
    ['2025-04-01 (Mon)', '2025-04-01', 2],
    ['2025-04-01 (friday)', '2025-04-01', 2],
    ['R6.2.29(土)', '2024-02-29', 4]
  ])('%j keeps %s, with weekdayMismatch naming the true weekday %d', (text, date, weekday) => {
    expect(parseDateText(text)).toEqual({ date, warning: 'weekdayMismatch', weekday });
  });

  it('a date past its era keeps that warning whatever its weekday', () => {
    expect(parseDateText('平成32年1月1日(月)')).toEqual({ date: '2020-01-01', warning: 'eraOverrun' });
  });

  it.each(['2025/4/1(Tues)', '2025/4/1(Monsday)', '2025/4/1(祝)'])('%j is invalidDate', (text) => {
    expect(parseDateText(text)).toEqual({ error: 'invalidDate' });
  });
});

describe('parseDateText: no date at all', () => {
  it.each([
    '来月',
    '来年度',
    'R5',
    '令和5年',
    '2025年4月',
    '2月30日',
    '45200',
    '25/4/1',
    'X5.10.1',
    '2025/4/1 10:00',
    '2025/4/1(火)(水)',
    '令和5年10月1日頃',
    ''
  ])('%j is invalidDate', (text) => {
    expect(parseDateText(text)).toEqual({ error: 'invalidDate' });
  });
});

describe('dateFromExcelSerial', () => {
  it.each([
    [45200, '2023-10-01'],
    [45200.75, '2023-10-01'],
    [45748, '2025-04-01'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [32516, '1989-01-08'],
    [2_958_465, '9999-12-31']
  ])('%d → %s', (serial, date) => {
    expect(dateFromExcelSerial(serial)).toEqual({ date });
  });

  it.each([
    [60, 'impossibleDate'],
    [0, 'impossibleDate'],
    [-5, 'impossibleDate'],
    [2_958_466, 'impossibleDate'],
    [Number.NaN, 'invalidDate'],
    [Number.POSITIVE_INFINITY, 'invalidDate']
  ])('%d is %s (60 is the 1900-02-29 Excel counts)', (serial, error) => {
    expect(dateFromExcelSerial(serial)).toEqual({ error });
  });
});

describe('dateFromCellDate', () => {
  it.each([
    [new Date(Date.UTC(2023, 9, 1)), '2023-10-01'],
    [new Date(Date.UTC(2023, 9, 1, 23, 59, 58)), '2023-10-01'],
    // a serial's floating point a millisecond short of midnight is still that day
    [new Date(Date.UTC(2023, 9, 1) - 1), '2023-10-01'],
    [new Date(Date.UTC(2019, 4, 1)), '2019-05-01']
  ])('%s → %s', (value, date) => {
    expect(dateFromCellDate(value)).toEqual({ date });
  });

  it('an invalid Date is invalidDate', () => {
    expect(dateFromCellDate(new Date(Number.NaN))).toEqual({ error: 'invalidDate' });
  });
});

describe('parseDateText: the dates the enterprise world writes', () => {
  it.each([
    // ISO 8601, with a time the calendar date as written
    ['2026-03-31', '2026-03-31'],
    ['2026-03-31T00:00:00Z', '2026-03-31'],
    ['2026-03-31T23:59:59.999-05:00', '2026-03-31'],
    ['2026-03-31T09:00+09:00', '2026-03-31'],
    ['2026-03-31 09:00', '2026-03-31'],
    ['2026-03-31t00:00:00z', '2026-03-31'],
    // English month names, either order, any case, abbreviated or not
    ['31 Mar 2026', '2026-03-31'],
    ['31 March 2026', '2026-03-31'],
    ['March 31, 2026', '2026-03-31'],
    ['Mar 31 2026', '2026-03-31'],
    ['Mar. 31, 2026', '2026-03-31'],
    ['Mar 1 2026', '2026-03-01'],
    ['31-Mar-2026', '2026-03-31'],
    ['31-Mar-26', '2026-03-31'],
    ['1-Apr-99', '1999-04-01'],
    ['1-Apr-29', '2029-04-01'],
    ['1-Apr-30', '1930-04-01'],
    ['31-MAR-2026', '2026-03-31'],
    ['september 30, 2025', '2025-09-30'],
    ['Sept 30, 2025', '2025-09-30'],
    ['1st April 2026', '2026-04-01'],
    ['April 2nd, 2026', '2026-04-02'],
    ['29 Feb 2024', '2024-02-29'],
    ['31 Mar 2026 (Tue)', '2026-03-31'],
    ['３１ Ｍａｒ ２０２６', '2026-03-31']
  ])('%j → %s in every order', (text, date) => {
    for (const order of ['ymd', 'mdy', 'dmy'] as const) {
      expect(parseDateText(text, { order })).toEqual({ date });
    }
  });

  it.each([
    ['29 Feb 2026', 'impossibleDate'],
    ['31 Apr 2026', 'impossibleDate'],
    ['February 30, 2026', 'impossibleDate'],
    ['0 Mar 2026', 'impossibleDate'],
    ['2026-02-30T00:00:00Z', 'impossibleDate'],
    ['31 Mrz 2026', 'invalidDate'],
    ['31 Ma 2026', 'invalidDate'],
    ['Marchy 31, 2026', 'invalidDate'],
    ['2026-03-31T25:00:00Z', 'invalidDate'],
    ['31 Mar', 'invalidDate'],
    ['Q1 2026', 'invalidDate']
  ])('%j is %s', (text, error) => {
    expect(parseDateText(text, { order: 'mdy' })).toEqual({ error });
  });
});

describe('parseDateText: numeric dates in the procurement order', () => {
  it.each([
    // text, y/m/d (Japanese), m/d/y (English, US), d/m/y (by the setting)
    ['03/31/2026', 'ambiguousDate', '2026-03-31', 'impossibleDate'],
    ['3/31/2026', 'ambiguousDate', '2026-03-31', 'impossibleDate'],
    ['31/03/2026', 'ambiguousDate', 'impossibleDate', '2026-03-31'],
    ['04/05/2026', 'ambiguousDate', '2026-04-05', '2026-05-04'],
    ['04-05-2026', 'ambiguousDate', '2026-04-05', '2026-05-04'],
    ['04.05.2026', 'ambiguousDate', '2026-04-05', '2026-05-04'],
    ['4/5/26', 'ambiguousDate', '2026-04-05', '2026-05-04'],
    ['4/5/30', 'ambiguousDate', '1930-04-05', '1930-05-04'],
    ['02/30/2026', 'ambiguousDate', 'impossibleDate', 'impossibleDate'],
    ['13/01/2026', 'ambiguousDate', 'impossibleDate', '2026-01-13'],
    ['02/29/2024', 'ambiguousDate', '2024-02-29', 'impossibleDate'],
    ['02/29/2025', 'ambiguousDate', 'impossibleDate', 'impossibleDate'],
    ['００３／３１／２０２６', 'invalidDate', 'invalidDate', 'invalidDate'],
    ['０３／３１／２０２６', 'ambiguousDate', '2026-03-31', 'impossibleDate'],
    ['2026/03/31', '2026-03-31', '2026-03-31', '2026-03-31'],
    ['2026-3-31', '2026-03-31', '2026-03-31', '2026-03-31'],
    ['2026/31/03', 'impossibleDate', 'impossibleDate', 'impossibleDate'],
    ['3/31', 'invalidDate', 'invalidDate', 'invalidDate'],
    ['3/31/202', 'invalidDate', 'invalidDate', 'invalidDate']
  ])('%j: y/m/d %s, m/d/y %s, d/m/y %s', (text, ymd, mdy, dmy) => {
    const expected = (result: string) => (/^\d/.test(result) ? { date: result } : { error: result });
    expect(parseDateText(text, { order: 'ymd' })).toEqual(expected(ymd));
    expect(parseDateText(text, { order: 'mdy' })).toEqual(expected(mdy));
    expect(parseDateText(text, { order: 'dmy' })).toEqual(expected(dmy));
  });

  it('reads y/m/d when no order is given', () => {
    expect(parseDateText('03/31/2026')).toEqual({ error: 'ambiguousDate' });
    expect(parseDateText('2026/3/31')).toEqual({ date: '2026-03-31' });
  });
});
