/**
 * Writing evaluator-package and grades files: the enveloped JSON text and the file names the
 * committee sees (評価者パッケージ_<案件名>_<評価者名>.json, 採点ファイル_…). Reading them back is
 * `domain/evaluator-package-file`, shared with storage. Compact JSON: evidence is base64 inside.
 */
import type { PackageData, SignedGrades } from '$lib/domain/evaluator-package';
import {
  GRADES_FILE_TYPE,
  GRADES_SCHEMA_VERSION,
  PACKAGE_FILE_TYPE,
  PACKAGE_SCHEMA_VERSION,
  type GradesEnvelope,
  type PackageEnvelope
} from '$lib/domain/evaluator-package-file';
import { toBackupBundle } from '$lib/domain/restore';
import { safeFileName } from './download';

export interface FileMeta {
  exportedAt: string;
  appVersion: string;
}

export function packageEnvelope(data: PackageData, meta: FileMeta): PackageEnvelope {
  return {
    type: PACKAGE_FILE_TYPE,
    schemaVersion: PACKAGE_SCHEMA_VERSION,
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion,
    data: {
      packageId: data.packageId,
      key: data.key,
      evaluatorId: data.evaluatorId,
      bundle: toBackupBundle(data.bundle)
    }
  };
}

export function packageFileText(data: PackageData, meta: FileMeta): string {
  return JSON.stringify(packageEnvelope(data, meta));
}

export function gradesEnvelope(file: SignedGrades, meta: FileMeta): GradesEnvelope {
  return {
    type: GRADES_FILE_TYPE,
    schemaVersion: GRADES_SCHEMA_VERSION,
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion,
    data: file.data,
    mac: file.mac
  };
}

/** Indented: a grades file is small, and a chair may want to read it before importing. */
export function gradesFileText(file: SignedGrades, meta: FileMeta): string {
  return JSON.stringify(gradesEnvelope(file, meta), null, 2);
}

const named = (prefix: string, title: string, evaluator: string) =>
  `${prefix}_${safeFileName(title)}_${safeFileName(evaluator)}.json`;

export function packageFileName(title: string, evaluatorName: string): string {
  return named('評価者パッケージ', title, evaluatorName);
}

export function gradesFileName(title: string, evaluatorName: string): string {
  return named('採点ファイル', title, evaluatorName);
}
