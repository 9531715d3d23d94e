import { describe, expect, it } from 'vitest';
import type { Locale } from './format';
import { dotJoin, inParens, listJoin, parens, span } from './punctuation';

describe('punctuation by language', () => {
  it.each<[Locale, string, string, string, string, string]>([
    ['ja', '委員長（Chair）', 'A、B、C', '2025年1月1日 〜 2025年12月31日', '必須・10点', '（|）'],
    ['en', 'Alice (Chair)', 'A, B, C', '1 January 2025 – 31 December 2025', 'Mandatory · 10 points', ' (|)']
  ])('%s', (locale, paren, list, range, dots, brackets) => {
    const name = locale === 'ja' ? '委員長' : 'Alice';
    expect(`${name}${inParens(locale, 'Chair')}`).toBe(paren);
    expect(listJoin(locale, ['A', 'B', 'C'])).toBe(list);
    const [from, to] =
      locale === 'ja' ? ['2025年1月1日', '2025年12月31日'] : ['1 January 2025', '31 December 2025'];
    expect(span(locale, from, to)).toBe(range);
    expect(dotJoin(locale, locale === 'ja' ? ['必須', '10点'] : ['Mandatory', '10 points'])).toBe(dots);
    expect(parens(locale).join('|')).toBe(brackets);
  });

  it.each<Locale>(['ja', 'en'])('%s: no brackets around a blank text', (locale) => {
    expect(inParens(locale, '  ')).toBe('');
  });
});
