import { describe, expect, it } from 'vitest';
import { scoreProcurement, type ScoringResult, type VendorResult } from './index';
import { scenarioInput, type Scenario } from '$lib/testing/fixtures';

const allPass = ['ppp', 'ppp'];
const run = (s: Scenario) => scoreProcurement(scenarioInput(s));
const vendor = (result: ScoringResult, id: string): VendorResult => {
  const found = result.vendors.find((v) => v.vendorId === id);
  if (!found) throw new Error(`no vendor ${id}`);
  return found;
};
const codes = (v: VendorResult) => v.reasons.map((r) => r.code);

describe('grades', () => {
  it('is incomplete while a grade or rationale is missing, and never counts it as E', () => {
    const result = run({
      vendors: { X: { mandatory: ['pp-', 'ppp'], scored: ['AA-', 'AA_', 'AAA'], bid: 9_000_000 } }
    });
    const X = vendor(result, 'X');
    expect(result.complete).toBe(false);
    expect(X.complete).toBe(false);
    expect(X.missing).toEqual([
      { vendorId: 'X', requirementId: 'm1', evaluatorId: 'e3', what: 'grade' },
      { vendorId: 'X', requirementId: 's1', evaluatorId: 'e3', what: 'grade' },
      { vendorId: 'X', requirementId: 's2', evaluatorId: 'e3', what: 'rationale' }
    ]);
    expect(codes(X)).toEqual(['missingGrades']);
    expect(X.rank).toBeNull();
    // Provisional mean over the grades present: item 1 is A A → 30, not A A E → 20.
    expect(X.scored[0]?.score).toEqual({ n: 30n, d: 1n });
  });

  it('handles zero scored items', () => {
    const result = run({ scored: [], vendors: { X: { mandatory: allPass, scored: [], bid: 5_000_000 } } });
    const X = vendor(result, 'X');
    expect(X.bonusPoints?.value).toBe(0);
    expect(X.technicalPoints?.value).toBe(20);
    expect(X.totalPoints?.value).toBe(45);
    expect(X.rank).toBe(1);
  });

  it('works with one evaluator', () => {
    const result = run({
      evaluators: 1,
      vendors: { X: { mandatory: ['p', 'p'], scored: ['A', 'C', 'E'], bid: 10_000_000 } }
    });
    expect(vendor(result, 'X').technicalPoints?.value).toBe(60);
    expect(result.disagreements).toEqual([]);
  });

  it.each([
    ['majority', 'ppf', true],
    ['majority', 'pff', false],
    ['unanimous', 'ppf', false],
    ['unanimous', 'ppp', true]
  ] as const)('pass rule %s with %s → %s', (passRule, row, passed) => {
    const result = run({
      settings: { passRule },
      vendors: { X: { mandatory: [row, 'ppp'], scored: ['AAA', 'AAA', 'AAA'] } }
    });
    expect(vendor(result, 'X').mandatory[0]?.passed).toBe(passed);
    expect(vendor(result, 'X').qualified).toBe(passed);
  });

  it('majority of four needs three passes', () => {
    const result = run({
      evaluators: 4,
      vendors: { X: { mandatory: ['ppff', 'pppf'], scored: [] } },
      scored: []
    });
    expect(vendor(result, 'X').mandatory.map((m) => m.passed)).toEqual([false, true]);
  });

  it('a consensus replaces the mean and the verdict, and resolves the flag', () => {
    const result = run({
      consensus: [
        { vendor: 'X', item: 's1', level: 'B' },
        { vendor: 'X', item: 'm1', verdict: 'pass' }
      ],
      vendors: { X: { mandatory: ['pff', 'ppp'], scored: ['ACE', 'AAA', 'AAA'], bid: 10_000_000 } }
    });
    const X = vendor(result, 'X');
    expect(X.scored[0]).toMatchObject({ meanFactor: { n: 1n, d: 2n }, factor: { n: 3n, d: 4n }, steps: 4 });
    expect(X.scored[0]?.score).toEqual({ n: 45n, d: 2n });
    expect(X.mandatory[0]).toMatchObject({ passed: true, consensus: 'pass' });
    expect(X.technicalPoints?.value).toBe(72.5);
    expect(X.disagreements).toEqual([
      { vendorId: 'X', requirementId: 'm1', kind: 'splitVerdict', steps: 0, resolved: true },
      { vendorId: 'X', requirementId: 's1', kind: 'levelSpread', steps: 4, resolved: true }
    ]);
  });

  it('flags levels two steps apart, not one', () => {
    const result = run({ vendors: { X: { mandatory: allPass, scored: ['ABB', 'ACB', 'AAA'] } } });
    expect(vendor(result, 'X').scored.map((s) => s.flagged)).toEqual([false, true, false]);
  });
});
