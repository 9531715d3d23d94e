/**
 * Stage 4 for one open procurement: who is grading (each evaluator works on their own sheet),
 * their grades saved as they change, submission, and the chair's part — consensus, the technical
 * lock and price opening. Blind grading is shown here and enforced in storage: nobody sees other
 * evaluators' grades before submitting their own.
 */
import {
  lockTechnicalEvaluation,
  putConsensus,
  putGrade,
  recordBid,
  recordLowBidOutcome,
  recordTieResolution,
  returnEvaluation,
  submitEvaluation,
  type BidInput
} from '$lib/db';
import { latestVersion } from '$lib/domain/criteria';
import { cellKey, gradesOf, sheetProgress, visibleGrades } from '$lib/domain/evaluation';
import type { Grade, ProcurementBundle, Requirement, Verdict } from '$lib/domain/model';
import type { AttestationTypeInfo } from '$lib/domain/catalogue';
import { scoreProcurement, type ScoringResult } from '$lib/domain/scoring';
import { scoringInputOf } from '$lib/domain/scoring-input';
import { suggestAll, suggestionKey, type Suggestion } from '$lib/domain/suggestions';
import { loadAttestationTypes, localToday } from './attestation-types';
import { writeContext } from './context';
import { notices } from './notices.svelte';
import type { WorkspaceState } from './workspace.svelte';

export class EvaluateState {
  #workspace: () => WorkspaceState;
  /** The evaluator whose sheet is open; chosen on the page (an evaluator package fixes it). */
  evaluatorId = $state('');
  /** Vendor names replaced by 事業者A, B … during technical scoring. */
  masked = $state(false);
  #types = $state.raw<AttestationTypeInfo[] | null>(null);

  constructor(workspace: () => WorkspaceState) {
    this.#workspace = workspace;
  }

  /** Loads the attestation types' validity rules; suggestions appear once they are in. */
  async loadTypes(): Promise<void> {
    this.#types ??= await loadAttestationTypes();
  }

  get bundle(): ProcurementBundle | null {
    return this.#workspace().bundle;
  }

  /** The requirements and rubric of the latest locked criteria: what grades are given against. */
  requirements = $derived.by((): Requirement[] => {
    const b = this.bundle;
    return b
      ? [...(latestVersion(b.criteriaVersions)?.requirements ?? [])].sort((x, y) => x.order - y.order)
      : [];
  });
  criteriaLocked = $derived(this.bundle ? latestVersion(this.bundle.criteriaVersions) !== undefined : false);
  technicallyLocked = $derived(this.bundle?.procurement.technicalLock != null);
  packageEvaluatorId = $derived(this.bundle?.procurement.packageOrigin?.evaluatorId ?? null);

  /** The evaluator on the sheet: the package's, else the chosen one if it still exists. */
  current = $derived.by(() => {
    const b = this.bundle;
    if (!b) return null;
    const id = this.packageEvaluatorId ?? this.evaluatorId;
    return b.evaluators.find((e) => e.id === id) ?? null;
  });

  mine = $derived.by((): Map<string, Grade> => {
    const b = this.bundle;
    return b && this.current ? gradesOf(b.grades, this.current.id) : gradesOf([], '');
  });

  progress = $derived.by(() => {
    const b = this.bundle;
    if (!b || !this.current) return null;
    return sheetProgress(this.requirements, b.vendors, b.grades, this.current.id);
  });

  /** What the evaluator on the sheet may see of the others' grades (blind until they submit). */
  visible = $derived.by((): Grade[] => {
    const b = this.bundle;
    return b && this.current ? visibleGrades(b.grades, b.evaluators, this.current.id) : [];
  });

  /** The full result: for the chair once they have submitted, and after the technical lock. */
  result = $derived.by((): ScoringResult | null => {
    const b = this.bundle;
    if (!b || !this.criteriaLocked) return null;
    const chairMaySee = this.current?.role === 'chair' && this.current.submittedAt !== null;
    if (!chairMaySee && !this.technicallyLocked) return null;
    return scoreProcurement(scoringInputOf(b));
  });

  /** Suggestions from the evidence for every cell (shown beside the grade, never applied by themselves). */
  suggestions = $derived.by((): Map<string, Suggestion> | null => {
    const b = this.bundle;
    const version = b ? latestVersion(b.criteriaVersions) : undefined;
    if (!b || !version || !this.#types) return null;
    return suggestAll(
      { ...b, requirements: version.requirements, rubric: version.settings.rubric },
      this.#types,
      localToday()
    );
  });

  suggestionOf(vendorId: string, requirementId: string): Suggestion | null {
    return this.suggestions?.get(suggestionKey(vendorId, requirementId)) ?? null;
  }

  allSubmitted = $derived(
    (this.bundle?.evaluators.length ?? 0) > 0 &&
      (this.bundle?.evaluators ?? []).every((e) => e.submittedAt !== null)
  );

  gradeOf(vendorId: string, requirementId: string): Grade | undefined {
    return this.mine.get(cellKey(vendorId, requirementId));
  }

  vendorLabel(vendorId: string, maskedLabel: (letter: string) => string): string {
    const vendors = [...(this.bundle?.vendors ?? [])].sort((a, b) => a.order - b.order);
    const i = vendors.findIndex((v) => v.id === vendorId);
    const vendor = vendors[i];
    if (!vendor) return vendorId;
    return this.masked && !this.technicallyLocked
      ? maskedLabel(String.fromCharCode(65 + (i % 26)))
      : vendor.company;
  }

  async #perform(action: () => Promise<unknown>): Promise<boolean> {
    return this.#workspace().perform(action);
  }

  /** Saves one cell: the verdict or level and the rationale, as the evaluator leaves the field. */
  async saveGrade(
    vendorId: string,
    requirement: Requirement,
    change: { verdict?: Verdict | null; level?: string | null; rationale?: string }
  ): Promise<boolean> {
    const b = this.bundle;
    const evaluator = this.current;
    if (!b || !evaluator) return false;
    const prev = this.gradeOf(vendorId, requirement.id);
    const input = {
      procurementId: b.procurement.id,
      evaluatorId: evaluator.id,
      vendorId,
      requirementId: requirement.id,
      verdict: change.verdict !== undefined ? change.verdict : (prev?.verdict ?? null),
      level: change.level !== undefined ? change.level : (prev?.level ?? null),
      rationale: change.rationale ?? prev?.rationale ?? ''
    };
    return this.#perform(() => putGrade(writeContext(), input));
  }

  async submit(): Promise<void> {
    const evaluator = this.current;
    if (!evaluator) return;
    if (await this.#perform(() => submitEvaluation(writeContext(), evaluator.id))) {
      notices.info({ key: 'evaluate.submitted', params: { name: evaluator.name } });
    }
  }

  async returnSheet(evaluatorId: string, reason: string): Promise<boolean> {
    return this.#perform(() => returnEvaluation(writeContext(), evaluatorId, reason));
  }

  async saveConsensus(
    vendorId: string,
    requirementId: string,
    grade: { verdict: Verdict | null; level: string | null; reason: string }
  ): Promise<boolean> {
    const b = this.bundle;
    if (!b) return false;
    return this.#perform(() =>
      putConsensus(writeContext(), { procurementId: b.procurement.id, vendorId, requirementId, ...grade })
    );
  }

  async lockTechnical(): Promise<void> {
    const b = this.bundle;
    if (!b) return;
    if (await this.#perform(() => lockTechnicalEvaluation(writeContext(), b.procurement.id))) {
      notices.info({ key: 'evaluate.technicalLocked' });
    }
  }

  async saveBid(vendorId: string, input: BidInput): Promise<boolean> {
    return this.#perform(() => recordBid(writeContext(), vendorId, input));
  }

  async saveLowBidOutcome(
    vendorId: string,
    outcome: 'accepted' | 'rejected',
    note: string
  ): Promise<boolean> {
    return this.#perform(() => recordLowBidOutcome(writeContext(), vendorId, { outcome, note }));
  }

  async saveTieResolution(
    vendorIds: string[],
    winnerId: string,
    method: string,
    note: string
  ): Promise<boolean> {
    const b = this.bundle;
    if (!b) return false;
    return this.#perform(() =>
      recordTieResolution(writeContext(), b.procurement.id, { vendorIds, winnerId, method, note })
    );
  }
}
