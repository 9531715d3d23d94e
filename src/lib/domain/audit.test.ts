import { describe, expect, it } from 'vitest';
import {
  chainEntry,
  GENESIS_HASH,
  summarise,
  verifyChain,
  AUDIT_SUMMARY_MAX,
  type AuditDraft
} from './audit';
import type { AuditEntry } from './model';
import { sha256Text } from './sha256';

function draft(i: number): AuditDraft {
  return {
    procurementId: 'p1',
    at: `2026-01-0${(i % 9) + 1}T00:00:00.000Z`,
    actor: '山田',
    action: 'requirement.update',
    entityKind: 'requirement',
    entityId: `r${i}`,
    before: `{"points":${i}}`,
    after: `{"points":${i + 1}}`
  };
}

function chain(n: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < n; i++) entries.push(chainEntry(draft(i), entries.at(-1), sha256Text));
  return entries;
}

describe('audit chain', () => {
  it('links each entry to the previous hash, starting from the genesis hash', () => {
    const entries = chain(3);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries[0]!.prevHash).toBe(GENESIS_HASH);
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash);
    expect(verifyChain(entries, sha256Text)).toEqual({ ok: true, count: 3, head: entries[2]!.hash });
  });

  it('verifies an empty trail against an empty head', () => {
    expect(verifyChain([], sha256Text, null)).toMatchObject({ ok: true, count: 0 });
  });

  it.each([
    ['actor', '佐藤'],
    ['after', '{"points":99}'],
    ['at', '2030-01-01T00:00:00.000Z'],
    ['action', 'requirement.delete']
  ] as const)('finds a changed %s', (field, value) => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, [field]: value };
    expect(verifyChain(entries, sha256Text)).toMatchObject({
      ok: false,
      brokenAt: 2,
      seq: 3,
      problem: 'hashMismatch'
    });
  });

  it('finds a changed entry whose hash was recomputed: the next link breaks', () => {
    const entries = chain(5);
    const forged = chainEntry({ ...draft(2), actor: '偽者' }, entries[1], sha256Text);
    entries[2] = forged;
    expect(verifyChain(entries, sha256Text)).toMatchObject({
      ok: false,
      seq: 4,
      problem: 'prevHashMismatch'
    });
  });

  it('finds a removed entry', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verifyChain(entries, sha256Text)).toMatchObject({
      ok: false,
      brokenAt: 1,
      seq: 3,
      problem: 'sequenceGap'
    });
  });

  it('finds a removed first entry', () => {
    const entries = chain(3).slice(1);
    expect(verifyChain(entries, sha256Text)).toMatchObject({
      ok: false,
      brokenAt: 0,
      problem: 'sequenceGap'
    });
  });

  it('finds a reordered pair', () => {
    const entries = chain(5);
    [entries[2], entries[3]] = [entries[3]!, entries[2]!];
    expect(verifyChain(entries, sha256Text)).toMatchObject({ ok: false, brokenAt: 2, seq: 4 });
  });

  it('finds entries cut from the end only when the head is known', () => {
    const full = chain(4);
    const head = { seq: 4, hash: full[3]!.hash };
    const cut = full.slice(0, 3);
    expect(verifyChain(cut, sha256Text).ok).toBe(true);
    expect(verifyChain(cut, sha256Text, head)).toMatchObject({
      ok: false,
      brokenAt: 3,
      seq: 4,
      problem: 'headMismatch'
    });
    expect(verifyChain(full, sha256Text, head).ok).toBe(true);
  });

  it('keeps summaries short and stable', () => {
    expect(summarise({ b: 1, a: 'x' })).toBe('{"a":"x","b":1}');
    expect(summarise(null)).toBe('');
    const long = summarise('x'.repeat(AUDIT_SUMMARY_MAX * 2));
    expect(long).toHaveLength(AUDIT_SUMMARY_MAX);
    expect(long.endsWith('…')).toBe(true);
  });
});
