/** Fixtures of the suggestion tests: the shipped attestation rules, attestations, subcontractors and requirements. */
import { readFileSync } from 'node:fs';
import { restoreAttestationTypes } from '$lib/domain/catalogue-validate';
import { DEFAULT_RUBRIC, newAttestationFields } from '$lib/domain/defaults';
import type { Answer, Attestation, AttestationType, RubricLevel, Subcontractor } from '$lib/domain/model';
import {
  suggestGrade,
  vendorEvidence,
  type Suggestion,
  type SuggestionReasonCode,
  type SuggestionRequirement
} from '$lib/domain/suggestions';

// The shipped rules, restored as the app restores them, so the policy is tested against the real ranks and dates.
export const TYPES = restoreAttestationTypes(
  JSON.parse(readFileSync(new URL('../../../questionnaires/attestation-types.json', import.meta.url), 'utf8'))
).value.types;
export const RULES = new Map(TYPES.map((t) => [t.type, t] as const));
export const rank = (type: AttestationType) => RULES.get(type)!.assuranceRank;

export const DEADLINE = '2027-01-29';
export const CONTRACT_END = '2030-03-31';
export const DATES = { referenceDate: DEADLINE, contractEnd: CONTRACT_END };
export const CHECKED = {
  source: 'register',
  checkedOn: '2027-01-20',
  checkedBy: 'A',
  result: 'confirmed'
} as const;

let seq = 0;
/** A checked, in-scope attestation that is valid on the deadline and through the contract end, unless patched. */
export function att(type: AttestationType, patch: Partial<Attestation> = {}): Attestation {
  const dates: Partial<Attestation> =
    RULES.get(type)!.validity.kind === 'statedExpiry'
      ? { issuedOn: '2026-01-01', expiry: '2031-01-01', edition: '2022' }
      : { periodStart: '2026-01-01', periodEnd: '2026-12-31', asOf: '2026-12-31', issuedOn: '2027-01-10' };
  return {
    ...newAttestationFields(),
    id: `a${++seq}`,
    procurementId: 'p',
    vendorId: 'v',
    type,
    number: `N-${seq}`,
    verification: CHECKED,
    opinion: RULES.get(type)!.hasOpinion ? 'unmodified' : null,
    ...dates,
    ...patch
  };
}
/** An exception against a Trust Services criterion ('' for none), optionally also named for requirements by hand. */
export const exception = (
  criterion: string,
  requirementIds: string[] = [],
  description = `exc ${criterion}`
) => ({
  criterion,
  description,
  testResult: '',
  managementResponse: '',
  requirementIds
});

/** Stays valid through the deadline but not through the contract end. */
export const LAPSING: Partial<Attestation> = { expiry: '2028-01-31' };
export const EXPIRED: Partial<Attestation> = { expiry: '2026-12-31' };
export const UNCHECKED: Partial<Attestation> = { verification: null };

export function sub(name: string, patch: Partial<Subcontractor> = {}): Subcontractor {
  return {
    id: `s-${name}`,
    procurementId: 'p',
    vendorId: 'v',
    order: 0,
    name,
    role: '',
    criticality: 'critical',
    subserviceMethod: 'carveOut',
    notes: '',
    ...patch
  };
}

export const req = (patch: Partial<SuggestionRequirement> = {}): SuggestionRequirement => ({
  id: 'r1',
  kind: 'mandatory',
  acceptedAttestations: ['ismap', 'ismapLiu'],
  controlRefs: ['iso27002:18.2.1'],
  ...patch
});
export const SCORED = req({
  kind: 'scored',
  acceptedAttestations: ['ismap', 'soc2Type2', 'iso27001', 'soc2Type1']
});
export const SUPPLY = req({
  kind: 'scored',
  acceptedAttestations: ['ismap', 'soc2Type2', 'iso27001'],
  controlRefs: ['iso27002:15.1.3']
});

export function suggest(
  requirement: SuggestionRequirement,
  answer: Answer | null,
  attestations: Attestation[],
  subcontractors: Subcontractor[] = [],
  rubric: readonly RubricLevel[] = DEFAULT_RUBRIC
): Suggestion | null {
  const evidence = vendorEvidence('v', attestations, subcontractors, RULES, DATES);
  return suggestGrade({ requirement, rubric, answer, evidence, contractEnd: CONTRACT_END });
}
export const codes = (s: Suggestion | null) => s?.basis.map((r) => r.code) ?? [];
export const reason = (s: Suggestion | null, code: SuggestionReasonCode) =>
  s?.basis.find((r) => r.code === code);

/** The default rubric's level at a position, highest factor first (A … E). */
export const nth = (i: number) => DEFAULT_RUBRIC[i]!.code;
