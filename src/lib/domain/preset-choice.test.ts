import { describe, expect, it } from 'vitest';
import type { Preset, PresetIntendedFor } from './catalogue';
import type { BuyerKind, ServiceModel, UnifiedStandardEdition } from './model';
import { rankPresets, type PresetProcurement } from './preset-choice';

const preset = (id: string, intendedFor: PresetIntendedFor): Preset => ({
  schemaVersion: 1,
  id,
  name: { ja: id, en: id },
  rationale: { ja: id, en: id },
  intendedFor,
  licence: 'own-work',
  settings: {},
  requirements: []
});

// Listed as the files sort (enterprise first), so the order below must come from the settings.
const PRESETS: Preset[] = [
  preset('enterprise-saas', { buyerKinds: ['enterprise'], serviceModels: ['SaaS'] }),
  preset('gov-iaas', {
    buyerKinds: ['government'],
    serviceModels: ['IaaS'],
    handlesConfidential: true,
    unifiedStandardEditions: ['R3', 'R5']
  }),
  preset('gov-saas', {
    buyerKinds: ['government'],
    serviceModels: ['SaaS'],
    handlesConfidential: true,
    unifiedStandardEditions: ['R3', 'R5']
  })
];

const procurement = (
  buyerKind: BuyerKind,
  serviceModel: ServiceModel,
  handlesConfidential: boolean,
  unifiedStandardEdition: UnifiedStandardEdition = buyerKind === 'government' ? 'R5' : 'none'
): PresetProcurement => ({ buyerKind, serviceModel, handlesConfidential, unifiedStandardEdition });

describe('rankPresets', () => {
  it.each<[string, PresetProcurement, string[], boolean]>([
    [
      '政府機関等 + 要機密情報 + SaaS',
      procurement('government', 'SaaS', true),
      ['gov-saas', 'gov-iaas', 'enterprise-saas'],
      true
    ],
    [
      '政府機関等 + 要機密情報 + IaaS',
      procurement('government', 'IaaS', true),
      ['gov-iaas', 'gov-saas', 'enterprise-saas'],
      true
    ],
    [
      '企業 + SaaS',
      procurement('enterprise', 'SaaS', false),
      ['enterprise-saas', 'gov-saas', 'gov-iaas'],
      true
    ],
    [
      '企業 + SaaS, confidential data',
      procurement('enterprise', 'SaaS', true),
      ['enterprise-saas', 'gov-saas', 'gov-iaas'],
      true
    ],
    // No preset fits: the closest first, none recommended.
    [
      '政府機関等 + SaaS without 要機密情報',
      procurement('government', 'SaaS', false),
      ['gov-saas', 'enterprise-saas', 'gov-iaas'],
      false
    ],
    [
      '政府機関等 + 要機密情報 + SaaS under the 平成28年度版',
      procurement('government', 'SaaS', true, 'H28'),
      ['gov-saas', 'enterprise-saas', 'gov-iaas'],
      false
    ],
    [
      '政府機関等 + 要機密情報 + PaaS: a tie kept by id',
      procurement('government', 'PaaS', true),
      ['gov-iaas', 'gov-saas', 'enterprise-saas'],
      false
    ],
    [
      '企業 + IaaS',
      procurement('enterprise', 'IaaS', false),
      ['enterprise-saas', 'gov-iaas', 'gov-saas'],
      false
    ]
  ])('%s', (_, p, order, recommended) => {
    const ranked = rankPresets(p, PRESETS);
    expect(ranked.map((r) => r.preset.id)).toEqual(order);
    expect(ranked.map((r) => r.recommended)).toEqual([recommended, false, false]);
  });

  it('says, for each preset, which of its settings hold for the procurement', () => {
    const ranked = rankPresets(procurement('government', 'PaaS', true), PRESETS);
    expect(ranked.find((r) => r.preset.id === 'gov-saas')?.settings).toEqual([
      { setting: 'buyerKind', holds: true },
      { setting: 'serviceModel', holds: false },
      { setting: 'handlesConfidential', holds: true },
      { setting: 'unifiedStandardEdition', holds: true }
    ]);
    expect(ranked.find((r) => r.preset.id === 'enterprise-saas')?.settings).toEqual([
      { setting: 'buyerKind', holds: false },
      { setting: 'serviceModel', holds: false }
    ]);
  });

  it('recommends only the first of several that fit, and does not depend on the order given', () => {
    const twins = [preset('b', { serviceModels: ['SaaS'] }), preset('a', { buyerKinds: ['government'] })];
    const ranked = rankPresets(procurement('government', 'SaaS', true), twins);
    expect(ranked.map((r) => [r.preset.id, r.fits, r.recommended])).toEqual([
      ['a', true, true],
      ['b', true, false]
    ]);
    expect(rankPresets(procurement('government', 'SaaS', true), [...twins].reverse())[0]?.preset.id).toBe(
      'a'
    );
  });

  it('returns nothing for no presets', () => {
    expect(rankPresets(procurement('government', 'SaaS', true), [])).toEqual([]);
  });
});
