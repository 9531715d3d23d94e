// A bundle brought up to date from grade saves' delta must be the bundle a full load gives (same
// records, same order), and any delta that is not exactly grade saves following the bundle's own
// chain must be refused, so the caller loads whole.
import { describe, expect, it } from 'vitest';
import { randomBundle } from '$lib/testing/scoring-workbook';
import { chainEntry } from './audit';
import { applyGradeDelta, GRADE_SAVE_ACTION, lastAuditSeq, type GradeDelta } from './grade-delta';
import type { AuditEntry, Grade, ProcurementBundle } from './model';
import { byIdOrder } from './records';
import { sha256Text } from './sha256';
import { mulberry32 } from './stability';

const AT = '2025-02-01T00:00:00.000Z';

/** A small generated procurement as storage holds it: grades by id, a chain of two entries. */
function stored(seed: number): ProcurementBundle {
  const bundle = randomBundle({ vendors: 3, requirements: 12, evaluators: 3, seed, gaps: true });
  const audit: AuditEntry[] = [];
  for (const action of ['procurement.create', 'criteria.lock']) {
    audit.push(entry(bundle, audit, action, bundle.procurement.id, 'procurement'));
  }
  return withHead({ ...bundle, grades: [...bundle.grades].sort(byIdOrder), audit });
}

function entry(
  bundle: ProcurementBundle,
  chain: readonly AuditEntry[],
  action: string,
  entityId: string,
  entityKind = 'grade'
): AuditEntry {
  const draft = {
    procurementId: bundle.procurement.id,
    at: AT,
    actor: 'テスト',
    action,
    entityKind,
    entityId
  };
  return chainEntry({ ...draft, before: '', after: '' }, chain.at(-1), sha256Text);
}

function withHead(bundle: ProcurementBundle): ProcurementBundle {
  const last = bundle.audit.at(-1);
  return {
    ...bundle,
    procurement: { ...bundle.procurement, auditHead: last ? { seq: last.seq, hash: last.hash } : null }
  };
}

/**
 * Saves `changes` the way storage does (one entry each, the grade replaced or added by id) and
 * returns the full load after them and the delta a tab that held `before` reads.
 */
function save(before: ProcurementBundle, changes: Grade[]): { full: ProcurementBundle; delta: GradeDelta } {
  const grades = new Map(before.grades.map((g) => [g.id, g]));
  const audit = [...before.audit];
  for (const g of changes) {
    grades.set(g.id, g);
    audit.push(entry(before, audit, GRADE_SAVE_ACTION, g.id));
  }
  const full = withHead({ ...before, grades: [...grades.values()].sort(byIdOrder), audit });
  const named = new Set(changes.map((g) => g.id));
  return {
    full,
    delta: {
      procurement: full.procurement,
      audit: audit.slice(before.audit.length),
      grades: full.grades.filter((g) => named.has(g.id))
    }
  };
}

/** `count` random edits: a level or verdict changed, or a grade added on a cell left open. */
function randomChanges(bundle: ProcurementBundle, seed: number, count: number): Grade[] {
  const next = mulberry32(seed);
  const changes: Grade[] = [];
  for (let i = 0; i < count; i++) {
    const base = bundle.grades[Math.floor(next() * bundle.grades.length)]!;
    const fresh = next() < 0.3;
    changes.push({
      ...base,
      id: fresh ? `g-new-${seed}-${i}` : base.id,
      level: base.level === null ? null : ['A', 'B', 'C', 'D', 'E'][Math.floor(next() * 5)]!,
      verdict: base.verdict === null ? null : next() < 0.5 ? 'pass' : 'fail',
      rationale: `変更 ${i}`,
      version: (base.version ?? 0) + 1
    });
  }
  return changes;
}

describe('applyGradeDelta', () => {
  it.each([
    [1, 1],
    [2, 3],
    [3, 12],
    [4, 40]
  ])('seed %i, %i saves: gives the full load, other collections untouched', (seed, count) => {
    const before = stored(seed);
    const { full, delta } = save(before, randomChanges(before, seed, count));
    const patched = applyGradeDelta(before, delta);
    expect(patched).toEqual(full);
    for (const key of ['requirements', 'vendors', 'evaluators', 'responses', 'consensus'] as const) {
      expect(patched![key]).toBe(before[key]);
    }
    expect(before).toEqual(stored(seed));
  });

  it('keeps the latest of two saves of one grade', () => {
    const before = stored(5);
    const g = before.grades[0]!;
    const { full, delta } = save(before, [
      { ...g, rationale: '一回目' },
      { ...g, rationale: '二回目' }
    ]);
    const patched = applyGradeDelta(before, delta)!;
    expect(patched.grades.find((x) => x.id === g.id)?.rationale).toBe('二回目');
    expect(patched).toEqual(full);
  });

  it('changes nothing for a delta with no entries and the same head', () => {
    const before = stored(6);
    const delta = { procurement: before.procurement, audit: [], grades: [] };
    expect(applyGradeDelta(before, delta)).toBe(before);
  });

  const refusals: [string, (before: ProcurementBundle, delta: GradeDelta) => GradeDelta][] = [
    [
      'another kind of change among the entries',
      (before, d) => {
        const audit = [...before.audit, entry(before, before.audit, 'vendor.update', 'V01', 'vendor')];
        return { ...d, audit, procurement: withHead({ ...before, audit }).procurement };
      }
    ],
    ['a gap in the chain', (_, d) => ({ ...d, audit: d.audit.slice(1) })],
    [
      'a chain that does not follow the bundle’s last entry',
      (_, d) => ({ ...d, audit: d.audit.map((e, i) => (i === 0 ? { ...e, prevHash: '0'.repeat(64) } : e)) })
    ],
    [
      'a head that is not the last entry (more was written)',
      (_, d) => ({ ...d, procurement: { ...d.procurement, auditHead: { seq: 99, hash: 'x' } } })
    ],
    ['a named grade no longer stored', (_, d) => ({ ...d, grades: d.grades.slice(1) })],
    ['another procurement', (_, d) => ({ ...d, procurement: { ...d.procurement, id: 'other' } })]
  ];
  it.each(refusals)('refuses %s (the caller loads whole)', (_, spoil) => {
    const before = stored(7);
    const { delta } = save(before, randomChanges(before, 7, 3));
    expect(applyGradeDelta(before, spoil(before, delta))).toBeNull();
  });

  it('reads the last seq of a bundle (0 without entries)', () => {
    expect(lastAuditSeq(stored(8))).toBe(2);
    expect(lastAuditSeq({ audit: [] })).toBe(0);
  });
});
