/**
 * Evaluator packages (評価者パッケージ) and grades files (採点ファイル), pure. A package is the chair's
 * bundle cut down to what one evaluator may see: the latest locked criteria, the vendors (bids
 * cleared), their answers and evidence, and that evaluator's own grades; never other evaluators,
 * their grades, consensus, bids or the audit trail. The grades that come back are signed with the
 * package's key (HMAC-SHA-256 over canonical JSON) and checked against the issued package before
 * anything is merged. Every refusal is a coded problem that the UI translates.
 */
import { criteriaHash, latestVersion } from './criteria';
import { canonicalJson } from './canonical';
import { gradeDone, gradeShapeIssue, cellKey } from './evaluation';
import { hmacSha256Text, sameHex } from './hmac';
import { withoutPassphrase } from './passphrase';
import { BUNDLE_COLLECTIONS } from './model';
import type {
  CriteriaVersion,
  Evaluator,
  Grade,
  Id,
  IsoDateTime,
  Procurement,
  ProcurementBundle,
  Vendor,
  Verdict
} from './model';

export interface PackageData {
  packageId: Id;
  /** The HMAC key (hex) the grades file is signed with; only the chair's issued package holds it too. */
  key: string;
  evaluatorId: Id;
  /** The source procurement as the evaluator may see it (see `buildPackageData`). */
  bundle: ProcurementBundle;
}

/** One graded cell as the grades file carries it (no record ids: the chair keeps their own). */
export interface GradeCell {
  vendorId: Id;
  requirementId: Id;
  verdict: Verdict | null;
  level: string | null;
  rationale: string;
  updatedAt: IsoDateTime;
}

/** What the grades file says and what its MAC covers. */
export interface GradesData {
  packageId: Id;
  sourceProcurementId: Id;
  evaluatorId: Id;
  evaluatorName: string;
  criteriaVersion: number;
  criteriaHash: string;
  /** When the evaluator submitted on their PC; null for a draft. */
  submittedAt: IsoDateTime | null;
  grades: GradeCell[];
}

export interface SignedGrades {
  data: GradesData;
  /** HMAC-SHA-256 (hex) of `canonicalJson(data)` with the package key. */
  mac: string;
}

export const PACKAGE_PROBLEM_CODES = [
  // reading either file
  'fileTooLarge',
  'fileEmpty',
  'notJson',
  'wrongFileType',
  'futureVersion',
  'badShape',
  'evidenceAltered',
  // opening a package
  'criteriaAltered',
  'packageContents',
  'alreadyHere',
  // importing a grades file
  'unknownPackage',
  'otherEvaluator',
  'unknownEvaluator',
  'otherCriteria',
  'criteriaReopened',
  'altered',
  'technicalLocked',
  'evaluatorSubmitted',
  'unknownCell',
  'duplicateCell',
  'invalidGrade'
] as const;
export type PackageProblemCode = (typeof PACKAGE_PROBLEM_CODES)[number];

export interface PackageProblem {
  code: PackageProblemCode;
  params?: Record<string, string | number>;
}

/** A hash shown to people: long enough to compare by eye against the criteria page. */
export const shortHash = (hash: string): string => hash.slice(0, 16);

// ---------------------------------------------------------------- the chair's side: the package

/**
 * The package for one evaluator. The criteria are the latest locked version (the working
 * requirements and settings are set equal to it); the procurement loses its locks, tie records
 * and issued packages; vendors lose their bids (the price envelope is opened after the technical
 * lock, never before). The caller has checked that the criteria are locked and `evaluatorId` is here.
 */
export function buildPackageData(
  bundle: ProcurementBundle,
  ids: { packageId: Id; key: string; evaluatorId: Id }
): PackageData {
  const version = latestVersion(bundle.criteriaVersions);
  const evaluator = bundle.evaluators.find((e) => e.id === ids.evaluatorId);
  if (!version || !evaluator)
    throw new TypeError('buildPackageData: no locked criteria or no such evaluator');
  const requirementIds = new Set(version.requirements.map((r) => r.id));
  const onCriteria = <T extends { requirementId: Id }>(rows: readonly T[]) =>
    rows.filter((r) => requirementIds.has(r.requirementId));
  const procurement: Procurement = {
    ...bundle.procurement,
    settings: version.settings,
    criteriaReopen: null,
    technicalLock: null,
    tieResolutions: [],
    issuedPackages: [],
    packageOrigin: null,
    auditHead: null
  };
  const vendors: Vendor[] = bundle.vendors.map((v) => ({
    ...v,
    bidPrice: null,
    bidTyped: null,
    bidStatus: 'valid',
    bidStatusReason: '',
    lowBidInvestigation: null
  }));
  return {
    packageId: ids.packageId,
    key: ids.key,
    evaluatorId: evaluator.id,
    bundle: {
      procurement,
      requirements: version.requirements,
      criteriaVersions: [version],
      evaluators: [{ ...withoutPassphrase(evaluator), submittedAt: null }],
      vendors,
      subcontractors: bundle.subcontractors,
      attestations: bundle.attestations,
      evidenceFiles: bundle.evidenceFiles,
      evidenceBlobs: bundle.evidenceBlobs,
      responses: onCriteria(bundle.responses),
      grades: onCriteria(bundle.grades.filter((g) => g.evaluatorId === evaluator.id)),
      consensus: [],
      audit: []
    }
  };
}

// ---------------------------------------------------------------- the evaluator's side: opening

/**
 * What a restored package must hold, beyond its shape: one locked criteria version whose hash is
 * what its requirements and settings give (otherwise the package was altered), working criteria
 * equal to it, one evaluator, only their grades, and nothing the chair never sends.
 */
export function checkPackage(data: PackageData, hash: (text: string) => string): PackageProblem[] {
  const { bundle } = data;
  const p = bundle.procurement;
  const problems: PackageProblem[] = [];
  const contents = (part: string) => problems.push({ code: 'packageContents', params: { part } });
  const version = bundle.criteriaVersions[0];
  if (bundle.criteriaVersions.length !== 1 || !version) {
    contents('criteriaVersions');
    return problems;
  }
  const recomputed = criteriaHash(version.requirements, version.settings, hash);
  const working = criteriaHash(bundle.requirements, p.settings, hash);
  if (recomputed !== version.hash || working !== version.hash) {
    problems.push({ code: 'criteriaAltered', params: { hash: shortHash(version.hash) } });
  }
  const evaluator = bundle.evaluators[0];
  if (bundle.evaluators.length !== 1 || evaluator?.id !== data.evaluatorId || evaluator.submittedAt) {
    contents('evaluators');
  }
  if (bundle.grades.some((g) => g.evaluatorId !== data.evaluatorId)) contents('grades');
  if (bundle.consensus.length > 0) contents('consensus');
  if (bundle.audit.length > 0) contents('audit');
  if (bundle.vendors.some((v) => v.bidPrice !== null || v.lowBidInvestigation !== null)) contents('vendors');
  if (
    p.issuedPackages.length > 0 ||
    p.packageOrigin !== null ||
    p.technicalLock !== null ||
    p.criteriaReopen !== null ||
    p.tieResolutions.length > 0 ||
    p.auditHead !== null
  ) {
    contents('procurement');
  }
  return problems;
}

export interface PackagePreview {
  title: string;
  evaluatorName: string;
  vendors: number;
  requirements: number;
  criteriaVersion: number;
  criteriaHash: string;
  sourceProcurementId: Id;
}

export function packagePreview(data: PackageData): PackagePreview {
  const version = data.bundle.criteriaVersions[0];
  return {
    title: data.bundle.procurement.title,
    evaluatorName: data.bundle.evaluators[0]?.name ?? '',
    vendors: data.bundle.vendors.length,
    requirements: data.bundle.requirements.length,
    criteriaVersion: version?.version ?? 0,
    criteriaHash: version?.hash ?? '',
    sourceProcurementId: data.bundle.procurement.id
  };
}

/** Row ids of a bundle, each with the collection it is in (the procurement's own id included). */
export function bundleRowIds(bundle: ProcurementBundle): { collection: string; id: Id }[] {
  const out: { collection: string; id: Id }[] = [{ collection: 'procurements', id: bundle.procurement.id }];
  // Audit entries are keyed by (procurement, seq), not by an id of their own.
  const collections = BUNDLE_COLLECTIONS.filter((c) => c !== 'audit');
  for (const collection of collections) {
    for (const row of bundle[collection]) out.push({ collection, id: row.id });
  }
  return out;
}

/** The bundle as it is stored on the evaluator's PC: marked with where it came from, no audit yet. */
export function openedBundle(data: PackageData, openedAt: IsoDateTime): ProcurementBundle {
  const { bundle } = data;
  const version = bundle.criteriaVersions[0];
  if (!version) throw new TypeError('openedBundle: package without criteria');
  return {
    ...bundle,
    procurement: {
      ...bundle.procurement,
      packageOrigin: {
        packageId: data.packageId,
        evaluatorId: data.evaluatorId,
        sourceProcurementId: bundle.procurement.id,
        criteriaVersion: version.version,
        criteriaHash: version.hash,
        key: data.key,
        openedAt
      },
      auditHead: null,
      createdAt: openedAt,
      updatedAt: openedAt
    },
    audit: []
  };
}

// ---------------------------------------------------------------- the evaluator's side: the grades file

const compareCells = (a: GradeCell, b: GradeCell): number => {
  const ka = cellKey(a.vendorId, a.requirementId);
  const kb = cellKey(b.vendorId, b.requirementId);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/** The grades file of a procurement opened from a package: the evaluator's whole sheet, signed. */
export function buildGradesFile(
  bundle: Pick<ProcurementBundle, 'procurement' | 'evaluators' | 'grades'>
): SignedGrades {
  const origin = bundle.procurement.packageOrigin;
  const evaluator = bundle.evaluators.find((e) => e.id === origin?.evaluatorId);
  if (!origin || !evaluator) throw new TypeError('buildGradesFile: not a procurement opened from a package');
  const grades = bundle.grades
    .filter((g) => g.evaluatorId === evaluator.id)
    .map(({ vendorId, requirementId, verdict, level, rationale, updatedAt }) => ({
      vendorId,
      requirementId,
      verdict,
      level,
      rationale,
      updatedAt
    }))
    .sort(compareCells);
  const data: GradesData = {
    packageId: origin.packageId,
    sourceProcurementId: origin.sourceProcurementId,
    evaluatorId: evaluator.id,
    evaluatorName: evaluator.name,
    criteriaVersion: origin.criteriaVersion,
    criteriaHash: origin.criteriaHash,
    submittedAt: evaluator.submittedAt,
    grades
  };
  return { data, mac: signGrades(data, origin.key) };
}

export function signGrades(data: GradesData, keyHex: string): string {
  return hmacSha256Text(keyHex, canonicalJson(data));
}

// ---------------------------------------------------------------- the chair's side: importing

export interface GradesTarget {
  procurement: Procurement;
  /** The latest locked criteria version here. */
  latest: CriteriaVersion | undefined;
  evaluators: readonly Evaluator[];
  vendors: readonly Vendor[];
  /** When the chair imports from one evaluator's row: the file must be that evaluator's. */
  expectedEvaluatorId?: Id | null;
}

/**
 * Checks a grades file against the package issued here, in the order a person would ask: is it
 * ours, whose, for which criteria, untouched, and still acceptable; then every cell. The checks
 * before the cells all run, so an altered file names every field that no longer fits.
 */
export function verifyGradesFile(file: SignedGrades, target: GradesTarget): PackageProblem[] {
  const { data } = file;
  const { procurement, latest } = target;
  const issued = procurement.issuedPackages.find((p) => p.id === data.packageId);
  if (!issued || data.sourceProcurementId !== procurement.id) return [{ code: 'unknownPackage' }];
  const problems: PackageProblem[] = [];
  const nameOf = (id: Id) => target.evaluators.find((e) => e.id === id)?.name ?? id;
  const evaluator = target.evaluators.find((e) => e.id === issued.evaluatorId);
  const expected = target.expectedEvaluatorId;
  if (data.evaluatorId !== issued.evaluatorId || (expected && expected !== issued.evaluatorId)) {
    problems.push({
      code: 'otherEvaluator',
      params: { expected: nameOf(expected ?? issued.evaluatorId), found: data.evaluatorName }
    });
  }
  if (!evaluator) problems.push({ code: 'unknownEvaluator', params: { name: data.evaluatorName } });
  if (data.criteriaHash !== issued.criteriaHash || data.criteriaVersion !== issued.criteriaVersion) {
    problems.push({
      code: 'otherCriteria',
      params: { hash: shortHash(data.criteriaHash), current: shortHash(issued.criteriaHash) }
    });
  } else if (!latest || latest.hash !== issued.criteriaHash) {
    problems.push({
      code: 'otherCriteria',
      params: { hash: shortHash(data.criteriaHash), current: shortHash(latest?.hash ?? '') }
    });
  }
  if (procurement.criteriaReopen) problems.push({ code: 'criteriaReopened' });
  if (!sameHex(file.mac, signGrades(data, issued.key))) problems.push({ code: 'altered' });
  if (procurement.technicalLock) problems.push({ code: 'technicalLocked' });
  if (evaluator?.submittedAt) problems.push({ code: 'evaluatorSubmitted', params: { name: evaluator.name } });
  if (problems.length > 0 || !latest) return problems;

  const vendors = new Map(target.vendors.map((v) => [v.id, v]));
  const requirements = new Map(latest.requirements.map((r) => [r.id, r]));
  const seen = new Set<string>();
  for (const cell of data.grades) {
    const vendor = vendors.get(cell.vendorId);
    const requirement = requirements.get(cell.requirementId);
    if (!vendor || !requirement) {
      problems.push({
        code: 'unknownCell',
        params: { vendorId: cell.vendorId, requirementId: cell.requirementId }
      });
      continue;
    }
    const key = cellKey(cell.vendorId, cell.requirementId);
    if (seen.has(key))
      problems.push({ code: 'duplicateCell', params: { vendor: vendor.company, ref: requirement.ref } });
    seen.add(key);
    if (gradeShapeIssue(requirement, latest.settings.rubric, cell)) {
      problems.push({ code: 'invalidGrade', params: { vendor: vendor.company, ref: requirement.ref } });
    }
  }
  return problems;
}

export type CellChange = 'new' | 'changed' | 'unchanged';

export interface MergePlan {
  rows: { cell: GradeCell; existing: Grade | undefined; change: CellChange }[];
  counts: Record<CellChange, number> & { keptOnly: number };
  /** The file says submitted, and the sheet is complete once merged: the submission is recorded. */
  submit: boolean;
  /** The file says submitted. */
  fileSubmitted: boolean;
}

/**
 * How a verified file lands on the evaluator's sheet here: cell by cell, each cell of the file
 * replacing the stored one; cells only stored here are kept (`keptOnly`).
 */
export function planGradesMerge(
  data: GradesData,
  existing: readonly Grade[],
  latest: CriteriaVersion,
  vendors: readonly Vendor[]
): MergePlan {
  const mine = new Map(
    existing
      .filter((g) => g.evaluatorId === data.evaluatorId)
      .map((g) => [cellKey(g.vendorId, g.requirementId), g])
  );
  const counts = { new: 0, changed: 0, unchanged: 0, keptOnly: 0 };
  const merged = new Map(mine);
  const rows = data.grades.map((cell) => {
    const key = cellKey(cell.vendorId, cell.requirementId);
    const stored = mine.get(key);
    const same =
      stored &&
      stored.verdict === cell.verdict &&
      stored.level === cell.level &&
      stored.rationale === cell.rationale;
    const change: CellChange = !stored ? 'new' : same ? 'unchanged' : 'changed';
    counts[change]++;
    merged.set(key, {
      id: stored?.id ?? key,
      procurementId: latest.procurementId,
      evaluatorId: data.evaluatorId,
      ...cell
    });
    return { cell, existing: stored, change };
  });
  const inFile = new Set(data.grades.map((c) => cellKey(c.vendorId, c.requirementId)));
  counts.keptOnly = [...mine.keys()].filter((k) => !inFile.has(k)).length;
  const complete = vendors.every((v) =>
    latest.requirements.every((r) => gradeDone(r, merged.get(cellKey(v.id, r.id))))
  );
  const fileSubmitted = data.submittedAt !== null;
  return { rows, counts, submit: fileSubmitted && complete && vendors.length > 0, fileSubmitted };
}
