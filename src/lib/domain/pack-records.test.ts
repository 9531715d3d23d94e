import { describe, expect, it } from 'vitest';
import {
  packAttestationFields,
  previewPackRecords,
  type PackAttestationRow,
  type PackReportDetails
} from './pack-records';
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

describe('previewPackRecords: a SOC 2 report is its type, auditor and period', () => {
  const report2025 = record('soc2Type2', {
    id: 'soc-2025',
    number: '',
    issuer: '架空監査法人',
    periodStart: '2025-04-01',
    periodEnd: '2026-03-31',
    opinion: 'unmodified',
    qualifiedCriteria: [],
    subserviceOrganisations: [
      { name: 'ソラコンピュート株式会社', method: 'carveOut', subcontractorId: 'sora' }
    ]
  });
  const stored = {
    subcontractors: [{ id: 'sora', vendorId: 'v1', name: 'ソラコンピュート株式会社' }],
    attestations: [report2025]
  };
  const row = (patch: Partial<PackAttestationRow> = {}): PackAttestationRow => ({
    ...base,
    row: 2,
    type: 'soc2Type2',
    issuer: '架空監査法人',
    periodStart: '2026-04-01',
    periodEnd: '2027-03-31',
    opinion: 'qualified',
    ...patch
  });
  const details = (patch: Partial<PackReportDetails> = {}): PackReportDetails => ({
    report: {
      type: 'soc2Type2',
      issuer: '架空 監査法人',
      periodStart: '2026-04-01',
      periodEnd: '2027-03-31'
    },
    sheet: 'SOC 2 詳細',
    rows: [1, 2, 3],
    qualifiedCriteria: ['CC7.2'],
    exceptions: [
      { criterion: 'CC7.2', description: 'ログ', testResult: '2件', managementResponse: '改訂' },
      { criterion: 'CC7.4', description: '通知', testResult: '1件', managementResponse: '改訂' }
    ],
    subserviceOrganisations: [
      { name: 'ソラコンピュート（株）', method: 'carveOut' },
      { name: '新しいDC株式会社', method: 'carveOut' }
    ],
    ...patch
  });

  it.each([
    ['the next year’s report', {}, 'new'],
    [
      'the report on file, as recorded',
      { periodStart: '2025-04-01', periodEnd: '2026-03-31', opinion: 'unmodified' },
      'existing'
    ],
    [
      'the report on file with a new opinion',
      { periodStart: '2025-04-01', periodEnd: '2026-03-31' },
      'changed'
    ],
    [
      'the report on file, auditor written otherwise',
      { periodStart: '2025-04-01', periodEnd: '2026-03-31', issuer: '架空監査法人 ', opinion: 'unmodified' },
      'existing'
    ],
    [
      'another auditor’s report of the same period',
      { periodStart: '2025-04-01', periodEnd: '2026-03-31', issuer: '別監査法人' },
      'new'
    ]
  ] as const)('%s → %s', (_, patch, kind) => {
    const preview = previewPackRecords(stored, 'v1', { attestations: [row(patch)], subcontractors: [] });
    expect(preview.attestations.map((a) => a.kind)).toEqual([kind]);
  });

  it('stores a new report with its details, its carve-outs linked to the 委託先 of that name or offered once', () => {
    const preview = previewPackRecords(stored, 'v1', {
      attestations: [row()],
      subcontractors: [],
      soc2: [
        details(),
        details({
          report: { ...details().report, periodEnd: '2026-03-31', periodStart: '2025-04-01' },
          rows: [7]
        })
      ]
    });
    const [added, changed] = preview.attestations;
    expect(added).toMatchObject({ kind: 'new', row: 2 });
    expect(added!.fields.qualifiedCriteria).toEqual(['CC7.2']);
    expect(added!.fields.exceptions.map((x) => [x.criterion, x.requirementIds])).toEqual([
      ['CC7.2', []],
      ['CC7.4', []]
    ]);
    expect(added!.fields.subserviceOrganisations).toEqual([
      { name: 'ソラコンピュート（株）', method: 'carveOut', subcontractorId: 'sora' },
      { name: '新しいDC株式会社', method: 'carveOut', subcontractorId: null }
    ]);
    // The SOC 2 sheet's rows for the report on file change it; the unknown carve-out is one new 委託先.
    expect(changed).toMatchObject({ kind: 'changed', storedId: 'soc-2025', row: 8 });
    expect(preview.subcontractors.map((s) => [s.kind, s.row.name, s.row.subserviceMethod])).toEqual([
      ['new', '新しいDC株式会社', 'carveOut']
    ]);
  });

  it('does not offer a carve-out as a new 委託先 when the 委託先 sheet lists it', () => {
    const preview = previewPackRecords(stored, 'v1', {
      attestations: [row()],
      subcontractors: [
        {
          row: 2,
          name: '新しいDC 株式会社',
          role: 'DC',
          criticality: 'critical',
          subserviceMethod: 'carveOut',
          certifications: []
        }
      ],
      soc2: [details()]
    });
    expect(preview.subcontractors.map((s) => s.row.name)).toEqual(['新しいDC 株式会社']);
  });

  it('says so of SOC 2 rows about a report neither listed nor on file', () => {
    const preview = previewPackRecords(stored, 'v1', {
      attestations: [],
      subcontractors: [],
      soc2: [details()]
    });
    expect(preview.attestations).toEqual([]);
    expect(preview.issues?.map((i) => [i.code, i.path])).toEqual([['soc2ReportNotListed', 'SOC 2 詳細!A2']]);
  });
});

describe('previewPackRecords: ISO/IEC 27017', () => {
  const iso = (patch: Partial<PackAttestationRow>): PackAttestationRow => ({
    ...base,
    row: 2,
    type: 'iso27001',
    number: 'IS 1',
    ...patch
  });
  const cert27001 = record('iso27001', { id: 'iso', number: 'IS 1', cloudAddOn: false });

  it.each([
    [
      'a 27017 row: its own record, and the add-on of the 27001 on file',
      [iso({ type: 'iso27017', number: 'CLOUD 7' })],
      [cert27001],
      [
        ['iso27017', 'new', false],
        ['iso27001', 'changed', true]
      ]
    ],
    [
      'a 27017 row and a 27001 row: the add-on on the new 27001',
      [iso({ type: 'iso27017', number: 'CLOUD 7' }), iso({ row: 3, number: 'IS 2' })],
      [],
      [
        ['iso27017', 'new', false],
        ['iso27001', 'new', true]
      ]
    ],
    [
      '"27001 + 27017" on the 27001 on file',
      [iso({ cloudAddOn: true })],
      [cert27001],
      [['iso27001', 'changed', true]]
    ],
    [
      'a 27017 row when the 27001 on file has the add-on: nothing to change',
      [iso({ type: 'iso27017', number: 'CLOUD 7' })],
      [{ ...cert27001, cloudAddOn: true }],
      [['iso27017', 'new', false]]
    ],
    [
      'a 27017 row with two 27001 on file: which one is the buyer’s to say',
      [iso({ type: 'iso27017', number: 'CLOUD 7' })],
      [cert27001, { ...cert27001, id: 'iso2', number: 'IS 2' }],
      [['iso27017', 'new', false]]
    ]
  ] as const)('%s', (_, rows, onFile, expected) => {
    const preview = previewPackRecords({ subcontractors: [], attestations: onFile }, 'v1', {
      attestations: rows,
      subcontractors: []
    });
    expect(preview.attestations.map((a) => [a.fields.type, a.kind, a.fields.cloudAddOn])).toEqual(expected);
  });
});
