import { describe, expect, it } from 'vitest';
import { pointsChartConfig } from './points-chart';

describe('pointsChartConfig', () => {
  it('stacks base and bonus points per domain, in order', () => {
    const config = pointsChartConfig(
      [
        { domain: '9 アクセス制御', mandatory: 10, scored: 20 },
        { domain: '12 運用', mandatory: 0, scored: 15 }
      ],
      { mandatory: '基礎点', scored: '加点', title: '分野別の配点' }
    );
    expect(config.data.labels).toEqual(['9 アクセス制御', '12 運用']);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['基礎点', [10, 0]],
      ['加点', [20, 15]]
    ]);
    expect(config.options?.scales?.x).toMatchObject({ stacked: true });
    expect(config.options?.plugins?.title).toMatchObject({ text: '分野別の配点' });
  });
});
