import { SETTINGS_ADDED_LATER } from './settings-added-later';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';
import { criteriaHash, settingsForHash } from './criteria';
import { defaultSettings } from './defaults';
import type { Requirement } from './model';
import { sha256Text } from './sha256';
import {
  criteriaVersionV3toV4,
  procurementV2toV3,
  procurementV4toV5,
  requirementV3toV4,
  settingsAddedLater,
  upgradeBundle,
  vendorBidTypedV3toV4
} from './upgrades';

/** A requirement as IndexedDB held it up to v3: one `points` whatever the kind. */
function v3Requirement(order: number, kind: 'mandatory' | 'scored', points: number): Record<string, unknown> {
  return {
    id: `r${order}`,
    procurementId: 'p1',
    order,
    ref: `R-${order + 1}`,
    domain: '9 アクセス制御',
    title: `要件${order}`,
    text: `内容${order}`,
    kind,
    points,
    appliesTo: 'csp',
    acceptedAttestations: ['ismap'],
    controlRefs: [],
    sourceRef: null
  };
}

/** The criteria payload exactly as v3 built it (domain/criteria.ts before 基礎点 had its own field). */
function v3Payload(requirements: readonly Record<string, unknown>[], settings: unknown): unknown {
  const ordered = [...requirements].sort((a, b) => (a['order'] as number) - (b['order'] as number));
  return {
    requirements: ordered.map((r) => ({
      ref: r['ref'],
      domain: r['domain'],
      title: r['title'],
      text: r['text'],
      kind: r['kind'],
      points: r['points'],
      appliesTo: r['appliesTo'],
      acceptedAttestations: r['acceptedAttestations'],
      controlRefs: r['controlRefs'],
      sourceRef: r['sourceRef']
    })),
    settings
  };
}

describe('requirementV3toV4', () => {
  it.each([
    ['mandatory', 10, { basePoints: 10, points: 0 }],
    ['scored', 7.5, { basePoints: 0, points: 7.5 }]
  ] as const)('moves a %s item’s %s points to %j', (kind, points, expected) => {
    const upgraded = requirementV3toV4(v3Requirement(0, kind, points));
    expect(upgraded).toEqual({ ...v3Requirement(0, kind, points), ...expected });
  });

  it('leaves a v4 record, and a record it cannot read, unchanged', () => {
    const v4 = { ...v3Requirement(0, 'mandatory', 0), basePoints: 10 };
    expect(requirementV3toV4(v4)).toBe(v4);
    const broken = { ...v3Requirement(0, 'mandatory', 0), points: 'ten' };
    expect(requirementV3toV4(broken)).toBe(broken);
  });

  it('keeps the criteria hash of locked v3 criteria', () => {
    const settings = { ...defaultSettings(), ceilingPrice: 10_000_000 };
    const v3 = [
      v3Requirement(1, 'scored', 20),
      v3Requirement(0, 'mandatory', 10),
      v3Requirement(2, 'scored', 5)
    ];
    // The settings as v3 held them: without the ones added later (`SETTINGS_ADDED_LATER`).
    const before = sha256Text(canonicalJson(v3Payload(v3, settingsForHash(settings) as typeof settings)));
    const after = criteriaHash(v3.map(requirementV3toV4) as unknown as Requirement[], settings, sha256Text);
    expect(after).toBe(before);
    // And a change of 基礎点 still changes it.
    const changed = v3
      .map(requirementV3toV4)
      .map((r) => (r['kind'] === 'mandatory' ? { ...r, basePoints: 11 } : r));
    expect(criteriaHash(changed as unknown as Requirement[], settings, sha256Text)).not.toBe(before);
  });
});

describe('settingsAddedLater', () => {
  it.each([
    [
      'fills a setting that did not exist yet with its earlier behaviour',
      { priceYears: 3 },
      { priceYears: 3, statedRatio: null, consumptionTaxRate: 10, minimumTechnical: null, slopeFactor: 0.5 }
    ],
    [
      'keeps a value that is there',
      { statedRatio: { technical: 1, price: 1 } },
      { statedRatio: { technical: 1, price: 1 } }
    ],
    ['keeps even a wrong value, for the restore to report', { statedRatio: '1:1' }, { statedRatio: '1:1' }]
  ])('%s', (_name, settings, expected) => {
    const filled = settingsAddedLater(settings);
    expect(filled).toMatchObject(expected);
    // Every top-level setting of the table is there; a nested one only where its parent is.
    for (const path of Object.keys(SETTINGS_ADDED_LATER).filter((p) => !p.includes('.'))) {
      expect(filled).toHaveProperty(path);
    }
    expect(filled).not.toHaveProperty('rounding');
  });

  it('fills a rounding setting added later inside the stored rounding, keeping the rest', () => {
    const filled = settingsAddedLater({ rounding: { mode: 'halfUp', technicalDecimals: 2 } });
    expect(filled['rounding']).toMatchObject({ mode: 'halfUp', technicalDecimals: 2, itemMeanMode: 'none' });
  });

  it('is applied to the procurement and every criteria version of a backup bundle', () => {
    const bundle = upgradeBundle({
      procurement: { settings: {} },
      criteriaVersions: [{ id: 'cv1', requirements: [], settings: {} }]
    }) as { procurement: { settings: object }; criteriaVersions: { settings: object }[] };
    expect(bundle.procurement.settings).toMatchObject({ statedRatio: null, minimumTechnical: null });
    expect(bundle.criteriaVersions[0]!.settings).toMatchObject({ statedRatio: null, consumptionTaxRate: 10 });
  });
});

describe('criteriaVersionV3toV4 and upgradeBundle', () => {
  it('upgrades the requirements frozen in a criteria version', () => {
    const version = {
      id: 'cv1',
      requirements: [v3Requirement(0, 'mandatory', 10), v3Requirement(1, 'scored', 5)]
    };
    const upgraded = criteriaVersionV3toV4(version)['requirements'] as Record<string, unknown>[];
    expect(upgraded.map((r) => [r['basePoints'], r['points']])).toEqual([
      [10, 0],
      [0, 5]
    ]);
  });

  it('gives an old procurement the fields added since DB v1, and keeps those it has', () => {
    expect(procurementV2toV3({ id: 'p1' })).toEqual({
      id: 'p1',
      criteriaReopen: null,
      issuedPackages: [],
      packageOrigin: null
    });
    const current = { id: 'p1', criteriaReopen: null, issuedPackages: [{ id: 'k' }], packageOrigin: null };
    expect(procurementV2toV3(current)).toEqual(current);
  });

  it('gives a procurement made before buyer kinds the government kind and the default date style', () => {
    expect(procurementV4toV5({ id: 'p1' })).toEqual({
      id: 'p1',
      buyerKind: 'government',
      documentDateStyle: null
    });
    const current = { id: 'p1', buyerKind: 'enterprise', documentDateStyle: 'japanese' };
    expect(procurementV4toV5(current)).toEqual(current);
  });

  it('upgrades a bundle’s procurement, requirements and criteria versions, and passes non-objects through', () => {
    const bundle = {
      procurement: { id: 'p1' },
      requirements: [v3Requirement(0, 'mandatory', 10)],
      criteriaVersions: [{ id: 'cv1', requirements: [v3Requirement(0, 'mandatory', 10)] }],
      vendors: []
    };
    const upgraded = upgradeBundle(bundle) as typeof bundle;
    expect(upgraded.procurement).toMatchObject({
      issuedPackages: [],
      packageOrigin: null,
      buyerKind: 'government',
      documentDateStyle: null
    });
    expect(upgraded.requirements[0]).toMatchObject({ basePoints: 10, points: 0 });
    expect(upgraded.criteriaVersions[0]!.requirements[0]).toMatchObject({ basePoints: 10, points: 0 });
    expect(upgradeBundle('x')).toBe('x');
    expect(upgradeBundle(null)).toBeNull();
  });
});

describe('backup schema 3 → 4: amounts as typed and the consumption-tax rate', () => {
  it('fills the settings and vendors of an older bundle, and leaves a current one as it is', () => {
    const settings = { priceTaxIncluded: false, ceilingPrice: 9_000_000 };
    const bundle = {
      procurement: { id: 'p', settings },
      criteriaVersions: [{ id: 'cv', requirements: [], settings }],
      vendors: [{ id: 'v', bidPrice: 8_000_000 }]
    };
    const upgraded = upgradeBundle(bundle) as typeof bundle;
    const filled = {
      ...settings,
      consumptionTaxRate: 10,
      ceilingPriceTyped: null,
      lowBidThresholdTyped: null
    };
    expect(upgraded.procurement.settings).toMatchObject(filled);
    expect(upgraded.criteriaVersions[0]!.settings).toMatchObject(filled);
    expect(upgraded.vendors[0]).toEqual({ id: 'v', bidPrice: 8_000_000, bidTyped: null });
    const typed = { yen: 1, unit: 'yen', taxBasis: 'excluded' };
    const current = settingsAddedLater({ ...filled, consumptionTaxRate: 8, ceilingPriceTyped: typed });
    expect(settingsAddedLater(current)).toEqual(current);
    expect(current).toMatchObject({ consumptionTaxRate: 8, ceilingPriceTyped: typed });
    expect(vendorBidTypedV3toV4({ bidTyped: typed })).toEqual({ bidTyped: typed });
  });
});
