import { describe, expect, it } from 'vitest';
import { scoreProcurement, type ScoringResult } from './index';
import { JA_LABELS, scenarioInput, type Scenario, type VendorScenario } from '$lib/testing/fixtures';
import { validateCriteria } from '../criteria';
import { lockChecks } from '../lock-checks';

/**
 * A mandatory item with 0 基礎点 is a pure pass/fail gate: it changes who qualifies and nothing else — not the
 * 技術点, its maximum, the totals or the order of the vendors who pass it.
 */
const vendors: Record<string, VendorScenario> = {
  A: { mandatory: ['ppp', 'ppp'], scored: ['AAB', 'BBB', 'CDC'], bid: 8_000_000 },
  B: { mandatory: ['ppf', 'ppp'], scored: ['BBB', 'AAA', 'AAA'], bid: 9_500_000 },
  C: { mandatory: ['ppp', 'ppp'], scored: ['CCC', 'BBB', 'AAA'], bid: 7_000_000 }
};
/** The same vendors with a third mandatory item worth 0 points, graded `gate`. */
function withGate(gate: Record<string, string>, base: number[] = [10, 10]): Scenario {
  return {
    mandatory: [...base, 0],
    vendors: Object.fromEntries(
      Object.entries(vendors).map(([id, v]) => [id, { ...v, mandatory: [...v.mandatory, gate[id] ?? 'ppp'] }])
    )
  };
}
const figures = (result: ScoringResult) =>
  Object.fromEntries(
    result.vendors.map((v) => [
      v.vendorId,
      { technical: v.technicalPoints?.value ?? null, total: v.totalPoints?.value ?? null, rank: v.rank }
    ])
  );

describe('0-point mandatory items', () => {
  const without = scoreProcurement(scenarioInput({ vendors }));

  it.each([
    ['every vendor passes', {}, []],
    ['A fails it', { A: 'fff' }, ['A']],
    ['C fails it by majority', { C: 'pff' }, ['C']],
    ['A passes it by majority', { A: 'ppf' }, []]
  ] as const)('%s: only the failing vendors change', (_name, gate, failing) => {
    const result = scoreProcurement(scenarioInput(withGate(gate)));
    const before = figures(without);
    const after = figures(result);
    for (const v of result.vendors) {
      if ((failing as readonly string[]).includes(v.vendorId)) {
        expect(v.qualified).toBe(false);
        expect(v.mandatory.at(-1)?.passed).toBe(false);
        expect(after[v.vendorId]?.rank).toBeNull();
      } else {
        expect(after[v.vendorId]?.technical).toBe(before[v.vendorId]?.technical);
        expect(after[v.vendorId]?.total).toBe(before[v.vendorId]?.total);
      }
    }
    // The order of the vendors still ranked is the order they had.
    const order = (r: ScoringResult) =>
      r.vendors
        .filter((v) => v.rank !== null && !(failing as readonly string[]).includes(v.vendorId))
        .sort((a, b) => a.rank! - b.rank!)
        .map((v) => v.vendorId);
    expect(order(result)).toEqual(
      order(without).filter((id) => !(failing as readonly string[]).includes(id))
    );
  });

  it('adds nothing to the technical maximum, and the criteria lock accepts it', () => {
    const input = scenarioInput(withGate({}), JA_LABELS);
    const plain = scenarioInput({ vendors }, JA_LABELS);
    expect(validateCriteria(input.requirements, input.settings)).toEqual([]);
    const summary = lockChecks(input.requirements, input.settings).summary;
    expect(summary.technicalMax).toBe(lockChecks(plain.requirements, plain.settings).summary.technicalMax);
    expect(summary.mandatoryCount).toBe(3);
  });

  it('with every mandatory item at 0 points, the technical points are the bonus points', () => {
    const result = scoreProcurement(scenarioInput(withGate({}, [0, 0])));
    for (const v of result.vendors.filter((x) => x.qualified)) {
      expect(v.basePoints?.value ?? 0).toBe(0);
      expect(v.technicalPoints?.value).toBe(v.bonusPoints?.value);
    }
  });
});
