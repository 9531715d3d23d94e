/**
 * English messages of a subcontractor’s criticality and method (委託先), and where a buyer
 * obligation comes from: part of the `collect` and `vendor` areas and of the decision memo's
 * (`enMemo`), which print them too, so the memo opened cold loads these and not the whole areas.
 */
import type { jaSubcontractorTerms } from './messages-subcontractor-terms';

export const enSubcontractorTerms: Record<keyof typeof jaSubcontractorTerms, string> = {
  'collect.criticality.critical': 'Critical',
  'collect.criticality.normal': 'Normal',
  'collect.method.carveOut': 'Carve-out method',
  'collect.method.inclusive': 'Inclusive method',
  'obligations.source': '{type} ({details})',
  'obligations.sourceAuditor': 'auditor: {issuer}',
  'obligations.sourceNumber': 'no. {number}',
  'obligations.sourcePeriod': 'period {start} to {end}',
  'obligations.sourceDate': 'as of {date}',
  'obligations.sourceSeparator': ', '
};
