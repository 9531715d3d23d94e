/**
 * Static maps from domain codes to message keys. Keys are never assembled at run time, so a code
 * without a message is a type error here rather than a blank label on screen.
 */
import type { ReasonCode as StatusReasonCode, StatusReason } from '$lib/domain/attestation-status';
import type { ChainProblem } from '$lib/domain/audit';
import { correctedAction } from '$lib/domain/corrections';
import type { Issue, IssueCode } from '$lib/domain/issues';
import type {
  VerificationResult,
  BuyerKind,
  DocumentDateStyle,
  RegisterOutcomeKind
} from '$lib/domain/model';
import type { MessageKey } from './messages';
import { formatWeekday, type Locale } from './format';
import { registerOutcomeKey } from './register-labels';
import { verificationResultKey } from './attestation-fact-labels';
import { actionKey } from './audit-labels';

// The labels the shell, the overview, the requirement list and the settings form show live apart,
// so those pages opened cold do not carry this file.
export {
  appliesToKey,
  classKey,
  editionKey,
  kindKey,
  roleKey,
  settingsProblemKey,
  stageKey,
  stageStatusKey
} from './procurement-labels';
// The results page names attestation types in its explanations: it takes them from their own file.
export { attestationTypeKey } from './attestation-labels';
// The vendor page's attestation summaries take theirs from their own file too.
export {
  coverageKey,
  issuerLabelKey,
  numberLabelKey,
  opinionKey,
  subserviceMethodKey,
  tscKey,
  verificationResultKey
} from './attestation-fact-labels';
// The memo and the audit summaries name subcontractors' criticality and actions: from their own files.
export { criticalityKey } from './role-labels';
export { actionKey } from './audit-labels';

/** An issue's parameters as its message reads them: the location, and a weekday by name. */
export function issueParams(issue: Issue, locale: Locale): Record<string, string | number> {
  const params: Record<string, string | number> = { path: issue.path || '—', ...issue.params };
  if (issue.code === 'dateWeekdayMismatch' && typeof params.weekday === 'number') {
    params.weekday = formatWeekday(params.weekday, locale);
  }
  return params;
}

export const issueKey: Record<IssueCode, MessageKey> = {
  noRequirements: 'issue.noRequirements',
  emptyRequirement: 'issue.emptyRequirement',
  pointsNotPositive: 'issue.pointsNotPositive',
  pointsNegative: 'issue.pointsNegative',
  levelPointsKind: 'issue.levelPointsKind',
  levelPointsLevels: 'issue.levelPointsLevels',
  levelPointsRange: 'issue.levelPointsRange',
  levelPointsTop: 'issue.levelPointsTop',
  levelPointsOrder: 'issue.levelPointsOrder',
  excludeAtLowestKind: 'issue.excludeAtLowestKind',
  duplicateRef: 'issue.duplicateRef',
  invalidRubric: 'issue.invalidRubric',
  ceilingPriceMissing: 'issue.ceilingPriceMissing',
  priceAllocationMissing: 'issue.priceAllocationMissing',
  settingOutOfRange: 'issue.settingOutOfRange',
  frozenAfterTechnicalLock: 'issue.frozenAfterTechnicalLock',
  correctionReasonMissing: 'issue.correctionReasonMissing',
  correctionReasonTooLong: 'issue.correctionReasonTooLong',
  wrongType: 'issue.wrongType',
  missingField: 'issue.missingField',
  unknownKey: 'issue.unknownKey',
  forbiddenKey: 'issue.forbiddenKey',
  outOfRange: 'issue.outOfRange',
  notAllowed: 'issue.notAllowed',
  duplicateId: 'issue.duplicateId',
  danglingReference: 'issue.danglingReference',
  fileTooLarge: 'issue.fileTooLarge',
  unzippedTooLarge: 'issue.unzippedTooLarge',
  fileEmpty: 'issue.fileEmpty',
  notJson: 'issue.notJson',
  wrongFileType: 'issue.wrongFileType',
  futureVersion: 'issue.futureVersion',
  brokenAuditChain: 'issue.brokenAuditChain',
  evidenceHashMismatch: 'issue.evidenceHashMismatch',
  notSpreadsheet: 'issue.notSpreadsheet',
  unknownControlId: 'issue.unknownControlId',
  ambiguousControlId: 'issue.ambiguousControlId',
  unknownRequirementId: 'issue.unknownRequirementId',
  requirementTextChanged: 'issue.requirementTextChanged',
  templateVersionMismatch: 'issue.templateVersionMismatch',
  checksumMismatch: 'issue.checksumMismatch',
  otherVendor: 'issue.otherVendor',
  answerNotInList: 'issue.answerNotInList',
  textTooLong: 'issue.textTooLong',
  unknownOpinion: 'issue.unknownOpinion',
  answerNotApplicable: 'issue.answerNotApplicable',
  missingRequiredColumn: 'issue.missingRequiredColumn',
  unknownAttestationType: 'issue.unknownAttestationType',
  invalidDate: 'issue.invalidDate',
  impossibleDate: 'issue.impossibleDate',
  ambiguousDate: 'issue.ambiguousDate',
  dateEraOverrun: 'issue.dateEraOverrun',
  dateWeekdayMismatch: 'issue.dateWeekdayMismatch',
  unknownCertificationType: 'issue.unknownCertificationType',
  subcontractorNameMissing: 'issue.subcontractorNameMissing',
  soc2ReportTypeInvalid: 'issue.soc2ReportTypeInvalid',
  soc2ReportIdentityMissing: 'issue.soc2ReportIdentityMissing',
  soc2DateUnreadable: 'issue.soc2DateUnreadable',
  soc2UnknownItem: 'issue.soc2UnknownItem',
  soc2ItemNotForType: 'issue.soc2ItemNotForType',
  soc2CriterionInvalid: 'issue.soc2CriterionInvalid',
  soc2TextMissing: 'issue.soc2TextMissing',
  soc2OpinionUnknown: 'issue.soc2OpinionUnknown',
  soc2BridgeInvalid: 'issue.soc2BridgeInvalid',
  soc2Conflict: 'issue.soc2Conflict',
  soc2ReportLeftOut: 'issue.soc2ReportLeftOut',
  soc2ReportNotListed: 'issue.soc2ReportNotListed',
  unmatchedKey: 'issue.unmatchedKey',
  unmatchedKeysOmitted: 'issue.unmatchedKeysOmitted',
  missingKey: 'issue.missingKey',
  unmappedAnswerValue: 'issue.unmappedAnswerValue',
  emptyText: 'issue.emptyText',
  duplicateControlId: 'issue.duplicateControlId',
  missingColumn: 'issue.missingColumn',
  notCaiq: 'issue.notCaiq'
};

export const chainProblemKey: Record<ChainProblem, MessageKey> = {
  hashMismatch: 'audit.problem.hashMismatch',
  prevHashMismatch: 'audit.problem.prevHashMismatch',
  sequenceGap: 'audit.problem.sequenceGap',
  wrongProcurement: 'audit.problem.wrongProcurement',
  headMismatch: 'audit.problem.headMismatch'
};

export const buyerKindKey: Record<BuyerKind, MessageKey> = {
  government: 'field.buyerKind.government',
  enterprise: 'field.buyerKind.enterprise'
};

export const documentDateStyleKey: Record<DocumentDateStyle, MessageKey> = {
  western: 'appSettings.dateStyle.western',
  japanese: 'appSettings.dateStyle.japanese'
};

/**
 * An audit action in words, as the audit page and the workbook say it: a post-close correction
 * (`….correction`) as 「締切後の訂正: …」, a code without a message as recorded.
 */
export function auditActionText(
  action: string,
  t: (key: MessageKey, params?: Record<string, string | number>) => string
): string {
  const corrected = correctedAction(action);
  const key = actionKey[corrected ?? action];
  const label = key ? t(key) : (corrected ?? action);
  return corrected ? t('action.correction', { action: label }) : label;
}

export { answerKey } from './answer-labels';

// ---------------------------------------------------------------- the attestation form

/** The attestation dates a validity rule may lack (`missingDates`'s `field`), by field name. */
export const attestationDateFieldKey: Readonly<Record<string, MessageKey>> = {
  periodEnd: 'vendor.att.periodEnd',
  asOf: 'vendor.att.asOf',
  issuedOn: 'vendor.att.issuedOn',
  expiry: 'vendor.att.expiry'
};

/**
 * A status reason in words, its parameters made readable: a date as the reader's `date` formats it,
 * a field by its label, a verification result in words (the page's or the workbook's wording).
 */
export function statusReasonText(
  reason: StatusReason,
  words: {
    t: (key: MessageKey, params?: Record<string, string | number>) => string;
    date: (isoDate: string) => string;
    reasonKey?: Record<StatusReasonCode, MessageKey>;
    verificationKey?: Record<VerificationResult, MessageKey>;
  }
): string {
  const { t, date, reasonKey = statusReasonKey, verificationKey = verificationResultKey } = words;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params ?? {})) {
    const text = String(value);
    if (name === 'date') params[name] = date(text);
    else if (name === 'field')
      params[name] = Object.hasOwn(attestationDateFieldKey, text) ? t(attestationDateFieldKey[text]!) : text;
    else if (name === 'result' && Object.hasOwn(verificationKey, text))
      params[name] = t(verificationKey[text as VerificationResult]);
    else if (name === 'outcome' && Object.hasOwn(registerOutcomeKey, text))
      params[name] = t(registerOutcomeKey[text as RegisterOutcomeKind]);
    else if (name === 'criteria' && text === '') params[name] = t('vendor.reason.criteriaNone');
    else params[name] = value;
  }
  return t(reasonKey[reason.code], params);
}

/** The message of each problem `validateSettings` finds (static keys). */

/** The reasons an attestation's status gives, as the vendor page words them. */
export const statusReasonKey: Record<StatusReasonCode, MessageKey> = {
  scopeNotCovered: 'vendor.reason.scopeNotCovered',
  expiredOn: 'vendor.reason.expiredOn',
  editionWithdrawn: 'vendor.reason.editionWithdrawn',
  staleSince: 'vendor.reason.staleSince',
  renewalPending: 'vendor.reason.renewalPending',
  bridgeLetterCovers: 'vendor.reason.bridgeLetterCovers',
  opinionQualified: 'vendor.reason.opinionQualified',
  opinionAdverse: 'vendor.reason.opinionAdverse',
  opinionDisclaimer: 'vendor.reason.opinionDisclaimer',
  scopeUnknown: 'vendor.reason.scopeUnknown',
  missingDates: 'vendor.reason.missingDates',
  notVerified: 'vendor.reason.notVerified',
  verificationFailed: 'vendor.reason.verificationFailed',
  registerOutcome: 'vendor.reason.registerOutcome',
  exceptionsReported: 'vendor.reason.exceptionsReported',
  validThrough: 'vendor.reason.validThrough'
};
