/**
 * An evaluator's role and a subcontractor's criticality and method (委託先) by name: apart from
 * `labels.ts` so the decision memo, opened cold, does not carry every label.
 */
import type { Criticality, EvaluatorRole, SubserviceMethod } from '$lib/domain/model';
import type { MessageKey } from './messages';

export const roleKey: Record<EvaluatorRole, MessageKey> = {
  chair: 'evaluators.role.chair',
  member: 'evaluators.role.member'
};

export const criticalityKey: Record<Criticality, MessageKey> = {
  critical: 'collect.criticality.critical',
  normal: 'collect.criticality.normal'
};

export const subserviceMethodKey: Record<SubserviceMethod, MessageKey> = {
  carveOut: 'collect.method.carveOut',
  inclusive: 'collect.method.inclusive'
};
