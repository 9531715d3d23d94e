import { describe, expect, it } from 'vitest';
import {
  attestationIdentity,
  duplicateAttestations,
  findSameAttestation,
  sameAttestation,
  type IdentityFields
} from './attestation-identity';

const report = (patch: Partial<IdentityFields> = {}): IdentityFields => ({
  type: 'soc2Type2',
  number: '',
  issuer: '架空監査法人',
  periodStart: '2025-04-01',
  periodEnd: '2026-03-31',
  asOf: null,
  ...patch
});

describe('sameAttestation: a report is its type, service auditor and period', () => {
  it.each([
    ['the same report', {}, true],
    ['the next year’s report', { periodStart: '2026-04-01', periodEnd: '2027-03-31' }, false],
    ['another period end', { periodEnd: '2026-06-30' }, false],
    ['another auditor', { issuer: '別の監査法人' }, false],
    ['a SOC 3 of the same auditor and period', { type: 'soc3' }, false],
    ['the auditor with spaces', { issuer: ' 架空 監査法人 ' }, true],
    [
      'a bare claim of the type (no auditor, no dates)',
      { issuer: '', periodStart: null, periodEnd: null },
      true
    ],
    ['the same auditor, no dates', { periodStart: null, periodEnd: null }, true],
    ['another auditor, no dates', { issuer: '別の監査法人', periodStart: null, periodEnd: null }, false],
    ['no auditor, the same period', { issuer: '' }, false],
    ['a number written on a report (ignored)', { number: 'R-1' }, true]
  ] as const)('%s → %s', (_, patch, same) => {
    expect(sameAttestation(report(), report(patch))).toBe(same);
  });

  it.each([
    ['Example Audit LLP', 'EXAMPLE AUDIT'],
    ['Example Audit LLC', 'example audit, llc'],
    ['ＥＸＡＭＰＬＥ　Ａｕｄｉｔ', 'Example Audit'],
    ['株式会社サンプル監査', '（株）サンプル監査'],
    ['サンプル監査株式会社', '㈱サンプル監査'],
    ['ｻﾝﾌﾟﾙ監査', 'サンプル監査']
  ])('auditor %s is auditor %s', (a, b) => {
    expect(sameAttestation(report({ issuer: a }), report({ issuer: b }))).toBe(true);
  });

  it('tells a Type I report by its as-of date', () => {
    const typeOne = (asOf: string) => report({ type: 'soc2Type1', periodStart: null, periodEnd: null, asOf });
    expect(sameAttestation(typeOne('2026-03-31'), typeOne('2026-03-31'))).toBe(true);
    expect(sameAttestation(typeOne('2026-03-31'), typeOne('2025-03-31'))).toBe(false);
  });

  it('does not let a stored bare record absorb a report that states its identity', () => {
    const bare = report({ issuer: '', periodStart: null, periodEnd: null });
    expect(sameAttestation(bare, report())).toBe(false);
    expect(attestationIdentity(bare)).toBeNull();
  });
});

describe('sameAttestation: a certificate is its type and number', () => {
  const cert = (patch: Partial<IdentityFields> = {}): IdentityFields =>
    report({
      type: 'iso27001',
      number: 'IS 123456',
      issuer: 'BSI',
      periodStart: null,
      periodEnd: null,
      ...patch
    });
  it.each([
    ['the same number', {}, true],
    ['the number full-width with other spacing', { number: 'ＩＳ１２３４５６' }, true],
    ['another number', { number: 'IS 654321' }, false],
    ['another issuer, same number', { issuer: 'Other body' }, true],
    ['no number (a bare claim)', { number: '' }, true],
    ['ISO/IEC 27017 with the same number', { type: 'iso27017' }, false]
  ] as const)('%s → %s', (_, patch, same) => {
    expect(sameAttestation(cert(), cert(patch))).toBe(same);
  });
});

describe('findSameAttestation and duplicateAttestations', () => {
  const on = (id: string, subcontractorId: string | null, patch: Partial<IdentityFields> = {}) => ({
    id,
    subcontractorId,
    ...report(patch)
  });
  const stored = [
    on('2025', null),
    on('2026', null, { periodStart: '2026-04-01', periodEnd: '2027-03-31' }),
    on('sub', 's1')
  ];

  it('finds the stored report of the same identity', () => {
    expect(findSameAttestation(stored, report({ issuer: '架空監査法人 ' }))?.id).toBe('2025');
    expect(findSameAttestation(stored, report({ periodEnd: '2026-09-30' }))).toBeUndefined();
  });

  it('lists the pairs of one holder that are the same document', () => {
    const pairs = duplicateAttestations([...stored, on('again', null, { issuer: '架空 監査法人' })]);
    expect(pairs.map(([a, b]) => [a.id, b.id])).toEqual([['2025', 'again']]);
  });
});
