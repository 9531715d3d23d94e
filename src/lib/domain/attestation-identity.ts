/**
 * When two attestations of one holder are the same document. A certificate or registration is known by
 * its type and number. An assurance report (SOC 2 Type I/II, SOC 3, CSA STAR Attestation) has no
 * number: it is known by its type, its service auditor and its period (Type I: its as-of date), so the
 * 2026 report is not taken for the 2025 one. Auditor names compare as company names (full-width folded,
 * legal form such as 株式会社 / （株） / LLP / LLC dropped, case and spacing ignored); numbers as register
 * numbers. A record that states nothing it could be told apart by (a certificate without a number; a
 * report without dates, whose auditor is the same or not given) is a bare claim: it is the same as
 * such a record of its type (a row whose dates could not be read cannot tell one report from another).
 */
import { usesField } from './attestation-draft';
import type { Attestation, AttestationType } from './model';
import { companyKey, numberKey } from './registers/normalise';

/** The types identified by auditor and period rather than by a number. */
export const REPORT_IDENTITY_TYPES: readonly AttestationType[] = [
  'soc2Type2',
  'soc2Type1',
  'soc3',
  'csaStar2Attestation'
];

export function isReportType(type: AttestationType): boolean {
  return REPORT_IDENTITY_TYPES.includes(type);
}

export type IdentityFields = Pick<
  Attestation,
  'type' | 'number' | 'issuer' | 'periodStart' | 'periodEnd' | 'asOf'
>;

/** An auditor's or a subcontractor's name as compared: the company-name rule of the register checks. */
export function organisationKey(name: string): string {
  return companyKey(name);
}

/**
 * The attestation's identity within its holder and type, or null for a bare claim of its type. Two
 * non-null identities are the same document exactly when they are equal.
 */
export function attestationIdentity(a: IdentityFields): string | null {
  if (isReportType(a.type)) {
    const dates = reportDates(a);
    if (dates.every((d) => d === null)) return null;
    return JSON.stringify([a.type, organisationKey(a.issuer), ...dates]);
  }
  const number = numberKey(a.number);
  return number === '' ? null : JSON.stringify([a.type, number]);
}

/**
 * Whether `incoming` is the document `stored` records (the holder is the caller's to compare). A bare
 * claim is the same as any record of its type; a stored bare record never absorbs a stated identity.
 */
export function sameAttestation(stored: IdentityFields, incoming: IdentityFields): boolean {
  if (stored.type !== incoming.type) return false;
  const wanted = attestationIdentity(incoming);
  if (wanted !== null) return attestationIdentity(stored) === wanted;
  // A report without its dates (none given, or none that could be read) is told apart by its auditor alone.
  const auditor = isReportType(incoming.type) ? organisationKey(incoming.issuer) : '';
  return auditor === '' || organisationKey(stored.issuer) === auditor;
}

/** The dates a report type records (a stray value in a field it does not use is no part of it). */
function reportDates(a: IdentityFields): (string | null)[] {
  return usesField(a.type, 'period') ? [a.periodStart, a.periodEnd] : [a.asOf];
}

/** The first of `candidates` that is the same document as `incoming`. */
export function findSameAttestation<T extends IdentityFields>(
  candidates: readonly T[],
  incoming: IdentityFields
): T | undefined {
  return candidates.find((c) => sameAttestation(c, incoming));
}

/** Pairs of one holder's records that are the same document (each pair once, in the given order). */
export function duplicateAttestations<T extends IdentityFields & Pick<Attestation, 'subcontractorId'>>(
  attestations: readonly T[]
): [T, T][] {
  const pairs: [T, T][] = [];
  attestations.forEach((a, i) => {
    const identity = attestationIdentity(a);
    if (identity === null) return;
    for (const b of attestations.slice(i + 1)) {
      if (b.subcontractorId === a.subcontractorId && attestationIdentity(b) === identity) pairs.push([a, b]);
    }
  });
  return pairs;
}
