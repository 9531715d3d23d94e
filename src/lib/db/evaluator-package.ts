/**
 * Evaluator packages in storage. The chair issues a package (a random key is recorded with it) and
 * later imports the evaluator's grades file: verified against the issued package, then merged in
 * one transaction with ONE audit entry `evaluatorPackage.importGrades` carrying the counts and the
 * digest of the imported grades (not one `grade.put` per cell: the file is the unit that arrived).
 * The evaluator opens a package as a new procurement (its first audit entries: `procurement.create`,
 * `evaluatorPackage.open`) and exports the signed grades file. A re-issued package is a new package;
 * older ones for the same evaluator stay valid, so whichever file arrives can be imported.
 */
import type { Table } from 'dexie';
import { MAX_KEY, MIN_KEY } from './keys';
import { latestVersion } from '$lib/domain/criteria';
import { gradesDigest } from '$lib/domain/evaluation';
import {
  buildGradesFile,
  buildPackageData,
  bundleRowIds,
  checkPackage,
  openedBundle,
  packagePreview,
  planGradesMerge,
  verifyGradesFile,
  type GradesData,
  type MergePlan,
  type PackageData,
  type PackagePreview,
  type PackageProblem,
  type SignedGrades
} from '$lib/domain/evaluator-package';
import {
  parseGradesText,
  parsePackageText,
  type GradesContents,
  type PackageContents
} from '$lib/domain/evaluator-package-file';
import type { Issue } from '$lib/domain/issues';
import {
  BUNDLE_COLLECTIONS,
  type CriteriaVersion,
  type Grade,
  type Id,
  type IssuedPackage,
  type ProcurementBundle
} from '$lib/domain/model';
import { sha256Text } from '$lib/domain/sha256';
import { nextVersion } from '$lib/domain/versions';
import { bundleTables, loadBundleIn } from './bundle';
import type { WriteContext } from './context';
import { StorageError } from './errors';
import { assertNamed, read, requireProcurement, write, type Tx } from './tx';
import { appendAudit } from './audit-append';

export type Refusal = { ok: false; problems: PackageProblem[]; issues: Issue[] };
const refusal = (problems: PackageProblem[], issues: Issue[] = []): Refusal => ({
  ok: false,
  problems,
  issues
});

async function latestLocked(db: Tx, procurementId: Id): Promise<CriteriaVersion | undefined> {
  return db.criteriaVersions
    .where('[procurementId+version]')
    .between([procurementId, MIN_KEY], [procurementId, MAX_KEY])
    .last();
}

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// ---------------------------------------------------------------- chair: issue

export interface IssuedPackageFile {
  data: PackageData;
  title: string;
  evaluatorName: string;
}

/** Issues a package for one evaluator: locked criteria (not reopened), no technical lock, sheet not submitted. */
export function issueEvaluatorPackage(
  ctx: WriteContext,
  procurementId: Id,
  evaluatorId: Id
): Promise<IssuedPackageFile> {
  return write(bundleTables, async (db) => {
    const bundle = await loadBundleIn(db, procurementId);
    const { procurement } = bundle;
    if (procurement.packageOrigin) throw new StorageError('invalidInput');
    const version = latestVersion(bundle.criteriaVersions);
    if (!version || procurement.criteriaReopen) throw new StorageError('criteriaNotLocked');
    if (procurement.technicalLock) throw new StorageError('gradingClosed');
    const evaluator = bundle.evaluators.find((e) => e.id === evaluatorId);
    if (!evaluator) throw new StorageError('notFound');
    if (evaluator.submittedAt) throw new StorageError('gradingClosed');
    const at = ctx.now();
    const issued: IssuedPackage = {
      id: ctx.newId(),
      evaluatorId,
      criteriaVersion: version.version,
      criteriaHash: version.hash,
      key: randomKey(),
      issuedAt: at,
      issuedBy: ctx.actor,
      importedAt: null
    };
    // The key stays out of the audit entry: the trail is exported and read by many.
    await appendAudit(
      db,
      ctx,
      procurementId,
      {
        action: 'evaluatorPackage.issue',
        entityKind: 'evaluator',
        entityId: evaluatorId,
        after: {
          packageId: issued.id,
          evaluator: evaluator.name,
          criteriaVersion: version.version,
          criteriaHash: version.hash
        },
        at
      },
      { issuedPackages: [...procurement.issuedPackages, issued] }
    );
    const data = buildPackageData(bundle, { packageId: issued.id, key: issued.key, evaluatorId });
    return { data, title: procurement.title, evaluatorName: evaluator.name };
  });
}

// ---------------------------------------------------------------- evaluator: open

export type PackageReadResult = { ok: true; contents: PackageContents; preview: PackagePreview } | Refusal;

async function sha256Hex(data: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every evidence file comes with its bytes, of the recorded size and hash (as a backup does). */
async function evidenceProblems(bundle: ProcurementBundle): Promise<PackageProblem[]> {
  const blobs = new Map(bundle.evidenceBlobs.map((b) => [b.id, b.data]));
  const problems: PackageProblem[] = [];
  for (const file of bundle.evidenceFiles) {
    const data = blobs.get(file.id);
    const ok = data?.byteLength === file.size && (await sha256Hex(data)) === file.sha256;
    if (!ok) problems.push({ code: 'evidenceAltered', params: { name: file.name } });
  }
  return problems;
}

/**
 * Row ids are global keys. A package whose ids are already here (the chair's own browser, or the
 * package opened twice) is refused, naming the procurement that holds them.
 */
async function idConflict(db: Tx, bundle: ProcurementBundle): Promise<PackageProblem | null> {
  const owners = new Set<string>();
  const rows = bundleRowIds(bundle);
  for (const collection of ['procurements', ...BUNDLE_COLLECTIONS.filter((c) => c !== 'audit')] as const) {
    const table = db[collection] as unknown as Table<{ id: string; procurementId?: string }, string>;
    const ids = rows.filter((r) => r.collection === collection).map((r) => r.id);
    for (const stored of await table.bulkGet(ids)) {
      if (stored) owners.add(collection === 'procurements' ? stored.id : (stored.procurementId ?? ''));
    }
  }
  const [owner] = owners;
  if (owner === undefined) return null;
  const existing = await db.procurements.get(owner);
  return { code: 'alreadyHere', params: { title: existing?.title ?? owner } };
}

export async function readEvaluatorPackage(text: string, byteLength: number): Promise<PackageReadResult> {
  const parsed = parsePackageText(text, byteLength);
  if (!parsed.data) return refusal(parsed.problems, parsed.issues);
  const contents = parsed.data;
  const problems = checkPackage(contents.data, sha256Text);
  // Hashing awaits crypto.subtle, so it runs before (outside) the read transaction.
  problems.push(...(await evidenceProblems(contents.data.bundle)));
  if (problems.length > 0) return refusal(problems);
  const conflict = await read(bundleTables, (db) => idConflict(db, contents.data.bundle));
  if (conflict) return refusal([conflict]);
  return { ok: true, contents, preview: packagePreview(contents.data) };
}

/** Creates the procurement of a read package, all or nothing; its audit chain starts here. */
export function openEvaluatorPackage(
  ctx: WriteContext,
  contents: PackageContents
): Promise<{ ok: true; procurementId: Id } | Refusal> {
  return write(bundleTables, async (db) => {
    const problems = checkPackage(contents.data, sha256Text);
    const conflict = await idConflict(db, contents.data.bundle);
    if (conflict) problems.push(conflict);
    if (problems.length > 0) return refusal(problems);
    const at = ctx.now();
    const bundle = openedBundle(contents.data, at);
    const id = bundle.procurement.id;
    await db.procurements.add(bundle.procurement);
    for (const collection of BUNDLE_COLLECTIONS) {
      const rows = bundle[collection];
      const table = db[collection] as unknown as Table<unknown, unknown>;
      if (rows.length > 0) await table.bulkAdd(rows);
    }
    const origin = bundle.procurement.packageOrigin!;
    await appendAudit(db, ctx, id, {
      action: 'procurement.create',
      entityKind: 'procurement',
      entityId: id,
      after: { title: bundle.procurement.title },
      at
    });
    await appendAudit(db, ctx, id, {
      action: 'evaluatorPackage.open',
      entityKind: 'evaluator',
      entityId: origin.evaluatorId,
      after: {
        packageId: origin.packageId,
        evaluator: bundle.evaluators[0]?.name ?? '',
        criteriaVersion: origin.criteriaVersion,
        criteriaHash: origin.criteriaHash,
        exportedAt: contents.exportedAt
      },
      at
    });
    return { ok: true, procurementId: id };
  });
}

// ---------------------------------------------------------------- evaluator: grades file

export interface GradesFileOut {
  file: SignedGrades;
  title: string;
  evaluatorName: string;
}

/** The signed grades file of a procurement opened from a package (refused anywhere else). */
export function exportGradesFile(ctx: WriteContext, procurementId: Id): Promise<GradesFileOut> {
  return write(
    (db) => [db.evaluators, db.grades],
    async (db) => {
      assertNamed(ctx, 'evaluatorPackage.exportGrades');
      const procurement = await requireProcurement(db, procurementId);
      const origin = procurement.packageOrigin;
      if (!origin) throw new StorageError('invalidInput');
      const evaluators = await db.evaluators.where('procurementId').equals(procurementId).toArray();
      const grades = await db.grades.where('procurementId').equals(procurementId).toArray();
      const evaluator = evaluators.find((e) => e.id === origin.evaluatorId);
      if (!evaluator) throw new StorageError('notFound');
      const file = buildGradesFile({ procurement, evaluators, grades });
      await appendAudit(db, ctx, procurementId, {
        action: 'evaluatorPackage.exportGrades',
        entityKind: 'evaluator',
        entityId: evaluator.id,
        after: {
          packageId: origin.packageId,
          grades: file.data.grades.length,
          submitted: file.data.submittedAt !== null,
          gradesHash: gradesDigest(asGrades(file.data, procurementId), [], sha256Text)
        }
      });
      return { file, title: procurement.title, evaluatorName: evaluator.name };
    }
  );
}

/** The file's cells as grade records, for the digest (ids and stamps do not enter it). */
function asGrades(data: GradesData, procurementId: Id): Grade[] {
  return data.grades.map((cell) => ({
    ...cell,
    id: '',
    procurementId,
    evaluatorId: data.evaluatorId
  }));
}

// ---------------------------------------------------------------- chair: import

export interface GradesPreview {
  evaluatorId: Id;
  evaluatorName: string;
  packageId: Id;
  criteriaVersion: number;
  criteriaHash: string;
  exportedAt: string;
  counts: MergePlan['counts'];
  /** The file says the evaluator submitted. */
  fileSubmitted: boolean;
  /** … and the merged sheet is complete, so the submission is recorded here. */
  submit: boolean;
  /** Cells of this evaluator already stored here (they are replaced cell by cell). */
  existing: number;
}

export type GradesReadResult = { ok: true; contents: GradesContents; preview: GradesPreview } | Refusal;

const importTables = (db: Tx) => [db.evaluators, db.vendors, db.grades, db.criteriaVersions];

async function checkedPlan(
  db: Tx,
  procurementId: Id,
  contents: GradesContents,
  expectedEvaluatorId: Id | null
): Promise<{ ok: true; plan: MergePlan; grades: Grade[] } | Refusal> {
  const procurement = await requireProcurement(db, procurementId);
  const latest = await latestLocked(db, procurementId);
  const evaluators = await db.evaluators.where('procurementId').equals(procurementId).toArray();
  const vendors = await db.vendors.where('procurementId').equals(procurementId).toArray();
  const problems = verifyGradesFile(contents, {
    procurement,
    latest,
    evaluators,
    vendors,
    expectedEvaluatorId
  });
  if (problems.length > 0 || !latest) return refusal(problems);
  const grades = await db.grades.where('procurementId').equals(procurementId).toArray();
  return { ok: true, plan: planGradesMerge(contents.data, grades, latest, vendors), grades };
}

/** Reads a grades file for this procurement and says what importing it would change; writes nothing. */
export async function readGradesFile(
  procurementId: Id,
  text: string,
  byteLength: number,
  expectedEvaluatorId: Id | null = null
): Promise<GradesReadResult> {
  const parsed = parseGradesText(text, byteLength);
  if (!parsed.data) return refusal(parsed.problems, parsed.issues);
  const contents = parsed.data;
  return read(
    (db) => [db.procurements, ...importTables(db)],
    async (db) => {
      const checked = await checkedPlan(db, procurementId, contents, expectedEvaluatorId);
      if (!checked.ok) return checked;
      const { data } = contents;
      const preview: GradesPreview = {
        evaluatorId: data.evaluatorId,
        evaluatorName: data.evaluatorName,
        packageId: data.packageId,
        criteriaVersion: data.criteriaVersion,
        criteriaHash: data.criteriaHash,
        exportedAt: contents.exportedAt,
        counts: checked.plan.counts,
        fileSubmitted: checked.plan.fileSubmitted,
        submit: checked.plan.submit,
        existing: checked.grades.filter((g) => g.evaluatorId === data.evaluatorId).length
      };
      return { ok: true, contents, preview };
    }
  );
}

export type GradesApplyResult = { ok: true; counts: MergePlan['counts']; submitted: boolean } | Refusal;

/** Merges a read grades file in one transaction, checking it again against what is stored now. */
export function applyGradesFile(
  ctx: WriteContext,
  procurementId: Id,
  contents: GradesContents,
  expectedEvaluatorId: Id | null = null
): Promise<GradesApplyResult> {
  return write(importTables, async (db) => {
    assertNamed(ctx, 'evaluatorPackage.importGrades');
    const checked = await checkedPlan(db, procurementId, contents, expectedEvaluatorId);
    if (!checked.ok) return checked;
    const { plan } = checked;
    const { data } = contents;
    for (const row of plan.rows) {
      if (row.change === 'unchanged') continue;
      await db.grades.put({
        ...row.cell,
        id: row.existing?.id ?? ctx.newId(),
        procurementId,
        evaluatorId: data.evaluatorId,
        version: nextVersion(row.existing),
        updatedBy: ctx.actor
      });
    }
    const evaluator = await db.evaluators.get(data.evaluatorId);
    if (plan.submit && evaluator) await db.evaluators.put({ ...evaluator, submittedAt: data.submittedAt });
    const at = ctx.now();
    const procurement = await requireProcurement(db, procurementId);
    const issuedPackages = procurement.issuedPackages.map((p) =>
      p.id === data.packageId ? { ...p, importedAt: at } : p
    );
    await appendAudit(
      db,
      ctx,
      procurementId,
      {
        action: 'evaluatorPackage.importGrades',
        entityKind: 'evaluator',
        entityId: data.evaluatorId,
        after: {
          packageId: data.packageId,
          evaluator: evaluator?.name ?? data.evaluatorName,
          ...plan.counts,
          submitted: plan.submit,
          gradesHash: gradesDigest(asGrades(data, procurementId), [], sha256Text)
        },
        at
      },
      { issuedPackages }
    );
    return { ok: true, counts: plan.counts, submitted: plan.submit };
  });
}
