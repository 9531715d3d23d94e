/** English messages of a subcontractor’s criticality and method (委託先), and where a buyer obligation comes from; same keys as `jaSubcontractorTerms`. */
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
