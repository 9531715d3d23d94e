/**
 * Static maps from codes to the message keys of the scoring workbook and the ranking CSV: the
 * sheet names, the settings rows, and the codes worded for the workbook (the pages' own maps in
 * `labels.ts` and `results-labels.ts` serve where the workbook says the same). Keys are never built
 * at run time, so a code without a message is a type error here.
 */
import type { ReasonCode as StatusReasonCode } from '$lib/domain/attestation-status';
import type { ChainProblem } from '$lib/domain/audit';
import type {
  PassRule,
  PriceFormula,
  PriceMethod,
  RoundingMode,
  VerificationResult
} from '$lib/domain/model';
import type { ReasonCode } from '$lib/domain/scoring';
import { statusReasonKey } from './labels';
import type { MessageKey } from './messages';

export const WORKBOOK_SHEETS = [
  'criteria',
  'items',
  'grades',
  'tally',
  'price',
  'overall',
  'evidence',
  'stability',
  'audit',
  'auditRecords',
  'corrections'
] as const;
export type WorkbookSheet = (typeof WORKBOOK_SHEETS)[number];

export const sheetNameKey: Record<WorkbookSheet, MessageKey> = {
  criteria: 'workbook.sheet.criteria',
  items: 'workbook.sheet.items',
  grades: 'workbook.sheet.grades',
  tally: 'workbook.sheet.tally',
  price: 'workbook.sheet.price',
  overall: 'workbook.sheet.overall',
  evidence: 'workbook.sheet.evidence',
  stability: 'workbook.sheet.stability',
  audit: 'workbook.sheet.audit',
  auditRecords: 'workbook.sheet.auditRecords',
  corrections: 'workbook.sheet.corrections'
};

/** The rows of the 採点設定 table, in order. */
export const workbookSettingKey = {
  priceMethod: 'workbook.setting.priceMethod',
  priceFormula: 'workbook.setting.priceFormula',
  priceAllocation: 'workbook.setting.priceAllocation',
  ceilingPrice: 'workbook.setting.ceilingPrice',
  divisionScale: 'workbook.setting.divisionScale',
  referenceValueGate: 'workbook.setting.referenceValueGate',
  lowBidThreshold: 'workbook.setting.lowBidThreshold',
  floorPrice: 'workbook.setting.floorPrice',
  slopeThreshold: 'workbook.setting.slopeThreshold',
  slopeFactor: 'workbook.setting.slopeFactor',
  passRule: 'workbook.setting.passRule',
  minimumBonus: 'memo.minimumBonus',
  minimumTechnical: 'memo.minimumTechnical',
  roundingMode: 'workbook.setting.roundingCommon',
  technicalMode: 'workbook.setting.technicalMode',
  technicalDecimals: 'workbook.setting.technicalDecimals',
  priceMode: 'workbook.setting.priceMode',
  priceDecimals: 'workbook.setting.priceDecimals',
  totalMode: 'workbook.setting.totalMode',
  totalDecimals: 'workbook.setting.totalDecimals',
  evaluationValueMode: 'workbook.setting.evaluationValueMode',
  evaluationValueDecimals: 'workbook.setting.evaluationValueDecimals',
  referenceValueMode: 'workbook.setting.referenceValueMode',
  referenceValueDecimals: 'workbook.setting.referenceValueDecimals',
  itemMeanMode: 'workbook.setting.itemMeanMode',
  itemMeanDecimals: 'workbook.setting.itemMeanDecimals',
  priceBasis: 'workbook.setting.priceBasis',
  statedRatio: 'scoring.statedRatio',
  stabilityVariation: 'workbook.setting.stabilityVariation',
  stabilityDraws: 'workbook.setting.stabilityDraws',
  stabilitySeed: 'workbook.setting.stabilitySeed',
  evaluators: 'workbook.setting.evaluators'
} as const satisfies Record<string, MessageKey>;
export type WorkbookSetting = keyof typeof workbookSettingKey;

export const workbookPriceMethodKey: Record<PriceMethod, MessageKey> = {
  none: 'workbook.priceMethod.none',
  additive: 'workbook.priceMethod.additive',
  division: 'workbook.priceMethod.division'
};

/** The 加算方式 formulas in words; 除算方式 has its own (`workbook.priceFormula.division`). */
export const workbookPriceFormulaKey: Record<PriceFormula, MessageKey> = {
  standard: 'workbook.priceFormula.standard',
  lowestRatio: 'workbook.priceFormula.lowestRatio',
  withFloor: 'workbook.priceFormula.withFloor',
  reducedSlope: 'workbook.priceFormula.reducedSlope'
};

export const workbookPassRuleKey: Record<PassRule, MessageKey> = {
  majority: 'workbook.passRule.majority',
  unanimous: 'workbook.passRule.unanimous'
};

export const workbookRoundingKey: Record<RoundingMode, MessageKey> = {
  floor: 'scoring.rounding.floor',
  halfUp: 'scoring.rounding.halfUp',
  none: 'workbook.rounding.none'
};

/** Why a vendor is not ranked, shorter than on the results page; `{ref}` `{reason}` `{count}` filled in. */
export const disqualificationKey: Record<ReasonCode, MessageKey> = {
  mandatoryFailed: 'workbook.reason.mandatoryFailed',
  overCeiling: 'workbook.reason.overCeiling',
  invalidBid: 'workbook.reason.invalidBid',
  withdrawn: 'results.reason.withdrawn',
  missingBid: 'workbook.reason.missingBid',
  belowMinimumBonus: 'workbook.reason.belowMinimumBonus',
  belowMinimumTechnical: 'workbook.reason.belowMinimumTechnical',
  lowestLevel: 'workbook.reason.lowestLevel',
  belowReferenceValue: 'workbook.reason.belowReferenceValue',
  lowBidRejected: 'workbook.reason.lowBidRejected',
  missingGrades: 'workbook.reason.missingGrades'
};

/** The status reasons as on the vendor page, without its note that an opinion cannot support an item. */
export const workbookStatusReasonKey: Record<StatusReasonCode, MessageKey> = {
  ...statusReasonKey,
  opinionAdverse: 'workbook.statusReason.opinionAdverse',
  opinionDisclaimer: 'workbook.statusReason.opinionDisclaimer'
};

export const workbookVerificationKey: Record<VerificationResult, MessageKey> = {
  confirmed: 'workbook.verification.confirmed',
  notFound: 'workbook.verification.notFound',
  mismatch: 'workbook.verification.mismatch'
};

export const workbookChainProblemKey: Record<ChainProblem, MessageKey> = {
  hashMismatch: 'workbook.chainProblem.hashMismatch',
  prevHashMismatch: 'workbook.chainProblem.prevHashMismatch',
  sequenceGap: 'workbook.chainProblem.sequenceGap',
  wrongProcurement: 'workbook.chainProblem.wrongProcurement',
  headMismatch: 'workbook.chainProblem.headMismatch'
};

/** The kinds of record an audit entry names (`entityKind`), in words. */
export const auditEntityKey: Readonly<Record<string, MessageKey>> = {
  procurement: 'workbook.auditEntity.procurement',
  criteriaVersion: 'workbook.auditEntity.criteriaVersion',
  evaluator: 'workbook.auditEntity.evaluator',
  requirement: 'workbook.auditEntity.requirement',
  vendor: 'workbook.auditEntity.vendor',
  subcontractor: 'workbook.auditEntity.subcontractor',
  attestation: 'workbook.auditEntity.attestation',
  evidenceFile: 'workbook.auditEntity.evidenceFile',
  response: 'workbook.auditEntity.response',
  grade: 'workbook.auditEntity.grade',
  consensus: 'workbook.auditEntity.consensus',
  registerSnapshot: 'workbook.auditEntity.registerSnapshot'
};

// The audit summaries (the memo's corrections too) name fields and verdicts: from their own file.
export { auditFieldKey, VERDICT_MARKS } from './audit-labels';
