import { describe, expect, it } from 'vitest';
import {
  attestationDraft,
  draftFields,
  isRequired,
  usesField,
  type AttestationDraft,
  type AttestationField,
  type DraftTarget
} from './attestation-draft';
import { ATTESTATION_TYPES, type AttestationType } from './model';
import {
  ALL_FIELDS,
  clearedParts,
  fieldsOf,
  problems,
  stored,
  validDraft
} from '$lib/testing/attestation-draft';

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
    // A 27017 certificate of its own: no add-on flag (it is the cloud certificate).
    ['iso27017', ['number', 'issuer', 'accreditationBody', 'issuedOn', 'expiry', 'edition']],
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
    ['iso27017', ['number', 'expiry']],
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
      qualifiedCriteria: [],
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
    draft.exceptions[0]!.criterion = 'CC1.1';
    draft.subserviceOrganisations[0]!.name = 'changed';
    draft.tscCategories.push('privacy');
    expect(a.exceptions).toEqual([
      {
        criterion: 'CC6.2',
        description: 'Late access review',
        testResult: '1 of 4 quarterly reviews lacked approval',
        managementResponse: 'Approval is now enforced',
        requirementIds: ['r1', 'r2']
      }
    ]);
    expect(a.subserviceOrganisations).toEqual([
      { name: 'DC Corp', method: 'carveOut', subcontractorId: null }
    ]);
    expect(a.tscCategories).toEqual(['security', 'availability']);
  });

  it('tidies what was typed: trimmed text, split lists, empty rows dropped', () => {
    const { data } = draftFields(
      validDraft('soc2Type2', {
        issuer: '  Audit LLC ',
        scopeServices: 'Compute, Storage、DB，Queue\n\n',
        cuecs: ' one, with a comma \n\n two ',
        exceptions: [
          {
            criterion: '',
            description: ' Late review ',
            testResult: '',
            managementResponse: '',
            requirementIds: []
          },
          { criterion: '', description: '  ', testResult: '', managementResponse: '', requirementIds: [] }
        ],
        subserviceOrganisations: [
          { name: ' DC Corp ', method: 'inclusive', subcontractorId: null },
          { name: ' ', method: 'carveOut', subcontractorId: null }
        ],
        tscCategories: ['privacy', 'imported', 'security', 'privacy', 'availability']
      })
    );
    expect(data).toMatchObject({
      issuer: 'Audit LLC',
      scopeServices: ['Compute', 'Storage', 'DB', 'Queue'],
      cuecs: ['one, with a comma', 'two'],
      exceptions: [
        {
          criterion: '',
          description: 'Late review',
          testResult: '',
          managementResponse: '',
          requirementIds: []
        }
      ],
      subserviceOrganisations: [{ name: 'DC Corp', method: 'inclusive', subcontractorId: null }],
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
