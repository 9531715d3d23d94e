/**
 * The vocabulary of suggestions from evidence: the 委託先 controls, the evidence ranks and tiers, the reason
 * codes and the shapes of a suggestion and of its input. The policy is stated in `suggestions.ts`.
 */
import type { AttestationStatus } from './attestation-status';
import type {
  Answer,
  Attestation,
  AttestationType,
  Id,
  IsoDate,
  Requirement,
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

/** The tiers of the five-step scale, 0 (top) … 4 (bottom), that every rubric is mapped onto. */
export const BOTTOM_TIER = 4;
/**
 * The highest tier a suggestion reaches: the middle level of the rubric (`middleLevel`). A registration or
 * certification shows that a control is in place, not that it is excellent, and an answer is the vendor's own claim;
 * a higher level is the evaluator's judgement of the answer.
 */
export const MIDDLE_TIER = 2;

/**
 * Conclusions (first in `basis`, the rule that decided): `passByEvidence`, `failNoValidEvidence`, `pendingCheck`,
 * `answerConflicts`, `byAnswer`, `partialAnswer`, `levelByEvidence`, `levelWithoutEvidence`, `weakestSubcontractor`,
 * `subcontractorUncovered`, `subcontractorPending`. Then always the answer (`answer` or `noAnswer`); then, when a
 * scored level rests on evidence, the cap (`higherLevelsByJudgement`); then the supporting reasons, and last the
 * mapped controls (`mapsTo`). Reasons are codes with parameters, translated by the UI: a new finding (a register
 * check, say) is a new code and message, not a new shape.
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
  'higherLevelsByJudgement',
  'evidenceValid',
  'evidenceNotValid',
  'noEvidenceHeld',
  'lapsesBeforeContractEnd',
  'exceptionReported',
  'criteriaQualified',
  'carveOutWithoutReport',
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
  /** The Trust Services criterion of one exception (`exceptionReported`), '' when not stated. */
  criterion?: string;
  /** The exception's description (`exceptionReported`). */
  description?: string;
  /** Criteria a qualified opinion concerns that the requirement maps to (`criteriaQualified`). */
  criteria?: string[];
  subcontractorId?: Id;
  name?: string;
  /** Every critical subcontractor without a covering attestation (`subcontractorUncovered`), in recorded order. */
  subcontractorIds?: Id[];
  names?: string[];
  /** The rubric level a suggestion stops at (`higherLevelsByJudgement`). */
  level?: string;
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

/** A 委託先 requirement is recognised by its mapped controls. */
export function isSubcontractorRequirement(requirement: Pick<Requirement, 'controlRefs'>): boolean {
  return requirement.controlRefs.some((c) => SUBCONTRACTOR_CONTROLS.includes(c.trim()));
}
