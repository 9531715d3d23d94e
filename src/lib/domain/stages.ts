/**
 * Where a procurement stands in the five stages (仕様作成 → 評価基準確定 → 回答収集 → 評価 → 結果).
 * Derived from what is recorded, never stored, so it cannot disagree with the data.
 */
import type { ProcurementBundle } from './model';

export const STAGES = ['spec', 'criteria', 'collect', 'evaluate', 'results'] as const;
export type Stage = (typeof STAGES)[number];
export type StageStatus = 'notStarted' | 'inProgress' | 'done';

export interface StageProgress {
  stage: Stage;
  status: StageStatus;
}

export type ProgressFacts = Pick<
  ProcurementBundle,
  'requirements' | 'criteriaVersions' | 'vendors' | 'responses' | 'grades'
> & { technicallyLocked: boolean };

export function stageProgress(facts: ProgressFacts): StageProgress[] {
  const locked = facts.criteriaVersions.length > 0;
  const answered = new Set(
    facts.responses.filter((r) => r.answer !== null).map((r) => `${r.vendorId}|${r.requirementId}`)
  );
  const allAnswered =
    facts.vendors.length > 0 &&
    facts.requirements.length > 0 &&
    facts.vendors.every((v) => facts.requirements.every((r) => answered.has(`${v.id}|${r.id}`)));
  const bidsEntered =
    facts.vendors.length > 0 && facts.vendors.every((v) => v.bidPrice !== null || v.bidStatus !== 'valid');

  const status: Record<Stage, StageStatus> = {
    spec: locked ? 'done' : facts.requirements.length > 0 ? 'inProgress' : 'notStarted',
    criteria: locked ? 'done' : 'notStarted',
    // The technical lock closes collection too: an answer still missing then counts as level E.
    collect:
      allAnswered || facts.technicallyLocked
        ? 'done'
        : facts.vendors.length > 0
          ? 'inProgress'
          : 'notStarted',
    evaluate: facts.technicallyLocked ? 'done' : facts.grades.length > 0 ? 'inProgress' : 'notStarted',
    results:
      facts.technicallyLocked && bidsEntered ? 'done' : facts.technicallyLocked ? 'inProgress' : 'notStarted'
  };
  return STAGES.map((stage) => ({ stage, status: status[stage] }));
}

/** The first stage not yet done (the last one when everything is done). */
export function currentStage(progress: readonly StageProgress[]): Stage {
  return (progress.find((p) => p.status !== 'done') ?? progress[progress.length - 1]!).stage;
}
