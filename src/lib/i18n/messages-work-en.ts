/**
 * English messages of the workspace stages; loaded when a procurement is opened in English.
 * Same keys as `jaWork`: a missing or extra key is a type error.
 */
import type { jaWork } from './messages-work';
import { enCharts } from './messages-charts-en';
import { enEvaluate } from './messages-evaluate-en';
import { enPackage } from './messages-package-en';
import { enResults } from './messages-results-en';
import { enSuggest } from './messages-suggest-en';
import { enHelp } from './messages-help-en';
import { enWorkbook } from './messages-workbook-en';
import { enSpecify } from './messages-specify-en';
import { enCollect } from './messages-collect-en';
import { enVendor } from './messages-vendor-en';
import { enImport } from './messages-import-en';
import { enRegisters } from './messages-registers-en';
import { enPeople } from './messages-people-en';
import { enWeights } from './messages-weights-en';
import { enSheet } from './messages-sheet-en';
import { enVersions } from './messages-versions-en';
import { enRecords } from './messages-records-en';

export const enWork: Record<keyof typeof jaWork, string> = {
  'action.procurement.create': 'Procurement created',
  'action.procurement.update': 'Procurement settings changed',
  'action.procurement.duplicate': 'Procurement duplicated',
  'action.demo.load': 'Demo data loaded',
  'action.evaluator.add': 'Evaluator added',
  'action.evaluator.update': 'Evaluator changed',
  'action.evaluator.remove': 'Evaluator removed',
  'action.evaluator.move': 'Evaluators reordered',
  'action.preset.settings': 'Scoring settings applied from a preset',
  'action.requirement.weights': 'Points converted from weights (%)',
  'action.requirement.add': 'Requirement added',
  'action.requirement.update': 'Requirement changed',
  'action.requirement.remove': 'Requirement removed',
  'action.requirement.move': 'Requirements reordered',
  'action.vendor.add': 'Vendor added',
  'action.vendor.update': 'Vendor changed',
  'action.vendor.remove': 'Vendor removed',
  'action.subcontractor.add': 'Subcontractor added',
  'action.subcontractor.update': 'Subcontractor changed',
  'action.subcontractor.remove': 'Subcontractor removed',
  'action.attestation.add': 'Attestation added',
  'action.attestation.update': 'Attestation changed',
  'action.register.recheck': 'Re-check against a newer register snapshot',
  'action.attestation.remove': 'Attestation removed',
  'action.evidence.add': 'Evidence file added',
  'action.evidence.remove': 'Evidence file removed',
  'action.response.put': 'Answer recorded',
  'action.correction': 'Post-close correction: {action}',
  'action.grade.put': 'Grade recorded',
  'action.consensus.put': 'Consensus recorded',
  'action.evaluation.submit': 'Grades submitted',
  'action.evaluation.return': 'Grades returned for correction',
  'action.evaluation.lockTechnical': 'Technical evaluation closed',
  'action.vendor.bid': 'Bid recorded',
  'action.vendor.lowBidInvestigation': 'Low-bid investigation recorded',
  'action.procurement.tieResolution': 'Tie resolved (lot etc.)',
  'action.criteria.lock': 'Criteria locked',
  'action.criteria.reopen': 'Criteria change started',
  'field.title': 'Title',
  'field.organisation': 'Organisation (procuring body)',
  'field.buyerKind': 'Buyer',
  'field.buyerKind.government': 'Government body (政府機関等)',
  'field.buyerKind.enterprise': 'Enterprise',
  'list.buyerKindHelp':
    'The buyer decides the defaults. An enterprise procurement has no confidentiality class or Unified Standards edition, and does not show settings specific to government bodies (the reference value gate, or a ceiling price the price formula does not use).',
  'field.documentDateStyle': 'Dates in the decision memo and the scoring workbook',
  'field.documentDateStyle.default': 'As the buyer (now {style})',
  'field.slashDateOrder': 'Numeric dates from vendors',
  'field.slashDateOrder.auto':
    'By the document language (Japanese: year/month/day only; English: month/day/year)',
  'field.slashDateOrder.mdy': 'Month/day/year (US: 03/31/2026)',
  'field.slashDateOrder.dmy': 'Day/month/year (UK and Europe: 31/03/2026)',
  'field.slashDateOrder.hint':
    'How a date such as 03/31/2026 in a filled questionnaire (certification periods) is read. 2026/3/31, 令和8年3月31日, 31 Mar 2026 and Excel date cells read the same under every choice. An impossible date is reported with its cell and treated as blank.',
  'field.documentLanguage': 'Document language',
  'field.documentLanguage.help':
    'The language of the questionnaire packs sent to vendors, the requirement list, the scoring workbook, the decision memo and the CSV files. Each user chooses the language of the screen.',
  'field.serviceModel': 'Service model',
  'field.handlesConfidential': 'Handles confidential information (要機密情報)',
  'field.confidentialityClass': 'Information class (confidentiality)',
  'field.edition': 'Government unified standards edition',
  'field.edition.none': 'Not applicable (private sector)',
  'field.bidDeadline': 'Bid deadline (reference date for evidence validity)',
  'field.contractStart': 'Contract start',
  'field.contractEnd': 'Contract end',
  'field.contractTerm': 'Contract term',
  'field.notes': 'Notes',
  'field.textTooLong':
    '“{field}” has {length} characters, too many. Keep it to {max}, what one cell of the questionnaire workbook holds. Not saved.',
  'field.yes': 'Yes',
  'field.no': 'No',
  'evaluators.title': 'Evaluators (committee)',
  'evaluators.intro':
    'Each evaluator grades independently. The chair records consensus grades and closes the technical evaluation.',
  'evaluators.empty': 'No evaluators yet.',
  'evaluators.name': 'Name',
  'evaluators.role.chair': 'Chair',
  'evaluators.role.member': 'Member',
  'evaluators.add': 'Add evaluator',
  'evaluators.nameRequired': 'Enter a name.',
  'evaluators.moveUp': 'Move {name} up',
  'evaluators.moveDown': 'Move {name} down',
  'evaluators.remove': 'Remove {name}',
  'evaluators.removeConfirm': 'Remove evaluator “{name}” and all of their grades?',
  'evaluators.saveName': 'Save changes to {name}',
  'evaluators.roleOf': 'Role of {name}',
  'evaluators.nameOf': 'Name of evaluator {n}',
  'audit.sealed':
    'Grades are shown after the technical evaluation is closed (evaluators grade independently).',
  'audit.title': 'Audit trail',
  'audit.intro':
    'Every change to this procurement is recorded in a hash chain. Changing, removing or reordering any entry is detected.',
  'audit.verify': 'Run the tamper check',
  'audit.ok': 'Tamper check: intact ({count} {count|entry|entries}, latest hash {head})',
  'audit.broken': 'Tamper check: inconsistency at entry {seq} ({problem}).',
  'audit.problem.hashMismatch': 'the entry does not match its hash',
  'audit.problem.prevHashMismatch': 'the link to the previous entry does not match',
  'audit.problem.sequenceGap': 'an entry is missing or out of order',
  'audit.problem.wrongProcurement': 'an entry of another procurement is mixed in',
  'audit.problem.headMismatch': 'the latest entries are missing',
  'audit.empty': 'No entries yet.',
  'audit.colSeq': 'No.',
  'audit.colAt': 'When',
  'audit.colActor': 'Who',
  'audit.colAction': 'What',
  'audit.colBefore': 'Before',
  'audit.colAfter': 'After',
  'audit.colHash': 'Hash',
  'audit.caption': 'Audit trail (newest first)',
  ...enImport,
  ...enSpecify,
  ...enCollect,
  ...enVendor,
  ...enEvaluate,
  ...enResults,
  ...enPackage,
  ...enWorkbook,
  ...enVersions,
  ...enRecords,
  ...enSuggest,
  ...enHelp,
  ...enCharts,
  ...enRegisters,
  ...enPeople,
  ...enWeights,
  ...enSheet
};
