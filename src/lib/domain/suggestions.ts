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
 * - SOC 2 exceptions (`soc2-exceptions.ts`) reach only the requirements that reference their Trust Services
 *   criterion (or are named by hand): 必須 → still 適合, with each exception noted ("適合（例外あり CC6.1: …）");
 *   任意 → one tier lower. A qualified opinion voids the report only for the requirements its qualified criteria
 *   (named, else the exceptions') reach: for them it is no evidence (`criteriaQualified`); the rest stands.
 *   Adverse opinions and disclaimers make the report no evidence for every requirement (status `qualified`).
 * - 必須 naming accepted types: valid evidence → pass (answer full or blank); none valid → fail, unless an accepted
 *   attestation is only `unverified` (no suggestion until it is checked). Valid evidence but the answer is partial or
 *   none → no suggestion (they conflict). 必須 naming no types: full → pass, none or blank → fail, partial → none.
 * - 任意: a tier on a five-step scale (0 top … 4 bottom) mapped onto the rubric by relative position, and never
 *   above the middle level of the rubric (MIDDLE_TIER, `middleLevel`: the median level by order, the lower one of
 *   two). A registration or certification shows that a control is in place, not that it is excellent, whatever its
 *   assurance rank: valid evidence → the middle tier 2; answer partial or blank +1, an exception touching the item
 *   +1; answer none with valid evidence → no suggestion. A level above the middle is the evaluator's judgement of
 *   the answer, and the suggestion says so (`higherLevelsByJudgement`). Without valid evidence: full → 2,
 *   partial → 3, none or blank → 4; a pending `unverified` accepted attestation → no suggestion.
 * - 委託先 requirement (recognised by its mapped controls, SUBCONTRACTOR_CONTROLS): the critical subcontractors
 *   decide in place of the vendor's own evidence. A subcontractor is covered by its own best valid accepted
 *   attestation, or by a valid accepted report of the vendor that lists it under the inclusive method (一体方式).
 *   Any uncovered critical subcontractor sets the item at tier 3 (full) or 4, 必須 → fail, and the conclusion names
 *   every one of them; else one only pending a check → no suggestion; else the weakest covered one decides. No
 *   critical subcontractor recorded → the vendor's own evidence, as for any requirement. A subservice organisation
 *   the vendor's report carves out (除外方式) with no report of its own held is noted there as an open point
 *   (`carveOutWithoutReport`); a report's subservice organisation is matched by its link, else by name.
 */
import type { AttestationTypeInfo } from './catalogue';
import type {
  Answer,
  Attestation,
  Id,
  IsoDate,
  Requirement,
  Response,
  RubricLevel,
  Subcontractor
} from './model';
import {
  answerReason,
  better,
  ref,
  byFactor,
  cached,
  cappedAtTier,
  constant,
  findEvidence,
  keysOf,
  middleLevel,
  notesOn,
  notValidReason,
  pendingReason,
  answerOnlyTier,
  reason,
  resetSuggestionCache,
  validReason,
  vendorEvidence,
  withAnswer
} from './suggestion-evidence';
import {
  BOTTOM_TIER,
  MIDDLE_TIER,
  type AssessedAttestation,
  type Suggestion,
  type SuggestionDates,
  type SuggestionInput,
  type SuggestionReason,
  type SubcontractorEvidence,
  type SuggestionRequirement,
  type VendorEvidence
} from './suggestion-types';

export * from './suggestion-types';
export { assessAttestation, levelAtTier, middleLevel, vendorEvidence } from './suggestion-evidence';

// ---------------------------------------------------------------- the rules

interface Decision {
  /** Pass or not (必須) and the tier (任意); null: no suggestion. */
  outcome: { pass: boolean; tier: number } | null;
  basis: SuggestionReason[];
  /** The level rests on valid evidence, which supports the middle level at most: the suggestion says so. */
  byEvidence?: boolean;
}

/**
 * A valid piece of evidence (the vendor's own, or the weakest subcontractor's) and the answer. Its assurance rank
 * does not raise the level: any valid accepted evidence supports 適合 (必須) or the middle level (任意).
 */
function fromEvidence(
  kind: Requirement['kind'],
  answer: Answer | null,
  exceptions: number,
  conclusion: SuggestionReason
): Decision {
  if (answer === 'none' || (kind === 'mandatory' && answer === 'partial')) {
    return { outcome: null, basis: [withAnswer('answerConflicts', answer)] };
  }
  const tier = MIDDLE_TIER + (answer === 'full' ? 0 : 1) + (exceptions > 0 ? 1 : 0);
  return { outcome: { pass: true, tier }, basis: [conclusion], byEvidence: kind === 'scored' };
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
  for (const q of found.qualified) {
    record.push(reason('criteriaQualified', { ...ref(q.a), criteria: q.criteria }));
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
  const decision = fromEvidence(requirement.kind, answer, exceptions, conclusion);
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

/** A report's subservice organisation is the subcontractor it links to; an unlinked one, by its name. */
function namesSubcontractor(
  o: Attestation['subserviceOrganisations'][number],
  sub: Pick<Subcontractor, 'id' | 'name'>
): boolean {
  return o.subcontractorId ? o.subcontractorId === sub.id : normalName(o.name) === normalName(sub.name);
}

/**
 * Subservice organisations the vendor's own reports carve out (除外方式) for which no report of their own is held:
 * an open point, noted on the 委託先 requirement. One note per subcontractor (or per unlinked name), in order.
 */
function carveOutsWithoutReport(evidence: VendorEvidence): SuggestionReason[] {
  return cached(evidence, 'carveOuts', () => {
    const seen = new Set<string>();
    const out: SuggestionReason[] = [];
    for (const a of evidence.own) {
      for (const o of a.attestation.subserviceOrganisations) {
        if (o.method !== 'carveOut') continue;
        const sub = evidence.subcontractors.find((x) => namesSubcontractor(o, x.subcontractor));
        if (sub && sub.attestations.length > 0) continue;
        const key = sub ? `id|${sub.subcontractor.id}` : `name|${normalName(o.name)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(
          reason(
            'carveOutWithoutReport',
            sub
              ? { ...ref(a), subcontractorId: sub.subcontractor.id, name: sub.subcontractor.name }
              : { ...ref(a), name: o.name }
          )
        );
      }
    }
    return out;
  });
}

function coverageOf(
  s: SubcontractorEvidence,
  reports: readonly AssessedAttestation[],
  requirement: SuggestionRequirement
): Coverage {
  const own = findEvidence(s.attestations, requirement, true);
  const inclusive = reports.find((r) =>
    r.attestation.subserviceOrganisations.some(
      (o) => o.method === 'inclusive' && namesSubcontractor(o, s.subcontractor)
    )
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
  /** Every critical subcontractor, in recorded order. */
  coverages: Coverage[];
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
    return { coverages, weakest, record };
  });
}

/**
 * The 委託先 rule: every critical subcontractor without a covering attestation is named and sets the item low;
 * otherwise the weakest covered one decides (its own attestation, or the vendor's report that includes it).
 */
function subcontractorRule(input: SuggestionInput): Decision {
  const { requirement, answer, evidence } = input;
  const critical = cached(evidence, 'critical', () =>
    evidence.subcontractors
      .filter((s) => s.subcontractor.criticality === 'critical')
      .sort((a, b) => a.subcontractor.order - b.subcontractor.order)
  );
  if (critical.length === 0) {
    const decision = ownEvidenceRule(input);
    decision.basis.push(constant('noCriticalSubcontractors'), ...carveOutsWithoutReport(evidence));
    return decision;
  }
  const { coverages, weakest, record } = subcontractorFindings(critical, evidence, requirement);
  // Uncovered for sure: checking a pending one could not lift the item above what these allow.
  const uncovered = coverages.filter((c) => !c.by && !c.pending);
  if (uncovered.length > 0) {
    const conclusion = reason('subcontractorUncovered', {
      subcontractorIds: uncovered.map((c) => c.sub.id),
      names: uncovered.map((c) => c.sub.name),
      count: uncovered.length
    });
    return {
      outcome: { pass: false, tier: answer === 'full' ? BOTTOM_TIER - 1 : BOTTOM_TIER },
      basis: [conclusion, ...record, ...carveOutsWithoutReport(evidence)]
    };
  }
  const who = { subcontractorId: weakest.sub.id, name: weakest.sub.name };
  if (!weakest.by) {
    return {
      outcome: null,
      basis: [reason('subcontractorPending', who), ...record, ...carveOutsWithoutReport(evidence)]
    };
  }
  const { notes, exceptions } = notesOn(weakest.by, requirement, input.contractEnd);
  const conclusion = reason('weakestSubcontractor', { ...who, rank: weakest.by.rank });
  const decision = fromEvidence(requirement.kind, answer, exceptions, conclusion);
  decision.basis.push(...record, ...notes, ...carveOutsWithoutReport(evidence));
  return decision;
}

/**
 * The suggestion for one vendor on one requirement, or null when there is nothing to suggest onto (a scored
 * requirement with an empty rubric). Reasons may be shared between suggestions: they are frozen.
 */
export function suggestGrade(input: SuggestionInput): Suggestion | null {
  resetSuggestionCache();
  return suggestOne(input);
}

function suggestOne(input: SuggestionInput): Suggestion | null {
  const { requirement, rubric, answer } = input;
  if (requirement.kind === 'scored' && rubric.length === 0) return null;
  const decision = keysOf(requirement).subcontractors ? subcontractorRule(input) : ownEvidenceRule(input);
  const basis = decision.basis;
  basis.splice(1, 0, answerReason(answer));
  const ordered = cached(rubric, 'byFactor', () => byFactor(rubric));
  if (decision.byEvidence && decision.outcome) {
    basis.splice(
      2,
      0,
      cached(rubric, 'cap', () => reason('higherLevelsByJudgement', { level: middleLevel(rubric) ?? '' }))
    );
  }
  if (requirement.controlRefs.length > 0) {
    basis.push(
      cached(requirement, 'mapsTo', () => reason('mapsTo', { controls: [...requirement.controlRefs] }))
    );
  }
  const outcome = decision.outcome;
  if (requirement.kind === 'mandatory') {
    return { verdict: outcome ? (outcome.pass ? 'pass' : 'fail') : null, level: null, basis };
  }
  return { verdict: null, level: outcome ? cappedAtTier(ordered, outcome.tier) : null, basis };
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
  const out = new Map<string, Suggestion>();
  for (const vendor of bundle.vendors) {
    for (const [key, suggestion] of suggestForVendor(bundle, typeRules, today, vendor.id)) {
      out.set(key, suggestion);
    }
  }
  return out;
}

/**
 * One vendor's part of `suggestAll` (the same keys and suggestions): what a grading sheet shows,
 * worked out when that vendor's sheet opens rather than for every vendor at once.
 */
export function suggestForVendor(
  bundle: SuggestionBundle,
  typeRules: readonly AttestationTypeInfo[],
  today: IsoDate,
  vendorId: Id
): Map<string, Suggestion> {
  const rules = new Map(typeRules.map((t) => [t.type, t] as const));
  const dates: SuggestionDates = {
    referenceDate: bundle.procurement.bidDeadline ?? today,
    contractEnd: bundle.procurement.contractEnd
  };
  const given = new Map<Id, Answer | null>();
  for (const r of bundle.responses) if (r.vendorId === vendorId) given.set(r.requirementId, r.answer);
  const out = new Map<string, Suggestion>();
  resetSuggestionCache();
  const subs = bundle.subcontractors.filter((s) => s.vendorId === vendorId);
  const evidence = vendorEvidence(vendorId, bundle.attestations, subs, rules, dates);
  for (const requirement of bundle.requirements) {
    const suggestion = suggestOne({
      requirement,
      rubric: bundle.rubric,
      answer: given.get(requirement.id) ?? null,
      evidence,
      contractEnd: dates.contractEnd
    });
    if (suggestion) out.set(suggestionKey(vendorId, requirement.id), suggestion);
  }
  resetSuggestionCache();
  return out;
}

/**
 * `suggestForVendor` on demand: each vendor's suggestions are worked out the first time one of
 * them is asked for, then kept (for one input; a new input needs a new lookup).
 */
export function suggestionLookup(
  bundle: SuggestionBundle,
  typeRules: readonly AttestationTypeInfo[],
  today: IsoDate
): (vendorId: Id, requirementId: Id) => Suggestion | null {
  const byVendor = new Map<Id, Map<string, Suggestion>>();
  return (vendorId, requirementId) => {
    let ofVendor = byVendor.get(vendorId);
    if (!ofVendor) {
      ofVendor = suggestForVendor(bundle, typeRules, today, vendorId);
      byVendor.set(vendorId, ofVendor);
    }
    return ofVendor.get(suggestionKey(vendorId, requirementId)) ?? null;
  };
}
