import { describe, expect, it } from 'vitest';
import { newAttestationFields, newVendor } from '../defaults';
import type { Attestation, RegisterSnapshot, Subcontractor, VerificationRecord } from '../model';
import type { RegisterOutcome } from './match';
import { claimOf, outcomeChanges, planVerification, registerVerification, snapshotDate } from './verify';

const snapshot = (id: string, listDate: string | null): RegisterSnapshot => ({
  id,
  registerId: 'ismap',
  fileName: 'ismap.xlsx',
  sha256: id.padEnd(64, '0'),
  importedAt: '2025-04-02T01:00:00.000Z',
  importedBy: '佐藤',
  listDate,
  sheet: 'リスト',
  headerRow: 5,
  entries: []
});

const outcome = (kind: RegisterOutcome['kind']): RegisterOutcome => ({
  kind,
  matchedBy: kind === 'notListed' ? null : 'number',
  entry:
    kind === 'notListed'
      ? null
      : {
          row: 6,
          number: 'C21-0008-2',
          company: 'A',
          service: '',
          registeredOn: null,
          expiry: null,
          status: 'listed',
          statusText: '',
          scope: '',
          issuer: '',
          standard: ''
        },
  differences: kind === 'mismatch' ? [{ field: 'company', claimed: 'A社', registered: 'B社' }] : []
});

const MANUAL: VerificationRecord = {
  source: 'ISMAPポータル',
  checkedOn: '2025-01-10',
  checkedBy: '山田',
  result: 'confirmed'
};

describe('registerVerification', () => {
  it.each([
    ['confirmed', 'confirmed'],
    ['notListed', 'notFound'],
    ['mismatch', 'mismatch'],
    ['expired', 'mismatch'],
    ['revoked', 'mismatch']
  ] as const)('records %s as %s, with the register, snapshot date and hash', (kind, result) => {
    const record = registerVerification(
      outcome(kind),
      snapshot('s1', '2025-04-01'),
      'ISMAPクラウドサービスリスト',
      '2025-04-03',
      '佐藤'
    );
    expect(record).toMatchObject({
      checkedOn: '2025-04-03',
      checkedBy: '佐藤',
      result,
      register: { outcome: kind, snapshotId: 's1' }
    });
    expect(record.source).toBe(`ISMAPクラウドサービスリスト 2025-04-01 SHA-256:${'s1'.padEnd(64, '0')}`);
  });

  it('dates a snapshot without its own 更新日 by its import day', () => {
    expect(snapshotDate(snapshot('s', null))).toBe('2025-04-02');
  });
});

describe('planVerification', () => {
  const fromS1 = registerVerification(
    outcome('confirmed'),
    snapshot('s1', '2025-04-01'),
    'ISMAP',
    '2025-04-03',
    '佐藤'
  );
  const fromS2 = (kind: RegisterOutcome['kind']) =>
    registerVerification(outcome(kind), snapshot('s2', '2025-05-01'), 'ISMAP', '2025-05-02', '佐藤');

  it.each([
    ['nothing recorded', null, fromS2('confirmed'), 'fill'],
    ['a manual record', MANUAL, fromS2('confirmed'), 'keepManual'],
    ['a manual record, even one that disagrees', MANUAL, fromS2('notListed'), 'keepManual'],
    [
      'the same snapshot and outcome',
      fromS1,
      registerVerification(outcome('confirmed'), snapshot('s1', '2025-04-01'), 'ISMAP', '2025-04-04', '鈴木'),
      'unchanged'
    ],
    ['a record from an older snapshot', fromS1, fromS2('confirmed'), 'fill']
  ] as const)('%s → %s', (_label, existing, checked, kind) => {
    expect(planVerification(existing, checked).kind).toBe(kind);
  });

  it('reports what a newer snapshot changed, and only that', () => {
    const plans = [
      { attestationId: 'a1', plan: planVerification(fromS1, fromS2('revoked')) },
      { attestationId: 'a2', plan: planVerification(fromS1, fromS2('confirmed')) },
      { attestationId: 'a3', plan: planVerification(null, fromS2('notListed')) },
      { attestationId: 'a4', plan: planVerification(MANUAL, fromS2('notListed')) }
    ];
    expect(outcomeChanges(plans)).toEqual([{ attestationId: 'a1', from: 'confirmed', to: 'revoked' }]);
  });
});

describe('claimOf', () => {
  const vendor = { ...newVendor('v1', 'p', 0, '株式会社A'), serviceName: 'A Cloud' };
  const attestation: Attestation = {
    ...newAttestationFields(),
    id: 'a1',
    procurementId: 'p',
    vendorId: 'v1',
    type: 'ismap',
    number: 'C21-0008-2',
    scopeServices: ['A SaaS']
  };
  const sub: Subcontractor = {
    id: 's1',
    procurementId: 'p',
    vendorId: 'v1',
    order: 0,
    name: 'ベース基盤株式会社',
    role: 'IaaS',
    criticality: 'critical',
    subserviceMethod: 'carveOut',
    notes: ''
  };

  it.each([
    ['the vendor’s', null, '株式会社A', ['A SaaS', 'A Cloud']],
    ['a 委託先’s', sub, 'ベース基盤株式会社', ['A SaaS']]
  ] as const)('names %s company and services', (_label, subcontractor, company, services) => {
    expect(
      claimOf({ ...attestation, subcontractorId: subcontractor?.id ?? null }, vendor, subcontractor)
    ).toMatchObject({ company, services, number: 'C21-0008-2' });
  });
});

describe('checkVendor', () => {
  it('checks the vendor’s and each 委託先’s attestations against the newest snapshot of their register', async () => {
    const { checkVendor } = await import('./check');
    const { registerLayout } = await import('$lib/testing/registers');
    const layout = registerLayout('ismap');
    const vendor = { ...newVendor('v1', 'p', 0, '株式会社サンプルクラウド'), serviceName: 'Sample SaaS' };
    const sub: Subcontractor = {
      id: 's1',
      procurementId: 'p',
      vendorId: 'v1',
      order: 0,
      name: 'ベース基盤(株)',
      role: 'IaaS',
      criticality: 'critical',
      subserviceMethod: 'carveOut',
      notes: ''
    };
    const att = (id: string, patch: Partial<Attestation>): Attestation => ({
      ...newAttestationFields(),
      id,
      procurementId: 'p',
      vendorId: 'v1',
      type: 'ismap',
      ...patch
    });
    const entry = (row: number, number: string, company: string, service: string) => ({
      row,
      number,
      company,
      service,
      registeredOn: null,
      expiry: null,
      status: 'listed' as const,
      statusText: '',
      scope: '',
      issuer: '',
      standard: ''
    });
    const older = { ...snapshot('old', '2025-03-01'), importedAt: '2025-03-02T00:00:00.000Z', entries: [] };
    const newer = {
      ...snapshot('new', '2025-04-01'),
      entries: [
        entry(6, 'C21-0008-2', '株式会社サンプルクラウド', 'Sample SaaS'),
        entry(7, 'C22-0101-1', 'ベース基盤株式会社', 'ベースIaaS')
      ]
    };
    const rows = checkVendor({
      vendor,
      subcontractors: [sub],
      attestations: [
        att('a1', { number: 'Ｃ２１－０００８－２' }),
        att('a2', { subcontractorId: 's1', number: 'C22-0999-1', scopeServices: ['ベースIaaS'] }),
        att('a3', { subcontractorId: 's1', number: '', type: 'ismapLiu' }),
        att('a4', { type: 'soc2Type2' }),
        att('a5', { number: 'C22-0101-1', verification: MANUAL })
      ],
      snapshots: [older, newer],
      layouts: [layout, registerLayout('ismap-liu')],
      asOf: '2025-06-01',
      checkedOn: '2025-06-02',
      checkedBy: '佐藤'
    });
    expect(
      rows.map((r) => [
        r.attestation.id,
        r.holder,
        r.snapshot?.id ?? null,
        r.outcome?.kind ?? null,
        r.plan?.kind ?? null
      ])
    ).toEqual([
      ['a1', '株式会社サンプルクラウド', 'new', 'confirmed', 'fill'],
      ['a2', 'ベース基盤(株)', 'new', 'mismatch', 'fill'],
      ['a3', 'ベース基盤(株)', null, null, null],
      ['a5', '株式会社サンプルクラウド', 'new', 'mismatch', 'keepManual']
    ]);
  });
});
