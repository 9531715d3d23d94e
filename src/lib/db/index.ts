/**
 * The public API of the storage layer: repositories returning domain types, backup, storage
 * status and connection events. Everything else in src/lib/db is internal.
 */
// The schema (and with it Dexie) is loaded on first use by database.ts, not with this module.
export type { SenteiDb } from './schema';
export { DB_NAME } from './keys';
export { browserContext, type WriteContext } from './context';
export { getDb, onDbEvent, useDatabase, warmDb, whenDbLoaded, type DbEvent } from './database';
export { StorageError, toStorageError, WriteConflictError, type StorageErrorCode } from './errors';
export {
  findBundle,
  getProcurement,
  listProcurements,
  type ProcurementPatch,
  type ProcurementSummary
} from './procurements';
export { deleteProcurement, loadBundle, saveBundles } from './bundle';
export { duplicateProcurement } from './duplicate';
export { createProcurement, updateProcurement } from './procurement-write';
export {
  addEvaluator,
  listEvaluators,
  moveEvaluator,
  removeEvaluator,
  updateEvaluator,
  type EvaluatorPatch
} from './evaluators';
export { editProcurement, updateSettings } from './procurement-edit';
export {
  clearOwnPassphrase,
  resetEvaluatorPassphrase,
  setEvaluatorPassphrase,
  type SelfResetProof
} from './passphrases';
export { newSalt, pbkdf2Sha256 } from './passphrase-kdf';
export { recordOperatorChange } from './operator';
export {
  addRequirement,
  addRequirements,
  addPresetRequirements,
  applyWeights,
  listRequirements,
  moveRequirement,
  removeRequirement,
  updateRequirement,
  type RequirementInput,
  type RequirementPatch
} from './requirements';
export { addVendor, listVendors, moveVendor, removeVendor, updateVendor, type VendorPatch } from './vendors';
export {
  addSubcontractor,
  listSubcontractors,
  removeSubcontractor,
  updateSubcontractor,
  type SubcontractorInput,
  type SubcontractorPatch
} from './subcontractors';
export {
  addAttestation,
  listAttestations,
  removeAttestation,
  updateAttestation,
  type AttestationInput,
  type AttestationPatch
} from './attestations';
export {
  addEvidenceFile,
  EVIDENCE_MAX_BYTES,
  getEvidenceBytes,
  listEvidenceFiles,
  removeEvidenceFile,
  type EvidenceInput
} from './evidence';
export {
  changeResponse,
  listResponses,
  putResponse,
  putResponses,
  type ResponseCell,
  type ResponseChange,
  type ResponseFields,
  type ResponseInput
} from './responses';
export {
  applyPack,
  type PackApplyInput,
  type PackApplyResult,
  type PackAttestationChange,
  type PackAttestationInput
} from './pack';
export {
  changeGrade,
  listGrades,
  loadGradeDelta,
  putGrade,
  type GradeCell,
  type GradeChange,
  type GradeFields,
  type GradeInput
} from './grades';
export { listConsensus, putConsensus, type ConsensusInput } from './consensus';
export {
  lockTechnicalEvaluation,
  recordBid,
  recordLowBidOutcome,
  recordTieResolution,
  returnEvaluation,
  RETURN_REASON_MIN,
  submitEvaluation,
  type BidInput
} from './evaluation';
export { listCriteriaVersions, lockCriteria, reopenCriteria, type LockResult } from './criteria';
export { listAudit, verifyAudit } from './audit';
export { getSetting, setSetting } from './settings';
export {
  getStorageStatus,
  requestPersistenceOnce,
  type PersistenceState,
  type StorageStatus
} from './storage';
// Backup code (with the whole restore/validate module) is loaded only when used: import it from
// '$lib/db/backup' dynamically. Only its types are re-exported here.
export type { ExportScope, ImportPlanItem, ImportPreview } from './backup';
export {
  clearLicensedTexts,
  listImportedCatalogues,
  listLicensedTexts,
  removeImportedCatalogue,
  saveImportedCatalogue,
  saveLicensedTexts,
  type ImportedCatalogue,
  type LicensedText
} from './licensed';
