import { describe, expect, it } from 'vitest';
import { criteriaHash, criteriaPayload, validateCriteria } from './criteria';
import { defaultSettings } from './defaults';
import { levelFactors, levelPointsProblems, lowestLevelIndex } from './level-points';
import type { LevelPoints, Requirement, RubricLevel } from './model';
import { restoreCriteriaVersion, restoreRequirement, restoreWith } from './restore';
import { settingsSchema } from './restore/settings-schema';
import { rational, toRational } from './rounding';
import { sha256Text } from './sha256';
import { testRequirement } from '$lib/testing/fixtures';

const RUBRIC: Pick<RubricLevel, 'code'>[] = [{ code: '優' }, { code: '良' }, { code: '可' }];
const lp = (...points: number[]): LevelPoints[] =>
  RUBRIC.map((l, i) => ({ code: l.code, points: points[i]! }));
const scored = (points: number, extra: Partial<Requirement> = {}) =>
  testRequirement('s1', 0, 'scored', points, { text: 'text', ...extra });

describe('levelPointsProblems: the rules of points per level', () => {
  it.each([
    ['10/5/0 on a 10-point item', scored(10, { levelPoints: lp(10, 5, 0) }), []],
    ['20/10/0 on a 20-point item', scored(20, { levelPoints: lp(20, 10, 0) }), []],
    ['equal neighbours 10/0/0', scored(10, { levelPoints: lp(10, 0, 0) }), []],
    ['decimals 7.5/2.5/0', scored(7.5, { levelPoints: lp(7.5, 2.5, 0) }), []],
    ['none stated', scored(10), []],
    ['top below the points', scored(10, { levelPoints: lp(8, 5, 0) }), ['levelPointsTop']],
    [
      'a level above the points',
      scored(10, { levelPoints: lp(10, 12, 0) }),
      ['levelPointsRange', 'levelPointsOrder']
    ],
    ['a negative level', scored(10, { levelPoints: lp(10, 5, -1) }), ['levelPointsRange']],
    ['increasing 10/0/5', scored(10, { levelPoints: lp(10, 0, 5) }), ['levelPointsOrder']],
    ['a level missing', scored(10, { levelPoints: lp(10, 5, 0).slice(0, 2) }), ['levelPointsLevels']],
    [
      'out of rubric order',
      scored(10, { levelPoints: lp(10, 5, 0).reverse() }),
      ['levelPointsLevels', 'levelPointsTop', 'levelPointsOrder']
    ],
    [
      'on a mandatory item',
      testRequirement('m1', 0, 'mandatory', 10, { levelPoints: lp(10, 5, 0), excludeAtLowest: true }),
      ['excludeAtLowestKind', 'levelPointsKind']
    ],
    ['an excluding scored item', scored(10, { excludeAtLowest: true }), []]
  ])('%s → %j', (_, requirement, problems) => {
    expect(levelPointsProblems(requirement, RUBRIC)).toEqual(problems);
  });

  it('the lock refuses an item that breaks them, naming it', () => {
    const settings = {
      ...defaultSettings(),
      rubric: RUBRIC.map((l) => ({ ...l, labelJa: '', labelEn: '', factor: 0 })),
      ceilingPrice: 1
    };
    settings.rubric[0]!.factor = 1;
    const bad = scored(10, { ref: 'R-7', levelPoints: lp(10, 12, 0) });
    expect(validateCriteria([bad], settings)).toEqual([
      { code: 'levelPointsRange', path: 'requirements[R-7]', params: { ref: 'R-7' } },
      { code: 'levelPointsOrder', path: 'requirements[R-7]', params: { ref: 'R-7' } }
    ]);
    expect(validateCriteria([scored(10, { levelPoints: lp(10, 5, 0) })], settings)).toEqual([]);
  });
});

describe('levelFactors', () => {
  it.each([
    ['10/5/0', lp(10, 5, 0), [rational(1n), rational(1n, 2n), rational(0n)]],
    ['20/10/0', lp(20, 10, 0), [rational(1n), rational(1n, 2n), rational(0n)]],
    ['10/6/2', lp(10, 6, 2), [rational(1n), rational(3n, 5n), rational(1n, 5n)]],
    ['7.5/2.5/0 exact, not 0.333…', lp(7.5, 2.5, 0), [rational(1n), rational(1n, 3n), rational(0n)]],
    ['a level missing', lp(10, 5, 0).slice(1), null],
    ['all zero', lp(0, 0, 0), null]
  ])('%s', (_, levelPoints, factors) => {
    expect(levelFactors({ kind: 'scored', levelPoints }, RUBRIC)).toEqual(factors);
  });

  it.each([
    [[1, 0.5, 0], 2],
    [[1, 0, 0], 2],
    [[1, 0.5, 0.5], 2],
    [[0, 1, 0.5], 0]
  ])('the lowest level of %j is at %i', (factors, index) => {
    expect(lowestLevelIndex(factors.map(toRational))).toBe(index);
  });
});

describe('the criteria hash and restore', () => {
  const settings = { ...defaultSettings(), ceilingPrice: 10_000_000 };
  const plain = [scored(10)];

  it('leaves out a field that is not set, so earlier hashes still verify', () => {
    const payload = criteriaPayload(plain, settings) as { requirements: object[]; settings: object };
    expect(Object.keys(payload.requirements[0]!)).not.toContain('levelPoints');
    expect(Object.keys(payload.requirements[0]!)).not.toContain('excludeAtLowest');
    expect(Object.keys(payload.settings)).not.toContain('minimumTechnical');
    expect(criteriaHash([scored(10, { excludeAtLowest: false })], settings, sha256Text)).toBe(
      criteriaHash(plain, settings, sha256Text)
    );
  });

  it.each([
    ['level points', [scored(10, { levelPoints: lp(10, 5, 0) })], settings],
    ['other level points', [scored(10, { levelPoints: lp(10, 6, 0) })], settings],
    ['an item threshold', [scored(10, { excludeAtLowest: true })], settings],
    ['a minimum 技術点', plain, { ...settings, minimumTechnical: 350 }],
    ['a minimum 技術点 of 0', plain, { ...settings, minimumTechnical: 0 }]
  ])('hashes %s', (_, requirements, changed) => {
    expect(criteriaHash(requirements, changed, sha256Text)).not.toBe(
      criteriaHash(plain, settings, sha256Text)
    );
  });

  it('restores a requirement and settings written before the new fields, with no issue', () => {
    const { levelPoints: _l, excludeAtLowest: _e, ...old } = scored(10);
    const requirement = restoreRequirement(old);
    expect(requirement.issues).toEqual([]);
    expect('levelPoints' in requirement.value).toBe(false);
    expect('excludeAtLowest' in requirement.value).toBe(false);
    const { minimumTechnical: _m, ...oldSettings } = defaultSettings();
    const restored = restoreWith(settingsSchema, oldSettings);
    expect(restored.issues).toEqual([]);
    expect(restored.value.minimumTechnical).toBeNull();
  });

  it('restores the new fields as written, and refuses bad ones', () => {
    const withLevels = scored(10, { levelPoints: lp(10, 5, 0), excludeAtLowest: true });
    expect(restoreRequirement(withLevels)).toEqual({ value: withLevels, issues: [] });
    const bad = restoreRequirement({
      ...withLevels,
      levelPoints: [{ code: '優', points: -1 }],
      excludeAtLowest: 'yes'
    });
    expect(bad.issues.map((i) => [i.code, i.path])).toEqual([
      ['outOfRange', 'levelPoints[0].points'],
      ['wrongType', 'excludeAtLowest']
    ]);
    const settingsBad = restoreWith(settingsSchema, { ...defaultSettings(), minimumTechnical: -5 });
    expect(settingsBad.issues.map((i) => i.path)).toContain('minimumTechnical');
    expect(settingsBad.value.minimumTechnical).toBeNull();
  });

  it('a criteria version locked before keeps its hash after restore', () => {
    const { minimumTechnical: _m, ...oldSettings } = settings;
    const hash = criteriaHash(plain, settings, sha256Text);
    const version = restoreCriteriaVersion({
      id: 'cv1',
      procurementId: plain[0]!.procurementId,
      version: 1,
      lockedAt: '2025-01-01T00:00:00.000Z',
      lockedBy: 'chair',
      hash,
      reason: '',
      requirements: plain,
      settings: oldSettings
    });
    expect(version.issues).toEqual([]);
    expect(criteriaHash(version.value.requirements, version.value.settings, sha256Text)).toBe(hash);
  });
});
