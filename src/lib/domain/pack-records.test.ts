import { describe, expect, it } from 'vitest';
import { packAttestationFields, previewPackRecords } from './pack-records';
import { stored as record } from '$lib/testing/attestation-draft';

const base = { number: '', issuer: '', periodStart: null, periodEnd: null, scopeText: '' };

describe('packAttestationFields', () => {
  it('is unverified: coverage unknown, no verification record', () => {
    const fields = packAttestationFields({ ...base, type: 'ismap', number: 'C1' });
    expect(fields).toMatchObject({
      type: 'ismap',
      number: 'C1',
      scopeCoverage: 'unknown',
      verification: null
    });
  });

  it.each([
    ['ismap', { periodStart: '2025-04-01', periodEnd: '2026-03-31', issuedOn: null, expiry: null }],
    ['iso27001', { periodStart: null, periodEnd: null, issuedOn: '2025-04-01', expiry: '2026-03-31' }],
    ['soc2Type1', { periodStart: null, asOf: '2026-03-31', issuedOn: null }],
    ['csaStar1', { periodStart: null, issuedOn: '2026-03-31' }]
  ] as const)('keeps the two dates where %s records them', (type, expected) => {
    const row = { ...base, type, periodStart: '2025-04-01', periodEnd: '2026-03-31' };
    expect(packAttestationFields(row)).toMatchObject(expected);
  });
});

describe('packAttestationFields: the opinion', () => {
  it('keeps the opinion for a report that records one, and drops it for a certificate', () => {
    expect(packAttestationFields({ ...base, type: 'soc2Type2', opinion: 'qualified' }).opinion).toBe(
      'qualified'
    );
    expect(packAttestationFields({ ...base, type: 'ismap', opinion: 'qualified' }).opinion).toBeNull();
    expect(packAttestationFields({ ...base, type: 'soc2Type2' }).opinion).toBeNull();
  });
});

describe('previewPackRecords', () => {
  const stored = {
    subcontractors: [
      { id: 's1', vendorId: 'v1', name: '架空IaaS株式会社' },
      { id: 's2', vendorId: 'v2', name: '別事業者の委託先' }
    ],
    attestations: [
      record('ismap', { id: 'a1', number: 'C99-0001' }),
      record('iso27001', { id: 'a2', subcontractorId: 's1', number: 'IS 1' }),
      record('soc3', { id: 'a3', vendorId: 'v2', number: '' })
    ]
  };

  it('marks what is already recorded for the vendor (same type and number; same name) as existing', () => {
    const preview = previewPackRecords(stored, 'v1', {
      attestations: [
        { ...base, row: 2, type: 'ismap', number: 'C99-0001' },
        { ...base, row: 3, type: 'ismap', number: 'C99-0002' },
        { ...base, row: 4, type: 'soc3' },
        // The same row twice in one pack is added once.
        { ...base, row: 5, type: 'ismap', number: 'C99-0002' }
      ],
      subcontractors: [
        {
          row: 2,
          name: ' 架空ＩａａＳ株式会社',
          role: '',
          criticality: 'critical',
          subserviceMethod: 'carveOut',
          certifications: ['iso27001', 'ismap']
        },
        {
          row: 3,
          name: '別事業者の委託先',
          role: '',
          criticality: 'normal',
          subserviceMethod: 'inclusive',
          certifications: []
        }
      ]
    });
    expect(preview.attestations.map((a) => [a.row, a.kind])).toEqual([
      [2, 'existing'],
      [3, 'new'],
      [4, 'new'],
      [5, 'existing']
    ]);
    expect(preview.subcontractors.map((s) => s.kind)).toEqual(['existing', 'new']);
    // A certification without a number matches any the holder has of its type.
    expect(preview.subcontractors[0]!.certifications.map((c) => [c.holder, c.fields.type, c.kind])).toEqual([
      [' 架空ＩａａＳ株式会社', 'iso27001', 'existing'],
      [' 架空ＩａａＳ株式会社', 'ismap', 'new']
    ]);
  });
});
