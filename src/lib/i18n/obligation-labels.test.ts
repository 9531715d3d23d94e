import { describe, expect, it } from 'vitest';
import { obligationSourceText } from './obligation-labels';
import { fillMessage, type MessageKey } from './messages';
import { jaCollect } from './messages-collect';
import { jaVendor } from './messages-vendor';

describe('obligationSourceText', () => {
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    fillMessage(
      jaCollect[key as keyof typeof jaCollect] ?? jaVendor[key as keyof typeof jaVendor] ?? key,
      params
    );
  const soc2 = {
    type: 'soc2Type2',
    issuer: '架空監査法人',
    number: '',
    periodStart: '2025-04-01',
    periodEnd: '2026-03-31'
  } as const;
  it.each([
    [soc2, 'SOC 2 Type II 報告書（監査人: 架空監査法人、対象期間 2025-04-01〜2026-03-31）'],
    [{ ...soc2, issuer: '', periodStart: null }, 'SOC 2 Type II 報告書（基準日 2026-03-31）'],
    [{ ...soc2, issuer: '', periodStart: null, periodEnd: null }, 'SOC 2 Type II 報告書']
  ])('%j → %s', (source, text) => {
    expect(obligationSourceText(t, source, (d) => d)).toBe(text);
  });
});
