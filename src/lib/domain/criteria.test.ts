import { describe, expect, it } from 'vitest';
import {
  criteriaHash,
  SETTINGS_ADDED_LATER,
  criteriaState,
  latestVersion,
  settingsForHash,
  validateCriteria
} from './criteria';
import { defaultSettings } from './defaults';
import type { CriteriaVersion, Requirement } from './model';
import { sha256Text } from './sha256';

function requirement(order: number, overrides: Partial<Requirement> = {}): Requirement {
  return {
    id: `r${order}`,
    procurementId: 'p1',
    order,
    ref: `R-${String(order + 1).padStart(3, '0')}`,
    domain: '9 アクセス制御',
    title: `要件${order}`,
    text: `内容${order}`,
    kind: order === 0 ? 'mandatory' : 'scored',
    basePoints: order === 0 ? 10 : 0,
    points: order === 0 ? 0 : 10,
    appliesTo: 'csp',
    acceptedAttestations: [],
    controlRefs: [],
    sourceRef: null,
    ...overrides
  };
}

describe('criteriaHash', () => {
  const reqs = [requirement(0), requirement(1), requirement(2)];
  const settings = { ...defaultSettings(), ceilingPrice: 10_000_000 };

  it('is a SHA-256 hex digest and repeats for the same criteria', () => {
    const hash = criteriaHash(reqs, settings, sha256Text);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(criteriaHash(reqs, structuredClone(settings), sha256Text)).toBe(hash);
  });

  it.each([
    ['an English title', { titleEn: 'Multi-factor authentication' }],
    ['an English text', { textEn: 'MFA can be enforced.' }],
    ['an English domain', { domainEn: '9 Access control' }]
  ])('hashes %s when present, and criteria without English keep their hash', (_name, english) => {
    const hash = criteriaHash(reqs, settings, sha256Text);
    const explicitlyAbsent = reqs.map((r) => ({
      ...r,
      titleEn: undefined,
      textEn: undefined,
      domainEn: undefined
    }));
    expect(criteriaHash(explicitlyAbsent, settings, sha256Text)).toBe(hash);
    const worded = [{ ...reqs[0]!, ...english }, reqs[1]!, reqs[2]!];
    expect(criteriaHash(worded, settings, sha256Text)).not.toBe(hash);
  });

  it('ignores record ids and storage order, but not specification order', () => {
    const hash = criteriaHash(reqs, settings, sha256Text);
    const copied = reqs.map((r) => ({ ...r, id: `copy-${r.id}`, procurementId: 'p2' }));
    expect(criteriaHash([...copied].reverse(), settings, sha256Text)).toBe(hash);
    const swapped = [{ ...reqs[0]!, order: 1 }, { ...reqs[1]!, order: 0 }, reqs[2]!];
    expect(criteriaHash(swapped, settings, sha256Text)).not.toBe(hash);
  });

  it.each([
    [
      'a point',
      (r: Requirement[]) => [{ ...r[0]!, basePoints: 11 }, r[1]!, r[2]!],
      (s: typeof settings) => s
    ],
    [
      'the wording',
      (r: Requirement[]) => [{ ...r[0]!, text: '別の内容' }, r[1]!, r[2]!],
      (s: typeof settings) => s
    ],
    [
      'the kind',
      (r: Requirement[]) => [r[0]!, { ...r[1]!, kind: 'mandatory' as const }, r[2]!],
      (s: typeof settings) => s
    ],
    [
      'the rounding',
      (r: Requirement[]) => r,
      (s: typeof settings) => ({ ...s, rounding: { ...s.rounding, mode: 'halfUp' as const } })
    ],
    [
      'the price method',
      (r: Requirement[]) => r,
      (s: typeof settings) => ({ ...s, priceMethod: 'division' as const })
    ],
    [
      'a rubric factor',
      (r: Requirement[]) => r,
      (s: typeof settings) => ({
        ...s,
        rubric: s.rubric.map((l, i) => (i === 1 ? { ...l, factor: 0.8 } : l))
      })
    ]
  ])('changes when %s changes', (_what, changeReqs, changeSettings) => {
    expect(criteriaHash(changeReqs(reqs), changeSettings(settings), sha256Text)).not.toBe(
      criteriaHash(reqs, settings, sha256Text)
    );
  });
});

describe('criteriaState and latestVersion', () => {
  const v = (version: number) => ({ version }) as CriteriaVersion;
  it.each([
    [null, [], 'draft'],
    [null, [v(1)], 'locked'],
    [{ reason: '誤記の訂正', at: '2026-01-01T00:00:00Z', by: 'a' }, [v(1)], 'reopened']
  ] as const)('reopen %j with %j versions is %s', (reopen, versions, state) => {
    expect(criteriaState({ criteriaReopen: reopen }, versions)).toBe(state);
  });

  it('finds the highest version', () => {
    expect(latestVersion([v(1), v(3), v(2)])?.version).toBe(3);
    expect(latestVersion([])).toBeUndefined();
  });
});

describe('validateCriteria', () => {
  const ok = { ...defaultSettings(), ceilingPrice: 10_000_000 };
  it('accepts a sound specification', () => {
    expect(validateCriteria([requirement(0), requirement(1)], ok)).toEqual([]);
  });
  it.each([
    ['no requirements', [], ok, 'noRequirements'],
    ['an empty title', [requirement(0, { title: ' ' })], ok, 'emptyRequirement'],
    ['zero points on a scored item', [requirement(1, { points: 0 })], ok, 'pointsNotPositive'],
    ['negative base points', [requirement(0, { basePoints: -1 })], ok, 'pointsNegative'],
    ['base points that are not a number', [requirement(0, { basePoints: NaN })], ok, 'pointsNegative'],
    ['a duplicate number', [requirement(0), requirement(1, { ref: 'R-001' })], ok, 'duplicateRef'],
    ['a one-level rubric', [requirement(0)], { ...ok, rubric: ok.rubric.slice(0, 1) }, 'invalidRubric'],
    [
      'a factor above 1',
      [requirement(0)],
      { ...ok, rubric: ok.rubric.map((l) => ({ ...l, factor: 1.5 })) },
      'invalidRubric'
    ],
    [
      'no ceiling with a price method',
      [requirement(0)],
      { ...ok, ceilingPrice: null },
      'ceilingPriceMissing'
    ],
    [
      'no allocation in the addition method',
      [requirement(0)],
      { ...ok, priceAllocation: 0 },
      'priceAllocationMissing'
    ]
  ] as const)('refuses %s', (_name, reqs, settings, code) => {
    expect(validateCriteria(reqs, settings).map((i) => i.code)).toContain(code);
  });
  it('accepts a mandatory item with 0 base points: a pass/fail gate', () => {
    expect(validateCriteria([requirement(0, { basePoints: 0 }), requirement(1)], ok)).toEqual([]);
  });
  it('needs no ceiling when the lowest-bid ratio is the formula', () => {
    const settings = { ...ok, priceFormula: 'lowestRatio' as const, ceilingPrice: null };
    expect(validateCriteria([requirement(0), requirement(1)], settings)).toEqual([]);
  });
  it('needs no ceiling when no price method is used', () => {
    expect(validateCriteria([requirement(0)], { ...ok, priceMethod: 'none', ceilingPrice: null })).toEqual(
      []
    );
  });
});

describe('settingsForHash: settings added after criteria were first locked', () => {
  const added = { 'rounding.technicalMode': 'floor', statedRatio: null };
  it.each([
    ['both at the earlier behaviour: left out', { technicalMode: 'floor' }, null, [false, false]],
    ['a different value: hashed', { technicalMode: 'halfUp' }, '1:2', [true, true]]
  ])('%s', (_name, rounding, statedRatio, [hasMode, hasRatio]) => {
    const base = defaultSettings();
    const settings = { ...base, rounding: { ...base.rounding, ...rounding }, statedRatio } as never;
    const hashed = settingsForHash(settings, added) as Record<string, Record<string, unknown>>;
    expect('technicalMode' in hashed.rounding!).toBe(hasMode);
    expect('statedRatio' in hashed).toBe(hasRatio);
    expect(hashed.rounding!.technicalDecimals).toBe(base.rounding.technicalDecimals);
  });

  it('hashes the tax settings only when they differ from the behaviour before them (10 %, as stored)', () => {
    const hash = (x: string) => x;
    const before = defaultSettings() as unknown as Record<string, unknown>;
    delete before['consumptionTaxRate'];
    delete before['ceilingPriceTyped'];
    delete before['lowBidThresholdTyped'];
    const earlier = criteriaHash([], before as never, hash);
    expect(criteriaHash([], defaultSettings(), hash)).toBe(earlier);
    expect(criteriaHash([], { ...defaultSettings(), consumptionTaxRate: 8 }, hash)).not.toBe(earlier);
    const typed = { yen: 9_000_000, unit: 'thousandYen', taxBasis: 'excluded' } as const;
    const entered = { ...defaultSettings(), ceilingPrice: 9_900_000, ceilingPriceTyped: typed };
    expect(criteriaHash([], entered, hash)).toContain('"ceilingPriceTyped":{');
  });

  it('the stated ratio: not stated keeps the hash of criteria locked before the setting, a stated one changes it', () => {
    const reqs = [requirement(0), requirement(1)];
    const before = { ...defaultSettings(), ceilingPrice: 10_000_000 } as Record<string, unknown>;
    delete before.statedRatio;
    const earlier = criteriaHash(reqs, before as never, sha256Text);
    const settings = { ...defaultSettings(), ceilingPrice: 10_000_000 };
    expect(criteriaHash(reqs, { ...settings, statedRatio: null }, sha256Text)).toBe(earlier);
    const stated = criteriaHash(reqs, { ...settings, statedRatio: { technical: 2, price: 1 } }, sha256Text);
    expect(stated).not.toBe(earlier);
    expect(criteriaHash(reqs, { ...settings, statedRatio: { technical: 1, price: 1 } }, sha256Text)).not.toBe(
      stated
    );
  });

  it('leaves a setting that is not in the table as it is', () => {
    const settings = defaultSettings();
    expect(settingsForHash(settings, {})).toEqual(JSON.parse(JSON.stringify(settings)));
  });
});

describe('the criteria hash and the issue-17 (d) settings', () => {
  const requirements = [
    {
      id: 'r1',
      procurementId: 'p',
      order: 0,
      ref: 'R-001',
      domain: 'd',
      title: 't',
      text: 'x',
      kind: 'scored',
      points: 10,
      basePoints: 0,
      appliesTo: 'csp',
      acceptedAttestations: [],
      controlRefs: [],
      sourceRef: null
    }
  ] as unknown as Requirement[];
  const base = defaultSettings();
  const hash = (settings: typeof base) => criteriaHash(requirements, settings, sha256Text);
  /** The settings as criteria locked before any setting added later held them. */
  const before = (): Record<string, unknown> => {
    const copy = JSON.parse(JSON.stringify(base)) as Record<string, Record<string, unknown>>;
    for (const path of Object.keys(SETTINGS_ADDED_LATER)) {
      const [first, second] = path.split('.') as [string, string | undefined];
      if (second === undefined) delete copy[first];
      else delete copy[first]![second];
    }
    return copy;
  };

  it('defaults hash as the settings did before the new ones existed', () => {
    expect(settingsForHash(base)).toEqual(before());
  });

  it.each<[string, (s: typeof base) => typeof base]>([
    ['a figure’s own mode', (s) => ({ ...s, rounding: { ...s.rounding, priceMode: 'halfUp' } })],
    [
      'the same mode stated for a figure',
      (s) => ({ ...s, rounding: { ...s.rounding, technicalMode: 'floor' } })
    ],
    ['the item mean rounded', (s) => ({ ...s, rounding: { ...s.rounding, itemMeanMode: 'floor' } })],
    ['the item mean’s digits', (s) => ({ ...s, rounding: { ...s.rounding, itemMeanDecimals: 3 } })],
    ['the floor-price formula', (s) => ({ ...s, priceFormula: 'withFloor', floorPrice: 6_000_000 })],
    ['a floor price', (s) => ({ ...s, floorPrice: 6_000_000 })],
    ['a threshold', (s) => ({ ...s, slopeThreshold: 8_000_000 })],
    ['the slope factor', (s) => ({ ...s, slopeFactor: 0.25 })]
  ])('covers %s', (_, change) => {
    expect(hash(change(base))).not.toBe(hash(base));
  });
});
