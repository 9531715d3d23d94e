/**
 * Evaluator packages in the UI: the chair issues packages and imports grades files (preview first,
 * then apply); the evaluator opens a package on the home page and exports their grades file.
 * Storage, reading and writing code is loaded with `import()` on first use, so neither the first
 * page nor the workspace pages carry it until a package is handled.
 */
import type { GradesPreview, GradesReadResult, PackageReadResult } from '$lib/db/evaluator-package';
import type { PackagePreview, PackageProblem, PackageProblemCode } from '$lib/domain/evaluator-package';
import type { GradesContents, PackageContents } from '$lib/domain/evaluator-package-file';
import type { Issue } from '$lib/domain/issues';
import type { MessageKey } from '$lib/i18n/messages';
import { downloadFile } from '$lib/io/download';
import { currentTime, writeContext } from './context';
import { attempt, storageMessage, type UserMessage } from './errors';
import { notices } from './notices.svelte';

export type { GradesPreview };
export type FileKind = 'package' | 'grades';

const PROBLEM_KEY: Record<Exclude<PackageProblemCode, 'notJson' | 'wrongFileType'>, MessageKey> = {
  fileTooLarge: 'package.problem.fileTooLarge',
  fileEmpty: 'package.problem.fileEmpty',
  futureVersion: 'package.problem.futureVersion',
  badShape: 'package.problem.badShape',
  evidenceAltered: 'package.problem.evidenceAltered',
  criteriaAltered: 'package.problem.criteriaAltered',
  packageContents: 'package.problem.packageContents',
  alreadyHere: 'package.problem.alreadyHere',
  unknownPackage: 'package.problem.unknownPackage',
  otherEvaluator: 'package.problem.otherEvaluator',
  unknownEvaluator: 'package.problem.unknownEvaluator',
  otherCriteria: 'package.problem.otherCriteria',
  criteriaReopened: 'package.problem.criteriaReopened',
  altered: 'package.problem.altered',
  technicalLocked: 'package.problem.technicalLocked',
  evaluatorSubmitted: 'package.problem.evaluatorSubmitted',
  unknownCell: 'package.problem.unknownCell',
  duplicateCell: 'package.problem.duplicateCell',
  invalidGrade: 'package.problem.invalidGrade'
};

/** A refusal in the user's language; which file was expected decides the wording of two of them. */
export function problemMessage(problem: PackageProblem, file: FileKind): UserMessage {
  const params = problem.params;
  if (problem.code === 'notJson') {
    return { key: file === 'package' ? 'package.problem.notJson.package' : 'package.problem.notJson.grades' };
  }
  if (problem.code === 'wrongFileType') {
    return {
      key:
        file === 'package' ? 'package.problem.wrongFileType.package' : 'package.problem.wrongFileType.grades'
    };
  }
  return params ? { key: PROBLEM_KEY[problem.code], params } : { key: PROBLEM_KEY[problem.code] };
}

export type ReadState<P, C> =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'refused'; problems: PackageProblem[]; issues: Issue[] }
  | { kind: 'preview'; preview: P; contents: C };

const fileMeta = () => ({ appVersion: __APP_VERSION__, exportedAt: currentTime().toISOString() });
const loadStorage = () => import('$lib/db/evaluator-package');
const loadFiles = () => import('$lib/io/evaluator-package');
const loadLimits = () => import('$lib/domain/evaluator-package-file');

function tooLarge(maxBytes: number): { kind: 'refused'; problems: PackageProblem[]; issues: Issue[] } {
  return {
    kind: 'refused',
    problems: [{ code: 'fileTooLarge', params: { limitMb: Math.floor(maxBytes / 1024 / 1024) } }],
    issues: []
  };
}

function afterRead<P, C>(
  result: { ok: true; preview: P; contents: C } | { ok: false; problems: PackageProblem[]; issues: Issue[] }
): ReadState<P, C> {
  return result.ok
    ? { kind: 'preview', preview: result.preview, contents: result.contents }
    : { kind: 'refused', problems: result.problems, issues: result.issues };
}

// ---------------------------------------------------------------- chair

/** The chair's side on the evaluate page: issue packages, import grades files. */
export class ChairPackagesState {
  #procurementId: () => string;
  #reload: () => Promise<unknown>;
  #busy = $state(false);
  #import = $state.raw<ReadState<GradesPreview, GradesContents>>({ kind: 'idle' });

  constructor(procurementId: () => string, reload: () => Promise<unknown>) {
    this.#procurementId = procurementId;
    this.#reload = reload;
  }

  get busy(): boolean {
    return this.#busy;
  }
  get importState(): ReadState<GradesPreview, GradesContents> {
    return this.#import;
  }

  async issue(evaluatorId: string): Promise<void> {
    await this.#run(async () => {
      const [{ issueEvaluatorPackage }, files] = await Promise.all([loadStorage(), loadFiles()]);
      const issued = await issueEvaluatorPackage(writeContext(), this.#procurementId(), evaluatorId);
      const name = files.packageFileName(issued.title, issued.evaluatorName);
      downloadFile(name, files.packageFileText(issued.data, fileMeta()), 'application/json');
      notices.info({ key: 'package.exported', params: { name } });
    });
  }

  async readFile(file: File): Promise<void> {
    this.#import = { kind: 'reading' };
    try {
      const [{ readGradesFile }, { GRADES_MAX_BYTES }] = await Promise.all([loadStorage(), loadLimits()]);
      // Refused before reading: a huge file should not be loaded into memory at all.
      if (file.size > GRADES_MAX_BYTES) {
        this.#import = tooLarge(GRADES_MAX_BYTES);
        return;
      }
      const result: GradesReadResult = await readGradesFile(
        this.#procurementId(),
        await file.text(),
        file.size
      );
      this.#import = afterRead(result);
    } catch (e) {
      this.#import = { kind: 'idle' };
      notices.error(storageMessage(e));
    }
  }

  async apply(): Promise<void> {
    const state = this.#import;
    if (state.kind !== 'preview') return;
    await this.#run(async () => {
      const { applyGradesFile } = await loadStorage();
      const result = await applyGradesFile(writeContext(), this.#procurementId(), state.contents);
      if (!result.ok) {
        // Something changed since the preview (another tab locked, imported …): say what.
        this.#import = { kind: 'refused', problems: result.problems, issues: result.issues };
        return;
      }
      const { counts } = result;
      const name = state.preview.evaluatorName;
      notices.info({ key: 'package.applied', params: { name, new: counts.new, changed: counts.changed } });
      this.#import = { kind: 'idle' };
    });
  }

  cancel(): void {
    if (this.#import.kind === 'preview') notices.info({ key: 'package.cancelled' });
    this.#import = { kind: 'idle' };
  }

  async #run(action: () => Promise<unknown>): Promise<boolean> {
    this.#busy = true;
    const ok = await attempt(action);
    await this.#reload();
    this.#busy = false;
    return ok;
  }
}

// ---------------------------------------------------------------- evaluator

/** The evaluator's side on the evaluate page: export the signed grades file. */
export class GradesExportState {
  #busy = $state(false);
  #reload: () => Promise<unknown>;

  constructor(reload: () => Promise<unknown>) {
    this.#reload = reload;
  }

  get busy(): boolean {
    return this.#busy;
  }

  async exportGrades(procurementId: string): Promise<void> {
    this.#busy = true;
    await attempt(async () => {
      const [{ exportGradesFile }, files] = await Promise.all([loadStorage(), loadFiles()]);
      const out = await exportGradesFile(writeContext(), procurementId);
      const name = files.gradesFileName(out.title, out.evaluatorName);
      downloadFile(name, files.gradesFileText(out.file, fileMeta()), 'application/json');
      notices.info({ key: 'package.banner.exported', params: { name } });
    });
    // The export is an audit entry: the page shows the trail as stored.
    await this.#reload();
    this.#busy = false;
  }
}

/** The home page: read a package, preview it, open it as a new procurement. */
export class OpenPackageState {
  #state = $state.raw<ReadState<PackagePreview, PackageContents>>({ kind: 'idle' });
  #busy = $state(false);

  get state(): ReadState<PackagePreview, PackageContents> {
    return this.#state;
  }
  get busy(): boolean {
    return this.#busy;
  }

  async readFile(file: File): Promise<void> {
    this.#state = { kind: 'reading' };
    try {
      const [{ readEvaluatorPackage }, { PACKAGE_MAX_BYTES }] = await Promise.all([
        loadStorage(),
        loadLimits()
      ]);
      if (file.size > PACKAGE_MAX_BYTES) {
        this.#state = tooLarge(PACKAGE_MAX_BYTES);
        return;
      }
      const result: PackageReadResult = await readEvaluatorPackage(await file.text(), file.size);
      this.#state = afterRead(result);
    } catch (e) {
      this.#state = { kind: 'idle' };
      notices.error(storageMessage(e));
    }
  }

  /** Creates the procurement; its id, or null when refused (the refusal is shown). */
  async open(): Promise<string | null> {
    const state = this.#state;
    if (state.kind !== 'preview') return null;
    this.#busy = true;
    let id: string | null = null;
    await attempt(async () => {
      const { openEvaluatorPackage } = await loadStorage();
      const result = await openEvaluatorPackage(writeContext(), state.contents);
      if (result.ok) {
        id = result.procurementId;
        this.#state = { kind: 'idle' };
        notices.info({ key: 'package.open.opened' });
      } else {
        this.#state = { kind: 'refused', problems: result.problems, issues: result.issues };
      }
    });
    this.#busy = false;
    return id;
  }

  cancel(): void {
    if (this.#state.kind === 'preview') notices.info({ key: 'package.open.cancelled' });
    this.#state = { kind: 'idle' };
  }
}
