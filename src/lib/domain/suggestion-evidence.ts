/**
 * The evidence side of suggestions: each attestation assessed on the reference date and the contract end, the
 * best accepted evidence for a requirement, the notes on it, and the shared (frozen, cached) reasons. The cache
 * lives for one public call of `suggestions.ts`, which starts each with `resetSuggestionCache`.
 */
import { attestationStatus, type StatusResult } from './attestation-status';
import type { AttestationTypeInfo } from './catalogue';
import { exceptionsFor, normaliseCriterion, qualificationsFor } from './soc2-exceptions';
import type { Answer, Attestation, AttestationType, Id, IsoDate, RubricLevel } from './model';
import {
  BOTTOM_TIER,
  isSubcontractorRequirement,
  type AssessedAttestation,
  type SubcontractorEvidence,
  type SuggestionDates,
  type SuggestionParams,
  type SuggestionReason,
  type SuggestionReasonCode,
  type SuggestionRequirement,
  type VendorEvidence
} from './suggestion-types';

// ---------------------------------------------------------------- assessment

function statusOn(a: Attestation, info: AttestationTypeInfo, on: IsoDate): StatusResult | null {
  try {
    return attestationStatus(a, info, on);
  } catch {
    // A malformed date in an old record is a data problem the vendor page shows; here it just is not evidence.
    return null;
  }
}

export function assessAttestation(
  a: Attestation,
  info: AttestationTypeInfo | undefined,
  dates: SuggestionDates
): AssessedAttestation {
  const atRef = info ? statusOn(a, info, dates.referenceDate) : null;
  const atEnd = info && dates.contractEnd !== null ? statusOn(a, info, dates.contractEnd) : null;
  const through = atRef?.reasons.find((r) => r.code === 'validThrough')?.params?.date;
  return {
    attestation: a,
    rank: info?.assuranceRank ?? 0,
    status: atRef?.status ?? 'unverified',
    validThrough: typeof through === 'string' ? through : null,
    statusAtContractEnd: atEnd?.status ?? null
  };
}

/** Assesses one vendor's attestations and groups those of its subcontractors under them. */
export function vendorEvidence(
  vendorId: Id,
  attestations: readonly Attestation[],
  subcontractors: readonly SubcontractorEvidence['subcontractor'][],
  typeRules: ReadonlyMap<AttestationType, AttestationTypeInfo>,
  dates: SuggestionDates
): VendorEvidence {
  const own: AssessedAttestation[] = [];
  const bySub = new Map<Id, AssessedAttestation[]>();
  for (const a of attestations) {
    if (a.vendorId !== vendorId) continue;
    const assessed = assessAttestation(a, typeRules.get(a.type), dates);
    if (a.subcontractorId === null) own.push(assessed);
    else bySub.set(a.subcontractorId, [...(bySub.get(a.subcontractorId) ?? []), assessed]);
  }
  return {
    own,
    subcontractors: subcontractors.map((s) => ({ subcontractor: s, attestations: bySub.get(s.id) ?? [] }))
  };
}

// ---------------------------------------------------------------- shared reasons

/**
 * Most reasons describe one attestation, subcontractor or requirement, not the pair, so they are made once and
 * shared between suggestions (frozen): 30 vendors × 1,500 requirements would otherwise mean a million objects.
 * The cache hangs off the objects it describes and lives for one public call only (each starts a new one), so a
 * record edited in place between calls is never answered from a stale entry. Every call is synchronous.
 */
let memo = new WeakMap<object, Map<string, unknown>>();

/** Starts a new cache: each public call of `suggestions.ts` begins with it. */
export function resetSuggestionCache(): void {
  memo = new WeakMap();
}

export function cached<T>(owner: object, key: string, make: () => T): T {
  let entries = memo.get(owner);
  if (!entries) memo.set(owner, (entries = new Map()));
  if (entries.has(key)) return entries.get(key) as T;
  const value = make();
  entries.set(key, value);
  return value;
}

export function reason(code: SuggestionReasonCode, params: SuggestionParams = {}): SuggestionReason {
  return Object.freeze({ code, params: Object.freeze(params) });
}

/** Owner of the reasons that depend on a value only (an answer, a rank). */
const CONSTANTS = {};
export const constant = (code: SuggestionReasonCode, params: SuggestionParams = {}) =>
  cached(CONSTANTS, `${code}|${params.answer ?? ''}|${params.rank ?? ''}`, () => reason(code, params));
export const withAnswer = (code: SuggestionReasonCode, answer: Answer | null) =>
  constant(code, answer === null ? {} : { answer });
export const answerReason = (answer: Answer | null) =>
  answer === null ? constant('noAnswer') : constant('answer', { answer });

export const ref = (a: AssessedAttestation): SuggestionParams =>
  cached(a, 'ref', () => ({
    attestationId: a.attestation.id,
    type: a.attestation.type,
    number: a.attestation.number
  }));
export const validReason = (a: AssessedAttestation) =>
  cached(a, 'valid', () =>
    reason('evidenceValid', {
      ...ref(a),
      rank: a.rank,
      ...(a.validThrough ? { date: a.validThrough } : {})
    })
  );
export const notValidReason = (a: AssessedAttestation) =>
  cached(a, 'notValid', () => reason('evidenceNotValid', { ...ref(a), status: a.status }));
export const pendingReason = (a: AssessedAttestation) =>
  cached(a, 'pending', () => reason('pendingCheck', ref(a)));

// ---------------------------------------------------------------- controls, exceptions, ordering

/** The part of a control reference after its catalogue prefix (`iso27002:12.6.1` → `12.6.1`). */
const codeOf = (control: string) => control.slice(control.indexOf(':') + 1).trim();

interface Exclusion {
  control: string;
  excluded: string;
  /** The exclusion covers the whole control (itself or a parent), not just a detail below it. */
  whole: boolean;
}

/** ISMAP 言明 exclusions (管理策番号 such as `12.6.1.3`) that touch the requirement's mapped controls. */
function exclusionsOf(a: Attestation, controls: readonly string[]): Exclusion[] {
  const found: Exclusion[] = [];
  if (a.excludedControls.length === 0) return found;
  for (const control of controls) {
    const code = codeOf(control);
    for (const raw of a.excludedControls) {
      const excluded = raw.trim();
      if (!excluded) continue;
      if (excluded === code || code.startsWith(`${excluded}.`))
        found.push({ control, excluded, whole: true });
      else if (excluded.startsWith(`${code}.`)) found.push({ control, excluded, whole: false });
    }
  }
  return found;
}

/** True when every mapped control is excluded whole, so the attestation says nothing about the requirement. */
function excludesAll(a: Attestation, controls: readonly string[]): boolean {
  if (controls.length === 0 || a.excludedControls.length === 0) return false;
  const whole = new Set(
    exclusionsOf(a, controls)
      .filter((e) => e.whole)
      .map((e) => e.control)
  );
  return controls.every((c) => whole.has(c));
}

/** Highest rank first; among equals one still valid at the contract end; then as recorded. */
export function better(a: AssessedAttestation, b: AssessedAttestation): number {
  const lasts = (x: AssessedAttestation) =>
    x.statusAtContractEnd === null || x.statusAtContractEnd === 'valid' ? 1 : 0;
  return b.rank - a.rank || lasts(b) - lasts(a);
}

/** What makes two requirements alike for the evidence, worked out once per requirement. */
export const keysOf = (requirement: SuggestionRequirement) =>
  cached(requirement, 'keys', () => ({
    types: requirement.acceptedAttestations.join(','),
    controls: requirement.controlRefs.join(','),
    subcontractors: isSubcontractorRequirement(requirement)
  }));

interface EvidenceFindings {
  best: AssessedAttestation | null;
  /** Accepted but not valid, best first (for the record). */
  notValid: AssessedAttestation[];
  /** Accepted and only `unverified`: with no valid one, checking it could change the result. */
  pending: AssessedAttestation[];
  /** Accepted attestations left out because their 言明 excludes every mapped control. */
  excludedWhole: AssessedAttestation[];
  /** Accepted reports left out because their qualified opinion concerns a criterion the requirement maps to. */
  qualified: { a: AssessedAttestation; criteria: string[] }[];
}

/** With no accepted types named, `anyType` lets every type count (the 委託先 rule); otherwise none does. */
export function findEvidence(
  held: readonly AssessedAttestation[],
  requirement: SuggestionRequirement,
  anyType: boolean
): EvidenceFindings {
  const types = requirement.acceptedAttestations;
  const keys = keysOf(requirement);
  // Exclusions are rare: only then do the controls make two requirements' findings differ.
  const controlsMatter = cached(held, 'controlsMatter', () =>
    held.some((a) => a.attestation.excludedControls.length > 0 || a.attestation.opinion === 'qualified')
  );
  // A qualification named by hand for one requirement makes the requirement's id matter too.
  const key = `find|${anyType}|${keys.types}|${controlsMatter ? `${keys.controls}|${requirement.id}` : ''}`;
  return cached(held, key, () => {
    const accepts = (t: AttestationType) => (types.length === 0 ? anyType : types.includes(t));
    const accepted = held.filter((a) => accepts(a.attestation.type)).sort(better);
    const excludedWhole = accepted.filter((a) => excludesAll(a.attestation, requirement.controlRefs));
    const qualified = accepted
      .filter((a) => !excludedWhole.includes(a) && a.status === 'valid')
      .map((a) => ({ a, criteria: qualificationsFor(a.attestation, requirement) }))
      .filter((q) => q.criteria.length > 0);
    const usable = accepted.filter((a) => !excludedWhole.includes(a) && !qualified.some((q) => q.a === a));
    const best = usable.find((a) => a.status === 'valid') ?? null;
    const notValid = usable.filter((a) => a.status !== 'valid');
    const pending = notValid.filter((a) => a.status === 'unverified');
    return { best, notValid, pending, excludedWhole, qualified };
  });
}

/**
 * Notes on the deciding attestation: exclusions, lapse before the contract end, and each exception that reaches
 * this item (by its Trust Services criterion, or named by hand), one note each.
 */
export function notesOn(
  a: AssessedAttestation,
  requirement: SuggestionRequirement,
  contractEnd: IsoDate | null
) {
  const notes: SuggestionReason[] = [];
  for (const e of exclusionsOf(a.attestation, requirement.controlRefs)) {
    notes.push(reason('controlExcluded', { ...ref(a), control: e.control, excluded: e.excluded }));
  }
  const lapsed = a.statusAtContractEnd;
  if (lapsed !== null && lapsed !== 'valid' && contractEnd !== null) {
    notes.push(
      cached(a, `lapse|${contractEnd}`, () =>
        reason('lapsesBeforeContractEnd', { ...ref(a), status: lapsed, date: contractEnd })
      )
    );
  }
  const found = exceptionsFor(a.attestation, requirement);
  for (const x of found) {
    notes.push(
      reason('exceptionReported', {
        ...ref(a),
        count: found.length,
        criterion: normaliseCriterion(x.criterion),
        description: x.description
      })
    );
  }
  return { notes, exceptions: found.length };
}

export const answerOnlyTier = (answer: Answer | null) =>
  answer === 'full' ? 2 : answer === 'partial' ? 3 : 4;

/** Level codes by factor, highest first; levels of equal factor keep their order. */
export const byFactor = (rubric: readonly RubricLevel[]) =>
  rubric
    .map((level, i) => ({ level, i }))
    .sort((a, b) => b.level.factor - a.level.factor || a.i - b.i)
    .map(({ level }) => level.code);

/** Position of a tier among `count` levels, by relative position. */
function tierIndex(count: number, tier: number): number {
  const clamped = Math.min(Math.max(tier, 0), BOTTOM_TIER);
  return Math.round((clamped * (count - 1)) / BOTTOM_TIER);
}

export function atTier(ordered: readonly string[], tier: number): string | null {
  if (ordered.length === 0) return null;
  return ordered[tierIndex(ordered.length, tier)]!;
}

/** The rubric level at the tier's relative position, levels ordered by factor, highest first. */
export const levelAtTier = (rubric: readonly RubricLevel[], tier: number): string | null =>
  atTier(byFactor(rubric), tier);

/**
 * Position of the middle level among `count` levels ordered highest first: the median by order. With an even count
 * there are two; the lower one is taken (4 levels: the third; 2 levels: the lower), so a suggestion never overreaches.
 * It is where `atTier` puts MIDDLE_TIER, for every count.
 */
export const middleIndex = (count: number) => Math.floor(count / 2);

/** The middle level of the rubric (levels ordered by factor): the highest a suggestion reaches. */
export function middleLevel(rubric: readonly RubricLevel[]): string | null {
  const ordered = byFactor(rubric);
  return ordered[middleIndex(ordered.length)] ?? null;
}

/** The level at the tier, never above the middle level: evidence and answers stop there (MIDDLE_TIER). */
export function cappedAtTier(ordered: readonly string[], tier: number): string | null {
  if (ordered.length === 0) return null;
  return ordered[Math.max(tierIndex(ordered.length, tier), middleIndex(ordered.length))]!;
}
