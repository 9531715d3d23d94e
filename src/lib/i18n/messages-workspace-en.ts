/** English messages every workspace page shares; same keys as `jaWorkspace`. */
import type { jaWorkspace } from './messages-workspace';

export const enWorkspace: Record<keyof typeof jaWorkspace, string> = {
  'field.organisation': 'Organisation (procuring body)',
  'field.buyerKind': 'Buyer',
  'field.buyerKind.government': 'Government body (政府機関等)',
  'field.buyerKind.enterprise': 'Enterprise',
  'list.buyerKindHelp':
    'The buyer decides the defaults. An enterprise procurement has no confidentiality class or Unified Standards edition, and does not show settings specific to government bodies (the reference value gate, or a ceiling price the price formula does not use).',
  'field.serviceModel': 'Service model',
  'field.handlesConfidential': 'Handles confidential information (要機密情報)',
  'field.edition': 'Government unified standards edition',
  'field.edition.none': 'Not applicable (private sector)',
  'field.bidDeadline': 'Bid deadline (reference date for evidence validity)',
  'field.contractTerm': 'Contract term',
  'field.notes': 'Notes',
  'field.textTooLong':
    '“{field}” has {length} characters, too many. Keep it to {max}, what one cell of the questionnaire workbook holds. Not saved.',
  'field.yes': 'Yes',
  'field.no': 'No',
  'evaluators.role.chair': 'Chair',
  'evaluators.role.member': 'Member',
  // Column names the stages share (the requirement lists, the answers, the sheet).
  'spec.colRef': 'No.',
  'spec.colTitle': 'Requirement',
  'spec.kind.mandatory': 'Mandatory',
  'spec.kind.scored': 'Scored',
  'spec.colActions': 'Actions',
  'people.operator.current': 'Operator: {label}',
  'people.operator.unset': 'No operator name is set.',
  'people.operator.change': 'Change',
  'sheet.stepBids': 'Price opening',
  'evaluate.unitYen': 'yen',
  'evaluate.unitThousandYen': 'thousand yen',
  // Typed amounts: the criteria page's 予定価格 and tax basis, 開札, the memo and the audit trail.
  'amount.taxIncluded': 'tax included',
  'amount.taxExcluded': 'tax excluded',
  'amount.typed': '{amount} ({basis})',
  'amount.bothBases': 'tax excluded {excluded} · tax included {included}',
  'amount.conversion': '{from} → {to}: {typed} × {factor} = {converted} (fractions of a yen dropped)',
  'amount.issue.notNumber': 'Enter the amount as a number.',
  'amount.issue.belowOneYen':
    'Amounts below one yen cannot be entered (whole yen, or up to three decimals in thousand yen).',
  'amount.issue.outOfRange': 'Enter an amount of at least 1 yen and at most 9,007,199,254,740,991 yen.'
};
