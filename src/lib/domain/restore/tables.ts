/**
 * Record schemas and restorers by IndexedDB table name, for code that walks every table
 * (migrations, the storage check), and one named restorer per record type.
 */
import type { BundleCollection, Procurement, ProcurementBundle, ScoringSettings } from '../model';
import {
  attestationSchema,
  auditEntrySchema,
  consensusSchema,
  criteriaVersionSchema,
  evaluatorSchema,
  evidenceBlobSchema,
  evidenceFileSchema,
  gradeSchema,
  procurementSchema,
  requirementSchema,
  responseSchema,
  subcontractorSchema,
  vendorSchema
} from './records';
import { restoreWith, type RestoreResult, type Schema } from './schema';
import { settingsSchema } from './settings-schema';

export type RecordTable = 'procurements' | BundleCollection;
export type RecordOf<K extends RecordTable> = K extends BundleCollection
  ? ProcurementBundle[K][number]
  : Procurement;

/** Schemas of records as IndexedDB stores them, by table name; `settings` is also usable alone. */
export const SCHEMAS: { [K in RecordTable]: Schema<RecordOf<K>> } & { settings: Schema<ScoringSettings> } = {
  procurements: procurementSchema,
  requirements: requirementSchema,
  criteriaVersions: criteriaVersionSchema,
  evaluators: evaluatorSchema,
  vendors: vendorSchema,
  subcontractors: subcontractorSchema,
  attestations: attestationSchema,
  evidenceFiles: evidenceFileSchema,
  evidenceBlobs: evidenceBlobSchema,
  responses: responseSchema,
  grades: gradeSchema,
  consensus: consensusSchema,
  audit: auditEntrySchema,
  settings: settingsSchema
};

export type Restorer<T> = (input: unknown, path?: string) => RestoreResult<T>;
const restorer =
  <T>(schema: Schema<T>): Restorer<T> =>
  (input, path = '') =>
    restoreWith(schema, input, path);

export const restoreProcurement = restorer(procurementSchema);
export const restoreRequirement = restorer(requirementSchema);
export const restoreCriteriaVersion = restorer(criteriaVersionSchema);
export const restoreEvaluator = restorer(evaluatorSchema);
export const restoreVendor = restorer(vendorSchema);
export const restoreSubcontractor = restorer(subcontractorSchema);
export const restoreAttestation = restorer(attestationSchema);
export const restoreEvidenceFile = restorer(evidenceFileSchema);
export const restoreEvidenceBlob = restorer(evidenceBlobSchema);
export const restoreResponse = restorer(responseSchema);
export const restoreGrade = restorer(gradeSchema);
export const restoreConsensus = restorer(consensusSchema);
export const restoreAuditEntry = restorer(auditEntrySchema);

/** One restorer per IndexedDB table, for migrations that walk every table. */
export const RESTORERS: { [K in RecordTable]: Restorer<RecordOf<K>> } = {
  procurements: restoreProcurement,
  requirements: restoreRequirement,
  criteriaVersions: restoreCriteriaVersion,
  evaluators: restoreEvaluator,
  vendors: restoreVendor,
  subcontractors: restoreSubcontractor,
  attestations: restoreAttestation,
  evidenceFiles: restoreEvidenceFile,
  evidenceBlobs: restoreEvidenceBlob,
  responses: restoreResponse,
  grades: restoreGrade,
  consensus: restoreConsensus,
  audit: restoreAuditEntry
};
