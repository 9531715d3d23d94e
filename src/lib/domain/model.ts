/**
 * The whole Sentei data model, as plain serialisable records (what IndexedDB and backups hold).
 * Every aggregate carries `procurementId`, so one procurement can be exported, deleted or
 * restored as a unit. Money is integer yen; dates are ISO `YYYY-MM-DD`; instants are ISO strings.
 * Later features add behaviour over these types, not a second model. One file per aggregate under
 * `model/`; the bundle that gathers them stays here.
 */
import type { Consensus, Grade, Response } from './model/answers';
import type { Attestation, EvidenceBlob, EvidenceFile } from './model/attestations';
import type { AuditEntry } from './model/audit';
import type { Evaluator } from './model/people';
import type { Procurement } from './model/procurement';
import type { CriteriaVersion, Requirement } from './model/requirements';
import type { Subcontractor, Vendor } from './model/vendors';

export * from './model/common';
export * from './model/procurement';
export * from './model/settings';
export * from './model/requirements';
export * from './model/people';
export * from './model/vendors';
export * from './model/attestations';
export * from './model/answers';
export * from './model/audit';
export * from './model/registers';

/** Everything that belongs to one procurement: the unit of backup, restore, duplicate and delete. */
export interface ProcurementBundle {
  procurement: Procurement;
  requirements: Requirement[];
  criteriaVersions: CriteriaVersion[];
  evaluators: Evaluator[];
  vendors: Vendor[];
  subcontractors: Subcontractor[];
  attestations: Attestation[];
  evidenceFiles: EvidenceFile[];
  evidenceBlobs: EvidenceBlob[];
  responses: Response[];
  grades: Grade[];
  consensus: Consensus[];
  audit: AuditEntry[];
}

/** The child collections of a bundle, in the order they are written and exported. */
export const BUNDLE_COLLECTIONS = [
  'requirements',
  'criteriaVersions',
  'evaluators',
  'vendors',
  'subcontractors',
  'attestations',
  'evidenceFiles',
  'evidenceBlobs',
  'responses',
  'grades',
  'consensus',
  'audit'
] as const;
export type BundleCollection = (typeof BUNDLE_COLLECTIONS)[number];
