import { describe, expect, it } from 'vitest';
import type { DomainAchievement, ResultAnalysis } from '$lib/domain/result-analysis';
import {
  compositionChartConfig,
  heatColour,
  radarChartConfig,
  separatingChartConfig,
  shareChartConfig,
  VENDOR_COLOURS,
  vendorColour
} from './result-charts';

function achievement(percent: number | null): DomainAchievement {
  return {
    earned: 0,
    available: 0,
    percent,
    scoredEarned: 0,
    scoredAvailable: 0,
    mandatoryPassed: 0,
    mandatoryCount: 0
  };
}

function analysis(patch: Partial<ResultAnalysis> = {}): ResultAnalysis {
  return {
    vendors: [
      { id: 'a', name: 'A 社', qualified: true, rank: 1 },
      { id: 'b', name: 'B 社', qualified: true, rank: 2 },
      { id: 'c', name: 'C 社', qualified: false, rank: null }
    ],
    domains: ['9 アクセス制御', '10 暗号'],
    achievement: [
      [achievement(100), achievement(87.54)],
      [achievement(50), achievement(null)],
      [achievement(0), achievement(25)]
    ],
    composition: [
      { vendorId: 'a', basePoints: 30, bonusPoints: 67.91, pricePoints: 2.5 },
      { vendorId: 'b', basePoints: 30, bonusPoints: 54.16, pricePoints: 14.75 },
      { vendorId: 'c', basePoints: 10, bonusPoints: null, pricePoints: null }
    ],
    heatmap: [],
    separating: [
      { requirementId: 'r4', ref: 'R-004', title: '保証', spread: 8.333, scores: [18.3333, 10, null] },
      { requirementId: 'r8', ref: 'R-008', title: '返却', spread: 5, scores: [4.1666, 9.1666, null] }
    ],
    separatingQualifiedOnly: true,
    ...patch
  };
}

describe('radarChartConfig', () => {
  it('draws one polygon per vendor over the domains, 0–100 %, a gap where none is computed', () => {
    const config = radarChartConfig(analysis(), { title: '分野別の達成率' });
    expect(config.data.labels).toEqual(['9 アクセス制御', '10 暗号']);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['A 社', [100, 87.5]],
      ['B 社', [50, null]],
      ['C 社', [0, 25]]
    ]);
    expect(config.data.datasets.map((d) => d.borderColor)).toEqual(VENDOR_COLOURS.slice(0, 3));
    expect(config.options?.scales?.r).toMatchObject({ min: 0, max: 100 });
    expect(config.options?.animation).toBe(false);
    expect(config.options?.plugins?.title).toMatchObject({ display: true, text: '分野別の達成率' });
  });
});

describe('compositionChartConfig', () => {
  const labels = { title: '得点の内訳', base: '基礎点', bonus: '加点', price: '価格点' };

  it('stacks 基礎点, 加点 and 価格点 per vendor (a missing figure as 0)', () => {
    const config = compositionChartConfig(analysis(), labels);
    expect(config.data.labels).toEqual(['A 社', 'B 社', 'C 社']);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['基礎点', [30, 30, 10]],
      ['加点', [67.91, 54.16, 0]],
      ['価格点', [2.5, 14.75, 0]]
    ]);
    expect(config.options?.scales?.y).toMatchObject({ stacked: true });
    expect(config.options?.animation).toBe(false);
    expect(config.options?.plugins?.title).toMatchObject({ text: '得点の内訳' });
  });

  it('has no 価格点 series when no vendor has price points (除算方式, no bids)', () => {
    const a = analysis();
    a.composition = a.composition.map((c) => ({ ...c, pricePoints: null }));
    expect(compositionChartConfig(a, labels).data.datasets.map((d) => d.label)).toEqual(['基礎点', '加点']);
  });
});

describe('separatingChartConfig', () => {
  it('lists the separating requirements in order, one bar per compared vendor', () => {
    const config = separatingChartConfig(analysis(), { title: '差がついた要件', axis: '得点' });
    expect(config.data.labels).toEqual(['R-004 保証', 'R-008 返却']);
    expect(config.data.datasets.map((d) => [d.label, d.data, d.backgroundColor])).toEqual([
      ['A 社', [18.33, 4.17], vendorColour(0)],
      ['B 社', [10, 9.17], vendorColour(1)]
    ]);
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.plugins?.title).toMatchObject({ text: '差がついた要件' });
  });
});

describe('shareChartConfig', () => {
  it('shows each vendor’s share of first places in %, coloured as in the other charts', () => {
    const config = shareChartConfig(
      [
        { name: 'A 社', share: 0.8645, index: 0 },
        { name: 'B 社', share: 0.1355, index: 1 }
      ],
      { title: '1 位になった割合', axis: '%' }
    );
    expect(config.data.labels).toEqual(['A 社', 'B 社']);
    expect(config.data.datasets[0]!.data).toEqual([86.5, 13.6]);
    expect(config.data.datasets[0]!.backgroundColor).toEqual([vendorColour(0), vendorColour(1)]);
    expect(config.options?.scales?.x).toMatchObject({ min: 0, max: 100 });
    expect(config.options?.animation).toBe(false);
  });
});

describe('vendor names on a chart', () => {
  it('show bidi controls and zero-width characters as markers, in every chart', () => {
    const vendors = [
      { id: 'a', name: 'A\u202E社', qualified: true, rank: 1 },
      { id: 'b', name: '\u200BB 社', qualified: true, rank: 2 },
      { id: 'c', name: 'C 社', qualified: false, rank: null }
    ];
    const shown = ['A⟦U+202E⟧社', '⟦U+200B⟧B 社'];
    const radar = radarChartConfig(analysis({ vendors }), { title: 't' });
    expect(radar.data.datasets.map((d) => d.label).slice(0, 2)).toEqual(shown);
    const separating = separatingChartConfig(analysis({ vendors }), { title: 't', axis: 'a' });
    expect(separating.data.datasets.map((d) => d.label)).toEqual(shown);
    const share = shareChartConfig(
      [
        { name: 'A\u202E社', share: 1, index: 0 },
        { name: '\u200BB 社', share: 0, index: 1 }
      ],
      { title: 't', axis: '%' }
    );
    expect(share.data.labels).toEqual(shown);
    const composition = compositionChartConfig(analysis({ vendors }), {
      title: 't',
      base: 'b',
      bonus: 'n',
      price: 'p'
    });
    expect(composition.data.labels?.slice(0, 2)).toEqual(shown);
  });
});

describe('vendorColour', () => {
  it('gives distinct colours to the first eight vendors, then repeats', () => {
    const colours = Array.from({ length: 9 }, (_, i) => vendorColour(i));
    expect(new Set(colours.slice(0, 8)).size).toBe(8);
    expect(colours[8]).toBe(colours[0]);
  });
});

describe('heatColour', () => {
  it.each([
    [0, 'hsl(210 65% 97%)'],
    [0.5, 'hsl(210 65% 79%)'],
    [1, 'hsl(210 65% 60%)'],
    [1.5, 'hsl(210 65% 60%)'],
    [null, '#eeeeee']
  ])('ratio %s → %s', (ratio, colour) => {
    expect(heatColour(ratio)).toBe(colour);
  });
});
