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
