/**
 * The attestation form's draft: which fields each attestation type records and requires, and the
 * conversion between a stored attestation and the form's text. `draftFields` returns
 * `{ data, issues }` with data null whenever there is an issue; fields the type does not use are
 * cleared, so what is stored is what the form showed.
 */
import { textTooLong, tooLongParams } from './cell-text';
import type { StampKey } from './versions';
import { isCriterion, normaliseCriterion } from './soc2-exceptions';
import { splitList, splitLines } from './list-text';
import { TSC_CATEGORIES, type TscCategory } from './tsc-categories';
import type {
  Attestation,
  AttestationException,
  AttestationType,
  Opinion,
  ScopeCoverage,
  SubserviceOrganisation,
  VerificationResult
} from './model';

/** What the attestation form edits: everything but identity, holder and the evidence list. */
export type AttestationFields = Omit<
  Attestation,
  'id' | 'procurementId' | 'vendorId' | 'subcontractorId' | 'evidenceFileIds' | StampKey
>;

export { isTscCategory, TSC_CATEGORIES, type TscCategory } from './tsc-categories';

/** The optional parts of an attestation; scope text, coverage, verification and notes apply to all. */
export type AttestationField =
  | 'number'
  | 'issuer'
  | 'accreditationBody'
  | 'scopeLists'
  | 'excludedControls'
  | 'period'
  | 'asOf'
  | 'issuedOn'
  | 'expiry'
  | 'edition'
  | 'cloudAddOn'
  | 'renewalPending'
  | 'opinion'
  | 'exceptions'
  | 'tscCategories'
  | 'subserviceOrganisations'
  | 'cuecs'
  | 'bridgeLetter';

const ISMAP: readonly AttestationField[] = [
  'number',
  'issuer',
  'scopeLists',
  'excludedControls',
  'period',
  'renewalPending'
];
const CS_MARK: readonly AttestationField[] = ['number', 'issuer', 'period', 'expiry'];

/** What each type records (domain.md §7.4); the form shows only these. */
export const ATTESTATION_FIELDS: Record<AttestationType, readonly AttestationField[]> = {
  ismap: ISMAP,
  ismapLiu: ISMAP,
  soc2Type2: [
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
  ],
  soc2Type1: [
    'issuer',
    'scopeLists',
    'asOf',
    'issuedOn',
    'opinion',
    'tscCategories',
    'subserviceOrganisations',
    'cuecs'
  ],
  soc3: ['issuer', 'scopeLists', 'period', 'issuedOn', 'opinion', 'tscCategories'],
  csGold: CS_MARK,
  csSilver: CS_MARK,
  iso27001: ['number', 'issuer', 'accreditationBody', 'edition', 'issuedOn', 'expiry', 'cloudAddOn'],
  iso27017: ['number', 'issuer', 'accreditationBody', 'edition', 'issuedOn', 'expiry'],
  csaStar2Certification: ['number', 'issuer', 'accreditationBody', 'issuedOn', 'expiry'],
  csaStar2Attestation: ['issuer', 'period', 'issuedOn', 'opinion'],
  csaStar1: ['issuedOn'],
  aspic: ['number', 'issuer', 'issuedOn', 'expiry'],
  selfAssessment: ['issuedOn'],
  other: ['number', 'issuer', 'accreditationBody', 'edition', 'period', 'asOf', 'issuedOn', 'expiry']
};

/** Without these the type's status cannot be worked out (its number, or the dates its rule needs). */
const REQUIRED: Record<AttestationType, readonly DraftTarget[]> = {
  ismap: ['number', 'periodStart', 'periodEnd'],
  ismapLiu: ['number', 'periodStart', 'periodEnd'],
  soc2Type2: ['periodStart', 'periodEnd', 'opinion'],
  soc2Type1: ['asOf', 'opinion'],
  soc3: ['periodStart', 'periodEnd', 'opinion'],
  csGold: ['number', 'periodStart', 'periodEnd'],
  csSilver: ['number', 'periodStart', 'periodEnd'],
  iso27001: ['number', 'expiry'],
  iso27017: ['number', 'expiry'],
  csaStar2Certification: ['expiry'],
  csaStar2Attestation: ['periodStart', 'periodEnd'],
  csaStar1: ['issuedOn'],
  aspic: ['number'],
  selfAssessment: [],
  other: []
};

export function usesField(type: AttestationType, field: AttestationField): boolean {
  return ATTESTATION_FIELDS[type].includes(field);
}

export function isRequired(type: AttestationType, target: DraftTarget): boolean {
  return REQUIRED[type].includes(target);
}

/** The attestation as the form edits it: text for lists and dates, '' for "not set". */
export interface AttestationDraft {
  type: AttestationType;
  number: string;
  issuer: string;
  accreditationBody: string;
  scopeText: string;
  /** One per line or comma-separated. */
  scopeServices: string;
  scopeRegions: string;
  excludedControls: string;
  scopeCoverage: ScopeCoverage;
  periodStart: string;
  periodEnd: string;
  asOf: string;
  issuedOn: string;
  expiry: string;
  edition: string;
  cloudAddOn: boolean;
  renewalPending: boolean;
  opinion: Opinion | '';
  /** The criteria a qualified opinion names, one per line or comma-separated. */
  qualifiedCriteria: string;
  exceptions: AttestationException[];
  tscCategories: string[];
  subserviceOrganisations: SubserviceOrganisation[];
  /** One per line (a CUEC may contain commas). */
  cuecs: string;
  bridgeIssuedOn: string;
  bridgeCoversUntil: string;
  verificationSource: string;
  verificationCheckedOn: string;
  verificationCheckedBy: string;
  verificationResult: VerificationResult | '';
  notes: string;
}

/** Where a problem is shown: the input marked invalid. */
export type DraftTarget =
  | 'number'
  | 'issuer'
  | 'scopeText'
  | 'notes'
  | 'periodStart'
  | 'periodEnd'
  | 'asOf'
  | 'issuedOn'
  | 'expiry'
  | 'opinion'
  | 'qualifiedCriteria'
  | 'bridgeLetter'
  | 'exceptions'
  | 'verification';

export const DRAFT_PROBLEMS = [
  'required',
  'periodOrder',
  'issuedBeforePeriodEnd',
  'expiryBeforeIssue',
  'bridgeIncomplete',
  'bridgeBeforePeriodEnd',
  'exceptionWithoutDescription',
  // A Trust Services criterion that is not one (CC6.1, A1.2 …), on an exception or a qualified opinion.
  'criterionInvalid',
  'verificationIncomplete',
  // A text the questionnaire pack could not carry whole (one spreadsheet cell).
  'textTooLong'
] as const;
export type DraftProblem = (typeof DRAFT_PROBLEMS)[number];

export interface DraftIssue {
  problem: DraftProblem;
  target: DraftTarget;
  /** For `textTooLong`: how long the text is, and its limit. */
  params?: { length: number; max: number };
}

export function attestationDraft(a: Attestation | null, type: AttestationType = 'ismap'): AttestationDraft {
  const lines = (items: readonly string[]) => items.join('\n');
  return {
    type: a?.type ?? type,
    number: a?.number ?? '',
    issuer: a?.issuer ?? '',
    accreditationBody: a?.accreditationBody ?? '',
    scopeText: a?.scopeText ?? '',
    scopeServices: lines(a?.scopeServices ?? []),
    scopeRegions: lines(a?.scopeRegions ?? []),
    excludedControls: lines(a?.excludedControls ?? []),
    scopeCoverage: a?.scopeCoverage ?? 'unknown',
    periodStart: a?.periodStart ?? '',
    periodEnd: a?.periodEnd ?? '',
    asOf: a?.asOf ?? '',
    issuedOn: a?.issuedOn ?? '',
    expiry: a?.expiry ?? '',
    edition: a?.edition ?? '',
    cloudAddOn: a?.cloudAddOn ?? false,
    renewalPending: a?.renewalPending ?? false,
    opinion: a?.opinion ?? '',
    qualifiedCriteria: lines(a?.qualifiedCriteria ?? []),
    exceptions: (a?.exceptions ?? []).map((e) => ({ ...e, requirementIds: [...e.requirementIds] })),
    tscCategories: [...(a?.tscCategories ?? ['security'])],
    subserviceOrganisations: (a?.subserviceOrganisations ?? []).map((s) => ({ ...s })),
    cuecs: lines(a?.cuecs ?? []),
    bridgeIssuedOn: a?.bridgeLetter?.issuedOn ?? '',
    bridgeCoversUntil: a?.bridgeLetter?.coversUntil ?? '',
    verificationSource: a?.verification?.source ?? '',
    verificationCheckedOn: a?.verification?.checkedOn ?? '',
    verificationCheckedBy: a?.verification?.checkedBy ?? '',
    verificationResult: a?.verification?.result ?? '',
    notes: a?.notes ?? ''
  };
}

function hasVerification(d: AttestationDraft): boolean {
  return [d.verificationSource, d.verificationCheckedOn, d.verificationCheckedBy].some(
    (v) => v.trim() !== ''
  );
}

/**
 * The draft as stored, whether or not it is complete: fields the type does not use are cleared.
 * An import that must keep an incomplete record (for the buyer to finish) uses this; the form uses
 * `draftFields`, which refuses it.
 */
export function draftData(d: AttestationDraft): AttestationFields {
  const uses = (field: AttestationField) => usesField(d.type, field);
  const date = (field: AttestationField, value: string) => (uses(field) && value ? value : null);
  const text = (field: AttestationField, value: string) => (uses(field) ? value.trim() : '');
  const verification = hasVerification(d);
  // Known categories in their usual order; any other (from an import) after them.
  const rank = (c: string) => {
    const i = TSC_CATEGORIES.indexOf(c as TscCategory);
    return i < 0 ? TSC_CATEGORIES.length : i;
  };
  return {
    type: d.type,
    number: text('number', d.number),
    issuer: text('issuer', d.issuer),
    accreditationBody: text('accreditationBody', d.accreditationBody),
    scopeText: d.scopeText.trim(),
    scopeServices: uses('scopeLists') ? splitList(d.scopeServices) : [],
    scopeRegions: uses('scopeLists') ? splitList(d.scopeRegions) : [],
    scopeCoverage: d.scopeCoverage,
    periodStart: date('period', d.periodStart),
    periodEnd: date('period', d.periodEnd),
    asOf: date('asOf', d.asOf),
    issuedOn: date('issuedOn', d.issuedOn),
    expiry: date('expiry', d.expiry),
    edition: text('edition', d.edition),
    cloudAddOn: uses('cloudAddOn') && d.cloudAddOn,
    renewalPending: uses('renewalPending') && d.renewalPending,
    opinion: uses('opinion') && d.opinion ? d.opinion : null,
    // Only a qualified opinion names the criteria it qualifies.
    qualifiedCriteria:
      uses('opinion') && d.opinion === 'qualified'
        ? splitList(d.qualifiedCriteria).map(normaliseCriterion)
        : [],
    exceptions: uses('exceptions')
      ? d.exceptions
          .map((e) => ({
            criterion: normaliseCriterion(e.criterion),
            description: e.description.trim(),
            testResult: e.testResult.trim(),
            managementResponse: e.managementResponse.trim(),
            requirementIds: [...e.requirementIds]
          }))
          .filter((e) => e.criterion || e.description || e.requirementIds.length)
      : [],
    tscCategories: uses('tscCategories')
      ? d.tscCategories.filter((c, i, all) => all.indexOf(c) === i).sort((a, b) => rank(a) - rank(b))
      : [],
    subserviceOrganisations: uses('subserviceOrganisations')
      ? d.subserviceOrganisations
          .map((s) => ({ name: s.name.trim(), method: s.method, subcontractorId: s.subcontractorId }))
          .filter((s) => s.name)
      : [],
    cuecs: uses('cuecs') ? splitLines(d.cuecs) : [],
    bridgeLetter:
      uses('bridgeLetter') && d.bridgeIssuedOn && d.bridgeCoversUntil
        ? { issuedOn: d.bridgeIssuedOn, coversUntil: d.bridgeCoversUntil }
        : null,
    excludedControls: uses('excludedControls') ? splitList(d.excludedControls) : [],
    verification:
      verification && d.verificationResult
        ? {
            source: d.verificationSource.trim(),
            checkedOn: d.verificationCheckedOn,
            checkedBy: d.verificationCheckedBy.trim(),
            result: d.verificationResult
          }
        : null,
    notes: d.notes.trim()
  };
}

/**
 * The fields to store, or the problems that stop it. Fields the type does not use are cleared,
 * so what is stored is what the form showed.
 */
export function draftFields(d: AttestationDraft): { data: AttestationFields | null; issues: DraftIssue[] } {
  const uses = (field: AttestationField) => usesField(d.type, field);
  const verification = hasVerification(d);
  const data = draftData(d);
  const issues: DraftIssue[] = [];
  const values: Record<DraftTarget, unknown> = {
    number: data.number,
    issuer: data.issuer,
    scopeText: data.scopeText,
    notes: data.notes,
    periodStart: data.periodStart,
    periodEnd: data.periodEnd,
    asOf: data.asOf,
    issuedOn: data.issuedOn,
    expiry: data.expiry,
    opinion: data.opinion,
    qualifiedCriteria: data.qualifiedCriteria,
    bridgeLetter: data.bridgeLetter,
    exceptions: data.exceptions,
    verification: data.verification
  };
  for (const target of REQUIRED[d.type]) {
    if (!values[target]) issues.push({ problem: 'required', target });
  }
  for (const target of ['number', 'issuer', 'scopeText', 'notes'] as const) {
    const text = data[target];
    if (textTooLong(text)) issues.push({ problem: 'textTooLong', target, params: tooLongParams(text) });
  }
  const { periodStart, periodEnd, issuedOn, expiry } = data;
  if (periodStart && periodEnd && periodEnd < periodStart)
    issues.push({ problem: 'periodOrder', target: 'periodEnd' });
  if (issuedOn && periodEnd && issuedOn < periodEnd)
    issues.push({ problem: 'issuedBeforePeriodEnd', target: 'issuedOn' });
  if (issuedOn && expiry && expiry < issuedOn)
    issues.push({ problem: 'expiryBeforeIssue', target: 'expiry' });
  if (uses('bridgeLetter') && !d.bridgeIssuedOn !== !d.bridgeCoversUntil)
    issues.push({ problem: 'bridgeIncomplete', target: 'bridgeLetter' });
  if (data.bridgeLetter && periodEnd && data.bridgeLetter.coversUntil <= periodEnd)
    issues.push({ problem: 'bridgeBeforePeriodEnd', target: 'bridgeLetter' });
  if (data.exceptions.some((e) => !e.description))
    issues.push({ problem: 'exceptionWithoutDescription', target: 'exceptions' });
  if (data.exceptions.some((e) => e.criterion !== '' && !isCriterion(e.criterion)))
    issues.push({ problem: 'criterionInvalid', target: 'exceptions' });
  if (data.qualifiedCriteria.some((c) => !isCriterion(c)))
    issues.push({ problem: 'criterionInvalid', target: 'qualifiedCriteria' });
  if (
    (verification || d.verificationResult) &&
    (!d.verificationSource.trim() || !d.verificationCheckedOn || !d.verificationResult)
  )
    issues.push({ problem: 'verificationIncomplete', target: 'verification' });
  return issues.length ? { data: null, issues } : { data, issues };
}
