import { describe, expect, it } from 'vitest';
import { defaultSettings } from './defaults';
import type { Requirement, RequirementKind } from './model';
import { toNumber } from './rounding';
import { validateSettings } from './settings';
import {
  domainWeightsOf,
  percentText,
  pointsFromWeights,
  weightConversionHolds,
  weightConversionOf,
  weightsOf,
  type WeightEntry
} from './weights';

const entries = (percents: number[], kinds: RequirementKind[] = []): WeightEntry[] =>
  percents.map((percent, i) => ({ id: `r${i}`, ref: `R-${i + 1}`, kind: kinds[i] ?? 'scored', percent }));

describe('pointsFromWeights: largest remainder', () => {
  it.each([
    // percents, total, points
    [[50, 30, 20], 100, [50, 30, 20]],
    [[33.33, 33.33, 33.34], 100, [33, 33, 34]],
    // Equal remainders (1/3 each of 10): the earlier items in specification order get the extra points.
    [[33.33, 33.33, 33.34], 10, [3, 3, 4]],
    [[25, 25, 25, 25], 10, [3, 3, 2, 2]],
    [[12.5, 12.5, 75], 30, [4, 4, 22]],
    [[10, 20, 30, 40], 7, [1, 1, 2, 3]],
    [[0, 60, 40], 100, [0, 60, 40]],
    [[100], 1, [1]],
    [[14.29, 14.29, 14.29, 14.29, 14.28, 14.28, 14.28], 100, [15, 15, 14, 14, 14, 14, 14]]
  ])('%j of %i → %j', (percents, total, points) => {
    const kinds = percents.map((p) => (p === 0 ? 'mandatory' : 'scored')) as RequirementKind[];
    const { data, issues } = pointsFromWeights(entries(percents, kinds), total);
    expect(issues).toEqual([]);
    expect(data?.map((d) => d.points)).toEqual(points);
    expect(data?.reduce((sum, d) => sum + d.points, 0)).toBe(total);
    // Each item's points are its quota rounded down or up, never further.
    for (const d of data ?? []) {
      const q = toNumber(d.quota);
      expect(d.points === Math.floor(q) || d.points === Math.ceil(q)).toBe(true);
    }
  });

  it('sums exactly for many items whatever the total', () => {
    const percents = [11.7, 12.95, 11.67, 2.77, 13.6, 20.19, 27.12];
    expect(percents.reduce((a, b) => a + b, 0)).not.toBe(100); // as floats they need not sum to 100 …
    for (const total of [1, 3, 7, 10, 99, 100, 101, 997]) {
      const { data, issues } = pointsFromWeights(
        entries(
          percents,
          percents.map(() => 'mandatory')
        ),
        total
      );
      expect(issues).toEqual([]); // … exactly they do
      expect(data!.reduce((s, d) => s + d.points, 0)).toBe(total);
    }
  });

  it.each([
    [[50, 30], 100, [{ code: 'weightSum', sum: '80' }]],
    [[50, 30, 20.005], 100, [{ code: 'weightPercent', ref: 'R-3' }]],
    [[50, -10, 60], 100, [{ code: 'weightPercent', ref: 'R-2' }]],
    [[50, 50], 0, [{ code: 'weightTotal' }]],
    [[50, 50], 10.5, [{ code: 'weightTotal' }]],
    [[99.9, 0.1], 100, [{ code: 'weightScoredZero', ref: 'R-2' }]]
  ])('%j of %s is refused with %j', (percents, total, issues) => {
    const result = pointsFromWeights(entries(percents), total);
    expect(result.data).toBeNull();
    expect(result.issues).toEqual(issues);
  });

  it('a 0% mandatory item is a 0-point gate, a 0% scored item is refused', () => {
    expect(
      pointsFromWeights(entries([0, 100], ['mandatory', 'scored']), 70).data?.map((d) => d.points)
    ).toEqual([0, 70]);
    expect(pointsFromWeights(entries([0, 100], ['scored', 'scored']), 70).issues).toEqual([
      { code: 'weightScoredZero', ref: 'R-1' }
    ]);
  });
});

describe('weightsOf', () => {
  const req = (order: number, kind: RequirementKind, points: number): Requirement =>
    ({
      id: `r${order}`,
      ref: `R-${order + 1}`,
      order,
      kind,
      basePoints: kind === 'mandatory' ? points : 0,
      points: kind === 'scored' ? points : 0
    }) as Requirement;

  it.each([
    // items, method, allocation, weights, technical %, price %
    [
      [
        ['mandatory', 0],
        ['scored', 40],
        ['scored', 60]
      ],
      'additive',
      30,
      ['0.0', '40.0', '60.0'],
      '76.9',
      '23.1'
    ],
    [
      [
        ['mandatory', 10],
        ['scored', 30]
      ],
      'additive',
      40,
      ['25.0', '75.0'],
      '50.0',
      '50.0'
    ],
    [
      [
        ['scored', 1],
        ['scored', 2]
      ],
      'additive',
      50,
      ['33.3', '66.7'],
      '5.7',
      '94.3'
    ],
    [
      [
        ['scored', 1],
        ['scored', 2]
      ],
      'division',
      50,
      ['33.3', '66.7'],
      null,
      null
    ],
    [
      [
        ['scored', 1],
        ['scored', 2]
      ],
      'none',
      50,
      ['33.3', '66.7'],
      null,
      null
    ]
  ] as const)('%j under %s P=%i', (items, priceMethod, priceAllocation, weights, technical, price) => {
    const w = weightsOf(
      items.map(([kind, points], i) => req(i, kind, points)),
      { priceMethod, priceAllocation }
    );
    expect(w.rows.map((r) => (r.percent ? percentText(r.percent) : null))).toEqual(weights);
    expect(w.price ? percentText(w.price.technicalPercent) : null).toBe(technical);
    expect(w.price ? percentText(w.price.pricePercent) : null).toBe(price);
  });

  it('has no weights while the technical maximum is 0', () => {
    const w = weightsOf([req(0, 'mandatory', 0)], defaultSettings());
    expect(w.rows[0]?.percent).toBeNull();
    expect(w.price).toBeNull();
  });
});

describe('domainWeightsOf', () => {
  const req = (order: number, domain: string, points: number) =>
    ({
      id: `r${order}`,
      ref: `R-${order + 1}`,
      order,
      domain,
      kind: 'scored',
      basePoints: 0,
      points
    }) as Requirement;

  it.each([
    // items [domain, points] in specification order → [domain, points, share] per domain
    [
      [
        ['Access', 1],
        ['Backup', 1],
        ['Access', 1]
      ],
      [
        ['Access', 2, '66.7'],
        ['Backup', 1, '33.3']
      ]
    ],
    [
      [
        ['B', 30],
        ['A', 20],
        ['B', 50]
      ],
      [
        ['B', 80, '80.0'],
        ['A', 20, '20.0']
      ]
    ],
    [[['Only', 0]], [['Only', 0, null]]]
  ] as const)('%j → %j', (items, expected) => {
    const reqs = items.map(([domain, points], i) => req(i, domain, points));
    const domains = domainWeightsOf(weightsOf(reqs, defaultSettings()), reqs);
    expect(domains.map((d) => [d.domain, d.points, d.percent ? percentText(d.percent) : null])).toEqual(
      expected
    );
    // Each domain lists its own items, and the items of all domains are every item once.
    expect(domains.flatMap((d) => d.rows.map((r) => r.id)).sort()).toEqual(reqs.map((r) => r.id).sort());
  });

  it('sums the exact shares, so three thirds make 100.0, not 99.9', () => {
    const reqs = [req(0, 'X', 1), req(1, 'X', 1), req(2, 'Y', 1)];
    const [x] = domainWeightsOf(weightsOf(reqs, defaultSettings()), reqs);
    expect(percentText(x!.percent!)).toBe('66.7');
    const all = domainWeightsOf(weightsOf(reqs, defaultSettings()), [
      { id: 'r0', domain: 'Z' },
      { id: 'r1', domain: 'Z' },
      { id: 'r2', domain: 'Z' }
    ]);
    expect(percentText(all[0]!.percent!)).toBe('100.0');
  });
});

describe('the stated conversion', () => {
  const e = entries([25, 25, 50], ['mandatory', 'scored', 'scored']);
  const { data } = pointsFromWeights(e, 40);
  const conversion = weightConversionOf(e, 40, data!);
  const reqs = e.map((x, i) => ({
    ref: x.ref,
    order: i,
    kind: x.kind,
    basePoints: x.kind === 'mandatory' ? data![i]!.points : 0,
    points: x.kind === 'scored' ? data![i]!.points : 0
  }));

  it('is a sound setting, and holds for the points it gave', () => {
    expect(conversion).toEqual({
      total: 40,
      items: [
        { ref: 'R-1', percent: 25, points: 10 },
        { ref: 'R-2', percent: 25, points: 10 },
        { ref: 'R-3', percent: 50, points: 20 }
      ]
    });
    expect(validateSettings({ ...defaultSettings(), ceilingPrice: 1, weightConversion: conversion })).toEqual(
      []
    );
    expect(weightConversionHolds(conversion, reqs)).toBe(true);
  });

  it.each([
    ['points changed after', reqs.map((r, i) => (i === 2 ? { ...r, points: 21 } : r))],
    ['an item added after', [...reqs, { ...reqs[2]!, ref: 'R-4', order: 3 }]],
    ['an item removed after', reqs.slice(1)]
  ])('no longer holds with %s', (_name, changed) => {
    expect(weightConversionHolds(conversion, changed)).toBe(false);
  });

  it.each([
    [
      'percents not summing to 100',
      { ...conversion, items: conversion.items.map((i) => ({ ...i, percent: 30 })) }
    ],
    ['points not summing to the total', { ...conversion, total: 41 }],
    ['no items', { total: 40, items: [] }]
  ])('%s is refused by validateSettings', (_name, weightConversion) => {
    const problems = validateSettings({ ...defaultSettings(), ceilingPrice: 1, weightConversion });
    expect(problems.map((p) => p.code)).toEqual(['weightConversion']);
  });
});
