import { describe, expect, it } from 'vitest';
import { defaultSettings } from './defaults';
import {
  exactText,
  exampleInputs,
  formulaPreviews,
  roundingRules,
  type FormulaPreview,
  type PreviewId
} from './formula-preview';
import type { ScoringSettings } from './model';
import { div, toRational } from './rounding';

function settings(patch: Partial<ScoringSettings> = {}): ScoringSettings {
  return { ...defaultSettings(), ceilingPrice: 10_000_000, ...patch };
}

const ids = (previews: FormulaPreview[]) => previews.map((p) => p.id);
const find = (previews: FormulaPreview[], id: PreviewId) => previews.find((p) => p.id === id);

/** Vendor B of the worked example: B B B · A A A · A A A, bid 9,500,000. */
const vendorB = {
  scoredItems: [
    { points: 30, levels: [1, 1, 1] },
    { points: 20, levels: [0, 0, 0] },
    { points: 10, levels: [0, 0, 0] }
  ],
  bid: 9_500_000
};

describe('exampleInputs', () => {
  it('is vendor A of the worked example, with C = 10,000,000 when the settings have none', () => {
    const ex = exampleInputs(defaultSettings());
    expect(ex).toMatchObject({ ceilingPrice: 10_000_000, bid: 8_000_000, lowestBid: 7_000_000 });
    expect(ex.basePoints).toEqual([10, 10]);
    expect(ex.scoredItems.map((i) => i.points)).toEqual([30, 20, 10]);
  });

  it('follows the ceiling price of the settings', () => {
    expect(exampleInputs(settings({ ceilingPrice: 20_000_000 }))).toMatchObject({
      ceilingPrice: 20_000_000,
      bid: 16_000_000,
      lowestBid: 14_000_000
    });
  });
});

describe('formulaPreviews, 加算方式', () => {
  const previews = formulaPreviews(settings());

  it('lists the formulas of the addition method only', () => {
    expect(ids(previews)).toEqual([
      'itemScore',
      'technical',
      'pricePointsStandard',
      'total',
      'passRuleMajority'
    ]);
  });

  it('works vendor A through: 27.5, 66.66, 10.00, 76.66', () => {
    expect(find(previews, 'itemScore')).toEqual({
      id: 'itemScore',
      values: { points: '30', factors: 'A(1.00)・A(1.00)・B(0.75)', mean: '0.9166…', result: '27.5' }
    });
    expect(find(previews, 'technical')).toEqual({
      id: 'technical',
      values: { base: '20', bonus: '46.6666…', raw: '66.6666…', result: '66.66' },
      rounding: { note: 'floor', decimals: 2 }
    });
    expect(find(previews, 'pricePointsStandard')).toEqual({
      id: 'pricePointsStandard',
      values: { allocation: '50', bid: '8,000,000', ceiling: '10,000,000', result: '10.00' },
      rounding: { note: 'floor', decimals: 2 }
    });
    expect(find(previews, 'total')?.values).toEqual({ technical: '66.66', price: '10.00', result: '76.66' });
  });

  it('works vendor B through: 72.50, 2.50, 75.00', () => {
    const b = formulaPreviews(settings(), vendorB);
    expect(find(b, 'technical')?.values.result).toBe('72.50');
    expect(find(b, 'pricePointsStandard')?.values.result).toBe('2.50');
    expect(find(b, 'total')?.values).toEqual({ technical: '72.50', price: '2.50', result: '75.00' });
  });

  it('uses the lowest-bid ratio when chosen: 50 × 7,000,000 ÷ 8,000,000 = 43.75', () => {
    const p = formulaPreviews(settings({ priceFormula: 'lowestRatio' }));
    expect(ids(p)).toContain('pricePointsLowestRatio');
    expect(ids(p)).not.toContain('pricePointsStandard');
    expect(find(p, 'pricePointsLowestRatio')?.values).toEqual({
      allocation: '50',
      bid: '8,000,000',
      lowest: '7,000,000',
      result: '43.75'
    });
  });

  it('uses the ceiling price of the settings', () => {
    const p = formulaPreviews(settings({ ceilingPrice: 20_000_000, priceAllocation: 30 }));
    expect(find(p, 'pricePointsStandard')?.values).toMatchObject({
      allocation: '30',
      bid: '16,000,000',
      ceiling: '20,000,000',
      result: '6.00'
    });
  });
});

describe('formulaPreviews, 除算方式', () => {
  const division = settings({ priceMethod: 'division' });

  it('lists the evaluation value, the reference value and its gate', () => {
    expect(ids(formulaPreviews(division))).toEqual([
      'itemScore',
      'technical',
      'evaluationValue',
      'referenceValue',
      'referenceGate',
      'passRuleMajority'
    ]);
  });

  it.each([
    ['A', {}, '66.66', '8,000,000', '833.2500'],
    ['B', vendorB, '72.50', '9,500,000', '763.1578']
  ])('vendor %s: 技術点 ÷ 入札価格 × 10^8, floored at 4 decimals', (_v, example, technical, bid, result) => {
    const p = formulaPreviews(division, example);
    expect(find(p, 'evaluationValue')).toEqual({
      id: 'evaluationValue',
      values: { technical, bid, scale: '100,000,000', result },
      rounding: { note: 'floor', decimals: 4 }
    });
    expect(find(p, 'referenceGate')).toEqual({
      id: 'referenceGate',
      values: { value: result, reference: '200.0000', comparison: '≥' },
      outcome: 'qualified'
    });
  });

  it('基準評価値 = 20 ÷ 10,000,000 × 10^8 = 200.0000', () => {
    expect(find(formulaPreviews(division), 'referenceValue')?.values).toEqual({
      base: '20',
      ceiling: '10,000,000',
      scale: '100,000,000',
      result: '200.0000'
    });
  });

  it('passes the gate at exactly the reference value and fails just below it', () => {
    // Only the mandatory items met (all E): 技術点 = Σ基礎点, so a bid at the ceiling is exactly on it.
    const poor = {
      scoredItems: [{ points: 30, levels: [4, 4, 4] }],
      bid: 10_000_000,
      basePoints: [10, 9.99]
    };
    expect(find(formulaPreviews(division, poor), 'referenceGate')?.values).toEqual({
      value: '199.9000',
      reference: '199.9000',
      comparison: '≥'
    });
    expect(find(formulaPreviews(division, poor), 'referenceGate')?.outcome).toBe('qualified');
    const over = { ...poor, bid: 10_000_001 };
    const gate = find(formulaPreviews(division, over), 'referenceGate');
    expect(gate?.values.comparison).toBe('<');
    expect(gate?.outcome).toBe('disqualified');
  });

  it('leaves the reference value out when its gate is off', () => {
    const p = ids(formulaPreviews({ ...division, referenceValueGate: false }));
    expect(p).toContain('evaluationValue');
    expect(p).not.toContain('referenceValue');
    expect(p).not.toContain('referenceGate');
  });
});

describe('formulaPreviews, rules and gates', () => {
  it('shows no price formula without a price method, nor the low-bid check', () => {
    const p = ids(formulaPreviews(settings({ priceMethod: 'none', lowBidThreshold: 9_000_000 })));
    expect(p).toEqual(['itemScore', 'technical', 'passRuleMajority']);
  });

  it.each([
    ['majority', 'passRuleMajority', '2', 'meets'],
    ['unanimous', 'passRuleUnanimous', '3', 'doesNotMeet']
  ] as const)('%s: 3人中2人が適合', (passRule, id, required, outcome) => {
    expect(find(formulaPreviews(settings({ passRule })), id)).toEqual({
      id,
      values: { evaluators: '3', passes: '2', required },
      outcome
    });
  });

  it('majority needs more than half: 2 of 4 is not enough', () => {
    const p = find(formulaPreviews(settings(), { evaluators: 4, passes: 2 }), 'passRuleMajority');
    expect(p?.values.required).toBe('3');
    expect(p?.outcome).toBe('doesNotMeet');
  });

  it.each([
    [40, '≥', 'qualified'],
    [46.67, '<', 'disqualified'],
    [50, '<', 'disqualified']
  ] as const)('加点の最低点 %s: 46.6666… %s → %s', (minimumBonus, comparison, outcome) => {
    expect(find(formulaPreviews(settings({ minimumBonus })), 'minimumBonus')).toEqual({
      id: 'minimumBonus',
      values: { bonus: '46.6666…', minimum: String(minimumBonus), comparison },
      outcome
    });
  });

  it.each([
    [60, '≥', 'qualified'],
    [66.66, '≥', 'qualified'],
    [66.665, '<', 'disqualified'],
    [66.67, '<', 'disqualified']
  ] as const)(
    '技術点の最低点 %s: 66.66 %s → %s (exactly at it passes)',
    (minimumTechnical, comparison, outcome) => {
      expect(find(formulaPreviews(settings({ minimumTechnical })), 'minimumTechnical')).toEqual({
        id: 'minimumTechnical',
        values: { technical: '66.66', minimum: String(minimumTechnical), comparison },
        outcome
      });
      expect(ids(formulaPreviews(settings()))).not.toContain('minimumTechnical');
    }
  );

  it('has no minimum-bonus preview when none is set', () => {
    expect(ids(formulaPreviews(settings()))).not.toContain('minimumBonus');
  });

  it.each([
    [8_500_000, '<', 'investigate'],
    [8_000_000, '≥', 'noInvestigation'],
    [7_000_000, '≥', 'noInvestigation']
  ] as const)(
    '調査基準価格 %s: only a bid below it is investigated',
    (lowBidThreshold, comparison, outcome) => {
      expect(find(formulaPreviews(settings({ lowBidThreshold })), 'lowBid')).toMatchObject({
        values: { bid: '8,000,000', comparison },
        outcome
      });
    }
  );
});

describe('formulaPreviews, rounding', () => {
  it('rounds half up at the chosen decimals', () => {
    const rounding = { ...defaultSettings().rounding, mode: 'halfUp' as const, technicalDecimals: 0 };
    const technical = find(formulaPreviews(settings({ rounding })), 'technical');
    expect(technical?.values.result).toBe('67');
    expect(technical?.rounding).toEqual({ note: 'halfUpInteger', decimals: 0 });
  });

  it('shows the exact value when figures are not rounded', () => {
    const rounding = { ...defaultSettings().rounding, mode: 'none' as const };
    const p = formulaPreviews(settings({ rounding }));
    expect(find(p, 'technical')?.values.result).toBe('66.6666…');
    expect(find(p, 'technical')?.rounding).toEqual({ note: 'none', decimals: 0 });
    expect(find(p, 'total')?.values.result).toBe('76.6666…');
  });
});

describe('formulaPreviews while the user is typing', () => {
  it('leaves out what depends on an unusable number', () => {
    expect(ids(formulaPreviews(settings({ priceAllocation: NaN })))).toEqual([
      'itemScore',
      'technical',
      'passRuleMajority'
    ]);
    const rubric = defaultSettings().rubric.map((l, i) => (i === 1 ? { ...l, factor: NaN } : l));
    expect(ids(formulaPreviews(settings({ rubric })))).toEqual(['pricePointsStandard', 'passRuleMajority']);
    const rounding = { ...defaultSettings().rounding, technicalDecimals: 7 };
    expect(ids(formulaPreviews(settings({ rounding })))).toEqual([
      'itemScore',
      'pricePointsStandard',
      'passRuleMajority'
    ]);
    expect(ids(formulaPreviews(settings({ priceMethod: 'division', divisionScale: 0 })))).not.toContain(
      'evaluationValue'
    );
  });

  it('clamps example grades to a shorter rubric', () => {
    const rubric = [
      { code: '○', labelJa: '適', labelEn: 'Good', factor: 1 },
      { code: '×', labelJa: '否', labelEn: 'Poor', factor: 0 }
    ];
    const item = find(formulaPreviews(settings({ rubric })), 'itemScore');
    expect(item?.values).toEqual({
      points: '30',
      factors: '○(1.00)・○(1.00)・×(0.00)',
      mean: '0.6666…',
      result: '20'
    });
  });
});

describe('exactText', () => {
  it.each([
    [toRational(27.5), '27.5'],
    [toRational(10_000_000), '10,000,000'],
    [div(11, 12), '0.9166…'],
    [toRational(1234.5678), '1,234.5678'],
    [toRational(0.125), '0.125']
  ])('%o → %s', (value, text) => {
    expect(exactText(value)).toBe(text);
  });
});

// Issue 17 (d): the two new formulas filled with example numbers, and the rounding of every figure.
describe('formulaPreviews, the floor-price and reduced-slope formulas', () => {
  it.each<[string, Partial<ScoringSettings>, PreviewId, Record<string, string>]>([
    [
      'floor price from the settings: 50 × (10M − 8M) ÷ (10M − 6M) = 25.00',
      { priceFormula: 'withFloor', floorPrice: 6_000_000 },
      'pricePointsWithFloor',
      { floor: '6,000,000', ceiling: '10,000,000', bid: '8,000,000', branch: 'above', result: '25.00' }
    ],
    [
      'no floor price yet: 50 % of C, 50 × 2M ÷ 5M = 20.00',
      { priceFormula: 'withFloor' },
      'pricePointsWithFloor',
      { floor: '5,000,000', branch: 'above', result: '20.00' }
    ],
    [
      'a bid at the floor price: the full allocation',
      { priceFormula: 'withFloor', floorPrice: 8_000_000 },
      'pricePointsWithFloor',
      { floor: '8,000,000', branch: 'at', result: '50.00' }
    ],
    [
      'no threshold yet: 85 % of C, 50 × (0.15 + 0.5 × 0.05) = 8.75',
      { priceFormula: 'reducedSlope' },
      'pricePointsReducedSlope',
      { threshold: '8,500,000', factor: '0.5', branch: 'at', result: '8.75' }
    ],
    [
      'a bid above the threshold: the standard form, 10.00',
      { priceFormula: 'reducedSlope', slopeThreshold: 7_000_000, slopeFactor: 0.25 },
      'pricePointsReducedSlope',
      { threshold: '7,000,000', factor: '0.25', branch: 'above', result: '10.00' }
    ]
  ])('%s', (_, patch, id, values) => {
    const p = formulaPreviews(settings(patch));
    expect(ids(p)).toContain(id);
    expect(ids(p)).not.toContain('pricePointsStandard');
    expect(find(p, id)?.values).toMatchObject({ allocation: '50', bid: '8,000,000', ...values });
  });

  it('leaves the formula out while its amount is not below the ceiling', () => {
    const p = formulaPreviews(settings({ priceFormula: 'withFloor', floorPrice: 10_000_000 }));
    expect(ids(p)).not.toContain('pricePointsWithFloor');
    expect(ids(p)).not.toContain('total');
  });
});

describe('formulaPreviews and roundingRules: a mode and digits per figure', () => {
  const rounding = {
    ...defaultSettings().rounding,
    mode: 'floor' as const,
    technicalMode: 'halfUp' as const,
    technicalDecimals: 1,
    priceMode: 'floor' as const,
    priceDecimals: 0,
    totalMode: 'none' as const
  };

  it('rounds each figure by its own rule: 技術点 66.7 (half up), 価格点 10 (floor), total 76.7 (none)', () => {
    const p = formulaPreviews(settings({ rounding, ceilingPrice: 9_000_000 }));
    expect(find(p, 'technical')?.values.result).toBe('66.7');
    expect(find(p, 'technical')?.rounding).toEqual({ note: 'halfUp', decimals: 1 });
    // 50 × (1 − 7,200,000 ÷ 9,000,000) = 10 exactly; floored to an integer.
    expect(find(p, 'pricePointsStandard')?.rounding).toEqual({ note: 'floorInteger', decimals: 0 });
    expect(find(p, 'total')?.values).toMatchObject({ technical: '66.7', price: '10', result: '76.7' });
    expect(find(p, 'total')?.rounding).toEqual({ note: 'none', decimals: 0 });
  });

  it('states every figure the settings compute, with its rule', () => {
    expect(roundingRules(settings({ rounding }))).toEqual([
      { figure: 'technical', rounding: { note: 'halfUp', decimals: 1 } },
      { figure: 'price', rounding: { note: 'floorInteger', decimals: 0 } },
      { figure: 'total', rounding: { note: 'none', decimals: 0 } },
      { figure: 'itemMean', rounding: { note: 'none', decimals: 0 } }
    ]);
    expect(roundingRules(settings({ priceMethod: 'division' })).map((r) => r.figure)).toEqual([
      'technical',
      'evaluationValue',
      'referenceValue',
      'itemMean'
    ]);
  });

  it('rounds the item mean only when the rule says so: 30 × 0.9166… = 27.5 → 27 (floor, integer)', () => {
    const plain = find(formulaPreviews(settings()), 'itemScore');
    expect(plain?.rounding).toBeUndefined();
    const item = find(
      formulaPreviews(
        settings({ rounding: { ...defaultSettings().rounding, itemMeanMode: 'floor', itemMeanDecimals: 0 } })
      ),
      'itemScore'
    );
    expect(item?.values).toMatchObject({ raw: '27.5', result: '27' });
    expect(item?.rounding).toEqual({ note: 'floorInteger', decimals: 0 });
  });
});
