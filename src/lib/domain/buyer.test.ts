import { describe, expect, it } from 'vitest';
import { buyerProfile, profileForKind } from './buyer';
import { buyerFields, documentSettings } from './buyer-fields';
import { defaultSettings, newProcurement } from './defaults';
import type { ScoringSettings } from './model';
import { rankPresets } from './preset-choice';
import { validateSettings } from './settings';
import type { Preset } from './catalogue';

describe('buyer defaults', () => {
  it.each([
    ['government', true, 2, 'R5', true],
    ['enterprise', false, 1, 'none', false]
  ] as const)(
    'a new %s procurement starts with its own 統一基準 fields and gate',
    (kind, conf, cls, ed, gate) => {
      const p = newProcurement('p', 't', '2026-01-01T00:00:00Z', kind);
      expect(p.buyerKind).toBe(kind);
      expect([p.handlesConfidential, p.confidentialityClass, p.unifiedStandardEdition]).toEqual([
        conf,
        cls,
        ed
      ]);
      expect(p.settings.referenceValueGate).toBe(gate);
      expect(p.settings.priceAllocation).toBe(defaultSettings().priceAllocation);
    }
  );

  it('a procurement created without a kind is a government one, as before', () => {
    expect(newProcurement('p', 't', 'now').buyerKind).toBe('government');
  });

  it.each([
    [
      'enterprise',
      { handlesConfidential: true, confidentialityClass: 3, unifiedStandardEdition: 'H30' },
      buyerProfile('enterprise')
    ],
    [
      'government',
      { handlesConfidential: false, confidentialityClass: 1, unifiedStandardEdition: 'none' },
      { handlesConfidential: false, confidentialityClass: 1, unifiedStandardEdition: 'none' }
    ],
    [
      'government',
      { handlesConfidential: true, confidentialityClass: 3, unifiedStandardEdition: 'H30' },
      { handlesConfidential: true, confidentialityClass: 3, unifiedStandardEdition: 'H30' }
    ]
  ] as const)('saving as %s stores %j as %j', (kind, current, expected) => {
    expect(profileForKind(kind, current)).toEqual(expected);
  });
});

describe('buyerFields', () => {
  const s = (patch: Partial<ScoringSettings>) => ({ ...defaultSettings(), ...patch });
  it.each([
    // kind, settings, unifiedStandard, ceiling, gate
    ['government', s({}), true, true, false],
    ['government', s({ priceFormula: 'lowestRatio' }), true, true, false],
    ['government', s({ priceMethod: 'division' }), true, true, true],
    ['government', s({ priceMethod: 'none' }), true, false, false],
    ['enterprise', s({}), false, true, false],
    ['enterprise', s({ priceFormula: 'lowestRatio' }), false, false, false],
    ['enterprise', s({ priceFormula: 'lowestRatio', ceilingPrice: 1000 }), false, true, false],
    ['enterprise', s({ priceMethod: 'division', referenceValueGate: false }), false, false, false],
    ['enterprise', s({ priceMethod: 'division', referenceValueGate: true }), false, true, true],
    ['enterprise', s({ priceMethod: 'none' }), false, false, false]
  ] as const)('%s with %j', (kind, settings, unified, ceiling, gate) => {
    const fields = buyerFields(kind, settings);
    expect([fields.unifiedStandard, fields.ceilingPrice, fields.referenceValueGate]).toEqual([
      unified,
      ceiling,
      gate
    ]);
    expect(fields.subcontractorsCiteUnifiedStandard).toBe(kind === 'government');
    // 基準評価値 is stated where its gate is shown, and always in a government body's 除算方式.
    expect(fields.referenceValue).toBe(
      settings.priceMethod === 'division' && (kind === 'government' || settings.referenceValueGate)
    );
  });

  it('a hidden ceiling is never one the settings require', () => {
    for (const priceMethod of ['none', 'additive', 'division'] as const)
      for (const priceFormula of ['standard', 'lowestRatio', 'withFloor', 'reducedSlope'] as const) {
        const settings = {
          ...newProcurement('p', 't', 'now', 'enterprise').settings,
          priceMethod,
          priceFormula
        };
        const missing = validateSettings(settings).some((p) => p.code === 'ceilingPriceMissing');
        if (!buyerFields('enterprise', settings).ceilingPrice) expect(missing).toBe(false);
      }
  });
});

describe('the enterprise preset comes first for an enterprise procurement', () => {
  const preset = (id: string, intendedFor: Preset['intendedFor']) =>
    ({ id, intendedFor, settings: {}, requirements: [] }) as unknown as Preset;
  const presets = [
    preset('gov-saas', {
      buyerKinds: ['government'],
      serviceModels: ['SaaS'],
      handlesConfidential: true,
      unifiedStandardEditions: ['R5']
    }),
    preset('enterprise-saas', { buyerKinds: ['enterprise'], serviceModels: ['SaaS'] })
  ];
  it.each([
    ['enterprise', 'enterprise-saas'],
    ['government', 'gov-saas']
  ] as const)('%s → %s', (kind, first) => {
    const ranked = rankPresets(newProcurement('p', 't', 'now', kind), presets);
    expect(ranked[0]?.preset.id).toBe(first);
    expect(ranked[0]?.recommended).toBe(true);
  });
});

describe('documentSettings', () => {
  const s = (patch: Partial<ScoringSettings>) => ({ ...defaultSettings(), ...patch });
  it.each([
    // kind, settings, ceiling, gate, 基準評価値
    ['government', s({ priceFormula: 'lowestRatio' }), true, true, true],
    ['government', s({ priceMethod: 'none' }), true, true, true],
    ['enterprise', s({}), true, false, false],
    ['enterprise', s({ priceFormula: 'lowestRatio' }), false, false, false],
    ['enterprise', s({ priceFormula: 'lowestRatio', ceilingPrice: 1000 }), true, false, false],
    ['enterprise', s({ priceMethod: 'division', referenceValueGate: false }), false, false, false],
    ['enterprise', s({ priceMethod: 'division', referenceValueGate: true }), true, true, true]
  ] as const)('%s with %j', (kind, settings, ceiling, gate, reference) => {
    expect(documentSettings(kind, settings)).toEqual({
      ceilingPrice: ceiling,
      referenceValueGate: gate,
      referenceValue: reference
    });
  });
});
