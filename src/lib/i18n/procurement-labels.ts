/**
 * The labels the workspace shell and the pages' main content show (stages and their status, the
 * procurement's class and edition, a requirement's kind and scope, a scoring setting's problem, an
 * evaluator's role), apart from `labels.ts` so a page opened cold does not wait for every label.
 */
import type {
  AppliesTo,
  ConfidentialityClass,
  EvaluatorRole,
  RequirementKind,
  UnifiedStandardEdition
} from '$lib/domain/model';
import type { SettingsProblemCode } from '$lib/domain/settings';
import type { Stage, StageStatus } from '$lib/domain/stages';
import type { MessageKey } from './messages';

export const stageKey: Record<Stage, MessageKey> = {
  spec: 'stage.spec',
  criteria: 'stage.criteria',
  collect: 'stage.collect',
  evaluate: 'stage.evaluate',
  results: 'stage.results'
};

export const stageStatusKey: Record<StageStatus, MessageKey> = {
  notStarted: 'stage.status.notStarted',
  inProgress: 'stage.status.inProgress',
  done: 'stage.status.done'
};

export const editionKey: Record<UnifiedStandardEdition, MessageKey> = {
  H28: 'field.edition.H28',
  H30: 'field.edition.H30',
  R3: 'field.edition.R3',
  R5: 'field.edition.R5',
  none: 'field.edition.none'
};

export const classKey: Record<ConfidentialityClass, MessageKey> = {
  1: 'field.confidentialityClass.1',
  2: 'field.confidentialityClass.2',
  3: 'field.confidentialityClass.3'
};

export const kindKey: Record<RequirementKind, MessageKey> = {
  mandatory: 'spec.kind.mandatory',
  scored: 'spec.kind.scored'
};

export const appliesToKey: Record<AppliesTo, MessageKey> = {
  csp: 'spec.appliesTo.csp',
  csc: 'spec.appliesTo.csc',
  both: 'spec.appliesTo.both'
};

export const settingsProblemKey: Record<SettingsProblemCode, MessageKey> = {
  rubricSize: 'scoring.error.rubricSize',
  rubricCode: 'scoring.error.rubricCode',
  rubricFactor: 'scoring.error.rubricFactor',
  priceAllocation: 'scoring.error.priceAllocation',
  ceilingPrice: 'scoring.error.ceilingPrice',
  ceilingPriceMissing: 'scoring.error.ceilingPrice',
  divisionScale: 'scoring.error.divisionScale',
  lowBidThreshold: 'scoring.error.lowBidThreshold',
  floorPrice: 'scoring.error.floorPrice',
  floorPriceMissing: 'scoring.error.floorPriceMissing',
  slopeThreshold: 'scoring.error.slopeThreshold',
  slopeThresholdMissing: 'scoring.error.slopeThresholdMissing',
  slopeFactor: 'scoring.error.slopeFactor',
  minimumBonus: 'scoring.error.minimumBonus',
  minimumTechnical: 'scoring.error.minimumTechnical',
  decimals: 'scoring.error.decimals',
  priceYears: 'scoring.error.priceYears',
  consumptionTaxRate: 'scoring.error.consumptionTaxRate',
  stabilityVariation: 'scoring.error.stabilityVariation',
  stabilityDraws: 'scoring.error.stabilityDraws',
  stabilitySeed: 'scoring.error.stabilitySeed',
  statedRatio: 'scoring.error.statedRatio',
  weightConversion: 'scoring.error.weightConversion'
};

export const roleKey: Record<EvaluatorRole, MessageKey> = {
  chair: 'evaluators.role.chair',
  member: 'evaluators.role.member'
};
