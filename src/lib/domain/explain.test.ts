import { describe, expect, it } from 'vitest';
import { defaultSettings } from './defaults';
import { explainFigure, publishedText, type Explanation, type ExplainTarget, type Term } from './explain';
import type { Consensus, ScoringSettings } from './model';
import { scoreProcurement, type ScoringInput } from './scoring';
import { scenarioInput, testConsensus, workedExample, WORKED_EXAMPLE } from '$lib/testing/fixtures';

/** The worked example of scoring-method.md, with a rationale naming each grade. */
function worked(patch: Partial<ScoringSettings> = {}, consensus: Consensus[] = []): ScoringInput {
  return { ...workedExample(patch), consensus };
}

function explain(input: ScoringInput, target: ExplainTarget): Explanation {
  const e = explainFigure(input, scoreProcurement(input), target);
  if (!e) throw new Error(`no explanation for ${JSON.stringify(target)}`);
  return e;
}

/** The filled-in formula as one line, as a reader would write it by hand. */
function line(terms: Term[]): string {
  return terms
    .map((t) => ('op' in t ? t.op : 'number' in t ? t.number : t.value))
    .join(' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')');
}

describe('explainFigure on the worked example (加算方式 standard, floor at 2)', () => {
  const input = worked();

  it.each([
    [
      'A item 3',
      { kind: 'scoredItem', vendorId: 'A', requirementId: 's3' },
      '10 × (0.50 + 0.25 + 0.50) ÷ 3',
      '4.1666…',
      '4.1666…'
    ],
    [
      'A item 1',
      { kind: 'scoredItem', vendorId: 'A', requirementId: 's1' },
      '30 × (1.00 + 1.00 + 0.75) ÷ 3',
      '27.5',
      '27.5'
    ],
    ['A 基礎点', { kind: 'basePoints', vendorId: 'A' }, '10 + 10', '20', '20.00'],
    ['A 加点', { kind: 'bonusPoints', vendorId: 'A' }, '27.5 + 15 + 4.1666…', '46.6666…', '46.66'],
    ['A 技術点', { kind: 'technicalPoints', vendorId: 'A' }, '20 + 46.6666…', '66.6666…', '66.66'],
    ['A 価格点', { kind: 'pricePoints', vendorId: 'A' }, '50 × (1 − 8,000,000 ÷ 10,000,000)', '10', '10.00'],
    ['A 総合評価点', { kind: 'totalPoints', vendorId: 'A' }, '66.66 + 10.00', '76.66', '76.66'],
    ['B 価格点', { kind: 'pricePoints', vendorId: 'B' }, '50 × (1 − 9,500,000 ÷ 10,000,000)', '2.5', '2.50'],
    ['B 総合評価点', { kind: 'totalPoints', vendorId: 'B' }, '72.50 + 2.50', '75', '75.00'],
    ['C 基礎点 (item 2 fails)', { kind: 'basePoints', vendorId: 'C' }, '10', '10', '10.00']
  ] as [string, ExplainTarget, string, string, string][])('%s', (_, target, formula, exact, result) => {
    const e = explain(input, target);
    expect(line(e.terms)).toBe(formula);
    expect(e.exact).toBe(exact);
    expect(e.result).toBe(result);
  });

  it('states the rounding of a published figure: floor at 2 decimals, exact → rounded', () => {
    const e = explain(input, { kind: 'technicalPoints', vendorId: 'A' });
    expect(e.rounding).toEqual({ mode: 'floor', decimals: 2, exact: '66.6666…', rounded: '66.66' });
    expect(explain(input, { kind: 'scoredItem', vendorId: 'A', requirementId: 's3' }).rounding).toBeNull();
  });

  it('lists the inputs of 価格点: P, the bid and C, in yen where they are money', () => {
    const e = explain(input, { kind: 'pricePoints', vendorId: 'A' });
    expect(e.inputs).toEqual([
      { symbol: 'P', value: '50' },
      { symbol: 'bid', value: '8,000,000', unit: 'yen' },
      { symbol: 'C', value: '10,000,000', unit: 'yen' }
    ]);
  });

  it('opens 加点 into each item: points × factor, each explainable in turn', () => {
    const e = explain(input, { kind: 'bonusPoints', vendorId: 'A' });
    expect(e.figures.map((f) => [f.ref, f.title, f.value])).toEqual([
      ['R-s1', 'title s1', '27.5'],
      ['R-s2', 'title s2', '15'],
      ['R-s3', 'title s3', '4.1666…']
    ]);
    const child = explain(input, e.figures[2]!.target);
    expect(child.ref).toBe('R-s3');
    expect(child.formula).toBe('scoredItemMean');
  });

  it('opens an item into each evaluator’s level, factor and rationale', () => {
    const e = explain(input, { kind: 'scoredItem', vendorId: 'A', requirementId: 's3' });
    expect(e.grades.map((g) => [g.evaluatorName, g.level, g.factor, g.rationale])).toEqual([
      ['評価者1', 'C', '0.50', 'A/s3/e1: C'],
      ['評価者2', 'D', '0.25', 'A/s3/e2: D'],
      ['評価者3', 'C', '0.50', 'A/s3/e3: C']
    ]);
    expect(e.consensus).toBeNull();
  });

  it('opens the totals into their rounded components', () => {
    const total = explain(input, { kind: 'totalPoints', vendorId: 'A' });
    expect(total.figures.map((f) => [f.target.kind, f.value])).toEqual([
      ['technicalPoints', '66.66'],
      ['pricePoints', '10.00']
    ]);
    const technical = explain(input, total.figures[0]!.target);
    expect(technical.figures.map((f) => [f.target.kind, f.value])).toEqual([
      ['basePoints', '20'],
      ['bonusPoints', '46.6666…']
    ]);
  });

  it.each([
    ['B item 1: 2 of 3 pass → pass under majority', 'B', 'm1', 2, 1, true, '10'],
    ['C item 2: 1 of 3 pass → fail', 'C', 'm2', 1, 2, false, '0']
  ])('%s', (_, vendorId, requirementId, passes, fails, passed, awarded) => {
    const e = explain(input, { kind: 'mandatoryItem', vendorId, requirementId });
    expect(e.passRule).toMatchObject({ rule: 'majority', evaluators: 3, passes, fails, required: 2, passed });
    expect(e.result).toBe(awarded);
    expect(e.inputs).toEqual([{ symbol: 'mandatoryPoints', value: '10', label: `R-${requirementId}` }]);
    expect(e.grades.map((g) => g.verdict)).toEqual(
      [...WORKED_EXAMPLE.vendors[vendorId]!.mandatory[requirementId === 'm1' ? 0 : 1]!].map((c) =>
        c === 'p' ? 'pass' : 'fail'
      )
    );
  });

  it('shows a failed item in 基礎点 as not counted', () => {
    const e = explain(input, { kind: 'basePoints', vendorId: 'C' });
    expect(e.figures.map((f) => [f.ref, f.title, f.value, f.counted])).toEqual([
      ['R-m1', 'title m1', '10', true],
      ['R-m2', 'title m2', '0', false]
    ]);
  });

  it('requires all three under the unanimous rule', () => {
    const e = explain(worked({ passRule: 'unanimous' }), {
      kind: 'mandatoryItem',
      vendorId: 'B',
      requirementId: 'm1'
    });
    expect(e.passRule).toMatchObject({ required: 3, passed: false, byRule: false });
  });

  it('returns null for a figure the result does not have', () => {
    const result = scoreProcurement(input);
    expect(explainFigure(input, result, { kind: 'evaluationValue', vendorId: 'A' })).toBeNull();
    const noBid = {
      ...input,
      vendors: input.vendors.map((v) => (v.id === 'A' ? { ...v, bidPrice: null } : v))
    };
    expect(explainFigure(noBid, scoreProcurement(noBid), { kind: 'pricePoints', vendorId: 'A' })).toBeNull();
    expect(explainFigure(input, result, { kind: 'basePoints', vendorId: 'nobody' })).toBeNull();
    expect(explainFigure(input, result, { kind: 'referenceValue', vendorId: '' })).toBeNull();
  });
});

describe('explainFigure with 除算方式 (S = 10^8, floor at 4)', () => {
  const input = worked({ priceMethod: 'division' });

  it.each([
    [
      'A',
      { kind: 'evaluationValue', vendorId: 'A' },
      '66.66 ÷ 8,000,000 × 100,000,000',
      '833.25',
      '833.2500'
    ],
    [
      'B',
      { kind: 'evaluationValue', vendorId: 'B' },
      '72.50 ÷ 9,500,000 × 100,000,000',
      '763.1578…',
      '763.1578'
    ],
    [
      '基準評価値',
      { kind: 'referenceValue', vendorId: '' },
      '20 ÷ 10,000,000 × 100,000,000',
      '200',
      '200.0000'
    ]
  ] as [string, ExplainTarget, string, string, string][])('%s', (_, target, formula, exact, result) => {
    const e = explain(input, target);
    expect(line(e.terms)).toBe(formula);
    expect(e.exact).toBe(exact);
    expect(e.result).toBe(result);
    expect(e.rounding).toMatchObject({ mode: 'floor', decimals: 4 });
  });

  it('prints the published figure with the setting’s decimals', () => {
    const result = scoreProcurement(input);
    const B = result.vendors.find((v) => v.vendorId === 'B')!;
    expect(publishedText(B.evaluationValue!, input.settings, 'evaluationValue')).toBe('763.1578');
    expect(publishedText(B.technicalPoints!, input.settings, 'technical')).toBe('72.50');
  });
});

describe('explainFigure with other settings', () => {
  it('lowest-ratio 価格点: P × 最低入札価格 ÷ 入札価格', () => {
    // Only a qualified vendor's valid bid counts: C's 7,000,000 is valid, but C failed a mandatory item.
    const input = worked({ priceFormula: 'lowestRatio' });
    const e = explain(input, { kind: 'pricePoints', vendorId: 'B' });
    expect(line(e.terms)).toBe('50 × 8,000,000 ÷ 9,500,000');
    expect([e.exact, e.result]).toEqual(['42.1052…', '42.10']);
  });

  it('a consensus grade replaces the mean, with its reason, and the mean it replaced', () => {
    const consensus = testConsensus(
      'A',
      's3',
      { level: 'B' },
      { reason: '合議により B とした', recordedBy: '委員長' }
    );
    const e = explain(worked({}, [consensus]), { kind: 'scoredItem', vendorId: 'A', requirementId: 's3' });
    expect(e.formula).toBe('scoredItemConsensus');
    expect(line(e.terms)).toBe('10 × 0.75');
    expect(e.result).toBe('7.5');
    expect(e.replacedMean).toBe('0.4166…');
    expect(e.consensus).toMatchObject({ level: 'B', factor: '0.75', reason: '合議により B とした' });
    expect(e.grades.map((g) => g.level)).toEqual(['C', 'D', 'C']);
  });

  it('price method none: the total is the rounded 技術点', () => {
    const e = explain(worked({ priceMethod: 'none' }), { kind: 'totalPoints', vendorId: 'B' });
    expect(e.formula).toBe('totalPointsNoPrice');
    expect(line(e.terms)).toBe('72.50');
    expect(e.result).toBe('72.50');
  });

  it('half-up rounding at 1 decimal', () => {
    const input = worked({
      rounding: { ...defaultSettings().rounding, mode: 'halfUp', technicalDecimals: 1 }
    });
    const e = explain(input, { kind: 'technicalPoints', vendorId: 'A' });
    expect(e.rounding).toEqual({ mode: 'halfUp', decimals: 1, exact: '66.6666…', rounded: '66.7' });
  });
});

describe('an item with points per level is explained in its points as written', () => {
  const rubric = [
    { code: '優', labelJa: '優', labelEn: 'Excellent', factor: 1 },
    { code: '良', labelJa: '良', labelEn: 'Good', factor: 0.5 },
    { code: '可', labelJa: '可', labelEn: 'Adequate', factor: 0 }
  ];
  const input = scenarioInput({
    scored: [10, 20],
    settings: { rubric },
    items: {
      s1: {
        levelPoints: [
          { code: '優', points: 10 },
          { code: '良', points: 5 },
          { code: '可', points: 0 }
        ]
      }
    },
    vendors: { X: { mandatory: ['ppp', 'ppp'], scored: ['優良良', '優優優'] } }
  });
  const target = { kind: 'scoredItem', vendorId: 'X', requirementId: 's1' } as const;

  it('the mean of the level points, each grade with its points', () => {
    const e = explain(input, target);
    expect(e.formula).toBe('scoredItemLevelPointsMean');
    expect(line(e.terms)).toBe('(10 + 5 + 5) ÷ 3');
    expect(e.result).toBe('6.6666…');
    expect(e.levelPoints).toEqual([
      { code: '優', points: '10' },
      { code: '良', points: '5' },
      { code: '可', points: '0' }
    ]);
    expect(e.grades.map((g) => [g.level, g.points, g.factor])).toEqual([
      ['優', '10', null],
      ['良', '5', null],
      ['良', '5', null]
    ]);
  });

  it('a consensus gives its level points, replacing the mean of the points', () => {
    const agreed = testConsensus('X', 's1', { level: '可' }, { reason: '合議' });
    const e = explain({ ...input, consensus: [agreed] }, target);
    expect(e.formula).toBe('scoredItemLevelPointsConsensus');
    expect(line(e.terms)).toBe('0');
    expect(e.consensus?.points).toBe('0');
    expect(e.replacedMean).toBe('6.6666…');
  });

  it('an item without level points keeps the factor formula', () => {
    const e = explain(input, { ...target, requirementId: 's2' });
    expect(e.formula).toBe('scoredItemMean');
    expect(e.levelPoints).toBeUndefined();
  });
});
// Issue 17 (d): the new price formulas, a figure's own rounding, a rounded item mean.
describe('explainFigure with the floor-price and reduced-slope formulas and per-figure rounding', () => {
  it.each<[string, Partial<ScoringSettings>, string, string, string, string]>([
    // what, settings, vendor, formula, filled-in line, result
    [
      'floor price, A above F: 50 × (1 − (8,000,000 − 6,000,000) ÷ (10,000,000 − 6,000,000))',
      { priceFormula: 'withFloor', floorPrice: 6_000_000 },
      'A',
      'pricePointsWithFloor',
      '50 × (1 − (8,000,000 − 6,000,000) ÷ (10,000,000 − 6,000,000))',
      '25.00'
    ],
    [
      'floor price, A exactly at F: the full allocation',
      { priceFormula: 'withFloor', floorPrice: 8_000_000 },
      'A',
      'pricePointsAtFloor',
      '50',
      '50.00'
    ],
    [
      'reduced slope, A below T: 50 × ((1 − 9,000,000 ÷ 10,000,000) + 0.5 × (9,000,000 − 8,000,000) ÷ 10,000,000)',
      { priceFormula: 'reducedSlope', slopeThreshold: 9_000_000, slopeFactor: 0.5 },
      'A',
      'pricePointsReducedSlope',
      '50 × ((1 − 9,000,000 ÷ 10,000,000) + 0.5 × (9,000,000 − 8,000,000) ÷ 10,000,000)',
      '7.50'
    ],
    [
      'reduced slope, B above T: the standard form',
      { priceFormula: 'reducedSlope', slopeThreshold: 9_000_000, slopeFactor: 0.5 },
      'B',
      'pricePointsStandard',
      '50 × (1 − 9,500,000 ÷ 10,000,000)',
      '2.50'
    ]
  ])('%s', (_, patch, vendorId, formula, filled, result) => {
    const e = explain(worked(patch), { kind: 'pricePoints', vendorId });
    expect(e.formula).toBe(formula);
    expect(line(e.terms)).toBe(filled);
    expect(e.result).toBe(result);
  });

  it('rounds 価格点 by its own mode: half up to an integer while the rest is floored', () => {
    const rounding = { ...defaultSettings().rounding, priceMode: 'halfUp' as const, priceDecimals: 0 };
    const e = explain(worked({ rounding, priceFormula: 'lowestRatio' }), {
      kind: 'pricePoints',
      vendorId: 'B'
    });
    expect(e.rounding).toEqual({ mode: 'halfUp', decimals: 0, exact: '42.1052…', rounded: '42' });
    const t = explain(worked({ rounding }), { kind: 'technicalPoints', vendorId: 'A' });
    expect(t.rounding).toMatchObject({ mode: 'floor', decimals: 2, rounded: '66.66' });
  });

  it('states the rounding of a rounded item mean: 30 × (1 + 1 + 0.75) ÷ 3 = 27.5 → 27', () => {
    const rounding = { ...defaultSettings().rounding, itemMeanMode: 'floor' as const, itemMeanDecimals: 0 };
    const e = explain(worked({ rounding }), { kind: 'scoredItem', vendorId: 'A', requirementId: 's1' });
    expect(e.rounding).toEqual({ mode: 'floor', decimals: 0, exact: '27.5', rounded: '27' });
    expect(e.result).toBe('27');
    expect(explain(worked(), { kind: 'scoredItem', vendorId: 'A', requirementId: 's1' }).rounding).toBeNull();
  });
});
