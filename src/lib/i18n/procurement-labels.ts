/**
 * The labels the workspace shell and its overview show (stages, their status, the procurement's
 * class and edition), apart from `labels.ts` so a page opened cold does not wait for every label.
 */
import type { ConfidentialityClass, UnifiedStandardEdition } from '$lib/domain/model';
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
