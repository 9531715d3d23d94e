/** Fixtures of the attestation-draft tests: stored attestations and drafts of each type. */
import {
  attestationDraft,
  draftFields,
  usesField,
  type AttestationDraft,
  type AttestationField,
  type AttestationFields,
  type DraftProblem,
  type DraftTarget
} from '$lib/domain/attestation-draft';
import { type Attestation, type AttestationType } from '$lib/domain/model';

export const ALL_FIELDS: readonly AttestationField[] = [
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
export function stored(type: AttestationType, patch: Partial<Attestation> = {}): Attestation {
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
    qualifiedCriteria: ['CC6.2'],
    exceptions: [
      {
        criterion: 'CC6.2',
        description: 'Late access review',
        testResult: '1 of 4 quarterly reviews lacked approval',
        managementResponse: 'Approval is now enforced',
        requirementIds: ['r1', 'r2']
      }
    ],
    tscCategories: ['security', 'availability'],
    subserviceOrganisations: [{ name: 'DC Corp', method: 'carveOut', subcontractorId: null }],
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
export function fieldsOf(a: Attestation): AttestationFields {
  const { id, procurementId, vendorId, subcontractorId, evidenceFileIds, ...fields } = a;
  void [id, procurementId, vendorId, subcontractorId, evidenceFileIds];
  return fields;
}

/** A draft of the type that passes every check: all its parts set, dates in order. */
export function validDraft(type: AttestationType, patch: Partial<AttestationDraft> = {}): AttestationDraft {
  return { ...attestationDraft(stored(type)), ...patch };
}

export function problems(draft: AttestationDraft): { problem: DraftProblem; target: DraftTarget }[] {
  return draftFields(draft).issues;
}

/** The parts `type` does not record, emptied, so `stored(type, …)` is what a save returns. */
export function clearedParts(type: AttestationType): Partial<Attestation> {
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
    ...(uses('opinion') ? {} : { opinion: null, qualifiedCriteria: [] }),
    ...(uses('exceptions') ? {} : { exceptions: [] }),
    ...(uses('tscCategories') ? {} : { tscCategories: [] }),
    ...(uses('subserviceOrganisations') ? {} : { subserviceOrganisations: [] }),
    ...(uses('cuecs') ? {} : { cuecs: [] }),
    ...(uses('bridgeLetter') ? {} : { bridgeLetter: null })
  };
}
