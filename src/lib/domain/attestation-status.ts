/**
 * Status of an attestation on a given day (有効 · 期限切れ · 期間経過 · 限定付 · 対象範囲外 · 未確認), from its own
 * dates and its type's validity rule, which is data (questionnaires/attestation-types.json) passed in. Pure: dates
 * are `YYYY-MM-DD` calendar days with no time zone, and "today" is always an argument. Every date this module
 * returns as a limit is the last day the document still counts, inclusive.
 */
import type { AttestationTypeInfo, ValidityRule } from './catalogue';
import type { Attestation, IsoDate, Opinion } from './model';
import { qualifiedCriteria } from './soc2-exceptions';

export const ATTESTATION_STATUSES = [
  'valid',
  'expired',
  'stale',
  'qualified',
  'outOfScope',
  'unverified'
] as const;
export type AttestationStatus = (typeof ATTESTATION_STATUSES)[number];

/** Worst first: the status of an attestation is the first one any of its reasons calls for, else `valid`. */
const WORST_FIRST: AttestationStatus[] = ['outOfScope', 'expired', 'stale', 'qualified', 'unverified'];

/**
 * `expiredOn`, `staleSince`: `date` is the first day no longer valid. `validThrough`, `renewalPending`: `date` is
 * the last valid day (for `renewalPending`, the one the pending renewal carries it past). `editionWithdrawn`:
 * `edition`, and `date` the first invalid day. `bridgeLetterCovers`: `date` the letter covers to.
 * `opinionQualified`: `criteria`, the qualified criteria joined by ", " ('' when none is named). `exceptionsReported`: `count`. `verificationFailed`: `result`. `registerOutcome`: `outcome` of the register
 * check behind the verification record. `missingDates`: `field` of the attestation.
 */
export const REASON_CODES = [
  'scopeNotCovered',
  'expiredOn',
  'editionWithdrawn',
  'staleSince',
  'renewalPending',
  'bridgeLetterCovers',
  'opinionQualified',
  'opinionAdverse',
  'opinionDisclaimer',
  'scopeUnknown',
  'missingDates',
  'notVerified',
  'verificationFailed',
  'registerOutcome',
  'exceptionsReported',
  'validThrough'
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface StatusReason {
  code: ReasonCode;
  params?: Record<string, string | number>;
}

export interface StatusResult {
  status: AttestationStatus;
  reasons: StatusReason[];
}

/**
 * Where the date of `validUntil` comes from: the type's `rule`, a `bridgeLetter` extending it, the `statedExpiry`
 * on the document, the withdrawal of its `edition`, or nothing (`missingDates`: the rule's date is not recorded;
 * `noRule`: the type has no rule and the document states no expiry).
 */
export type ValidityBasis =
  'rule' | 'bridgeLetter' | 'statedExpiry' | 'editionWithdrawn' | 'missingDates' | 'noRule';

export interface ValidUntil {
  date: IsoDate | null;
  basis: ValidityBasis;
}

/**
 * A bridge letter is an unaudited management statement about the gap after the report's period; we let it count
 * for this long after the day it covers to, as the usual gap a letter is accepted for is about 3 months.
 */
export const BRIDGE_LETTER_GRACE_MONTHS = 3;

// ---------------------------------------------------------------- calendar

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Date.UTC serves only as a calendar here: no clock is read and the local time zone never enters. */
const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = parts(date);
  return fromUtc(Date.UTC(y, m - 1, d + n));
}

/** The same day n months on; a day the target month lacks becomes its last day (2025-01-31 + 1 → 2025-02-28). */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = parts(date);
  const lastDay = new Date(Date.UTC(y, m + n, 0)).getUTCDate();
  return fromUtc(Date.UTC(y, m - 1 + n, Math.min(d, lastDay)));
}

export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  parts(a);
  parts(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------- validity

/**
 * The last day a bridge letter extends the report's coverage to: from the period end to the letter's own date.
 * A letter is management's statement about days already passed, so it covers up to the date it states, and never
 * past the day it was issued; a letter that covers nothing after the period end extends nothing (null).
 */
export function bridgeLetterCoverage(a: Pick<Attestation, 'bridgeLetter' | 'periodEnd'>): IsoDate | null {
  const letter = a.bridgeLetter;
  if (!letter || a.periodEnd === null) return null;
  const until = compareDates(letter.coversUntil, letter.issuedOn) > 0 ? letter.issuedOn : letter.coversUntil;
  return compareDates(until, a.periodEnd) > 0 ? until : null;
}

/** The attestation date each rule counts from (`none` has no rule, so only a stated expiry can limit it). */
const ANCHOR = {
  periodEndPlus: 'periodEnd',
  freshAfterPeriodEnd: 'periodEnd',
  freshAfterAsOf: 'asOf',
  statedExpiry: 'expiry',
  issuedPlus: 'issuedOn',
  none: 'expiry'
} as const satisfies Record<ValidityRule['kind'], keyof Attestation>;

/** The attestation field the rule needs and lacks, if any; a stated expiry stands in for every rule's date. */
function missingField(a: Attestation, rule: ValidityRule): keyof Attestation | null {
  if (rule.kind === 'none' || a.expiry !== null) return null;
  const field = ANCHOR[rule.kind];
  return a[field] === null ? field : null;
}

function byRule(a: Attestation, rule: ValidityRule): ValidUntil {
  if (rule.kind === 'none') return { date: null, basis: 'noRule' };
  const from = a[ANCHOR[rule.kind]];
  if (from === null) return { date: null, basis: 'missingDates' };
  switch (rule.kind) {
    case 'periodEndPlus':
      // The count starts on periodEnd + days and, as a period in months does under 民法 §143, ends on the day
      // before the corresponding day: ISMAP period end 2024-03-31 → valid through 2025-07-31.
      return { date: addDays(addMonths(addDays(from, rule.days), rule.months), -1), basis: 'rule' };
    case 'freshAfterPeriodEnd': {
      const base = addMonths(from, rule.months);
      const covered = rule.bridgeLetterExtends ? bridgeLetterCoverage(a) : null;
      const byLetter = covered ? addMonths(covered, BRIDGE_LETTER_GRACE_MONTHS) : null;
      return byLetter && compareDates(byLetter, base) > 0
        ? { date: byLetter, basis: 'bridgeLetter' }
        : { date: base, basis: 'rule' };
    }
    case 'statedExpiry':
      return { date: from, basis: 'statedExpiry' };
    default:
      // Counted from an event day, which itself is not counted (民法 §140): through the corresponding day.
      return { date: addMonths(from, rule.months), basis: 'rule' };
  }
}

/**
 * The last day the attestation counts as current under its type's rule. A stated `expiry` (the document's own, or
 * the buyer's override) replaces the computed date; only the withdrawal of an edition can cut it shorter.
 */
export function validUntil(a: Attestation, info: AttestationTypeInfo): ValidUntil {
  const rule = info.validity;
  const own = a.expiry !== null ? { date: a.expiry, basis: 'statedExpiry' as const } : byRule(a, rule);
  const cut =
    rule.kind === 'statedExpiry' ? rule.invalidEditions.find((e) => e.edition === a.edition.trim()) : null;
  return cut && (own.date === null || compareDates(cut.after, own.date) < 0)
    ? { date: cut.after, basis: 'editionWithdrawn' }
    : own;
}

const OPINION_REASONS: Partial<Record<Opinion, ReasonCode>> = {
  qualified: 'opinionQualified',
  adverse: 'opinionAdverse',
  disclaimer: 'opinionDisclaimer'
};

/**
 * Status on the day `on`, worst first: outOfScope > expired > stale > qualified > unverified > valid. Reasons list
 * every finding, not only the deciding one. Past its date, a registration or certificate is `expired`, a report
 * under a freshness rule (`fresh…`) is `stale`; a pending ISMAP renewal keeps a registration valid. A qualified
 * opinion does not change the status: it qualifies the criteria it concerns (the reason lists them, and the
 * suggestions leave the report out for the requirements they reach). Adverse opinions and disclaimers have no
 * status of their own: they are `qualified`, never `valid`, so the report is no evidence at all. Missing dates the rule needs, an unknown scope or an unconfirmed check make
 * the attestation `unverified`; exceptions never change the status.
 */
export function attestationStatus(a: Attestation, info: AttestationTypeInfo, on: IsoDate): StatusResult {
  const rule = info.validity;
  const until = validUntil(a, info);
  const found = new Set<AttestationStatus>();
  const reasons: StatusReason[] = [];
  const note = (status: AttestationStatus | null, code: ReasonCode, params?: StatusReason['params']) => {
    if (status) found.add(status);
    reasons.push(params ? { code, params } : { code });
  };

  if (a.scopeCoverage === 'notCovered') note('outOfScope', 'scopeNotCovered');
  const lastDay = until.date;
  const past = lastDay !== null && compareDates(on, lastDay) > 0;
  if (past) {
    const lapsed = addDays(lastDay, 1);
    if (until.basis === 'editionWithdrawn')
      note('expired', 'editionWithdrawn', { edition: a.edition, date: lapsed });
    else if (rule.kind === 'periodEndPlus' && rule.renewalExtends && a.renewalPending)
      note(null, 'renewalPending', { date: lastDay });
    else if (rule.kind.startsWith('fresh')) note('stale', 'staleSince', { date: lapsed });
    else note('expired', 'expiredOn', { date: lapsed });
  }
  const covered = until.basis === 'bridgeLetter' ? bridgeLetterCoverage(a) : null;
  if (covered) note(null, 'bridgeLetterCovers', { date: covered });
  const opinion = a.opinion ? OPINION_REASONS[a.opinion] : undefined;
  // A qualified opinion qualifies only the criteria it concerns (soc2-exceptions.ts): the report stands for the
  // rest. An adverse opinion or a disclaimer leaves nothing to rely on.
  if (opinion === 'opinionQualified') note(null, opinion, { criteria: qualifiedCriteria(a).join(', ') });
  else if (opinion) note('qualified', opinion);
  if (a.scopeCoverage === 'unknown') note('unverified', 'scopeUnknown');
  const missing = missingField(a, rule);
  if (missing) note('unverified', 'missingDates', { field: missing });
  if (a.verification === null) note('unverified', 'notVerified');
  else if (a.verification.result !== 'confirmed') {
    // A register check says what it found: a registration the register lists as lapsed or
    // withdrawn (期限切れ・取消) is expired; not listed or listed otherwise is unverified.
    const outcome = a.verification.register?.outcome;
    if (outcome === 'expired' || outcome === 'revoked') note('expired', 'registerOutcome', { outcome });
    else if (outcome) note('unverified', 'registerOutcome', { outcome });
    else note('unverified', 'verificationFailed', { result: a.verification.result });
  }
  if (a.exceptions.length > 0) note(null, 'exceptionsReported', { count: a.exceptions.length });
  if (lastDay !== null && !past) note(null, 'validThrough', { date: lastDay });

  return { status: WORST_FIRST.find((status) => found.has(status)) ?? 'valid', reasons };
}

/**
 * Status on the bid deadline (the reference date; `today` when no deadline is set) and at the end of the
 * contract term, so a certificate that lapses during the contract shows before it is chosen.
 */
export function statusOnDates(
  a: Attestation,
  info: AttestationTypeInfo,
  dates: { bidDeadline: IsoDate | null; contractEnd: IsoDate | null },
  today: IsoDate
): { referenceDate: IsoDate; atDeadline: StatusResult; atContractEnd: StatusResult | null } {
  const referenceDate = dates.bidDeadline ?? today;
  return {
    referenceDate,
    atDeadline: attestationStatus(a, info, referenceDate),
    atContractEnd: dates.contractEnd === null ? null : attestationStatus(a, info, dates.contractEnd)
  };
}
