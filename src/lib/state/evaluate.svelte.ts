/**
 * Stage 4 for one open procurement: who is grading (each evaluator works on their own sheet),
 * their grades saved as they change, submission, and the chair's part — consensus, the technical
 * lock and price opening. Blind grading is shown here and enforced in storage: nobody sees other
 * evaluators' grades before submitting their own. What the page may offer (whose sheet is open,
 * whether it is closed, what the chair may do) is decided here, so the page only renders it.
 */
import type { BidInput, GradeCell, GradeFields } from '$lib/db';
import { answerLookup } from '$lib/domain/answer-lookup';
import { latestVersion } from '$lib/domain/criteria';
import { cellKey, visibleGrades, type SheetProgress } from '$lib/domain/evaluation';
import type {
  CriteriaVersion,
  EvidenceFile,
  Evaluator,
  Grade,
  ProcurementBundle,
  Requirement,
  Response,
  RubricLevel,
  ScoringSettings,
  Vendor,
  Verdict
} from '$lib/domain/model';
import type { PassphraseIssue, StatementIssue } from '$lib/domain/passphrase';
import { isProtected } from '$lib/domain/passphrase-protected';
import { byOrder } from '$lib/domain/records';
import { documentLocale } from '$lib/domain/document-language';
import { inLanguage } from '$lib/domain/requirement-text';
import type { AttestationTypeInfo } from '$lib/domain/catalogue';
import type { ScoringResult } from '$lib/domain/scoring';
import type { Suggestion, SuggestionBundle, suggestionLookup } from '$lib/domain/suggestions';
import { othersByCell, SheetIndex } from '$lib/domain/grade-groups';
import {
  combineProgress,
  latestOfSheet,
  OPEN_KEPT,
  vendorProgress,
  type VendorProgress
} from '$lib/domain/sheet-progress';
import { versionOf, type WriteBase } from '$lib/domain/versions';
import { currentTime, writeContext } from './context';
import { notices } from './notices.svelte';
import { operatorReady } from './operator-ready';
import { RowEdits, type RowConflict, type SaveOutcome } from './row-edits.svelte';
import type { WorkspaceState } from './workspace.svelte';

export type { GradeFields } from '$lib/db';

/**
 * The write code (and through it Dexie), loaded on the first save rather than with the sheet: the
 * page reads its bundle without it, and the layout warms Dexie once the page shows.
 */
const grades = () => import('$lib/db/grades');
const evaluation = () => import('$lib/db/evaluation');
const consensus = () => import('$lib/db/consensus');
const passphrases = () => import('$lib/db/passphrases');
/** The passphrase rules and the browser's hashing, loaded when a passphrase is given or changed. */
const passphraseCode = () =>
  Promise.all([import('$lib/domain/passphrase'), import('$lib/db/passphrase-kdf')]).then(([rules, kdf]) => ({
    rules,
    derive: kdf.pbkdf2Sha256,
    newSalt: kdf.newSalt
  }));

/** The scoring engine: the chair's panel and 開札 show its result, the sheet never does. */
const scoring = () =>
  Promise.all([import('$lib/domain/scoring'), import('$lib/domain/scoring-input')]).then(
    ([engine, input]) =>
      (bundle: ProcurementBundle): ScoringResult =>
        engine.scoreProcurement(input.scoringInputOf(bundle))
  );

/** What the stage needs of the workspace (a narrow view, so tests can give a plain object). */
export type EvaluateWorkspace = Pick<WorkspaceState, 'bundle' | 'busy' | 'perform' | 'performGradeSave'>;

/** Another evaluator's grade of one cell, as the viewer may see it. */
export interface OtherGrade {
  name: string;
  grade: Grade;
}

/**
 * One grading sheet as it was opened: an evaluator's grades of one vendor. The sheet's fields name
 * it in everything they save, never the sheet shown when the event arrives: a focused field that is
 * removed as the sheet is replaced (after a vendor or evaluator switch) fires its change event then,
 * and what it holds belongs to the cell it was typed into.
 */
export interface SheetCells {
  evaluatorId: string;
  vendorId: string;
}

const NONE: never[] = [];

const fieldsOf = (g: Grade): GradeFields => ({ verdict: g.verdict, level: g.level, rationale: g.rationale });

export class EvaluateState {
  #workspace: () => EvaluateWorkspace;
  #evaluatorId = $state('');
  #masked = $state(false);
  #vendorId = $state('');
  #onlyOpen = $state(false);
  #lockAsked = $state(false);
  /** The suggestions' rules, the types' and today's date, loaded after the sheet shows (`loadTypes`). */
  #suggest = $state.raw<{
    lookup: typeof suggestionLookup;
    types: AttestationTypeInfo[];
    today: () => string;
  } | null>(null);
  /** The scoring engine, loaded by what shows its result (`loadScoring`); no result until then. */
  #score = $state.raw<((bundle: ProcurementBundle) => ScoringResult) | null>(null);
  /** The evaluator whose passphrase was given on this page (one at a time: switching away asks again). */
  #unlockedId = $state<string | null>(null);
  #checking = $state(false);
  #wrongPassphrase = $state(false);

  /** Rationales typed and not yet stored, saves under way, and refused saves (one writer at a time). */
  readonly edits: RowEdits<GradeCell, GradeFields>;

  constructor(workspace: () => EvaluateWorkspace) {
    this.#workspace = workspace;
    this.edits = new RowEdits<GradeCell, GradeFields>(
      async (cell, change, base) => {
        const g = await (await grades()).changeGrade(writeContext(), cell, change, base);
        return { version: versionOf(g), values: fieldsOf(g) };
      },
      // A grade save reads back only what it wrote, not the whole bundle (`performGradeSave`).
      (action) => this.#workspace().performGradeSave(action)
    );
  }

  /** Loads the attestation types' rules and the suggestions' code; suggestions appear once both are in. */
  async loadTypes(): Promise<void> {
    if (this.#suggest) return;
    const [catalogue, suggestions] = await Promise.all([
      import('./attestation-types'),
      import('$lib/domain/suggestions')
    ]);
    const types = await catalogue.loadAttestationTypes();
    this.#suggest ??= { lookup: suggestions.suggestionLookup, types, today: catalogue.localToday };
  }

  /** Loads the scoring engine, for the chair's panel, the lock's confirmation and 開札. */
  async loadScoring(): Promise<void> {
    this.#score ??= await scoring();
  }

  get bundle(): ProcurementBundle | null {
    return this.#workspace().bundle;
  }
  get busy(): boolean {
    return this.#workspace().busy;
  }

  /** The evaluator whose sheet is open; chosen on the page (an evaluator package fixes it). */
  get evaluatorId(): string {
    return this.#evaluatorId;
  }
  set evaluatorId(id: string) {
    // What was typed on the sheet being left is saved first (it is keyed to its own cell).
    void this.flush();
    this.#evaluatorId = id;
    this.#wrongPassphrase = false;
    if (id !== this.#unlockedId) this.#unlockedId = null;
  }
  /** Vendor names replaced by 事業者A, B … during technical scoring. */
  get masked(): boolean {
    return this.#masked;
  }
  set masked(on: boolean) {
    this.#masked = on;
  }
  /** The sheet shows only the cells still open. */
  get onlyOpen(): boolean {
    return this.#onlyOpen;
  }
  set onlyOpen(on: boolean) {
    this.#onlyOpen = on;
  }

  /** Vendors and evaluators by position, as the bundle holds them. */
  get vendors(): readonly Vendor[] {
    return this.bundle?.vendors ?? [];
  }
  get evaluators(): readonly Evaluator[] {
    return this.bundle?.evaluators ?? [];
  }
  vendorIds = $derived(this.vendors.map((v) => v.id));
  /** Grading needs at least one evaluator and one vendor. */
  hasPanel = $derived(this.evaluators.length > 0 && this.vendors.length > 0);

  #version = $derived(this.bundle ? latestVersion(this.bundle.criteriaVersions) : undefined);
  /**
   * The requirements and rubric of the latest locked criteria: what grades are given against. Worded
   * in the procurement's document language, as the vendors were asked and the documents print them.
   */
  requirements = $derived(
    byOrder((this.#version?.requirements ?? []).map((r) => inLanguage(r, this.#documentLocale)))
  );
  /**
   * Apart, so the requirements stay the same array when a grade save gives a new procurement row:
   * everything worked out per requirement list (each sheet's progress, the sheet's rows) is kept.
   */
  #documentLocale = $derived(this.bundle ? documentLocale(this.bundle.procurement) : 'ja');
  rubric = $derived<readonly RubricLevel[]>(this.#version?.settings.rubric ?? []);
  /** The settings prices are opened under: the locked ones, else the procurement's. */
  settings = $derived<ScoringSettings | null>(
    this.#version?.settings ?? this.bundle?.procurement.settings ?? null
  );
  criteriaLocked = $derived(this.#version !== undefined);
  technicallyLocked = $derived(this.bundle?.procurement.technicalLock != null);
  /** On an evaluator's PC: the procurement came from a package, for that evaluator's sheet only. */
  inPackage = $derived(this.bundle != null && this.bundle.procurement.packageOrigin !== null);
  packageEvaluatorId = $derived(this.bundle?.procurement.packageOrigin?.evaluatorId ?? null);

  /** The evaluator chosen: the package's, else the one picked in the list if it still exists. */
  chosen = $derived.by(() => {
    const b = this.bundle;
    if (!b) return null;
    const id = this.packageEvaluatorId ?? this.#evaluatorId;
    return b.evaluators.find((e) => e.id === id) ?? null;
  });

  /** The chosen sheet (the chair's: with the chair's panel) waits for its passphrase. */
  passphraseAsked = $derived(
    this.chosen !== null && isProtected(this.chosen) && this.#unlockedId !== this.chosen.id
  );
  /** The passphrase is being checked (PBKDF2 takes a moment). */
  get checkingPassphrase(): boolean {
    return this.#checking;
  }
  /** The last passphrase given for the chosen sheet was wrong. */
  get wrongPassphrase(): boolean {
    return this.#wrongPassphrase;
  }

  /** The evaluator on the sheet: the chosen one, once their passphrase (if any) was given. */
  current = $derived(this.passphraseAsked ? null : this.chosen);

  /** The chair's part (status, consensus, lock, prices) is the chair's, and never in a package. */
  isChair = $derived(!this.inPackage && this.current?.role === 'chair');

  /**
   * No grade can be changed: nobody on the sheet, submitted, or locked. Not while a save runs: a
   * control disabled under the keyboard loses the focus, and saves merge (`saveGrade`).
   */
  sheetClosed = $derived(!this.current || this.current.submittedAt !== null || this.technicallyLocked);

  /** The vendor whose sheet is shown: the chosen one, else the first. */
  shownVendor = $derived<Vendor | undefined>(
    this.vendors.find((v) => v.id === this.#vendorId) ?? this.vendors[0]
  );

  showVendor(id: string): void {
    void this.flush();
    this.#vendorId = id;
  }

  /**
   * Saves every rationale typed and not yet stored, on whatever cell it was typed: called before a
   * vendor or evaluator switch, a navigation, and when the tab is closed. Failures and refusals are
   * told (a notice; a refusal is also shown on its row).
   */
  async flush(): Promise<void> {
    const outcomes = await this.edits.flush();
    if (outcomes.includes('conflict')) notices.error({ key: 'versions.conflictElsewhere' });
  }

  /**
   * The grades by sheet (evaluator, then vendor), each evaluator's grouped when first read: opening
   * a sheet groups that evaluator's grades, not the whole panel's. A save regroups only the sheet it
   * changed (`SheetIndex.next`), and every other sheet keeps its array, so what is worked out per
   * sheet below (its latest grades, its part of the progress) is kept too: a save recomputes one
   * sheet, not 225,000 grades.
   */
  #sheets = $derived.by(() => {
    const index = this.#sheetsBefore.next(this.bundle?.grades ?? NONE);
    this.#sheetsBefore = index;
    return index;
  });
  #sheetsBefore = new SheetIndex(NONE);
  #sheetOf(evaluatorId: string, vendorId: string): readonly Grade[] {
    return this.#sheets.sheet(evaluatorId, vendorId) ?? NONE;
  }

  /**
   * Per sheet's array: its latest grade per requirement, and its part of the progress under the
   * criteria version it was worked out for (the version's own record, the same through grade saves).
   */
  #perSheet = new WeakMap<
    readonly Grade[],
    { latest: Map<string, Grade>; part?: { criteria: CriteriaVersion | undefined; value: VendorProgress } }
  >();
  #latestOf(group: readonly Grade[]): Map<string, Grade> {
    let memo = this.#perSheet.get(group);
    if (!memo) this.#perSheet.set(group, (memo = { latest: latestOfSheet(group) }));
    return memo.latest;
  }
  #partOf(evaluatorId: string, vendorId: string): VendorProgress {
    const group = this.#sheetOf(evaluatorId, vendorId);
    const latest = this.#latestOf(group);
    const memo = this.#perSheet.get(group)!;
    if (memo.part && memo.part.criteria === this.#version) return memo.part.value;
    const value = vendorProgress(this.requirements, latest);
    memo.part = { criteria: this.#version, value };
    return value;
  }

  /**
   * The sheet's progress, null while it is worked out: opening a sheet shows its rows first and
   * works out the progress over every vendor's sheet (45,000 cells at 30 × 1,500) in a task of its
   * own (`progressLater`); a grade save changes one sheet's part, worked out at once.
   */
  progress = $derived.by(() => {
    if (!this.bundle || !this.current) return null;
    return this.progressLater(this.current.id, OPEN_KEPT);
  });

  /** Cells still open on the current sheet (0 when there is no sheet). */
  openCells = $derived(this.progress ? this.progress.total - this.progress.done : 0);

  /** A complete sheet may be submitted, once. */
  maySubmit = $derived(!this.busy && this.progress !== null && this.openCells === 0);

  /** Bumped as an evaluator's progress is worked out in the background (`progressLater`). */
  #progressWorked = $state(0);
  /** Evaluators whose progress waits for its task (not state: nothing shown reads it). */
  #progressQueued: string[] = [];

  /**
   * Any evaluator's progress (the sheet's own, and each row of the chair's status table), or null
   * while it is worked out: what is not at hand (more than the one sheet a save changed) is worked
   * out in a task of its own, each evaluator's apart, so opening a sheet or a large panel does not
   * hold the page for all of it at once.
   */
  progressLater(evaluatorId: string, openLimit = 0): SheetProgress | null {
    void this.#progressWorked;
    if (this.#partsMissing(evaluatorId) <= 1) return this.progressOf(evaluatorId, openLimit);
    if (!this.#progressQueued.includes(evaluatorId)) {
      this.#progressQueued.push(evaluatorId);
      setTimeout(() => {
        this.#progressQueued = this.#progressQueued.filter((id) => id !== evaluatorId);
        this.progressOf(evaluatorId);
        this.#progressWorked++;
      }, 0);
    }
    return null;
  }

  /** How many of the evaluator's parts are not yet worked out for these requirements. */
  #partsMissing(evaluatorId: string): number {
    const criteria = this.#version;
    let missing = 0;
    for (const vendorId of this.#vendorOrder) {
      const part = this.#perSheet.get(this.#sheetOf(evaluatorId, vendorId))?.part;
      if (part === undefined || part.criteria !== criteria) missing++;
    }
    return missing;
  }

  /** Any evaluator's progress (`sheetProgress`): summed over their sheets. */
  progressOf(evaluatorId: string, openLimit = 0): SheetProgress {
    return combineProgress(
      this.#vendorOrder,
      this.requirements.length,
      (vendorId) => this.#partOf(evaluatorId, vendorId),
      openLimit
    );
  }

  /** What the evaluator on the sheet may see of the others' grades (blind until they submit). */
  visible = $derived.by((): Grade[] => {
    const b = this.bundle;
    return b && this.current ? visibleGrades(b.grades, b.evaluators, this.current.id) : [];
  });

  /**
   * The sheet shows the others' column once the viewer may see any of their grades: the viewer
   * has submitted, and so has another evaluator with a grade (`visibleGrades`, without reading them).
   */
  showsOthers = $derived.by(() => {
    const viewer = this.current;
    if (!viewer?.submittedAt) return false;
    return this.evaluators.some((e) => e.id !== viewer.id && e.submittedAt && this.#sheets.hasGrades(e.id));
  });

  /** The others' grades by cell, so each row finds its own without reading every grade. */
  #othersByCell = $derived(othersByCell(this.visible, this.current?.id));

  /** The others' grades of one cell, with their names, in the order the bundle holds them. */
  othersOf(vendorId: string, requirementId: string): OtherGrade[] {
    const nameOf = (id: string) => this.evaluators.find((e) => e.id === id)?.name ?? id;
    return (this.#othersByCell.get(cellKey(vendorId, requirementId)) ?? []).map((grade) => ({
      name: nameOf(grade.evaluatorId),
      grade
    }));
  }

  #responses = $derived(this.bundle?.responses ?? NONE);
  #evidenceFiles = $derived(this.bundle?.evidenceFiles ?? NONE);
  #attestations = $derived(this.bundle?.attestations ?? NONE);
  #subcontractors = $derived(this.bundle?.subcontractors ?? NONE);
  #vendorList = $derived(this.bundle?.vendors ?? NONE);
  #vendorOrder = $derived(byOrder(this.#vendorList).map((v) => v.id));
  #bidDeadline = $derived(this.bundle?.procurement.bidDeadline ?? null);
  #contractEnd = $derived(this.bundle?.procurement.contractEnd ?? null);

  #answers = $derived(answerLookup(this.#responses, this.#evidenceFiles));

  /** The vendor's answer to the requirement, shown beside the grade. */
  answerOf(vendorId: string, requirementId: string): Response | undefined {
    return this.#answers.answerOf(vendorId, requirementId);
  }

  /** Files the vendor attached to its answer to the requirement (evidence beside the grade). */
  answerFilesOf(vendorId: string, requirementId: string): readonly EvidenceFile[] {
    return this.#answers.filesOf(vendorId, requirementId);
  }

  /**
   * The full result: for the chair once they have submitted, and after the technical lock; null
   * until the scoring engine is loaded (`loadScoring`).
   */
  result = $derived.by((): ScoringResult | null => {
    const b = this.bundle;
    const score = this.#score;
    if (!b || !score || !this.criteriaLocked) return null;
    const chairMaySee = this.current?.role === 'chair' && this.current.submittedAt !== null;
    if (!chairMaySee && !this.technicallyLocked) return null;
    return score(b);
  });

  /** Flagged disagreements without a consensus yet, for the lock's confirmation. */
  unresolved = $derived(this.result?.disagreements.filter((d) => !d.resolved).length ?? 0);

  /**
   * Suggestions from the evidence (shown beside the grade, never applied by themselves), worked out
   * per vendor as its sheet is shown: a cache that starts empty whenever what they read changes.
   */
  #suggestions = $derived.by(() => {
    const version = this.#version;
    const suggest = this.#suggest;
    if (!version || !suggest) return null;
    const input: SuggestionBundle = {
      procurement: { bidDeadline: this.#bidDeadline, contractEnd: this.#contractEnd },
      requirements: version.requirements,
      rubric: version.settings.rubric,
      vendors: this.#vendorList,
      subcontractors: this.#subcontractors,
      attestations: this.#attestations,
      responses: this.#responses
    };
    return suggest.lookup(input, suggest.types, suggest.today());
  });

  suggestionOf(vendorId: string, requirementId: string): Suggestion | null {
    return this.#suggestions?.(vendorId, requirementId) ?? null;
  }

  allSubmitted = $derived(this.evaluators.length > 0 && this.evaluators.every((e) => e.submittedAt !== null));

  /** The chair may return a submitted sheet until the technical lock. */
  mayReturn = $derived(this.isChair && !this.technicallyLocked);
  /** The chair records a consensus once they see the result, until the technical lock. */
  mayRecordConsensus = $derived(this.isChair && this.result !== null && !this.technicallyLocked);
  /** The lock is offered to the chair until it is done; it may be taken once every sheet is in. */
  lockOffered = $derived(this.isChair && !this.technicallyLocked);
  mayLock = $derived(this.lockOffered && !this.busy && this.allSubmitted);
  /** Prices are opened by the chair after the technical lock. */
  mayOpenPrices = $derived(this.isChair && this.technicallyLocked);

  /** The lock asks for confirmation first. */
  get lockAsked(): boolean {
    return this.#lockAsked;
  }
  askLock(): void {
    if (!this.mayLock || !operatorReady()) return;
    // The confirmation counts the unresolved disagreements: it shows them once the engine is in.
    void this.loadScoring();
    this.#lockAsked = true;
  }
  cancelLock(): void {
    this.#lockAsked = false;
  }
  async confirmLock(): Promise<void> {
    this.#lockAsked = false;
    await this.lockTechnical();
  }

  /** The latest grade of a cell on the current sheet. */
  gradeOf(vendorId: string, requirementId: string): Grade | undefined {
    return this.current
      ? this.#latestOf(this.#sheetOf(this.current.id, vendorId)).get(requirementId)
      : undefined;
  }

  vendorLabel(vendorId: string, maskedLabel: (letter: string) => string): string {
    const i = this.vendors.findIndex((v) => v.id === vendorId);
    const vendor = this.vendors[i];
    if (!vendor) return vendorId;
    return this.#masked && !this.technicallyLocked
      ? maskedLabel(String.fromCharCode(65 + (i % 26)))
      : vendor.company;
  }

  async #perform(action: () => Promise<unknown>): Promise<boolean> {
    return this.#workspace().perform(action);
  }

  /** Grade saves not yet stored (the page says 「保存しています…」). */
  get savesPending(): boolean {
    return this.edits.pending;
  }
  /** Typed or being stored: the page asks before it is closed. */
  get unsaved(): boolean {
    return this.edits.unsaved;
  }

  /** A cell of the given sheet (not of whichever sheet is shown now), if its evaluator still exists. */
  #cell(sheet: SheetCells, requirementId: string): GradeCell | null {
    const b = this.bundle;
    if (!b || !b.evaluators.some((e) => e.id === sheet.evaluatorId)) return null;
    return {
      procurementId: b.procurement.id,
      evaluatorId: sheet.evaluatorId,
      vendorId: sheet.vendorId,
      requirementId
    };
  }
  #key(cell: GradeCell): string {
    return `${cell.evaluatorId}|${cell.vendorId}|${cell.requirementId}`;
  }
  /** The cell as stored, the base of an edit: that cell's own evaluator's grade. */
  #shown(cell: GradeCell): WriteBase<GradeFields> {
    const g = this.#sheetOf(cell.evaluatorId, cell.vendorId).find(
      (x) => x.requirementId === cell.requirementId
    );
    return g
      ? { version: versionOf(g), values: fieldsOf(g) }
      : { version: 0, values: { verdict: null, level: null, rationale: '' } };
  }

  /** What was typed or chosen on a cell and is not stored yet (the fields show it until it is). */
  draftOf(sheet: SheetCells, requirementId: string): Partial<GradeFields> | undefined {
    const cell = this.#cell(sheet, requirementId);
    return cell ? this.edits.draftFields(this.#key(cell)) : undefined;
  }
  /** Records each keystroke of a rationale, so a switch, a reload or a closed tab cannot drop it. */
  typeRationale(sheet: SheetCells, requirementId: string, text: string): void {
    const cell = this.#cell(sheet, requirementId);
    if (cell) this.edits.edit(this.#key(cell), cell, this.#shown(cell), 'rationale', text);
  }
  /** A save of this cell refused because another writer changed the same field meanwhile. */
  conflictOf(sheet: SheetCells, requirementId: string): RowConflict<GradeFields> | undefined {
    const cell = this.#cell(sheet, requirementId);
    return cell ? this.edits.conflictOf(this.#key(cell)) : undefined;
  }
  keepMine(sheet: SheetCells, requirementId: string): Promise<SaveOutcome> {
    const cell = this.#cell(sheet, requirementId);
    return cell ? this.edits.keepMine(this.#key(cell)) : Promise.resolve('failed');
  }
  takeStored(sheet: SheetCells, requirementId: string): void {
    const cell = this.#cell(sheet, requirementId);
    if (cell) this.edits.takeStored(this.#key(cell));
  }

  /**
   * Saves what changed on one cell of `sheet` (the verdict or level, or the rationale), as the
   * evaluator leaves the field. Only the changed field is sent; storage merges it with the cell as
   * stored (`changeGrade`), so a level and a rationale saved in quick succession keep both. The
   * sheet stays enabled meanwhile, so the focus stays where the evaluator is.
   */
  async saveGrade(
    sheet: SheetCells,
    requirement: Requirement,
    change: { verdict?: Verdict | null; level?: string | null; rationale?: string }
  ): Promise<boolean> {
    const cell = this.#cell(sheet, requirement.id);
    if (!cell) return false;
    return (await this.edits.save(this.#key(cell), cell, this.#shown(cell), change)) === 'saved';
  }

  /** Opens the chosen sheet when `passphrase` is its own; says so when it is not. */
  async unlock(passphrase: string): Promise<boolean> {
    const evaluator = this.chosen;
    if (!evaluator?.passphrase) return true;
    this.#checking = true;
    try {
      const { rules, derive } = await passphraseCode();
      const ok = await rules.verifyPassphrase(evaluator.passphrase, passphrase, derive);
      // A switch to another sheet while the check ran opens nothing.
      if (this.chosen?.id !== evaluator.id) return false;
      this.#wrongPassphrase = !ok;
      if (ok) this.#unlockedId = evaluator.id;
      return ok;
    } finally {
      this.#checking = false;
    }
  }

  /**
   * Sets (or changes) the passphrase of the open sheet; returns what is wrong with it, if anything.
   * A change needs the current passphrase: an open sheet left on a shared PC is not enough.
   */
  async setPassphrase(passphrase: string, confirmation: string, current = ''): Promise<PassphraseIssue[]> {
    const evaluator = this.current;
    if (!evaluator || this.inPackage) return [];
    const { rules, derive, newSalt } = await passphraseCode();
    const issues = rules.checkNewPassphrase(passphrase, confirmation);
    if (issues.length) return issues;
    if (evaluator.passphrase && !(await rules.verifyPassphrase(evaluator.passphrase, current, derive)))
      return ['currentWrong'];
    // Derived before the write: WebCrypto cannot run inside the IndexedDB transaction.
    const record = await rules.makePassphraseRecord(
      passphrase,
      newSalt(),
      derive,
      currentTime().toISOString()
    );
    if (
      await this.#perform(async () =>
        (await passphrases()).setEvaluatorPassphrase(writeContext(), evaluator.id, record)
      )
    ) {
      this.#unlockedId = evaluator.id;
      notices.info({ key: 'people.pass.saved', params: { name: evaluator.name } });
    }
    return [];
  }

  /** Removes the open sheet's own passphrase, on the current one (audited with the operator's name). */
  async removeOwnPassphrase(current: string): Promise<PassphraseIssue[]> {
    const evaluator = this.current;
    if (!evaluator?.passphrase || this.inPackage) return [];
    const { rules, derive } = await passphraseCode();
    if (!(await rules.verifyPassphrase(evaluator.passphrase, current, derive))) return ['currentWrong'];
    const proof = { kind: 'currentPassphrase' } as const;
    if (
      await this.#perform(async () =>
        (await passphrases()).clearOwnPassphrase(writeContext(), evaluator.id, proof)
      )
    )
      notices.info({ key: 'people.pass.cleared', params: { name: evaluator.name } });
    return [];
  }

  /**
   * The chair's forgotten passphrase: cleared on a written statement, audited with the operator's
   * name, and the chair's panel opens. Honesty on a shared PC, as the form says, not security.
   */
  async clearForgottenChairPassphrase(statement: string, confirmed: boolean): Promise<StatementIssue[]> {
    const chair = this.chosen;
    if (!chair || chair.role !== 'chair' || !chair.passphrase || this.inPackage) return [];
    const { rules } = await passphraseCode();
    const issues = rules.checkResetStatement(statement, confirmed);
    if (issues.length) return issues;
    const proof = { kind: 'statement', statement } as const;
    if (
      await this.#perform(async () =>
        (await passphrases()).clearOwnPassphrase(writeContext(), chair.id, proof)
      )
    ) {
      this.#unlockedId = chair.id;
      notices.info({ key: 'people.pass.chairCleared', params: { name: chair.name } });
    }
    return [];
  }

  /** Evaluators other than the chair whose sheets have a passphrase: the chair may reset them. */
  protectedOthers = $derived(this.evaluators.filter((e) => isProtected(e) && e.id !== this.current?.id));

  /** The chair's one-time reset: the evaluator's passphrase is removed, and they set a new one. */
  async resetPassphrase(evaluatorId: string): Promise<void> {
    const chair = this.current;
    const target = this.evaluators.find((e) => e.id === evaluatorId);
    if (!this.isChair || !chair || !target) return;
    if (
      await this.#perform(async () =>
        (await passphrases()).resetEvaluatorPassphrase(writeContext(), evaluatorId, chair.id)
      )
    ) {
      notices.info({ key: 'people.pass.resetDone', params: { name: target.name } });
    }
  }

  async submit(): Promise<void> {
    const evaluator = this.current;
    if (!evaluator) return;
    if (
      await this.#perform(async () => (await evaluation()).submitEvaluation(writeContext(), evaluator.id))
    ) {
      notices.info({ key: 'evaluate.submitted', params: { name: evaluator.name } });
    }
  }

  async returnSheet(evaluatorId: string, reason: string): Promise<boolean> {
    return this.#perform(async () =>
      (await evaluation()).returnEvaluation(writeContext(), evaluatorId, reason)
    );
  }

  async saveConsensus(
    vendorId: string,
    requirementId: string,
    grade: { verdict: Verdict | null; level: string | null; reason: string }
  ): Promise<boolean> {
    const b = this.bundle;
    if (!b) return false;
    return this.#perform(async () =>
      (await consensus()).putConsensus(writeContext(), {
        procurementId: b.procurement.id,
        vendorId,
        requirementId,
        ...grade
      })
    );
  }

  async lockTechnical(): Promise<void> {
    const b = this.bundle;
    if (!b) return;
    if (
      await this.#perform(async () =>
        (await evaluation()).lockTechnicalEvaluation(writeContext(), b.procurement.id)
      )
    ) {
      notices.info({ key: 'evaluate.technicalLocked' });
    }
  }

  async saveBid(vendorId: string, input: BidInput): Promise<boolean> {
    return this.#perform(async () => (await evaluation()).recordBid(writeContext(), vendorId, input));
  }

  async saveLowBidOutcome(
    vendorId: string,
    outcome: 'accepted' | 'rejected',
    note: string
  ): Promise<boolean> {
    return this.#perform(async () =>
      (await evaluation()).recordLowBidOutcome(writeContext(), vendorId, { outcome, note })
    );
  }

  async saveTieResolution(
    vendorIds: string[],
    winnerId: string,
    method: string,
    note: string
  ): Promise<boolean> {
    const b = this.bundle;
    if (!b) return false;
    return this.#perform(async () =>
      (await evaluation()).recordTieResolution(writeContext(), b.procurement.id, {
        vendorIds,
        winnerId,
        method,
        note
      })
    );
  }
}
