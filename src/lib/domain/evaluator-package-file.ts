/**
 * Reading evaluator-package and grades files: untrusted JSON restored with the backup's schemas
 * (the bundle inside a package is a bundle in backup form). File-level refusals (size, JSON, type,
 * version) come alone; any shape issue refuses the whole file. Pure: the chair's and the
 * evaluator's storage code and the tests call these on the text of the file.
 */
import type { Issue } from './issues';
import { BACKUP_MAX_BYTES } from './limits';
import { VERDICTS, type ProcurementBundle } from './model';
import type { GradeCell, GradesData, PackageData, PackageProblem, SignedGrades } from './evaluator-package';
import { restoreBundle, restoreWith, s, type BackupBundle, type Schema } from './restore';
import { upgradeBundle } from './upgrades';

export const PACKAGE_FILE_TYPE = 'sentei.evaluatorPackage';
export const GRADES_FILE_TYPE = 'sentei.evaluatorGrades';
export const PACKAGE_SCHEMA_VERSION = 1;
export const GRADES_SCHEMA_VERSION = 1;
/** A package carries the evidence files, like a backup of one procurement. */
export const PACKAGE_MAX_BYTES = BACKUP_MAX_BYTES;
/** A grades file is text only; far below this even for hundreds of vendors × requirements. */
export const GRADES_MAX_BYTES = 10 * 1024 * 1024;

interface FileMeta {
  exportedAt: string;
  appVersion: string;
}

/** The package file as written: the bundle in backup form (evidence bytes as base64). */
export interface PackageEnvelope extends FileMeta {
  type: typeof PACKAGE_FILE_TYPE;
  schemaVersion: number;
  data: Omit<PackageData, 'bundle'> & { bundle: BackupBundle };
}

export interface GradesEnvelope extends FileMeta, SignedGrades {
  type: typeof GRADES_FILE_TYPE;
  schemaVersion: number;
}

export interface ReadResult<T> {
  data: T | null;
  problems: PackageProblem[];
  /** Shape issues, with paths into the file (problem `badShape`). */
  issues: Issue[];
}

/** A restored package file: the envelope with the bundle in memory form (bytes as ArrayBuffer). */
export type PackageContents = Omit<PackageEnvelope, 'data'> & { data: PackageData };
export type GradesContents = GradesEnvelope;

/** The backup's own bundle restore, as a schema: references checked inside the bundle. */
const bundleSchema: Schema<ProcurementBundle> = {
  expected: 'object',
  fallback: () => restoreBundle({}).value!,
  read(input, path, issues) {
    const restored = restoreBundle(upgradeBundle(input), path);
    issues.push(...restored.issues);
    return restored.value ?? restoreBundle({}).value!;
  }
};

const packageSchema = s.object<PackageContents>({
  type: s.enumOf([PACKAGE_FILE_TYPE]),
  schemaVersion: s.number({ integer: true, min: 1, max: PACKAGE_SCHEMA_VERSION }),
  exportedAt: s.isoDateTime(),
  appVersion: s.string(),
  data: s.object<PackageData>({
    packageId: s.id(),
    key: s.hex64(),
    evaluatorId: s.id(),
    bundle: bundleSchema
  })
});

const gradeCellSchema = s.object<GradeCell>({
  vendorId: s.id(),
  requirementId: s.id(),
  verdict: s.nullable(s.enumOf(VERDICTS)),
  level: s.nullable(s.string()),
  rationale: s.string(),
  updatedAt: s.isoDateTime()
});

const gradesSchema = s.object<GradesContents>({
  type: s.enumOf([GRADES_FILE_TYPE]),
  schemaVersion: s.number({ integer: true, min: 1, max: GRADES_SCHEMA_VERSION }),
  exportedAt: s.isoDateTime(),
  appVersion: s.string(),
  data: s.object<GradesData>({
    packageId: s.id(),
    sourceProcurementId: s.id(),
    evaluatorId: s.id(),
    evaluatorName: s.string(),
    criteriaVersion: s.number({ integer: true, min: 1 }),
    criteriaHash: s.hex64(),
    submittedAt: s.nullable(s.isoDateTime()),
    grades: s.array(gradeCellSchema)
  }),
  mac: s.hex64()
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readFile<T>(
  text: string,
  byteLength: number,
  kind: { type: string; version: number; maxBytes: number; schema: Schema<T> }
): ReadResult<T> {
  const refuse = (problem: PackageProblem): ReadResult<T> => ({
    data: null,
    problems: [problem],
    issues: []
  });
  if (byteLength > kind.maxBytes) {
    return refuse({ code: 'fileTooLarge', params: { limitMb: Math.floor(kind.maxBytes / 1024 / 1024) } });
  }
  if (text.trim() === '') return refuse({ code: 'fileEmpty' });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse({ code: 'notJson' });
  }
  if (!isRecord(json) || json['type'] !== kind.type) return refuse({ code: 'wrongFileType' });
  const version = json['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const issue: Issue = { code: 'wrongType', path: 'schemaVersion', params: { expected: 'integer' } };
    return { data: null, problems: [{ code: 'badShape' }], issues: [issue] };
  }
  // Before the shape: a newer file may well have a shape this version cannot read.
  if (version > kind.version) {
    return refuse({ code: 'futureVersion', params: { version, supported: kind.version } });
  }
  const { value, issues } = restoreWith(kind.schema, json);
  if (issues.length > 0) return { data: null, problems: [{ code: 'badShape' }], issues };
  return { data: value, problems: [], issues: [] };
}

export function parsePackageText(text: string, byteLength: number): ReadResult<PackageContents> {
  return readFile(text, byteLength, {
    type: PACKAGE_FILE_TYPE,
    version: PACKAGE_SCHEMA_VERSION,
    maxBytes: PACKAGE_MAX_BYTES,
    schema: packageSchema
  });
}

export function parseGradesText(text: string, byteLength: number): ReadResult<GradesContents> {
  return readFile(text, byteLength, {
    type: GRADES_FILE_TYPE,
    version: GRADES_SCHEMA_VERSION,
    maxBytes: GRADES_MAX_BYTES,
    schema: gradesSchema
  });
}
