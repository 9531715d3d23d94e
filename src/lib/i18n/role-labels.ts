/**
 * An evaluator's role and a subcontractor's criticality and method (委託先) by name: apart from
 * `labels.ts` so the decision memo, opened cold, does not carry every label. The role and the
 * method live with the labels of the pages that show them first (the sheet's procurement labels,
 * the vendor page's attestation facts); they are named here for the memo and the audit summaries.
 */
import type { Criticality } from '$lib/domain/model';
import type { MessageKey } from './messages';

export { roleKey } from './procurement-labels';
export { subserviceMethodKey } from './attestation-fact-labels';

export const criticalityKey: Record<Criticality, MessageKey> = {
  critical: 'collect.criticality.critical',
  normal: 'collect.criticality.normal'
};
