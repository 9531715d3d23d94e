import { describe, expect, it } from 'vitest';
import { analyseResult, describeChanges, firstPlaceShares } from './result-analysis';
import { scoreProcurement, type ScoringInput } from './scoring';
import { scenarioInput, testConsensus, WORKED_EXAMPLE } from '$lib/testing/fixtures';

// The worked example of scoring-method.md, its items split over two domains: X (m1, s1) and Y
// (m2, s2, s3). Vendor C fails m2 (one pass of three) and so is not qualified; its levels are its
// own (C C C, C C C, E E E), which the spreads below count on.
const DOMAIN_ORDER: [string, string][] = [
  ['m1', 'X'],
  ['s1', 'X'],
  ['m2', 'Y'],
  ['s2', 'Y'],
  ['s3', 'Y']
];
const BIDS: Record<string, number> = { A: 8_000_000, B: 9_500_000, C: 7_000_000 };

function input(options: { bids?: Record<string, number> } = {}): ScoringInput {
  const bids = options.bids ?? BIDS;
  const { A, B } = WORKED_EXAMPLE.vendors;
  const i = scenarioInput(
    {
      vendors: {
        A: { ...A!, bid: bids.A! },
        B: { ...B!, bid: bids.B! },
        C: { mandatory: ['ppp', 'pff'], scored: ['CCC', 'CCC', 'EEE'], bid: bids.C! }
      }
    },
    { company: (id) => `${id} 社` }
  );
  const byId = new Map(i.requirements.map((r) => [r.id, r]));
  i.requirements = DOMAIN_ORDER.map(([id, domain], order) => ({ ...byId.get(id)!, order, domain }));
  return i;
}

function analyse(i: ScoringInput = input(), top = 5) {
  return analyseResult(i.requirements, scoreProcurement(i), i.vendors, top);
}

describe('analyseResult', () => {
  it('lists the vendors in order with their names, qualification and rank, and the domains in order', () => {
    const a = analyse();
    expect(a.vendors).toEqual([
      { id: 'A', name: 'A 社', qualified: true, rank: 1 },
      { id: 'B', name: 'B 社', qualified: true, rank: 2 },
      { id: 'C', name: 'C 社', qualified: false, rank: null }
    ]);
    expect(a.domains).toEqual(['X', 'Y']);
  });

  // (基礎点 of the passed mandatory items + item scores) ÷ the domain's points, by hand.
  it.each([
    ['A', 'X', (10 + 27.5) / 40, 1, 27.5],
    ['A', 'Y', (10 + 15 + (10 * (0.5 + 0.25 + 0.5)) / 3) / 40, 1, 15 + 10 * (1.25 / 3)],
    ['B', 'X', (10 + 22.5) / 40, 1, 22.5],
    ['B', 'Y', (10 + 20 + 10) / 40, 1, 30],
    ['C', 'X', (10 + 15) / 40, 1, 15],
    ['C', 'Y', (0 + 10 + 0) / 40, 0, 10]
  ])('achievement of %s in domain %s', (vendor, domain, share, passed, scoredEarned) => {
    const a = analyse();
    const cell = a.achievement[a.vendors.findIndex((v) => v.id === vendor)]![a.domains.indexOf(domain)]!;
    expect(cell.percent).toBeCloseTo(share * 100, 9);
    expect(cell.mandatoryPassed).toBe(passed);
    expect(cell.mandatoryCount).toBe(1);
    expect(cell.scoredEarned).toBeCloseTo(scoredEarned, 9);
    expect(cell.available).toBe(40);
  });

  it('has no achievement for a domain with an item not graded at all', () => {
    const i = input();
    i.grades = i.grades.filter((g) => !(g.vendorId === 'A' && g.requirementId === 's1'));
    const a = analyse(i);
    expect(a.achievement[0]![0]!.percent).toBeNull();
    expect(a.achievement[0]![1]!.percent).not.toBeNull();
  });

  it('takes the composition from the published (rounded) figures, no 価格点 when not qualified', () => {
    // 加点 A: 27.5 + 15 + 4.1666… = 46.666… → 46.66; 価格点 = 50 × (1 − bid ÷ 10,000,000).
    expect(analyse().composition).toEqual([
      { vendorId: 'A', basePoints: 20, bonusPoints: 46.66, pricePoints: 10 },
      { vendorId: 'B', basePoints: 20, bonusPoints: 52.5, pricePoints: 2.5 },
      { vendorId: 'C', basePoints: 10, bonusPoints: 25, pricePoints: null }
    ]);
  });

  it('gives the heatmap a row per requirement and a cell per vendor: score ÷ points or pass/fail', () => {
    const a = analyse();
    expect(a.heatmap.map((r) => r.ref)).toEqual(['R-m1', 'R-s1', 'R-m2', 'R-s2', 'R-s3']);
    const s3 = a.heatmap[4]!.cells;
    expect(s3[0]).toMatchObject({ kind: 'scored', points: 10, levels: ['C', 'D', 'C'], flagged: false });
    expect(s3[0]!.kind === 'scored' && s3[0]!.ratio).toBeCloseTo(1.25 / 3, 12);
    expect(s3[2]).toMatchObject({ kind: 'scored', ratio: 0, score: 0 });
    expect(a.heatmap[0]!.cells[1]).toEqual({
      kind: 'mandatory',
      passed: true,
      passes: 2,
      fails: 1,
      consensus: null,
      flagged: true
    });
    expect(a.heatmap[2]!.cells[2]).toEqual({
      kind: 'mandatory',
      passed: false,
      passes: 1,
      fails: 2,
      consensus: null,
      flagged: true
    });
  });

  it('shows a recorded consensus in the heatmap: the verdict that decides, the level that replaces the mean', () => {
    const i = input();
    i.consensus = [testConsensus('C', 'm2', { verdict: 'pass' }), testConsensus('A', 's3', { level: 'A' })];
    const a = analyse(i);
    expect(a.heatmap[2]!.cells[2]).toMatchObject({ kind: 'mandatory', passed: true, consensus: 'pass' });
    expect(a.heatmap[4]!.cells[0]).toMatchObject({ kind: 'scored', ratio: 1, consensusLevel: 'A' });
  });

  it('ranks the separating requirements by the spread of item scores among the qualified vendors', () => {
    const a = analyse();
    expect(a.separatingQualifiedOnly).toBe(true);
    // s3: 10 − 4.1666… ; s1: 27.5 − 22.5; s2: 20 − 15 (equal spreads keep the requirement order).
    expect(a.separating.map((s) => s.ref)).toEqual(['R-s3', 'R-s1', 'R-s2']);
    expect(a.separating[0]!.spread).toBeCloseTo(10 - 12.5 / 3, 12);
    expect(a.separating[1]!.scores).toEqual([27.5, 22.5, null]);
    expect(analyse(input(), 1).separating.map((s) => s.ref)).toEqual(['R-s3']);
  });

  it('compares every scored vendor when fewer than two are qualified, and leaves out items without spread', () => {
    // B over the ceiling: only A is qualified.
    const i = input({ bids: { ...BIDS, B: 12_000_000 } });
    const a = analyse(i);
    expect(a.separatingQualifiedOnly).toBe(false);
    // s1: 27.5 − 15 = 12.5; s2: 20 − 10; s3: 10 − 0.
    expect(a.separating.map((s) => [s.ref, s.spread])).toEqual([
      ['R-s1', 12.5],
      ['R-s2', 10],
      ['R-s3', 10]
    ]);
    const same = input();
    same.grades = same.grades.map((g) => (g.requirementId === 's2' ? { ...g, level: 'B' } : g));
    expect(analyse(same).separating.map((s) => s.ref)).not.toContain('R-s2');
  });
});

describe('firstPlaceShares', () => {
  const vendors = [
    { id: 'b', order: 1, company: 'B 社' },
    { id: 'a', order: 0, company: 'A 社' },
    { id: 'c', order: 2, company: 'C 社' }
  ];

  it.each([
    [
      'most often first first',
      { a: 0.25, b: 0.75 },
      [
        ['b', 0.75, 150, 1],
        ['a', 0.25, 50, 0]
      ]
    ],
    [
      'equal shares in vendor order',
      { c: 0.5, a: 0.5 },
      [
        ['a', 0.5, 100, 0],
        ['c', 0.5, 100, 2]
      ]
    ],
    ['nobody first: empty', {}, []]
  ])('%s', (_, firstPlaceShare, expected) => {
    const shares = firstPlaceShares(vendors, { draws: 200, firstPlaceShare, noWinner: 0 });
    expect(shares.map((s) => [s.vendorId, s.share, s.count, s.index])).toEqual(expected);
  });
});

describe('describeChanges', () => {
  it('names the requirement, the evaluator and the companies of each change, in order', () => {
    const changes = describeChanges(
      {
        base: 'a',
        changes: [
          { varied: { kind: 'points', requirementId: 'r4', factor: 0.8 }, firstPlace: 'b' },
          { varied: { kind: 'evaluatorLeftOut', evaluatorId: 'e2' }, firstPlace: null }
        ]
      },
      [{ id: 'r4', ref: 'R-004' }],
      [{ id: 'e2', name: '佐藤 花子' }],
      [
        { id: 'a', company: 'A 社' },
        { id: 'b', company: 'B 社' }
      ]
    );
    expect(changes).toEqual([
      { kind: 'points', ref: 'R-004', factor: 0.8, from: 'A 社', to: 'B 社' },
      { kind: 'evaluatorLeftOut', evaluator: '佐藤 花子', from: 'A 社', to: null }
    ]);
  });
});
