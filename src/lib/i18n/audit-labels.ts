/**
 * An audit entry in words: its action, the fields a summary names, and a verdict as the workbook
 * writes it. Apart from `labels.ts` and `workbook-labels.ts` so the decision memo's corrections,
 * opened cold, do not carry every label. Keys are never built at run time.
 */
import type { Verdict } from '$lib/domain/model';
import type { Locale } from './format';
import type { MessageKey } from './messages';

/** Audit action codes written by the storage layer; an unknown code is shown as recorded. */
export const actionKey: Readonly<Record<string, MessageKey>> = {
  'procurement.create': 'action.procurement.create',
  'procurement.update': 'action.procurement.update',
  'procurement.duplicate': 'action.procurement.duplicate',
  'demo.load': 'action.demo.load',
  'criteria.lock': 'action.criteria.lock',
  'criteria.reopen': 'action.criteria.reopen',
  'evaluator.add': 'action.evaluator.add',
  'evaluator.update': 'action.evaluator.update',
  'evaluator.remove': 'action.evaluator.remove',
  'evaluator.move': 'action.evaluator.move',
  'preset.settings': 'action.preset.settings',
  'requirement.weights': 'action.requirement.weights',
  'requirement.add': 'action.requirement.add',
  'requirement.update': 'action.requirement.update',
  'requirement.remove': 'action.requirement.remove',
  'requirement.move': 'action.requirement.move',
  'vendor.add': 'action.vendor.add',
  'vendor.update': 'action.vendor.update',
  'vendor.remove': 'action.vendor.remove',
  'subcontractor.add': 'action.subcontractor.add',
  'subcontractor.update': 'action.subcontractor.update',
  'subcontractor.remove': 'action.subcontractor.remove',
  'attestation.add': 'action.attestation.add',
  'attestation.update': 'action.attestation.update',
  'attestation.remove': 'action.attestation.remove',
  'register.recheck': 'action.register.recheck',
  'evidence.add': 'action.evidence.add',
  'evidence.remove': 'action.evidence.remove',
  'response.put': 'action.response.put',
  'grade.put': 'action.grade.put',
  'consensus.put': 'action.consensus.put',
  'evaluation.submit': 'action.evaluation.submit',
  'evaluation.return': 'action.evaluation.return',
  'evaluation.lockTechnical': 'action.evaluation.lockTechnical',
  'vendor.bid': 'action.vendor.bid',
  'vendor.lowBidInvestigation': 'action.vendor.lowBidInvestigation',
  'procurement.tieResolution': 'action.procurement.tieResolution',
  'evaluatorPackage.issue': 'action.evaluatorPackage.issue',
  'evaluatorPackage.open': 'action.evaluatorPackage.open',
  'evaluatorPackage.exportGrades': 'action.evaluatorPackage.exportGrades',
  'evaluatorPackage.importGrades': 'action.evaluatorPackage.importGrades',
  'operator.change': 'action.operator.change',
  'evaluator.passphraseSet': 'action.evaluator.passphraseSet',
  'evaluator.passphraseReset': 'action.evaluator.passphraseReset',
  'evaluator.passphraseSelfReset': 'action.evaluator.passphraseSelfReset'
};

/**
 * The fields an audit entry's before/after may carry that a reader is told of by name in 変更の要約;
 * the others are counted (the machine-readable sheet holds them all).
 */
export const auditFieldKey: Readonly<Record<string, MessageKey>> = {
  title: 'workbook.auditField.title',
  organisation: 'workbook.auditField.organisation',
  name: 'workbook.auditField.name',
  company: 'workbook.auditField.company',
  role: 'workbook.auditField.role',
  ref: 'workbook.auditField.ref',
  text: 'workbook.auditField.text',
  kind: 'workbook.auditField.kind',
  points: 'workbook.auditField.points',
  order: 'workbook.auditField.order',
  version: 'workbook.auditField.version',
  hash: 'workbook.auditField.hash',
  reason: 'workbook.auditField.reason',
  level: 'workbook.auditField.level',
  verdict: 'workbook.auditField.verdict',
  rationale: 'workbook.auditField.rationale',
  answer: 'workbook.auditField.answer',
  explanation: 'workbook.auditField.explanation',
  bidPrice: 'workbook.auditField.bidPrice',
  bidTyped: 'workbook.auditField.bidTyped',
  number: 'workbook.auditField.number',
  issuer: 'workbook.auditField.issuer',
  expiry: 'workbook.auditField.expiry',
  evaluator: 'workbook.auditField.evaluator',
  criteriaVersion: 'workbook.auditField.criteriaVersion',
  sha256: 'workbook.auditField.sha256',
  size: 'workbook.auditField.size',
  keptDuplicates: 'workbook.auditField.keptDuplicates',
  registerChanges: 'workbook.auditField.registerChanges'
};

/**
 * A mandatory item's verdict as the workbook writes it, and as its formulas compare against: ○ and
 * × in Japanese, words in English (a reader abroad does not read ○ as "pass").
 */
export const VERDICT_MARKS: Readonly<Record<Locale, Readonly<Record<Verdict, string>>>> = {
  ja: { pass: '○', fail: '×' },
  en: { pass: 'Pass', fail: 'Fail' }
};
