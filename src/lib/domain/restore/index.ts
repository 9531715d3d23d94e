/**
 * Turns untrusted input (backup files, IndexedDB records written by older versions) into model
 * records. Old records accept `missingField`; a backup is refused on any issue. The public names
 * of the restore modules, so callers import from `domain/restore` alone.
 */
export { decodeBase64, encodeBase64 } from './base64';
export {
  BACKUP_FILE_TYPE,
  BACKUP_MAX_BYTES,
  BACKUP_SCHEMA_VERSION,
  BACKUP_SCOPES,
  buildBackupEnvelope,
  parseBackupText,
  toBackupBundle,
  type BackupBundle,
  type BackupContents,
  type BackupEnvelope,
  type BackupEvidenceBlob,
  type BackupScope
} from './backup';
export { restoreBundle } from './bundle';
export { isCalendarDate, joinPath, restoreWith, s, type RestoreResult, type Schema } from './schema';
export {
  RESTORERS,
  SCHEMAS,
  restoreAttestation,
  restoreAuditEntry,
  restoreConsensus,
  restoreCriteriaVersion,
  restoreEvaluator,
  restoreEvidenceBlob,
  restoreEvidenceFile,
  restoreGrade,
  restoreProcurement,
  restoreRequirement,
  restoreResponse,
  restoreSubcontractor,
  restoreVendor,
  type RecordOf,
  type RecordTable,
  type Restorer
} from './tables';
