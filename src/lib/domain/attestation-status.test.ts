import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newAttestationFields } from './defaults';
import {
  addDays,
  addMonths,
  attestationStatus,
  compareDates,
  statusOnDates,
  validUntil,
  type StatusResult
} from './attestation-status';
import type { AttestationTypeInfo } from './catalogue';
import { restoreAttestationTypes } from './catalogue-validate';
import type { Attestation, AttestationType, RegisterOutcomeKind } from './model';

// The shipped rules, restored as the app restores them, so the data and the code are tested together.
const shipped = restoreAttestationTypes(
  JSON.parse(readFileSync(new URL('../../../questionnaires/attestation-types.json', import.meta.url), 'utf8'))
);

function info(type: AttestationType): AttestationTypeInfo {
  const found = shipped.value.types.find((t) => t.type === type);
  if (!found) throw new Error(`No rule for ${type} in attestation-types.json`);
  return found;
}

const confirmed = {
  source: 'register',
  checkedOn: '2025-01-10',
  checkedBy: 'A',
  result: 'confirmed'
} as const;

/** A checked, in-scope attestation with no dates; each case adds what it needs. */
function att(type: AttestationType, patch: Partial<Attestation> = {}): Attestation {
  return {
    ...newAttestationFields(),
    id: 'a1',
    procurementId: 'p1',
    vendorId: 'v1',
    type,
    number: 'X-1',
    issuer: 'Auditor',
    verification: confirmed,
    ...patch
  };
}

const status = (a: Attestation, on: string) => attestationStatus(a, info(a.type), on);
const valid = (date: string): StatusResult => ({
  status: 'valid',
  reasons: [{ code: 'validThrough', params: { date } }]
});

it('reads the shipped attestation types without issues', () => {
  expect(shipped.issues).toEqual([]);
});

describe('calendar', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-04-01', 16, '2025-08-01'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2025-03-31', -1, '2025-02-28']
  ])('addMonths(%s, %i) = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2025-03-30', 2, '2025-04-01']
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2025-10-31', '2025-11-01', -1],
    ['2025-11-01', '2025-10-31', 1],
    ['2025-10-31', '2025-10-31', 0],
    ['2024-12-31', '2025-01-01', -1]
  ])('compareDates(%s, %s) = %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });

  it.each(['2025-1-31', '2025/01/31', ''])('refuses %j as a date', (bad) => {
    expect(() => compareDates(bad, '2025-01-31')).toThrow(RangeError);
    expect(() => addMonths(bad, 1)).toThrow(RangeError);
  });
});

describe('ISMAP and ISMAP-LIU: 1 year 4 months from the day after the audited period, through the day before', () => {
  it.each([
    ['ismap', '2024-03-31', '2025-07-31'],
    ['ismapLiu', '2024-03-31', '2025-07-31'],
    ['ismap', '2023-09-15', '2025-01-15'],
    ['ismapLiu', '2024-02-29', '2025-06-30']
  ] as const)('%s ending %s is valid through %s and expired the day after', (type, periodEnd, lastDay) => {
    const a = att(type, { periodEnd });
    const lapsed = addDays(lastDay, 1);
    expect(validUntil(a, info(type))).toEqual({ date: lastDay, basis: 'rule' });
    expect(status(a, lastDay)).toEqual(valid(lastDay));
    expect(status(a, lapsed)).toEqual({
      status: 'expired',
      reasons: [{ code: 'expiredOn', params: { date: lapsed } }]
    });
  });

  it.each(['ismap', 'ismapLiu'] as const)('%s stays valid past its date while renewal is pending', (type) => {
    const a = att(type, { periodEnd: '2024-03-31', renewalPending: true });
    for (const on of ['2025-08-01', '2026-12-31']) {
      expect(status(a, on)).toEqual({
        status: 'valid',
        reasons: [{ code: 'renewalPending', params: { date: '2025-07-31' } }]
      });
    }
  });

  it('a stated expiry replaces the computed one, and a pending renewal still extends it', () => {
    const a = att('ismap', { periodEnd: '2024-03-31', expiry: '2025-06-30' });
    expect(validUntil(a, info('ismap'))).toEqual({ date: '2025-06-30', basis: 'statedExpiry' });
    expect(status(a, '2025-07-01').status).toBe('expired');
    expect(status({ ...a, renewalPending: true }, '2025-07-01').status).toBe('valid');
    // The stated date stands in for the audited period, so a missing period end is not a missing date.
    expect(status({ ...a, periodEnd: null }, '2025-06-30')).toEqual(valid('2025-06-30'));
  });

  it('a pending renewal does not extend a type whose rule says it does not (CS Gold Mark)', () => {
    const a = att('csGold', { periodEnd: '2024-03-31', renewalPending: true });
    // One year from the day after the 言明 period: through 2025-03-31, expired from 2025-04-01.
    expect(validUntil(a, info('csGold'))).toEqual({ date: '2025-03-31', basis: 'rule' });
    expect(status(a, '2025-04-01')).toEqual({
      status: 'expired',
      reasons: [{ code: 'expiredOn', params: { date: '2025-04-01' } }]
    });
  });
});

describe('SOC 2 Type II: stale 12 months after the period ends unless a bridge letter covers the gap', () => {
  const report = att('soc2Type2', {
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
    opinion: 'unmodified'
  });
  const letter = { issuedOn: '2026-03-05', coversUntil: '2026-02-28' };

  it.each([
    ['no letter, last fresh day', null, '2025-12-31', 'valid'],
    ['no letter, day after', null, '2026-01-01', 'stale'],
    ['letter, past the 12 months', letter, '2026-01-01', 'valid'],
    ['letter, last day of its 3 months', letter, '2026-05-28', 'valid'],
    ['letter, day after its 3 months', letter, '2026-05-29', 'stale'],
    [
      'letter ending early, day after 12 months',
      { issuedOn: '2025-04-01', coversUntil: '2025-06-30' },
      '2026-01-01',
      'stale'
    ],
    // Coverage runs from the period end to the letter's own date: not past the day it was issued.
    [
      'letter claiming days after its issue, last day of 3 months from its issue',
      { issuedOn: '2026-01-15', coversUntil: '2026-02-28' },
      '2026-04-15',
      'valid'
    ],
    [
      'letter claiming days after its issue, day after 3 months from its issue',
      { issuedOn: '2026-01-15', coversUntil: '2026-02-28' },
      '2026-04-16',
      'stale'
    ],
    [
      'letter covering only the audited period extends nothing',
      { issuedOn: '2025-02-10', coversUntil: '2024-12-31' },
      '2026-01-01',
      'stale'
    ]
  ] as const)('%s (%j) on %s → %s', (_label, bridgeLetter, on, expected) => {
    expect(status({ ...report, bridgeLetter }, on).status).toBe(expected);
  });

  it('says why: stale since the first day past the window, or covered by the letter', () => {
    expect(status(report, '2026-01-01')).toEqual({
      status: 'stale',
      reasons: [{ code: 'staleSince', params: { date: '2026-01-01' } }]
    });
    expect(validUntil({ ...report, bridgeLetter: letter }, info('soc2Type2'))).toEqual({
      date: '2026-05-28',
      basis: 'bridgeLetter'
    });
    expect(status({ ...report, bridgeLetter: letter }, '2026-01-01')).toEqual({
      status: 'valid',
      reasons: [
        { code: 'bridgeLetterCovers', params: { date: '2026-02-28' } },
        { code: 'validThrough', params: { date: '2026-05-28' } }
      ]
    });
  });

  it('SOC 3 has no bridge-letter extension in the data, so the letter is ignored', () => {
    const soc3 = att('soc3', { periodEnd: '2024-12-31', bridgeLetter: letter });
    expect(status(soc3, '2026-01-01').status).toBe('stale');
  });
});

describe('freshness and validity counted from a single date', () => {
  it.each([
    ['soc2Type1', { asOf: '2024-06-30' }, '2025-06-30', 'stale'],
    ['soc2Type1', { asOf: '2024-02-29' }, '2025-02-28', 'stale'],
    ['aspic', { issuedOn: '2023-04-01' }, '2025-04-01', 'expired'],
    ['selfAssessment', { issuedOn: '2024-05-10' }, '2025-05-10', 'expired']
  ] as const)('%s %j is valid through %s, then %s', (type, dates, lastDay, after) => {
    const a = att(type, dates);
    expect(validUntil(a, info(type))).toEqual({ date: lastDay, basis: 'rule' });
    expect(status(a, lastDay).status).toBe('valid');
    expect(status(a, addDays(lastDay, 1)).status).toBe(after);
  });

  it('a Type I report counts from its as-of date, not its period', () => {
    const a = att('soc2Type1', { periodEnd: '2023-01-31', asOf: '2024-06-30' });
    expect(status(a, '2025-03-01').status).toBe('valid');
  });
});

describe('certificates with a stated expiry', () => {
  it.each(['iso27001', 'csaStar2Certification'] as const)(
    '%s to the 2013 edition is invalid after 2025-10-31 whatever its stated expiry',
    (type) => {
      const a = att(type, { edition: '2013', expiry: '2026-03-31' });
      expect(validUntil(a, info(type))).toEqual({ date: '2025-10-31', basis: 'editionWithdrawn' });
      expect(status(a, '2025-10-31')).toEqual(valid('2025-10-31'));
      expect(status(a, '2025-11-01')).toEqual({
        status: 'expired',
        reasons: [{ code: 'editionWithdrawn', params: { edition: '2013', date: '2025-11-01' } }]
      });
    }
  );

  it('a 2013 certificate stating an earlier expiry expires on that', () => {
    const a = att('iso27001', { edition: '2013', expiry: '2025-06-30' });
    expect(validUntil(a, info('iso27001'))).toEqual({ date: '2025-06-30', basis: 'statedExpiry' });
    expect(status(a, '2025-07-01').reasons).toEqual([{ code: 'expiredOn', params: { date: '2025-07-01' } }]);
  });

  it('ISO/IEC 27001:2022 expires after its stated expiry', () => {
    const a = att('iso27001', { edition: '2022', expiry: '2027-03-31' });
    expect(status(a, '2027-03-31')).toEqual(valid('2027-03-31'));
    expect(status(a, '2027-04-01')).toEqual({
      status: 'expired',
      reasons: [{ code: 'expiredOn', params: { date: '2027-04-01' } }]
    });
  });

  it('a type without a rule is limited only by a stated expiry', () => {
    expect(validUntil(att('other'), info('other'))).toEqual({ date: null, basis: 'noRule' });
    expect(status(att('other'), '2030-01-01')).toEqual({ status: 'valid', reasons: [] });
    expect(status(att('other', { expiry: '2025-01-31' }), '2025-02-01').status).toBe('expired');
  });
});

describe('opinion, scope and verification', () => {
  const fresh = { periodEnd: '2024-12-31', opinion: 'unmodified' } as const;
  const on = '2025-06-30';
  /** The register check behind a verification record, as a register snapshot fills it. */
  const registerRef = (outcome: RegisterOutcomeKind) => ({
    registerId: 'ismap',
    snapshotId: 'snap-1',
    sha256: 'a'.repeat(64),
    listDate: '2025-06-01',
    importedAt: '2025-06-02T00:00:00.000Z',
    outcome,
    entryRow: outcome === 'notListed' ? null : 5,
    entryNumber: 'C21-0008-2',
    differences: []
  });

  it.each([
    ['unmodified opinion', {}, 'valid', []],
    // A qualified opinion qualifies only what it names (the suggestions leave those criteria out): still valid.
    [
      'qualified opinion naming no criteria and no exceptions',
      { opinion: 'qualified' },
      'valid',
      [{ code: 'opinionQualified', params: { criteria: '' } }]
    ],
    [
      'qualified opinion on its exceptions',
      {
        opinion: 'qualified',
        exceptions: [
          {
            criterion: 'cc6.1',
            description: 'MFA',
            testResult: '',
            managementResponse: '',
            requirementIds: []
          },
          {
            criterion: 'A1.2',
            description: 'Backup',
            testResult: '',
            managementResponse: '',
            requirementIds: []
          }
        ]
      },
      'valid',
      [
        { code: 'opinionQualified', params: { criteria: 'CC6.1, A1.2' } },
        { code: 'exceptionsReported', params: { count: 2 } }
      ]
    ],
    [
      'qualified opinion naming its criteria',
      { opinion: 'qualified', qualifiedCriteria: ['CC7.2'] },
      'valid',
      [{ code: 'opinionQualified', params: { criteria: 'CC7.2' } }]
    ],
    ['adverse opinion', { opinion: 'adverse' }, 'qualified', [{ code: 'opinionAdverse' }]],
    ['disclaimer of opinion', { opinion: 'disclaimer' }, 'qualified', [{ code: 'opinionDisclaimer' }]],
    ['no verification record', { verification: null }, 'unverified', [{ code: 'notVerified' }]],
    [
      'verification not found',
      { verification: { ...confirmed, result: 'notFound' } },
      'unverified',
      [{ code: 'verificationFailed', params: { result: 'notFound' } }]
    ],
    [
      'verification mismatch',
      { verification: { ...confirmed, result: 'mismatch' } },
      'unverified',
      [{ code: 'verificationFailed', params: { result: 'mismatch' } }]
    ],
    [
      'register check: expired',
      { verification: { ...confirmed, result: 'mismatch', register: registerRef('expired') } },
      'expired',
      [{ code: 'registerOutcome', params: { outcome: 'expired' } }]
    ],
    [
      'register check: revoked',
      { verification: { ...confirmed, result: 'mismatch', register: registerRef('revoked') } },
      'expired',
      [{ code: 'registerOutcome', params: { outcome: 'revoked' } }]
    ],
    [
      'register check: notListed',
      { verification: { ...confirmed, result: 'notFound', register: registerRef('notListed') } },
      'unverified',
      [{ code: 'registerOutcome', params: { outcome: 'notListed' } }]
    ],
    [
      'register check: mismatch',
      { verification: { ...confirmed, result: 'mismatch', register: registerRef('mismatch') } },
      'unverified',
      [{ code: 'registerOutcome', params: { outcome: 'mismatch' } }]
    ],
    ['scope unknown', { scopeCoverage: 'unknown' }, 'unverified', [{ code: 'scopeUnknown' }]],
    ['scope not covered', { scopeCoverage: 'notCovered' }, 'outOfScope', [{ code: 'scopeNotCovered' }]],
    [
      'period end missing',
      { periodEnd: null },
      'unverified',
      [{ code: 'missingDates', params: { field: 'periodEnd' } }]
    ],
    [
      'exceptions reported',
      {
        exceptions: [
          {
            criterion: '',
            description: 'late review',
            testResult: '',
            managementResponse: '',
            requirementIds: []
          }
        ]
      },
      'valid',
      [{ code: 'exceptionsReported', params: { count: 1 } }]
    ]
  ] as const)('%s → %s', (_label, patch, expected, reasons) => {
    const result = status(att('soc2Type2', { ...fresh, ...(patch as Partial<Attestation>) }), on);
    expect(result.status).toBe(expected);
    const dated = result.reasons.filter((r) => r.code !== 'validThrough');
    expect(dated).toEqual(reasons);
  });

  it('a certificate with no expiry recorded is unverified even before its edition is withdrawn', () => {
    const a = att('iso27001', { edition: '2013' });
    expect(status(a, '2025-06-30')).toEqual({
      status: 'unverified',
      reasons: [
        { code: 'missingDates', params: { field: 'expiry' } },
        { code: 'validThrough', params: { date: '2025-10-31' } }
      ]
    });
  });
});

describe('precedence: outOfScope > expired > stale > qualified > unverified > valid', () => {
  const stale = { periodEnd: '2023-12-31' };
  const worst: Partial<Attestation> = { opinion: 'adverse', verification: null, scopeCoverage: 'notCovered' };

  it.each([
    [
      'out of scope over expired, adverse and unchecked',
      'iso27001',
      { ...worst, expiry: '2024-01-31' },
      'outOfScope'
    ],
    ['out of scope over stale', 'soc2Type2', { ...worst, ...stale }, 'outOfScope'],
    [
      'expired over disclaimer and unverified',
      'iso27001',
      { expiry: '2024-01-31', opinion: 'disclaimer', verification: null },
      'expired'
    ],
    [
      'stale over adverse and unverified',
      'soc2Type2',
      { ...stale, opinion: 'adverse', verification: null },
      'stale'
    ],
    [
      'adverse (qualified status) over unverified',
      'soc2Type2',
      { periodEnd: '2024-12-31', opinion: 'adverse', verification: null },
      'qualified'
    ],
    [
      'a qualified opinion leaves an unchecked report unverified',
      'soc2Type2',
      { periodEnd: '2024-12-31', opinion: 'qualified', verification: null },
      'unverified'
    ]
  ] as const)('%s', (_label, type, patch, expected) => {
    expect(status(att(type, patch), '2025-06-30').status).toBe(expected);
  });

  it('lists every finding, worst first', () => {
    const result = status(att('iso27001', { ...worst, expiry: '2024-01-31' }), '2025-06-30');
    expect(result.reasons.map((r) => r.code)).toEqual([
      'scopeNotCovered',
      'expiredOn',
      'opinionAdverse',
      'notVerified'
    ]);
  });
});

describe('statusOnDates', () => {
  const cert = att('iso27001', { edition: '2022', expiry: '2026-03-31' });

  it('shows a certificate valid at the bid deadline that expires before the contract ends', () => {
    const result = statusOnDates(
      cert,
      info('iso27001'),
      { bidDeadline: '2025-09-30', contractEnd: '2027-03-31' },
      '2025-01-01'
    );
    expect(result.referenceDate).toBe('2025-09-30');
    expect(result.atDeadline).toEqual(valid('2026-03-31'));
    expect(result.atContractEnd).toEqual({
      status: 'expired',
      reasons: [{ code: 'expiredOn', params: { date: '2026-04-01' } }]
    });
  });

  it('has no contract-end status without a contract end, and uses today without a bid deadline', () => {
    const result = statusOnDates(
      cert,
      info('iso27001'),
      { bidDeadline: null, contractEnd: null },
      '2026-04-01'
    );
    expect(result.referenceDate).toBe('2026-04-01');
    expect(result.atDeadline.status).toBe('expired');
    expect(result.atContractEnd).toBeNull();
  });
});
