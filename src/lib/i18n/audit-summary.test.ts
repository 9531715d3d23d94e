import { describe, expect, it } from 'vitest';
import { changeSummary, type SummaryContext } from './audit-summary';

const ctx: SummaryContext = {
  t: (key, params) => `${key}${params ? JSON.stringify(params) : ''}`,
  locale: 'ja',
  names: new Map()
};

describe('changeSummary of a criteria lock', () => {
  it.each([
    [
      'lists each duplicate kept, with its whole reason',
      {
        version: 1,
        hash: 'h',
        reason: '',
        keptDuplicates: [{ refs: 'R-001 / R-003', reason: 'あ'.repeat(90) }]
      },
      `R-001 / R-003（${'あ'.repeat(90)}）`
    ],
    ['says nothing of duplicates when none was kept', { version: 1, hash: 'h', reason: '' }, null]
  ])('%s', (_name, after, expected) => {
    const text = changeSummary(
      ctx,
      { seq: 2, action: 'criteria.lock', before: '', after: JSON.stringify(after) },
      false
    );
    if (expected) expect(text).toContain(expected);
    else expect(text).not.toContain('keptDuplicates');
  });
});

describe('changeSummary of a register re-check', () => {
  it('lists each changed claim with its outcome before and after, in words', () => {
    const after = {
      sha256: 'ab'.repeat(32),
      registerChanges: [
        {
          attestationId: 'a1',
          holder: 'ソラ株式会社',
          number: 'C99-0100-2',
          from: 'notListed',
          to: 'confirmed'
        },
        {
          attestationId: 'a2',
          holder: 'アオバ株式会社',
          number: 'C99-0001-1',
          from: 'confirmed',
          to: 'revoked'
        }
      ]
    };
    // Params as written, not JSON: the value holds one line per claim.
    const words: SummaryContext = {
      ...ctx,
      t: (key, params) => (params ? `${key} ${Object.values(params).join(' | ')}` : key)
    };
    const text = changeSummary(
      words,
      { seq: 9, action: 'register.recheck', before: '', after: JSON.stringify(after) },
      true
    );
    expect(text).toContain(
      'ソラ株式会社 C99-0100-2: registers.outcome.notListed → registers.outcome.confirmed\n' +
        'アオバ株式会社 C99-0001-1: registers.outcome.confirmed → registers.outcome.revoked'
    );
    expect(text).toContain('workbook.audit.set workbook.auditField.registerChanges | ソラ株式会社');
  });
});
