/** SOC 2 read as an auditor reads it: exceptions by criterion, qualified opinions, carve-outs without a report. */
import { describe, expect, it } from 'vitest';
import type { Attestation, Subcontractor } from './model';
import type { Suggestion, SuggestionRequirement } from './suggestions';
import { att, codes, exception, nth, reason, sub, suggest } from '$lib/testing/suggestions';

const TYPES: SuggestionRequirement['acceptedAttestations'] = ['soc2Type2'];
const requirement = (id: string, kind: 'mandatory' | 'scored', ...controlRefs: string[]) => ({
  id,
  kind,
  acceptedAttestations: TYPES,
  controlRefs
});
const REQUIREMENTS = [
  requirement('mfa', 'mandatory', 'iso27002:9.4.2', 'tsc:CC6.1'),
  requirement('crypto', 'scored', 'iso27002:10.1.1', 'tsc:CC6.1', 'tsc:CC6.7'),
  requirement('backup', 'scored', 'iso27002:12.3.1', 'tsc:A1.2'),
  requirement('logs', 'mandatory', 'iso27002:12.4.1', 'tsc:CC7.2'),
  requirement('incident', 'scored', 'iso27002:16.1.2', 'tsc:CC7.4')
];

const all = (attestations: Attestation[], subs: Subcontractor[] = []) =>
  new Map(REQUIREMENTS.map((r) => [r.id, suggest(r, 'full', attestations, subs)] as const));
const outcome = (s: Suggestion | null | undefined) => s?.verdict ?? s?.level ?? null;
/** The requirements whose suggestion differs from the one the clean report gives. */
function changed(report: Partial<Attestation>): string[] {
  const clean = all([att('soc2Type2')]);
  const flagged = all([att('soc2Type2', report)]);
  return REQUIREMENTS.filter((r) => {
    const a = clean.get(r.id);
    const b = flagged.get(r.id);
    return outcome(a) !== outcome(b) || codes(a ?? null).join() !== codes(b ?? null).join();
  }).map((r) => r.id);
}

describe('an exception changes exactly the requirements mapped to its criterion', () => {
  it.each([
    ['CC6.1', ['mfa', 'crypto']],
    ['CC6.7', ['crypto']],
    ['A1.2', ['backup']],
    ['CC7.2', ['logs']],
    ['CC7.4', ['incident']],
    ['CC8.1', []]
  ])('unmodified report, exception on %s → %j', (criterion, expected) => {
    expect(changed({ exceptions: [exception(criterion)] })).toEqual(expected);
  });

  it.each([
    [
      ['CC7.2', 'CC7.4'],
      ['logs', 'incident']
    ],
    [
      ['CC6.7', 'A1.2'],
      ['crypto', 'backup']
    ]
  ])('qualified report with exceptions on %j → exactly %j', (criteria, expected) => {
    expect(changed({ opinion: 'qualified', exceptions: criteria.map((c) => exception(c)) })).toEqual(
      expected
    );
  });

  it('an unmodified report with an exception still meets a mandatory item, and says which exception', () => {
    const s = all([att('soc2Type2', { exceptions: [exception('CC7.2', [], 'Log review late')] })]).get(
      'logs'
    );
    expect(s?.verdict).toBe('pass');
    expect(reason(s ?? null, 'exceptionReported')?.params).toMatchObject({
      criterion: 'CC7.2',
      description: 'Log review late',
      count: 1
    });
  });

  it('an exception lowers a scored item one level; each exception is its own note', () => {
    const s = all([att('soc2Type2', { exceptions: [exception('CC6.1'), exception('CC6.7')] })]).get('crypto');
    expect(s?.level).toBe(nth(3));
    expect(s?.basis.filter((r) => r.code === 'exceptionReported').map((r) => r.params.criterion)).toEqual([
      'CC6.1',
      'CC6.7'
    ]);
  });
});

describe('qualified vs adverse', () => {
  const exceptions = [exception('CC7.2'), exception('A1.2')];
  it.each([
    // Qualified: the report is no evidence for what it qualifies; the rest stands.
    ['qualified', { logs: 'fail', backup: nth(2), mfa: 'pass', crypto: nth(2), incident: nth(2) }],
    ['unmodified', { logs: 'pass', backup: nth(3), mfa: 'pass', crypto: nth(2), incident: nth(2) }],
    // Adverse and disclaimer: no evidence at all (answer-only levels, 必須 fail).
    ['adverse', { logs: 'fail', backup: nth(2), mfa: 'fail', crypto: nth(2), incident: nth(2) }],
    ['disclaimer', { logs: 'fail', backup: nth(2), mfa: 'fail', crypto: nth(2), incident: nth(2) }]
  ] as const)('%s opinion', (opinion, expected) => {
    const got = all([att('soc2Type2', { opinion, exceptions })]);
    expect(Object.fromEntries([...got].map(([id, s]) => [id, outcome(s)]))).toEqual(expected);
  });

  it('names the qualified criterion on the requirement it voids, and rests the rest on the report', () => {
    const a = att('soc2Type2', { opinion: 'qualified', exceptions });
    const got = all([a]);
    expect(reason(got.get('logs') ?? null, 'criteriaQualified')?.params).toMatchObject({
      attestationId: a.id,
      criteria: ['CC7.2']
    });
    expect(got.get('logs')?.basis[0]?.code).toBe('failNoValidEvidence');
    expect(got.get('mfa')?.basis[0]?.code).toBe('passByEvidence');
    expect(codes(got.get('mfa') ?? null)).not.toContain('criteriaQualified');
  });

  it('a qualified opinion naming its criteria voids only those, whatever the exceptions', () => {
    const a = att('soc2Type2', { opinion: 'qualified', qualifiedCriteria: ['CC6.1'], exceptions });
    const got = all([a]);
    expect(outcome(got.get('mfa'))).toBe('fail');
    expect(outcome(got.get('logs'))).toBe('pass');
  });
});

describe('carve-outs link to subcontractor records', () => {
  const SUPPLY = requirement('supply', 'scored', 'iso27002:15.1.3', 'tsc:CC9.2');
  const aws = sub('AWS', { criticality: 'normal' });
  const carveOut = (subcontractorId: string | null, name = 'Amazon Web Services') =>
    att('soc2Type2', { subserviceOrganisations: [{ name, method: 'carveOut', subcontractorId }] });

  it.each([
    ['linked, no report of its own', carveOut(aws.id), [], { subcontractorId: aws.id, name: 'AWS' }],
    ['linked, its own report held', carveOut(aws.id), [att('soc2Type2', { subcontractorId: aws.id })], null],
    ['unlinked name', carveOut(null), [], { name: 'Amazon Web Services' }],
    [
      'unlinked, same name as the record',
      carveOut(null, ' aws '),
      [],
      { subcontractorId: aws.id, name: 'AWS' }
    ]
  ] as const)('%s', (_label, report, own, expected) => {
    const s = suggest(SUPPLY, 'full', [report, ...own], [aws]);
    const note = reason(s, 'carveOutWithoutReport');
    if (expected === null) expect(note).toBeUndefined();
    else expect(note?.params).toMatchObject(expected);
  });

  it('an inclusive report covers the critical subcontractor it links to, whatever the name', () => {
    const critical = sub('Acme DC', { criticality: 'critical', subserviceMethod: 'inclusive' });
    const report = att('soc2Type2', {
      subserviceOrganisations: [
        { name: 'Acme Data Centres K.K.', method: 'inclusive', subcontractorId: critical.id }
      ]
    });
    expect(suggest(SUPPLY, 'full', [report], [critical])?.basis[0]?.code).toBe('weakestSubcontractor');
    const unlinked = att('soc2Type2', {
      subserviceOrganisations: [
        { name: 'Acme Data Centres K.K.', method: 'inclusive', subcontractorId: null }
      ]
    });
    expect(suggest(SUPPLY, 'full', [unlinked], [critical])?.basis[0]?.code).toBe('subcontractorUncovered');
  });
});
