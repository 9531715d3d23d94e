import { describe, expect, it } from 'vitest';
import type { TypedAmount } from '$lib/domain/model';
import { changeSummary } from './audit-summary';
import { formatAmount, formatTyped } from './format-amount';
import { syncTranslator } from './translate-sync';

describe('formatAmount', () => {
  it.each([
    [30_800_000, 'yen', 'ja', '30,800,000円'],
    [30_800_000, 'thousandYen', 'ja', '30,800千円'],
    [16_384_100, 'thousandYen', 'ja', '16,384.1千円'],
    [1, 'thousandYen', 'ja', '0.001千円'],
    [30_800_000, 'yen', 'en', '¥30,800,000'],
    [16_384_100, 'thousandYen', 'en', '¥16,384.1 thousand']
  ] as const)('%s 円 in %s (%s) is %s', (yen, unit, locale, text) => {
    expect(formatAmount(yen, unit, locale)).toBe(text);
  });
});

describe('a typed amount for a reader', () => {
  const typed: TypedAmount = { yen: 28_000_500, unit: 'thousandYen', taxBasis: 'excluded' };

  it.each([
    ['ja', '28,000.5千円（税抜）'],
    ['en', '¥28,000.5 thousand (tax excluded)']
  ] as const)('%s: %s', (locale, text) => {
    expect(formatTyped(syncTranslator(locale), typed, locale)).toBe(text);
  });

  it('is how the audit trail words a bid typed with its basis', () => {
    const entry = {
      seq: 3,
      action: 'vendor.bid',
      before: JSON.stringify({ bidPrice: null, bidTyped: null }),
      after: JSON.stringify({ bidPrice: 30_800_550, bidTyped: typed })
    };
    const summary = changeSummary({ t: syncTranslator('ja'), locale: 'ja', names: new Map() }, entry, true);
    expect(summary).toContain('30,800,550円');
    expect(summary).toContain('28,000.5千円（税抜）');
  });
});
