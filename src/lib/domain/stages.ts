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

/**
 * Whether every vendor answered every requirement, kept per list of answers: a grade save gives
 * a new bundle with the same answers, and this reads every one of them (45,000 on a large panel).
 */
const answeredMemo = new WeakMap<
  ProgressFacts['responses'],
  { vendors: ProgressFacts['vendors']; requirements: ProgressFacts['requirements']; all: boolean }
>();

function allAnswered({ responses, vendors, requirements }: ProgressFacts): boolean {
  const memo = answeredMemo.get(responses);
  if (memo && memo.vendors === vendors && memo.requirements === requirements) return memo.all;
  // One flag per cell (vendor × requirement), counted once each: no set of ids per vendor.
  const vendorAt = new Map(vendors.map((v, i) => [v.id, i]));
  const requirementAt = new Map(requirements.map((r, i) => [r.id, i]));
  const cells = new Uint8Array(vendors.length * requirements.length);
  let answered = 0;
  for (const r of responses) {
    if (r.answer === null) continue;
    const v = vendorAt.get(r.vendorId);
    const q = requirementAt.get(r.requirementId);
    if (v === undefined || q === undefined) continue;
    const cell = v * requirements.length + q;
    if (cells[cell] === 0) {
      cells[cell] = 1;
      answered++;
    }
  }
  const all = cells.length > 0 && answered === cells.length;
  answeredMemo.set(responses, { vendors, requirements, all });
  return all;
}

export function stageProgress(facts: ProgressFacts): StageProgress[] {
  const locked = facts.criteriaVersions.length > 0;
  const bidsEntered =
    facts.vendors.length > 0 && facts.vendors.every((v) => v.bidPrice !== null || v.bidStatus !== 'valid');

  const status: Record<Stage, StageStatus> = {
    spec: locked ? 'done' : facts.requirements.length > 0 ? 'inProgress' : 'notStarted',
    criteria: locked ? 'done' : 'notStarted',
    // The technical lock closes collection too: an answer still missing then counts as level E.
    collect:
      facts.technicallyLocked || allAnswered(facts)
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
