import { describe, expect, it } from 'vitest';
import type { RoundingMode, ScoringSettings } from './model';
import { figureText, publishedFigures, rankingRows, type FigureStyle, type RankingRow } from './ranking-rows';
import { div, roundToRational, toNumber } from './rounding';
import type { RoundedFigure } from './settings';
import { scoreProcurement, type Figure } from './scoring';
import {
  scenarioInput,
  testSettings,
  workedExample,
  WORKED_EXAMPLE,
  type Scenario
} from '$lib/testing/fixtures';

function rowsOf(input: ReturnType<typeof scenarioInput>): RankingRow[] {
  return rankingRows(scoreProcurement(input), input.vendors, input.settings);
}

const byVendor = (rows: RankingRow[]) => Object.fromEntries(rows.map((r) => [r.vendorId, r]));

const TOP = { mandatory: ['ppp', 'ppp'], scored: ['AAA', 'AAA', 'AAA'] };
const LOW = { mandatory: ['ppp', 'ppp'], scored: ['CCC', 'CCC', 'CCC'] };

describe('ranking order', () => {
  it.each<[string, Scenario, string[], (number | null)[]]>([
    ['the worked example', WORKED_EXAMPLE, ['A', 'B', 'C'], [1, 2, null]],
    [
      // Declared (vendor order) W, U, Q, P: ranked by total first, the others in vendor order.
      'ranked by rank, then the others in vendor order',
      {
        vendors: {
          W: { ...TOP, status: 'withdrawn' },
          U: { mandatory: ['fff', 'ppp'], scored: ['AAA', 'AAA', 'AAA'] },
          Q: LOW,
          P: TOP
        }
      },
      ['P', 'Q', 'W', 'U'],
      [1, 2, null, null]
    ]
  ])('%s', (_, scenario, ids, ranks) => {
    const rows = rowsOf(scenarioInput(scenario));
    expect(rows.map((r) => r.vendorId)).toEqual(ids);
    expect(rows.map((r) => r.rank)).toEqual(ranks);
  });
});

describe('ties', () => {
  const TIED: Scenario = {
    vendors: {
      X: { mandatory: ['ppp', 'ppp'], scored: ['ABB', 'BBB', 'CCC'] },
      Y: { mandatory: ['ppp', 'ppp'], scored: ['BAB', 'BBB', 'CCC'] },
      Z: LOW
    }
  };
  it.each([
    [
      'settled by a recorded resolution',
      [{ vendorIds: ['X', 'Y'], winnerId: 'Y' }],
      ['Y', 'X', 'Z'],
      false,
      true
    ],
    ['left open', undefined, ['X', 'Y', 'Z'], true, false]
  ])('%s', (_, tieResolutions, ids, open, settled) => {
    const rows = rowsOf(scenarioInput({ ...TIED, tieResolutions }));
    expect(rows.map((r) => r.vendorId)).toEqual(ids);
    const v = byVendor(rows);
    expect([v.X!.tie, v.Y!.tie, v.Z!.tie]).toEqual([open, open, false]);
    expect([v.X!.tieSettled, v.Y!.tieSettled, v.Z!.tieSettled]).toEqual([settled, settled, false]);
  });
});

describe('published figures', () => {
  // 加点 minimum 50: A (加点 46.66) fails the gate but keeps its figures; B (52.50) is ranked.
  const rows = byVendor(rowsOf(workedExample({ minimumBonus: 50 })));

  it('an unranked vendor publishes its technical figures but no 価格点 and no total', () => {
    const a = rows.A!;
    expect([a.rank, a.qualified, a.standing]).toEqual([null, false, 'disqualified']);
    expect(a.figures.totalPoints).toBe('76.66');
    expect(a.figures.pricePoints).toBe('10.00');
    expect(publishedFigures(a)).toEqual({
      ...a.figures,
      pricePoints: null,
      totalPoints: null,
      evaluationValue: null
    });
    expect(publishedFigures(a).technicalPoints).toBe('66.66');
  });

  it('a ranked vendor publishes every figure', () => {
    const b = rows.B!;
    expect([b.rank, b.qualified]).toEqual([1, true]);
    expect(publishedFigures(b)).toEqual(b.figures);
    expect(publishedFigures(b).totalPoints).toBe('75.00');
  });
});

describe('figure text', () => {
  function fig(n: number, d: number, decimals: number, mode: RoundingMode): Figure {
    const exact = div(n, d);
    const rounded = roundToRational(exact, decimals, mode);
    return { exact, rounded, value: toNumber(rounded) };
  }
  const settings = (mode: RoundingMode): ScoringSettings =>
    testSettings({
      rounding: { ...testSettings().rounding, mode, technicalDecimals: 2, evaluationValueDecimals: 4 }
    });

  it.each<[string, Figure, RoundingMode, RoundedFigure, FigureStyle, string]>([
    [
      'grouped for people',
      fig(123456789, 100000, 4, 'floor'),
      'floor',
      'evaluationValue',
      'display',
      '1,234.5678'
    ],
    [
      'ungrouped for files',
      fig(123456789, 100000, 4, 'floor'),
      'floor',
      'evaluationValue',
      'plain',
      '1234.5678'
    ],
    ['half-up, zero padded', fig(2, 3, 2, 'halfUp'), 'halfUp', 'technical', 'plain', '0.67'],
    ['floor keeps trailing zeros', fig(5, 2, 2, 'floor'), 'floor', 'technical', 'display', '2.50'],
    ['unrounded, exact and cut for people', fig(10, 3, 2, 'none'), 'none', 'technical', 'display', '3.3333…'],
    ['unrounded, the double for files', fig(10, 3, 2, 'none'), 'none', 'technical', 'plain', String(10 / 3)]
  ])('%s', (_, figure, mode, which, style, expected) => {
    expect(figureText(figure, settings(mode), which, style)).toBe(expected);
  });
});
