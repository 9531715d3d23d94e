import { describe, expect, it } from 'vitest';
import {
  attestationDraft,
  draftFields,
  isRequired,
  isTscCategory,
  splitLines,
  splitList,
  usesField,
  type AttestationDraft,
  type AttestationField,
  type AttestationFields,
  type DraftProblem,
  type DraftTarget
} from './attestation-draft';
import { ATTESTATION_TYPES, type Attestation, type AttestationType } from './model';

const ALL_FIELDS: readonly AttestationField[] = [
  'number',
  'issuer',
  'accreditationBody',
  'scopeLists',
  'excludedControls',
  'period',
  'asOf',
  'issuedOn',
  'expiry',
  'edition',
  'cloudAddOn',
  'renewalPending',
  'opinion',
  'exceptions',
  'tscCategories',
  'subserviceOrganisations',
  'cuecs',
  'bridgeLetter'
];

/** A stored attestation with every part filled in, dates in their natural order. */
function stored(type: AttestationType, patch: Partial<Attestation> = {}): Attestation {
  return {
    id: 'a1',
    procurementId: 'p1',
    vendorId: 'v1',
    subcontractorId: null,
    type,
    number: 'REG-001',
    issuer: 'Audit LLC',
    accreditationBody: 'JAB',
    scopeText: 'The whole platform',
    scopeServices: ['Compute', 'Storage'],
    scopeRegions: ['Tokyo', 'Osaka'],
    scopeCoverage: 'covered',
    periodStart: '2024-04-01',
    periodEnd: '2025-03-31',
    asOf: '2025-03-31',
    issuedOn: '2025-05-15',
    expiry: '2028-05-14',
    edition: '2022',
    cloudAddOn: true,
    renewalPending: true,
    opinion: 'qualified',
    exceptions: [{ description: 'Late access review', requirementIds: ['r1', 'r2'] }],
    tscCategories: ['security', 'availability'],
    subserviceOrganisations: [{ name: 'DC Corp', method: 'carveOut' }],
    cuecs: ['Users review access, quarterly', 'Users protect their keys'],
    bridgeLetter: { issuedOn: '2025-06-01', coversUntil: '2025-05-31' },
    excludedControls: ['8.1.1', '8.2.3'],
    verification: {
      source: 'ISMAP register',
      checkedOn: '2025-06-10',
      checkedBy: 'Sato',
      result: 'confirmed'
    },
    evidenceFileIds: ['f1'],
    notes: 'Checked against the register',
    ...patch
  };
}

/** The same attestation as `draftFields` returns it: without identity, holder and evidence. */
function fieldsOf(a: Attestation): AttestationFields {
  const { id, procurementId, vendorId, subcontractorId, evidenceFileIds, ...fields } = a;
  void [id, procurementId, vendorId, subcontractorId, evidenceFileIds];
  return fields;
}

/** A draft of the type that passes every check: all its parts set, dates in order. */
function validDraft(type: AttestationType, patch: Partial<AttestationDraft> = {}): AttestationDraft {
  return { ...attestationDraft(stored(type)), ...patch };
}

function problems(draft: AttestationDraft): { problem: DraftProblem; target: DraftTarget }[] {
  return draftFields(draft).issues;
}

describe('the fields each type records', () => {
  // Exactly these, no more: the form shows these inputs and stores only these parts.
  it.each<[AttestationType, AttestationField[]]>([
    ['ismap', ['number', 'issuer', 'scopeLists', 'excludedControls', 'period', 'renewalPending']],
    ['ismapLiu', ['number', 'issuer', 'scopeLists', 'excludedControls', 'period', 'renewalPending']],
    [
      'soc2Type2',
      [
        'issuer',
        'scopeLists',
        'period',
        'issuedOn',
        'opinion',
        'exceptions',
        'tscCategories',
        'subserviceOrganisations',
        'cuecs',
        'bridgeLetter'
      ]
    ],
    [
      'soc2Type1',
      [
        'issuer',
        'scopeLists',
        'asOf',
        'issuedOn',
        'opinion',
        'tscCategories',
        'subserviceOrganisations',
        'cuecs'
      ]
    ],
    ['soc3', ['issuer', 'scopeLists', 'period', 'issuedOn', 'opinion', 'tscCategories']],
    ['csGold', ['number', 'issuer', 'period', 'expiry']],
    ['csSilver', ['number', 'issuer', 'period', 'expiry']],
    ['iso27001', ['number', 'issuer', 'accreditationBody', 'issuedOn', 'expiry', 'edition', 'cloudAddOn']],
    ['csaStar2Certification', ['number', 'issuer', 'accreditationBody', 'issuedOn', 'expiry']],
    ['csaStar2Attestation', ['issuer', 'period', 'issuedOn', 'opinion']],
    ['csaStar1', ['issuedOn']],
    ['aspic', ['number', 'issuer', 'issuedOn', 'expiry']],
    ['selfAssessment', ['issuedOn']],
    ['other', ['number', 'issuer', 'accreditationBody', 'period', 'asOf', 'issuedOn', 'expiry', 'edition']]
  ])('%s uses %j', (type, expected) => {
    expect(ALL_FIELDS.filter((field) => usesField(type, field))).toEqual(expected);
  });

  it('covers every attestation type', () => {
    // A type added to the model without a field set would show an empty form.
    for (const type of ATTESTATION_TYPES) expect(ALL_FIELDS.some((f) => usesField(type, f))).toBe(true);
  });
});

describe('what each type requires', () => {
  const TARGETS: readonly DraftTarget[] = [
    'number',
    'periodStart',
    'periodEnd',
    'asOf',
    'issuedOn',
    'expiry',
    'opinion',
    'bridgeLetter',
    'exceptions',
    'verification'
  ];
  const blank: Partial<AttestationDraft> = {
    number: '',
    periodStart: '',
    periodEnd: '',
    asOf: '',
    issuedOn: '',
    expiry: '',
    opinion: ''
  };

  it.each<[AttestationType, DraftTarget[]]>([
    ['ismap', ['number', 'periodStart', 'periodEnd']],
    ['ismapLiu', ['number', 'periodStart', 'periodEnd']],
    ['soc2Type2', ['periodStart', 'periodEnd', 'opinion']],
    ['soc2Type1', ['asOf', 'opinion']],
    ['soc3', ['periodStart', 'periodEnd', 'opinion']],
    ['csGold', ['number', 'periodStart', 'periodEnd']],
    ['csSilver', ['number', 'periodStart', 'periodEnd']],
    ['iso27001', ['number', 'expiry']],
    ['csaStar2Certification', ['expiry']],
    ['csaStar2Attestation', ['periodStart', 'periodEnd']],
    ['csaStar1', ['issuedOn']],
    ['aspic', ['number']],
    ['selfAssessment', []],
    ['other', []]
  ])('%s requires %j', (type, expected) => {
    expect(TARGETS.filter((target) => isRequired(type, target))).toEqual(expected);
    // Left empty, exactly those are reported, and nothing is stored.
    const result = draftFields(validDraft(type, blank));
    expect(result.issues).toEqual(expected.map((target) => ({ problem: 'required', target })));
    expect(result.data === null).toBe(expected.length > 0);
  });

  it.each([...ATTESTATION_TYPES])('a complete %s draft has no issues and is stored', (type) => {
    const result = draftFields(validDraft(type));
    expect(result.issues).toEqual([]);
    expect(result.data).not.toBeNull();
  });

  it('counts a number of spaces as missing', () => {
    expect(problems(validDraft('iso27001', { number: '   ' }))).toEqual([
      { problem: 'required', target: 'number' }
    ]);
  });
});

describe('an attestation as a draft and back', () => {
  it.each([...ATTESTATION_TYPES])('a stored %s comes back unchanged', (type) => {
    // Only the parts the type records are set, so a round trip must keep every one of them.
    const a = stored(type, clearedParts(type));
    expect(draftFields(attestationDraft(a))).toEqual({ data: fieldsOf(a), issues: [] });
  });

  it('clears on save the parts the type does not record', () => {
    // Filled in as a SOC 2 Type II, then switched to ISO/IEC 27001 before saving.
    const draft = { ...attestationDraft(stored('soc2Type2')), type: 'iso27001' as const };
    const { data } = draftFields(draft);
    expect(data).toEqual({
      ...fieldsOf(stored('iso27001')),
      // ISO/IEC 27001 records none of these.
      scopeServices: [],
      scopeRegions: [],
      excludedControls: [],
      periodStart: null,
      periodEnd: null,
      asOf: null,
      renewalPending: false,
      opinion: null,
      exceptions: [],
      tscCategories: [],
      subserviceOrganisations: [],
      cuecs: [],
      bridgeLetter: null
    });
  });

  it('clears the certificate parts when an ISO/IEC 27001 becomes an ISMAP entry', () => {
    const draft = { ...attestationDraft(stored('iso27001')), type: 'ismap' as const };
    expect(draftFields(draft).data).toMatchObject({
      number: 'REG-001',
      periodStart: '2024-04-01',
      renewalPending: true,
      accreditationBody: '',
      issuedOn: null,
      expiry: null,
      edition: '',
      cloudAddOn: false
    });
  });

  it('keeps scope text, coverage, verification and notes for every type', () => {
    const { data } = draftFields(validDraft('csaStar1'));
    expect(data).toMatchObject({
      scopeText: 'The whole platform',
      scopeCoverage: 'covered',
      verification: {
        source: 'ISMAP register',
        checkedOn: '2025-06-10',
        checkedBy: 'Sato',
        result: 'confirmed'
      },
      notes: 'Checked against the register',
      number: '',
      issuer: ''
    });
  });

  it('starts a new attestation empty, security in scope, coverage unknown', () => {
    const draft = attestationDraft(null, 'soc2Type2');
    expect(draft).toMatchObject({
      type: 'soc2Type2',
      number: '',
      periodStart: '',
      opinion: '',
      scopeCoverage: 'unknown',
      tscCategories: ['security'],
      exceptions: [],
      verificationResult: ''
    });
    expect(attestationDraft(null).type).toBe('ismap');
  });

  it('writes lists one per line and dates as text', () => {
    const draft = attestationDraft(stored('soc2Type2'));
    expect(draft.scopeServices).toBe('Compute\nStorage');
    expect(draft.cuecs).toBe('Users review access, quarterly\nUsers protect their keys');
    expect(draft.bridgeIssuedOn).toBe('2025-06-01');
    expect(draft.bridgeCoversUntil).toBe('2025-05-31');
    expect(draft.verificationSource).toBe('ISMAP register');
  });

  it('copies the lists it edits, so editing the draft leaves the attestation alone', () => {
    const a = stored('soc2Type2');
    const draft = attestationDraft(a);
    draft.exceptions[0]!.requirementIds.push('r9');
    draft.exceptions[0]!.description = 'changed';
    draft.subserviceOrganisations[0]!.name = 'changed';
    draft.tscCategories.push('privacy');
    expect(a.exceptions).toEqual([{ description: 'Late access review', requirementIds: ['r1', 'r2'] }]);
    expect(a.subserviceOrganisations).toEqual([{ name: 'DC Corp', method: 'carveOut' }]);
    expect(a.tscCategories).toEqual(['security', 'availability']);
  });

  it('tidies what was typed: trimmed text, split lists, empty rows dropped', () => {
    const { data } = draftFields(
      validDraft('soc2Type2', {
        issuer: '  Audit LLC ',
        scopeServices: 'Compute, Storage、DB，Queue\n\n',
        cuecs: ' one, with a comma \n\n two ',
        exceptions: [
          { description: ' Late review ', requirementIds: [] },
          { description: '  ', requirementIds: [] }
        ],
        subserviceOrganisations: [
          { name: ' DC Corp ', method: 'inclusive' },
          { name: ' ', method: 'carveOut' }
        ],
        tscCategories: ['privacy', 'imported', 'security', 'privacy', 'availability']
      })
    );
    expect(data).toMatchObject({
      issuer: 'Audit LLC',
      scopeServices: ['Compute', 'Storage', 'DB', 'Queue'],
      cuecs: ['one, with a comma', 'two'],
      exceptions: [{ description: 'Late review', requirementIds: [] }],
      subserviceOrganisations: [{ name: 'DC Corp', method: 'inclusive' }],
      // Known categories in their usual order, once each; others after them.
      tscCategories: ['security', 'availability', 'privacy', 'imported']
    });
  });

  it('stores no verification record when none was started', () => {
    const draft = validDraft('ismap', {
      verificationSource: ' ',
      verificationCheckedOn: '',
      verificationCheckedBy: '',
      verificationResult: ''
    });
    expect(draftFields(draft)).toMatchObject({ data: { verification: null }, issues: [] });
  });
});

/** The parts `type` does not record, emptied, so `stored(type, …)` is what a save returns. */
function clearedParts(type: AttestationType): Partial<Attestation> {
  const uses = (field: AttestationField) => usesField(type, field);
  return {
    ...(uses('number') ? {} : { number: '' }),
    ...(uses('issuer') ? {} : { issuer: '' }),
    ...(uses('accreditationBody') ? {} : { accreditationBody: '' }),
    ...(uses('scopeLists') ? {} : { scopeServices: [], scopeRegions: [] }),
    ...(uses('excludedControls') ? {} : { excludedControls: [] }),
    ...(uses('period') ? {} : { periodStart: null, periodEnd: null }),
    ...(uses('asOf') ? {} : { asOf: null }),
    ...(uses('issuedOn') ? {} : { issuedOn: null }),
    ...(uses('expiry') ? {} : { expiry: null }),
    ...(uses('edition') ? {} : { edition: '' }),
    ...(uses('cloudAddOn') ? {} : { cloudAddOn: false }),
    ...(uses('renewalPending') ? {} : { renewalPending: false }),
    ...(uses('opinion') ? {} : { opinion: null }),
    ...(uses('exceptions') ? {} : { exceptions: [] }),
    ...(uses('tscCategories') ? {} : { tscCategories: [] }),
    ...(uses('subserviceOrganisations') ? {} : { subserviceOrganisations: [] }),
    ...(uses('cuecs') ? {} : { cuecs: [] }),
    ...(uses('bridgeLetter') ? {} : { bridgeLetter: null })
  };
}

describe('the checks before an attestation is stored', () => {
  // Each case: a valid draft with one thing changed, and the one problem (if any) it must raise.
  it.each<[string, AttestationType, Partial<AttestationDraft>, DraftProblem | null, DraftTarget | null]>([
    [
      'period ends before it starts',
      'ismap',
      { periodStart: '2025-04-01', periodEnd: '2025-03-31' },
      'periodOrder',
      'periodEnd'
    ],
    ['period of one day', 'ismap', { periodStart: '2025-03-31', periodEnd: '2025-03-31' }, null, null],
    [
      'issued before the period ends',
      'soc2Type2',
      { issuedOn: '2025-03-30' },
      'issuedBeforePeriodEnd',
      'issuedOn'
    ],
    ['issued on the period end', 'soc2Type2', { issuedOn: '2025-03-31' }, null, null],
    [
      'expires before it is issued',
      'iso27001',
      { issuedOn: '2025-05-15', expiry: '2025-05-14' },
      'expiryBeforeIssue',
      'expiry'
    ],
    [
      'expires on the day it is issued',
      'iso27001',
      { issuedOn: '2025-05-15', expiry: '2025-05-15' },
      null,
      null
    ],
    [
      'bridge letter without its end',
      'soc2Type2',
      { bridgeCoversUntil: '' },
      'bridgeIncomplete',
      'bridgeLetter'
    ],
    [
      'bridge letter without its date',
      'soc2Type2',
      { bridgeIssuedOn: '' },
      'bridgeIncomplete',
      'bridgeLetter'
    ],
    ['no bridge letter', 'soc2Type2', { bridgeIssuedOn: '', bridgeCoversUntil: '' }, null, null],
    [
      'bridge letter ending on the period end',
      'soc2Type2',
      { bridgeCoversUntil: '2025-03-31' },
      'bridgeBeforePeriodEnd',
      'bridgeLetter'
    ],
    [
      'bridge letter ending before the period end',
      'soc2Type2',
      { bridgeCoversUntil: '2025-01-31' },
      'bridgeBeforePeriodEnd',
      'bridgeLetter'
    ],
    ['bridge letter ending the day after', 'soc2Type2', { bridgeCoversUntil: '2025-04-01' }, null, null],
    ['half a bridge letter on a type without one', 'soc2Type1', { bridgeCoversUntil: '' }, null, null],
    [
      'exception linked to requirements but undescribed',
      'soc2Type2',
      { exceptions: [{ description: ' ', requirementIds: ['r1'] }] },
      'exceptionWithoutDescription',
      'exceptions'
    ],
    [
      'exception row left empty',
      'soc2Type2',
      { exceptions: [{ description: '', requirementIds: [] }] },
      null,
      null
    ],
    [
      'verification without where',
      'ismap',
      { verificationSource: ' ' },
      'verificationIncomplete',
      'verification'
    ],
    [
      'verification without when',
      'ismap',
      { verificationCheckedOn: '' },
      'verificationIncomplete',
      'verification'
    ],
    [
      'verification without a result',
      'ismap',
      { verificationResult: '' },
      'verificationIncomplete',
      'verification'
    ],
    [
      'only a verification result',
      'ismap',
      { verificationSource: '', verificationCheckedOn: '', verificationCheckedBy: '' },
      'verificationIncomplete',
      'verification'
    ],
    [
      'only who checked',
      'ismap',
      { verificationSource: '', verificationCheckedOn: '', verificationResult: '' },
      'verificationIncomplete',
      'verification'
    ],
    ['verification without who (optional)', 'ismap', { verificationCheckedBy: '' }, null, null]
  ])('%s', (_, type, patch, problem, target) => {
    const result = draftFields(validDraft(type, patch));
    expect(result.issues).toEqual(problem && target ? [{ problem, target }] : []);
    expect(result.data === null).toBe(problem !== null);
  });

  it('does not compare dates of parts the type does not record', () => {
    // ISO/IEC 27001 has no period, so a stale period end left in the draft is no problem.
    const draft = validDraft('iso27001', { periodEnd: '2030-01-01', issuedOn: '2025-05-15' });
    expect(problems(draft)).toEqual([]);
  });

  it('reports every problem at once, in the order of the form', () => {
    const draft = validDraft('soc2Type2', {
      periodStart: '',
      periodEnd: '2025-03-31',
      issuedOn: '2025-03-01',
      bridgeCoversUntil: '',
      exceptions: [{ description: '', requirementIds: ['r1'] }],
      verificationResult: ''
    });
    expect(problems(draft)).toEqual([
      { problem: 'required', target: 'periodStart' },
      { problem: 'issuedBeforePeriodEnd', target: 'issuedOn' },
      { problem: 'bridgeIncomplete', target: 'bridgeLetter' },
      { problem: 'exceptionWithoutDescription', target: 'exceptions' },
      { problem: 'verificationIncomplete', target: 'verification' }
    ]);
  });
});

describe('list and category helpers', () => {
  it.each([
    ['a, b,c', ['a', 'b', 'c']],
    ['東京、大阪，福岡', ['東京', '大阪', '福岡']],
    [' a \n\n b ', ['a', 'b']],
    ['', []]
  ])('splitList(%j)', (text, expected) => {
    expect(splitList(text)).toEqual(expected);
  });

  it('splitLines keeps commas inside a line', () => {
    expect(splitLines(' a, b \n\n c ')).toEqual(['a, b', 'c']);
  });

  it.each([
    ['security', true],
    ['processingIntegrity', true],
    ['Security', false],
    ['imported', false]
  ])('isTscCategory(%j) is %s', (value, expected) => {
    expect(isTscCategory(value)).toBe(expected);
  });
});
