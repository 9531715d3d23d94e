import { describe, expect, it } from 'vitest';
import { testRequirement, testSettings, workedExample } from '$lib/testing/fixtures';
import { validateCriteria } from './criteria';
import { newProcurement } from './defaults';
import type { ScoringSettings } from './model';
import { restoreProcurement } from './restore';
import { scoreProcurement } from './scoring';
import { SETTINGS_BOUNDS, validateSettings, withinBound } from './settings';

type Patch = (s: ScoringSettings) => ScoringSettings;
const set =
  <K extends keyof ScoringSettings>(key: K, value: ScoringSettings[K]): Patch =>
  (s) => ({ ...s, [key]: value });
const decimals =
  (value: number): Patch =>
  (s) => ({ ...s, rounding: { ...s.rounding, priceDecimals: value } });
const factor =
  (value: number): Patch =>
  (s) => ({ ...s, rubric: s.rubric.map((l, i) => (i === 1 ? { ...l, factor: value } : l)) });

const typed = (yen: number, taxBasis: 'included' | 'excluded') => ({ yen, unit: 'yen' as const, taxBasis });

// Each bound, just inside and just outside. The base is the worked example's: 加算方式 with a 予定価格.
const B = SETTINGS_BOUNDS;
const CASES: [string, Patch, Patch][] = [
  // Checked whatever the method (here 除算方式, where an allocation of 0 is no problem).
  [
    'price allocation ≥ 0',
    (s) => ({ ...s, priceMethod: 'division', priceAllocation: 0 }),
    (s) => ({ ...s, priceMethod: 'division', priceAllocation: -0.01 })
  ],
  ['ceiling price: whole yen ≥ 1', set('ceilingPrice', 1), set('ceilingPrice', 0)],
  ['ceiling price: whole yen', set('ceilingPrice', 10_000_000), set('ceilingPrice', 10_000_000.5)],
  ['ceiling price: a safe integer', set('ceilingPrice', B.ceilingPrice.max), set('ceilingPrice', 2 ** 53)],
  ['low-bid threshold ≥ 1', set('lowBidThreshold', 1), set('lowBidThreshold', 0)],
  [
    'low-bid threshold below the ceiling',
    set('lowBidThreshold', 9_999_999),
    set('lowBidThreshold', 10_000_000)
  ],
  ['division scale > 0', set('divisionScale', 0.001), set('divisionScale', 0)],
  ['minimum bonus ≥ 0', set('minimumBonus', 0), set('minimumBonus', -1)],
  ['decimals ≥ 0', decimals(0), decimals(-1)],
  ['decimals ≤ 6', decimals(6), decimals(7)],
  ['decimals whole', decimals(2), decimals(2.5)],
  ['price years ≥ 1', set('priceYears', 1), set('priceYears', 0)],
  ['tax rate ≥ 0', set('consumptionTaxRate', 0), set('consumptionTaxRate', -1)],
  ['tax rate ≤ 30', set('consumptionTaxRate', 30), set('consumptionTaxRate', 30.01)],
  ['tax rate to 1/100 %', set('consumptionTaxRate', 8.25), set('consumptionTaxRate', 8.125)],
  [
    // 税抜 9,000,000 at 10 % is 税込 9,900,000: the stored ceiling must be that conversion.
    'ceiling typed 税抜 agrees with its 税込 figure',
    (s) => ({ ...s, ceilingPrice: 9_900_000, ceilingPriceTyped: typed(9_000_000, 'excluded') }),
    (s) => ({ ...s, ceilingPrice: 9_000_000, ceilingPriceTyped: typed(9_000_000, 'excluded') })
  ],
  [
    'ceiling typed: whole yen',
    (s) => ({ ...s, ceilingPrice: 1_100, ceilingPriceTyped: typed(1_000, 'excluded') }),
    (s) => ({ ...s, ceilingPrice: 1_100, ceilingPriceTyped: typed(1_000.5, 'excluded') })
  ],
  [
    'low-bid threshold typed agrees, and stays below the ceiling as evaluated',
    (s) => ({ ...s, lowBidThreshold: 9_900_000, lowBidThresholdTyped: typed(9_000_000, 'excluded') }),
    (s) => ({ ...s, lowBidThreshold: 11_000_000, lowBidThresholdTyped: typed(10_000_000, 'excluded') })
  ],
  ['price years ≤ 100', set('priceYears', 100), set('priceYears', 101)],
  ['variation > 0', set('stabilityVariation', 0.01), set('stabilityVariation', 0)],
  ['variation < 1', set('stabilityVariation', 0.99), set('stabilityVariation', 1)],
  ['draws ≥ 100', set('stabilityDraws', 100), set('stabilityDraws', 99)],
  ['draws ≤ 100,000', set('stabilityDraws', 100_000), set('stabilityDraws', 100_001)],
  ['seed a safe integer', set('stabilitySeed', -(2 ** 53 - 1)), set('stabilitySeed', 2 ** 53)],
  [
    'stated ratio: each part > 0',
    set('statedRatio', { technical: 1, price: 0.5 }),
    set('statedRatio', { technical: 1, price: 0 })
  ],
  [
    'stated ratio: each part ≤ 1,000,000',
    set('statedRatio', { technical: 1_000_000, price: 1 }),
    set('statedRatio', { technical: 1_000_001, price: 1 })
  ],
  ['rubric factor ≥ 0', factor(0), factor(-0.01)],
  ['rubric factor ≤ 1', factor(1), factor(1.01)],
  // Issue 17 (d): the floor-price and reduced-slope parameters, the item mean's digits.
  ['floor price ≥ 1', set('floorPrice', 1), set('floorPrice', 0)],
  ['floor price whole yen', set('floorPrice', 6_000_000), set('floorPrice', 6_000_000.5)],
  ['floor price below the ceiling', set('floorPrice', 9_999_999), set('floorPrice', 10_000_000)],
  ['slope threshold ≥ 1', set('slopeThreshold', 1), set('slopeThreshold', 0)],
  ['slope threshold below the ceiling', set('slopeThreshold', 9_999_999), set('slopeThreshold', 10_000_000)],
  ['slope factor ≥ 0', set('slopeFactor', 0), set('slopeFactor', -0.01)],
  ['slope factor ≤ 1', set('slopeFactor', 1), set('slopeFactor', 1.01)],
  [
    'item-mean decimals ≤ 6',
    (s) => ({ ...s, rounding: { ...s.rounding, itemMeanMode: 'floor', itemMeanDecimals: 6 } }),
    (s) => ({ ...s, rounding: { ...s.rounding, itemMeanMode: 'floor', itemMeanDecimals: 7 } })
  ]
];

const requirements = [
  testRequirement('m', 0, 'mandatory', 10, { text: 'text' }),
  testRequirement('s', 1, 'scored', 30, { text: 'text' })
];

/** The verdict of each of the four readers of the settings: true when it accepts them. */
function verdicts(settings: ScoringSettings) {
  const procurement = { ...newProcurement('p1', 'x', '2025-01-01T00:00:00.000Z'), settings };
  return {
    form: validateSettings(settings).length === 0,
    lock: validateCriteria(requirements, settings).length === 0,
    engine: scoreProcurement({ ...workedExample(), settings }).settingsIssues.length === 0,
    restore: restoreProcurement(JSON.parse(JSON.stringify(procurement))).issues.length === 0
  };
}

describe('one table of scoring-settings bounds, read the same by the form, the lock, the engine and restore', () => {
  const base = testSettings();

  it('the base settings pass all four', () => {
    expect(verdicts(base)).toEqual({ form: true, lock: true, engine: true, restore: true });
  });

  it.each(CASES)('%s', (_, inside, outside) => {
    expect(verdicts(inside(base))).toEqual({ form: true, lock: true, engine: true, restore: true });
    expect(verdicts(outside(base))).toEqual({ form: false, lock: false, engine: false, restore: false });
  });

  it('what a price method needs is checked by the form, the lock and the engine, not by restore (a draft may lack it)', () => {
    const noCeiling = { ...base, ceilingPrice: null };
    expect(verdicts(noCeiling)).toEqual({ form: false, lock: false, engine: false, restore: true });
    const zeroAllocation = { ...base, priceAllocation: 0 };
    expect(verdicts({ ...zeroAllocation, priceMethod: 'division' })).toEqual({
      form: true,
      lock: true,
      engine: true,
      restore: true
    });
    expect(verdicts(zeroAllocation).restore).toBe(true);
    expect(verdicts(zeroAllocation).form).toBe(false);
  });

  // 予定価格 only where used: a formula measured against it or the 基準評価値 gate (issue 17 (d)).
  it.each<[string, Partial<ScoringSettings>, boolean]>([
    ['standard', { priceFormula: 'standard' }, true],
    ['lowest-bid ratio', { priceFormula: 'lowestRatio' }, false],
    ['floor price', { priceFormula: 'withFloor', floorPrice: 6_000_000 }, true],
    ['reduced slope', { priceFormula: 'reducedSlope', slopeThreshold: 8_000_000 }, true],
    ['division with the 基準評価値 gate', { priceMethod: 'division', referenceValueGate: true }, true],
    ['division without the gate', { priceMethod: 'division', referenceValueGate: false }, false],
    ['no price method', { priceMethod: 'none' }, false]
  ])('without a ceiling price, %s: required %s', (_, patch, required) => {
    const settings = { ...base, ...patch, ceilingPrice: null };
    expect(validateSettings(settings).some((p) => p.code === 'ceilingPriceMissing')).toBe(required);
    expect(verdicts(settings)).toEqual({
      form: !required,
      lock: !required,
      engine: !required,
      restore: true
    });
  });

  it.each<[string, Partial<ScoringSettings>, string]>([
    ['floor price', { priceFormula: 'withFloor', floorPrice: null }, 'floorPriceMissing'],
    ['reduced slope', { priceFormula: 'reducedSlope', slopeThreshold: null }, 'slopeThresholdMissing']
  ])('the %s formula requires its amount (a requirement, not a bound)', (_, patch, code) => {
    const settings = { ...base, ...patch };
    const problem = validateSettings(settings).find((p) => p.code === code);
    expect(problem?.requirement).toBe(true);
    expect(verdicts(settings)).toEqual({ form: false, lock: false, engine: false, restore: true });
    expect(scoreProcurement({ ...workedExample(), settings }).settingsIssues).toEqual([
      'missingPriceParameter'
    ]);
    // Another formula does not need it.
    expect(validateSettings({ ...settings, priceFormula: 'standard' })).toEqual([]);
  });

  it.each([
    ['left out (stored before the setting existed): the default, noted as missing', undefined, null, 1],
    ['not stated', null, null, 0],
    ['stated', { technical: 3, price: 1 }, { technical: 3, price: 1 }, 0],
    ['a part missing', { technical: 3 }, null, 1],
    ['a part out of range', { technical: 3, price: -1 }, null, 1],
    ['not an object', '1:1', null, 1]
  ])('restores a stated ratio %s', (_name, stored, restored, issueCount) => {
    const procurement = JSON.parse(
      JSON.stringify({ ...newProcurement('p1', 'x', '2025-01-01T00:00:00.000Z'), settings: base })
    ) as { settings: Record<string, unknown> };
    if (stored === undefined) delete procurement.settings.statedRatio;
    else procurement.settings.statedRatio = stored;
    const { value, issues } = restoreProcurement(procurement);
    expect(value.settings.statedRatio).toEqual(restored);
    expect(issues.filter((i) => i.path.includes('statedRatio'))).toHaveLength(issueCount);
  });

  it.each([
    [0, { min: 0 }, true],
    [0, { min: 0, minExclusive: true }, false],
    [1, { max: 1, maxExclusive: true }, false],
    [1.5, { integer: true }, false],
    [Number.NaN, {}, false],
    [Infinity, {}, false]
  ])('withinBound(%s, %j) is %s', (value, bound, expected) => {
    expect(withinBound(value, bound)).toBe(expected);
  });
});
