/** English messages of the suggestions from evidence; same keys as `jaSuggest`. */
import type { jaSuggest } from './messages-suggest';

export const enSuggest: Record<keyof typeof jaSuggest, string> = {
  'suggest.label': 'Suggestion from the evidence',
  'suggest.level': 'Suggested: {code} ({label})',
  'suggest.pass': 'Suggested: meets',
  'suggest.fail': 'Suggested: does not meet',
  'suggest.passWithExceptions': 'Suggested: meets, with exception {criteria}',
  'suggest.levelWithExceptions': 'Suggested: {code} ({label}), with exception {criteria}',
  'suggest.none': 'No suggestion (for the evaluator to judge)',
  'suggest.disclaimer': 'For reference: a suggestion from the evidence. The evaluator does the grading.',
  'suggest.rank': 'assurance {rank}/5',
  'suggest.listSeparator': ', ',
  'suggest.quotedName': '“{name}”',
  'suggest.attWithNumber': '{type} ({number})',
  'suggest.reason.passByEvidence': 'An attestation of an accepted type is valid on the reference date.',
  'suggest.reason.failNoValidEvidence': 'No attestation of an accepted type is valid on the reference date.',
  'suggest.reason.pendingCheck':
    '{att} is not verified yet, so there is no suggestion. Record the check to get one.',
  'suggest.reason.answerConflicts': 'Valid evidence is on file but the answer is “{answer}”: no suggestion.',
  'suggest.reason.byAnswer': 'The requirement names no accepted evidence: suggested from the answer alone.',
  'suggest.reason.partialAnswer':
    'The answer is “partly”: whether it meets the requirement is for the evaluator.',
  'suggest.reason.levelByEvidence': 'Suggested from valid accepted evidence ({rank}) and the answer.',
  'suggest.reason.levelWithoutEvidence':
    'No valid accepted evidence: suggested from the answer alone, which earns at most the middle level.',
  'suggest.reason.weakestSubcontractor':
    'Suggested from the critical subcontractor with the weakest assurance, “{name}” ({rank}).',
  'suggest.reason.subcontractorUncovered':
    'Critical subcontractors with no valid assurance covering them ({count}): {names}. A low level is suggested.',
  'suggest.reason.higherLevelsByJudgement':
    'A registration or certification shows that a control is in place, not that it is excellent: evidence suggests the middle level ({level}) at most. A higher level is the evaluator’s judgement of the answer.',
  'suggest.reason.subcontractorPending':
    'The attestation of the critical subcontractor “{name}” is not verified yet, so there is no suggestion. Record the check to get one.',
  'suggest.reason.evidenceValid': '{att}: valid (through {date}, {rank})',
  'suggest.reason.evidenceValidUndated': '{att}: valid ({rank})',
  'suggest.reason.evidenceNotValid': '{att}: {status}',
  'suggest.reason.noEvidenceHeld': 'No attestation of the accepted types ({types}) is on file.',
  'suggest.reason.lapsesBeforeContractEnd': '{att} will be “{status}” at the end of the contract ({date}).',
  'suggest.reason.exceptionReported':
    '{att} exception {criterion}: {description} ({count} {count|exception touches|exceptions touch} this requirement: a pass stays a pass; a level is one lower).',
  'suggest.reason.criteriaQualified':
    '{att} has a qualified opinion on criteria this requirement references ({criteria}), so it is not evidence for this requirement (the rest of the report stands).',
  'suggest.reason.carveOutWithoutReport':
    '{att} carves out “{name}”, and no report or certificate of its own is on file (an open point).',
  'suggest.reason.controlExcluded': '{att} excludes {excluded} (mapped control {control}).',
  'suggest.reason.controlsExcluded':
    '{att} excludes every mapped control ({controls}), so it does not count as evidence.',
  'suggest.reason.mapsTo': 'Maps to: {controls}',
  'suggest.reason.answer': 'Vendor’s answer: {answer}',
  'suggest.reason.noAnswer': 'Vendor’s answer: not answered',
  'suggest.reason.noCriticalSubcontractors':
    'No critical subcontractor is recorded: suggested from the vendor’s own evidence.',
  'suggest.reason.subcontractorAssured': 'Subcontractor “{name}”: {att} (valid, {rank})',
  'suggest.reason.subcontractorInclusive':
    'Subcontractor “{name}”: included in the vendor’s {att} by the inclusive method (valid, {rank}).',
  'suggest.reason.subcontractorNoEvidence': 'Subcontractor “{name}”: no valid assurance',
  'suggest.reason.subcontractorNoEvidenceShown':
    'Subcontractor “{name}”: no valid assurance ({att}: {status})',
  'suggest.reason.inclusiveNotShown':
    'Subcontractor “{name}” is recorded under the inclusive method, but no valid report shows it.'
};
