/**
 * Suggestions from evidence (証跡からの提案): for one vendor and one requirement, a suggested verdict (必須) or rubric
 * level (任意) with its reasons as coded data. A suggestion is advice for the evaluator, never a grade: nothing here
 * writes one. Pure: the attestation type rules (validity, assurance rank) and the dates are passed in.
 *
 * Policy (scoring-method.md, "Evidence: status and suggestions"):
 * - Evidence is a vendor's own attestation of a type the requirement accepts, `valid` on the reference date (the bid
 *   deadline, else today). The best one (highest assurance rank, then one still valid at the contract end) decides;
 *   lapsing before the contract end, reported exceptions and excluded controls are noted. An attestation whose ISMAP
 *   言明 excludes every control the requirement maps to does not count for it.
 * - 必須 naming accepted types: valid evidence → pass (answer full or blank); none valid → fail, unless an accepted
 *   attestation is only `unverified` (no suggestion until it is checked). Valid evidence but the answer is partial or
 *   none → no suggestion (they conflict). 必須 naming no types: full → pass, none or blank → fail, partial → none.
 * - 任意: a tier on a five-step scale (0 top … 4 bottom) mapped onto the rubric by relative position. Evidence of
 *   rank ≥ 4 → 0, rank 3 → 1, rank ≤ 2 → 2; answer partial or blank +1, an exception touching the item +1; answer
 *   none with valid evidence → no suggestion. Without valid evidence: full → 2, partial → 3, none or blank → 4 (an
 *   answer alone earns at most the middle level); a pending `unverified` accepted attestation → no suggestion.
 * - 委託先 requirement (recognised by its mapped controls, SUBCONTRACTOR_CONTROLS): the weakest critical
 *   subcontractor decides in place of the vendor's own evidence. A subcontractor is covered by its own best valid
 *   accepted attestation, or by a valid accepted report of the vendor that lists it under the inclusive method.
 *   An uncovered critical subcontractor caps the item at tier 3 (full) or 4; 必須 → fail. No critical subcontractor
 *   recorded → the vendor's own evidence, as for any requirement.
 */
import { attestationStatus, type AttestationStatus, type StatusResult } from './attestation-status';
import type { AttestationTypeInfo } from './catalogue';
import type {
  Answer,
  Attestation,
  AttestationType,
  Id,
  IsoDate,
  Requirement,
  Response,
  RubricLevel,
  Subcontractor,
  Verdict
} from './model';

/**
 * Controls that mark the 委託先 requirement: ICT supply chain (15.1.3) and monitoring of supplier services (15.2.1)
 * in the 27002:2013 numbering that ISMAP and the JASA 管理基準 share, and SOC 2 CC9.2 (vendor and partner risk).
 * Every shipped preset and the demo map their 委託先 requirement to one of these, and no other requirement does.
 */
export const SUBCONTRACTOR_CONTROLS: readonly string[] = [
  'iso27002:15.1.3',
  'iso27002:15.2.1',
  'ismap:15.1.3',
  'ismap:15.2.1',
  'jpcs:15.1.3',
  'jpcs:15.2.1',
  'tsc:CC9.2'
];

/** Rank at or above which evidence suggests the top tier (independent audit of operation, registration). */
export const TOP_EVIDENCE_RANK = 4;
/** Rank of a management-system certification: the second tier. */
export const SECOND_EVIDENCE_RANK = 3;
/** The tiers of the five-step scale, 0 (top) … 4 (bottom), that every rubric is mapped onto. */
const BOTTOM_TIER = 4;

/**
 * Conclusions (first in `basis`, the rule that decided): `passByEvidence`, `failNoValidEvidence`, `pendingCheck`,
 * `answerConflicts`, `byAnswer`, `partialAnswer`, `levelByEvidence`, `levelWithoutEvidence`, `weakestSubcontractor`,
 * `subcontractorUncovered`, `subcontractorPending`. Then always the answer (`answer` or `noAnswer`), then the
 * supporting reasons, and last the mapped controls (`mapsTo`).
 */
export const SUGGESTION_REASON_CODES = [
  'passByEvidence',
  'failNoValidEvidence',
  'pendingCheck',
  'answerConflicts',
  'byAnswer',
  'partialAnswer',
  'levelByEvidence',
  'levelWithoutEvidence',
  'weakestSubcontractor',
  'subcontractorUncovered',
  'subcontractorPending',
  'evidenceValid',
  'evidenceNotValid',
  'noEvidenceHeld',
  'lapsesBeforeContractEnd',
  'exceptionReported',
  'controlExcluded',
  'controlsExcluded',
  'mapsTo',
  'answer',
  'noAnswer',
  'noCriticalSubcontractors',
  'subcontractorAssured',
  'subcontractorInclusive',
  'subcontractorNoEvidence',
  'inclusiveNotShown'
] as const;
export type SuggestionReasonCode = (typeof SUGGESTION_REASON_CODES)[number];

/** What a reason refers to; each code fills the fields it names (see the messages `suggest.reason.*`). */
export interface SuggestionParams {
  attestationId?: Id;
  type?: AttestationType;
  /** 登録番号 / 認証登録番号 …, possibly empty. */
  number?: string;
  status?: AttestationStatus;
  rank?: number;
  /** A calendar date: the last valid day (`evidenceValid`) or the contract end (`lapsesBeforeContractEnd`). */
  date?: IsoDate;
  answer?: Answer;
  /** Accepted types none of which is held (`noEvidenceHeld`). */
  types?: AttestationType[];
  /** Mapped controls (`mapsTo`, `controlsExcluded`). */
  controls?: string[];
  /** One mapped control and the exclusion that touches it (`controlExcluded`). */
  control?: string;
  excluded?: string;
  /** Exceptions reported against this requirement. */
  count?: number;
  subcontractorId?: Id;
  name?: string;
}

/** Frozen: one reason object may stand in many suggestions. */
export interface SuggestionReason {
  readonly code: SuggestionReasonCode;
  readonly params: Readonly<SuggestionParams>;
}

export interface Suggestion {
  /** 必須 only: the suggested verdict, or null when the tool makes none (the basis says why). */
  verdict: Verdict | null;
  /** 任意 only: the suggested rubric level code, or null. */
  level: string | null;
  /** The deciding rule first, then the answer, the evidence and the record it rests on. */
  basis: SuggestionReason[];
}

/** An attestation with its status worked out once (per vendor, not per requirement). */
export interface AssessedAttestation {
  attestation: Attestation;
  /** The type's assurance rank; 0 when the type has no rule. */
  rank: number;
  /** On the reference date; `unverified` when the type has no rule or a date is malformed. */
  status: AttestationStatus;
  /** The last valid day (the `validThrough` reason), if known. */
  validThrough: IsoDate | null;
  /** Status at the end of the contract term, when one is set. */
  statusAtContractEnd: AttestationStatus | null;
}

export interface SuggestionDates {
  /** The bid deadline, or today when none is set. */
  referenceDate: IsoDate;
  contractEnd: IsoDate | null;
}

export type SuggestionRequirement = Pick<Requirement, 'id' | 'kind' | 'acceptedAttestations' | 'controlRefs'>;

export interface SubcontractorEvidence {
  subcontractor: Pick<Subcontractor, 'id' | 'name' | 'criticality' | 'subserviceMethod' | 'order'>;
  attestations: readonly AssessedAttestation[];
}

/** One vendor's evidence, assessed once and reused for every requirement. */
export interface VendorEvidence {
  own: readonly AssessedAttestation[];
  subcontractors: readonly SubcontractorEvidence[];
}

export interface SuggestionInput {
  requirement: SuggestionRequirement;
  rubric: readonly RubricLevel[];
  /** The vendor's answer; null when not answered. */
  answer: Answer | null;
  evidence: VendorEvidence;
  /** The contract end, named in the note on evidence that lapses before it (statuses come assessed). */
  contractEnd: IsoDate | null;
}

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

function cached<T>(owner: object, key: string, make: () => T): T {
  let entries = memo.get(owner);
  if (!entries) memo.set(owner, (entries = new Map()));
  if (entries.has(key)) return entries.get(key) as T;
  const value = make();
  entries.set(key, value);
  return value;
}

function reason(code: SuggestionReasonCode, params: SuggestionParams = {}): SuggestionReason {
  return Object.freeze({ code, params: Object.freeze(params) });
}

/** Owner of the reasons that depend on a value only (an answer, a rank). */
const CONSTANTS = {};
const constant = (code: SuggestionReasonCode, params: SuggestionParams = {}) =>
  cached(CONSTANTS, `${code}|${params.answer ?? ''}|${params.rank ?? ''}`, () => reason(code, params));
const withAnswer = (code: SuggestionReasonCode, answer: Answer | null) =>
  constant(code, answer === null ? {} : { answer });
const answerReason = (answer: Answer | null) =>
  answer === null ? constant('noAnswer') : constant('answer', { answer });

const ref = (a: AssessedAttestation): SuggestionParams =>
  cached(a, 'ref', () => ({
    attestationId: a.attestation.id,
    type: a.attestation.type,
    number: a.attestation.number
  }));
const validReason = (a: AssessedAttestation) =>
  cached(a, 'valid', () =>
    reason('evidenceValid', {
      ...ref(a),
      rank: a.rank,
      ...(a.validThrough ? { date: a.validThrough } : {})
    })
  );
const notValidReason = (a: AssessedAttestation) =>
  cached(a, 'notValid', () => reason('evidenceNotValid', { ...ref(a), status: a.status }));
const pendingReason = (a: AssessedAttestation) => cached(a, 'pending', () => reason('pendingCheck', ref(a)));

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
function better(a: AssessedAttestation, b: AssessedAttestation): number {
  const lasts = (x: AssessedAttestation) =>
    x.statusAtContractEnd === null || x.statusAtContractEnd === 'valid' ? 1 : 0;
  return b.rank - a.rank || lasts(b) - lasts(a);
}

/** What makes two requirements alike for the evidence, worked out once per requirement. */
const keysOf = (requirement: SuggestionRequirement) =>
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
}

/** With no accepted types named, `anyType` lets every type count (the 委託先 rule); otherwise none does. */
function findEvidence(
  held: readonly AssessedAttestation[],
  requirement: SuggestionRequirement,
  anyType: boolean
): EvidenceFindings {
  const types = requirement.acceptedAttestations;
  const keys = keysOf(requirement);
  // Exclusions are rare: only then do the controls make two requirements' findings differ.
  const controlsMatter = cached(held, 'controlsMatter', () =>
    held.some((a) => a.attestation.excludedControls.length > 0)
  );
  const key = `find|${anyType}|${keys.types}|${controlsMatter ? keys.controls : ''}`;
  return cached(held, key, () => {
    const accepts = (t: AttestationType) => (types.length === 0 ? anyType : types.includes(t));
    const accepted = held.filter((a) => accepts(a.attestation.type)).sort(better);
    const excludedWhole = accepted.filter((a) => excludesAll(a.attestation, requirement.controlRefs));
    const usable = accepted.filter((a) => !excludedWhole.includes(a));
    const best = usable.find((a) => a.status === 'valid') ?? null;
    const notValid = usable.filter((a) => a.status !== 'valid');
    const pending = notValid.filter((a) => a.status === 'unverified');
    return { best, notValid, pending, excludedWhole };
  });
}

/** Notes on the deciding attestation: exclusions, lapse before the contract end, exceptions on this item. */
function notesOn(a: AssessedAttestation, requirement: SuggestionRequirement, contractEnd: IsoDate | null) {
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
  let exceptions = 0;
  for (const x of a.attestation.exceptions) if (x.requirementIds.includes(requirement.id)) exceptions++;
  if (exceptions > 0) notes.push(reason('exceptionReported', { ...ref(a), count: exceptions }));
  return { notes, exceptions };
}

const rankTier = (rank: number) => (rank >= TOP_EVIDENCE_RANK ? 0 : rank >= SECOND_EVIDENCE_RANK ? 1 : 2);
const answerOnlyTier = (answer: Answer | null) => (answer === 'full' ? 2 : answer === 'partial' ? 3 : 4);

/** Level codes by factor, highest first; levels of equal factor keep their order. */
const byFactor = (rubric: readonly RubricLevel[]) =>
  rubric
    .map((level, i) => ({ level, i }))
    .sort((a, b) => b.level.factor - a.level.factor || a.i - b.i)
    .map(({ level }) => level.code);

function atTier(ordered: readonly string[], tier: number): string | null {
  if (ordered.length === 0) return null;
  const clamped = Math.min(Math.max(tier, 0), BOTTOM_TIER);
  return ordered[Math.round((clamped * (ordered.length - 1)) / BOTTOM_TIER)]!;
}

/** The rubric level at the tier's relative position, levels ordered by factor, highest first. */
export const levelAtTier = (rubric: readonly RubricLevel[], tier: number): string | null =>
  atTier(byFactor(rubric), tier);

// ---------------------------------------------------------------- the rules

interface Decision {
  /** Pass or not (必須) and the tier (任意); null: no suggestion. */
  outcome: { pass: boolean; tier: number } | null;
  basis: SuggestionReason[];
}

/** A valid piece of evidence of the given rank (the vendor's own, or the weakest subcontractor's) and the answer. */
function fromEvidence(
  kind: Requirement['kind'],
  rank: number,
  answer: Answer | null,
  exceptions: number,
  conclusion: SuggestionReason
): Decision {
  if (answer === 'none' || (kind === 'mandatory' && answer === 'partial')) {
    return { outcome: null, basis: [withAnswer('answerConflicts', answer)] };
  }
  const tier = rankTier(rank) + (answer === 'full' ? 0 : 1) + (exceptions > 0 ? 1 : 0);
  return { outcome: { pass: true, tier }, basis: [conclusion] };
}

function withoutEvidence(
  kind: Requirement['kind'],
  answer: Answer | null,
  pending: AssessedAttestation | undefined
): Decision {
  if (pending) return { outcome: null, basis: [pendingReason(pending)] };
  if (kind === 'mandatory') {
    return { outcome: { pass: false, tier: BOTTOM_TIER }, basis: [constant('failNoValidEvidence')] };
  }
  return {
    outcome: { pass: false, tier: answerOnlyTier(answer) },
    basis: [withAnswer('levelWithoutEvidence', answer)]
  };
}

function byAnswerOnly(kind: Requirement['kind'], answer: Answer | null): Decision {
  if (kind === 'mandatory' && answer === 'partial') {
    return { outcome: null, basis: [constant('partialAnswer')] };
  }
  return {
    outcome: { pass: answer === 'full', tier: answerOnlyTier(answer) },
    basis: [withAnswer('byAnswer', answer)]
  };
}

/** The vendor's own evidence for the requirement (every requirement but the 委託先 one with critical subcontractors). */
function ownEvidenceRule(input: SuggestionInput): Decision {
  const { requirement, answer } = input;
  if (requirement.acceptedAttestations.length === 0) return byAnswerOnly(requirement.kind, answer);
  const found = findEvidence(input.evidence.own, requirement, false);
  const record: SuggestionReason[] = found.notValid.map(notValidReason);
  for (const a of found.excludedWhole) {
    record.push(reason('controlsExcluded', { ...ref(a), controls: [...requirement.controlRefs] }));
  }
  if (record.length === 0 && !found.best) {
    record.push(
      cached(requirement, 'noEvidenceHeld', () =>
        reason('noEvidenceHeld', { types: [...requirement.acceptedAttestations] })
      )
    );
  }
  if (!found.best) {
    const decision = withoutEvidence(requirement.kind, answer, found.pending[0]);
    decision.basis.push(...record);
    return decision;
  }
  const best = found.best;
  const { notes, exceptions } = notesOn(best, requirement, input.contractEnd);
  const conclusion =
    requirement.kind === 'mandatory'
      ? constant('passByEvidence')
      : constant('levelByEvidence', { rank: best.rank });
  const decision = fromEvidence(requirement.kind, best.rank, answer, exceptions, conclusion);
  decision.basis.push(validReason(best), ...notes, ...record);
  return decision;
}

interface Coverage {
  sub: SubcontractorEvidence['subcontractor'];
  /** The attestation that covers it (its own, or the vendor's inclusive report); null when none valid does. */
  by: AssessedAttestation | null;
  inclusive: boolean;
  pending: boolean;
  /** What the record shows for it. */
  reason: SuggestionReason;
}

/** Names as written by different people: width, case and spacing do not make a different company. */
const normalName = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

function coverageOf(
  s: SubcontractorEvidence,
  reports: readonly AssessedAttestation[],
  requirement: SuggestionRequirement
): Coverage {
  const own = findEvidence(s.attestations, requirement, true);
  const name = normalName(s.subcontractor.name);
  const inclusive = reports.find((r) =>
    r.attestation.subserviceOrganisations.some((o) => o.method === 'inclusive' && normalName(o.name) === name)
  );
  const by = [own.best, inclusive].filter((a): a is AssessedAttestation => a != null).sort(better)[0] ?? null;
  const who = { subcontractorId: s.subcontractor.id, name: s.subcontractor.name };
  const shown = own.notValid[0];
  return {
    sub: s.subcontractor,
    by,
    inclusive: by !== null && by === inclusive,
    pending: by === null && own.pending.length > 0,
    reason: by
      ? reason(by === inclusive ? 'subcontractorInclusive' : 'subcontractorAssured', {
          ...who,
          ...ref(by),
          rank: by.rank
        })
      : reason('subcontractorNoEvidence', shown ? { ...who, ...ref(shown), status: shown.status } : who)
  };
}

interface SubcontractorFindings {
  weakest: Coverage;
  record: SuggestionReason[];
}

/** Every critical subcontractor's coverage, worked out once per vendor and kind of requirement. */
function subcontractorFindings(
  critical: readonly SubcontractorEvidence[],
  evidence: VendorEvidence,
  requirement: SuggestionRequirement
): SubcontractorFindings {
  const types = requirement.acceptedAttestations;
  const keys = keysOf(requirement);
  return cached(evidence, `subs|${keys.types}|${keys.controls}`, () => {
    const valid = evidence.own.filter(
      (a) => a.status === 'valid' && (types.length === 0 || types.includes(a.attestation.type))
    );
    const coverages = critical.map((s) => coverageOf(s, valid, requirement));
    // Weakest first: uncovered before covered, lower rank before higher; ties keep the recorded order.
    const strength = (c: Coverage) => (c.by ? c.by.rank : -1);
    const weakest = [...coverages].sort((a, b) => strength(a) - strength(b))[0]!;
    const record = coverages.map((c) => c.reason);
    for (const c of coverages) {
      if (c.sub.subserviceMethod === 'inclusive' && !c.inclusive) {
        record.push(reason('inclusiveNotShown', { subcontractorId: c.sub.id, name: c.sub.name }));
      }
    }
    return { weakest, record };
  });
}

/** The 委託先 rule: the weakest critical subcontractor decides, unless the vendor's own report includes it. */
function subcontractorRule(input: SuggestionInput): Decision {
  const { requirement, answer, evidence } = input;
  const critical = cached(evidence, 'critical', () =>
    evidence.subcontractors
      .filter((s) => s.subcontractor.criticality === 'critical')
      .sort((a, b) => a.subcontractor.order - b.subcontractor.order)
  );
  if (critical.length === 0) {
    const decision = ownEvidenceRule(input);
    decision.basis.push(constant('noCriticalSubcontractors'));
    return decision;
  }
  const { weakest, record } = subcontractorFindings(critical, evidence, requirement);
  const who = { subcontractorId: weakest.sub.id, name: weakest.sub.name };
  if (!weakest.by) {
    if (weakest.pending) return { outcome: null, basis: [reason('subcontractorPending', who), ...record] };
    return {
      outcome: { pass: false, tier: answer === 'full' ? BOTTOM_TIER - 1 : BOTTOM_TIER },
      basis: [reason('subcontractorUncovered', who), ...record]
    };
  }
  const { notes, exceptions } = notesOn(weakest.by, requirement, input.contractEnd);
  const conclusion = reason('weakestSubcontractor', { ...who, rank: weakest.by.rank });
  const decision = fromEvidence(requirement.kind, weakest.by.rank, answer, exceptions, conclusion);
  decision.basis.push(...record, ...notes);
  return decision;
}

export function isSubcontractorRequirement(requirement: Pick<Requirement, 'controlRefs'>): boolean {
  return requirement.controlRefs.some((c) => SUBCONTRACTOR_CONTROLS.includes(c.trim()));
}

/**
 * The suggestion for one vendor on one requirement, or null when there is nothing to suggest onto (a scored
 * requirement with an empty rubric). Reasons may be shared between suggestions: they are frozen.
 */
export function suggestGrade(input: SuggestionInput): Suggestion | null {
  memo = new WeakMap();
  return suggestOne(input);
}

function suggestOne(input: SuggestionInput): Suggestion | null {
  const { requirement, rubric, answer } = input;
  if (requirement.kind === 'scored' && rubric.length === 0) return null;
  const decision = keysOf(requirement).subcontractors ? subcontractorRule(input) : ownEvidenceRule(input);
  const basis = decision.basis;
  basis.splice(1, 0, answerReason(answer));
  if (requirement.controlRefs.length > 0) {
    basis.push(
      cached(requirement, 'mapsTo', () => reason('mapsTo', { controls: [...requirement.controlRefs] }))
    );
  }
  const outcome = decision.outcome;
  if (requirement.kind === 'mandatory') {
    return { verdict: outcome ? (outcome.pass ? 'pass' : 'fail') : null, level: null, basis };
  }
  const ordered = cached(rubric, 'byFactor', () => byFactor(rubric));
  return { verdict: null, level: outcome ? atTier(ordered, outcome.tier) : null, basis };
}

// ---------------------------------------------------------------- every vendor and requirement

/** The key of a suggestion in `suggestAll`'s map. */
export const suggestionKey = (vendorId: Id, requirementId: Id): string => `${vendorId}|${requirementId}`;

/** What `suggestAll` reads: a bundle's collections, with the requirements and rubric of the criteria in force. */
export interface SuggestionBundle {
  procurement: { bidDeadline: IsoDate | null; contractEnd: IsoDate | null };
  requirements: readonly SuggestionRequirement[];
  rubric: readonly RubricLevel[];
  vendors: readonly { id: Id }[];
  subcontractors: readonly Pick<
    Subcontractor,
    'id' | 'vendorId' | 'name' | 'criticality' | 'subserviceMethod' | 'order'
  >[];
  attestations: readonly Attestation[];
  responses: readonly Pick<Response, 'vendorId' | 'requirementId' | 'answer'>[];
}

/**
 * Suggestions for every vendor and requirement, keyed by `suggestionKey`; pairs with no suggestion are absent.
 * Statuses are worked out once per attestation on the bid deadline (`today` when none is set) and the contract end.
 */
export function suggestAll(
  bundle: SuggestionBundle,
  typeRules: readonly AttestationTypeInfo[],
  today: IsoDate
): Map<string, Suggestion> {
  const rules = new Map(typeRules.map((t) => [t.type, t] as const));
  const dates: SuggestionDates = {
    referenceDate: bundle.procurement.bidDeadline ?? today,
    contractEnd: bundle.procurement.contractEnd
  };
  const answers = new Map<Id, Map<Id, Answer | null>>();
  for (const r of bundle.responses) {
    let byRequirement = answers.get(r.vendorId);
    if (!byRequirement) answers.set(r.vendorId, (byRequirement = new Map()));
    byRequirement.set(r.requirementId, r.answer);
  }
  const out = new Map<string, Suggestion>();
  memo = new WeakMap();
  for (const vendor of bundle.vendors) {
    const subs = bundle.subcontractors.filter((s) => s.vendorId === vendor.id);
    const evidence = vendorEvidence(vendor.id, bundle.attestations, subs, rules, dates);
    const given = answers.get(vendor.id);
    for (const requirement of bundle.requirements) {
      const suggestion = suggestOne({
        requirement,
        rubric: bundle.rubric,
        answer: given?.get(requirement.id) ?? null,
        evidence,
        contractEnd: dates.contractEnd
      });
      if (suggestion) out.set(suggestionKey(vendor.id, requirement.id), suggestion);
    }
  }
  memo = new WeakMap();
  return out;
}
