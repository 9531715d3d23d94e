/**
 * What a SOC 2 report's exceptions and a qualified opinion reach. An exception is reported against one Trust
 * Services criterion (`CC6.1`); it reaches the requirements whose catalogue references (`controlRefs`, which carry
 * the crosswalk's equivalents from when the requirement was drafted) name that criterion (`tsc:CC6.1`), and any
 * requirement named by hand. A qualified opinion qualifies the criteria it names (or, naming none, those of the
 * exceptions): the report gives no assurance on the requirements those reach, and the rest of it stands.
 */
import type { Attestation, AttestationException, Requirement } from './model';

/** The catalogue prefix of the SOC 2 Trust Services Criteria in `controlRefs`. */
export const TSC_PREFIX = 'tsc:';

/** `cc6.1`, ` CC6.1 `, `tsc:CC6.1`, `ＣＣ６．１` → `CC6.1`; '' for blank. */
export function normaliseCriterion(text: string): string {
  const folded = text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return folded.startsWith(TSC_PREFIX.toUpperCase()) ? folded.slice(TSC_PREFIX.length) : folded;
}

/** A criterion as written in the 2017 TSC: CC1.1 … CC9.2, A1.1, C1.1, PI1.1, P1.1 … */
const CRITERION = /^(CC[1-9]|A1|C1|PI1|P[1-8])\.\d{1,2}$/;

export function isCriterion(text: string): boolean {
  return CRITERION.test(normaliseCriterion(text));
}

/** The Trust Services criteria a requirement references, normalised. */
export function requirementCriteria(requirement: Pick<Requirement, 'controlRefs'>): Set<string> {
  const out = new Set<string>();
  for (const ref of requirement.controlRefs) {
    const trimmed = ref.trim();
    if (trimmed.toLowerCase().startsWith(TSC_PREFIX)) out.add(normaliseCriterion(trimmed));
  }
  return out;
}

/** True when the exception reaches the requirement: by its criterion, or named by hand. */
export function exceptionReaches(
  exception: Pick<AttestationException, 'criterion' | 'requirementIds'>,
  requirement: Pick<Requirement, 'id' | 'controlRefs'>
): boolean {
  if (exception.requirementIds.includes(requirement.id)) return true;
  const criterion = normaliseCriterion(exception.criterion);
  return criterion !== '' && requirementCriteria(requirement).has(criterion);
}

/** The attestation's exceptions that reach the requirement, in recorded order. */
export function exceptionsFor(
  attestation: Pick<Attestation, 'exceptions'>,
  requirement: Pick<Requirement, 'id' | 'controlRefs'>
): AttestationException[] {
  return attestation.exceptions.filter((x) => exceptionReaches(x, requirement));
}

/**
 * The criteria a qualified opinion qualifies: those it names, else those of the exceptions. Empty for any other
 * opinion (an adverse opinion or a disclaimer voids the whole report, in `attestation-status.ts`).
 */
export function qualifiedCriteria(
  a: Pick<Attestation, 'opinion' | 'qualifiedCriteria' | 'exceptions'>
): string[] {
  if (a.opinion !== 'qualified') return [];
  const named = a.qualifiedCriteria.map(normaliseCriterion).filter(Boolean);
  const source = named.length > 0 ? named : a.exceptions.map((x) => normaliseCriterion(x.criterion));
  return [...new Set(source.filter(Boolean))];
}

/**
 * The qualified criteria that reach the requirement (an exception named by hand for it counts when the opinion
 * names no criteria). Non-empty: the report is no evidence for this requirement.
 */
export function qualificationsFor(
  a: Pick<Attestation, 'opinion' | 'qualifiedCriteria' | 'exceptions'>,
  requirement: Pick<Requirement, 'id' | 'controlRefs'>
): string[] {
  if (a.opinion !== 'qualified') return [];
  const criteria = requirementCriteria(requirement);
  const found = qualifiedCriteria(a).filter((c) => criteria.has(c));
  if (a.qualifiedCriteria.some((c) => normaliseCriterion(c) !== '')) return found;
  for (const x of a.exceptions) {
    if (x.requirementIds.includes(requirement.id)) {
      const label = normaliseCriterion(x.criterion);
      if (!found.includes(label)) found.push(label);
    }
  }
  return found;
}

/** One exception (or qualification) of a vendor's report that reaches one requirement, for a reader. */
export interface ItemException {
  attestationId: string;
  type: Attestation['type'];
  /** The subcontractor holding the report, null for the vendor's own. */
  subcontractorId: string | null;
  /** `exception`: an exception the auditor reported; `qualified`: criteria a qualified opinion concerns. */
  kind: 'exception' | 'qualified';
  criterion: string;
  description: string;
  testResult: string;
  managementResponse: string;
}

/**
 * The exceptions and qualifications of a vendor's reports (its own and its subcontractors') that reach the
 * requirement: what "explain this number" and the evidence register show beside the item.
 */
export function itemExceptions(
  attestations: readonly Attestation[],
  vendorId: string,
  requirement: Pick<Requirement, 'id' | 'controlRefs'>
): ItemException[] {
  const out: ItemException[] = [];
  for (const a of attestations) {
    if (a.vendorId !== vendorId) continue;
    const base = { attestationId: a.id, type: a.type, subcontractorId: a.subcontractorId };
    const qualified = qualificationsFor(a, requirement);
    if (qualified.length > 0) {
      out.push({
        ...base,
        kind: 'qualified',
        criterion: qualified.join(', '),
        description: '',
        testResult: '',
        managementResponse: ''
      });
    }
    for (const x of exceptionsFor(a, requirement)) {
      out.push({
        ...base,
        kind: 'exception',
        criterion: normaliseCriterion(x.criterion),
        description: x.description,
        testResult: x.testResult,
        managementResponse: x.managementResponse
      });
    }
  }
  return out;
}
