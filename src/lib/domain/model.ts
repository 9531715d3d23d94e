/**
 * The whole Sentei data model, as plain serialisable records (what IndexedDB and backups hold).
 * Every aggregate carries `procurementId`, so one procurement can be exported, deleted or
 * restored as a unit. Money is integer yen; dates are ISO `YYYY-MM-DD`; instants are ISO strings.
 * Later features add behaviour over these types, not a second model. One file per aggregate under
 * `model/`; requirements, criteria versions and the bundle stay here.
 */
import type { Consensus, Grade, Response } from './model/answers';
import type { Attestation, AttestationType, EvidenceBlob, EvidenceFile } from './model/attestations';
import type { AuditEntry } from './model/audit';
import type { Id, IsoDateTime } from './model/common';
import type { Evaluator } from './model/people';
import type { Procurement } from './model/procurement';
import type { ScoringSettings } from './model/settings';
import type { Subcontractor, Vendor } from './model/vendors';

export * from './model/common';
export * from './model/procurement';
export * from './model/settings';
export * from './model/people';
export * from './model/vendors';
export * from './model/attestations';
export * from './model/answers';
export * from './model/audit';

// ---------------------------------------------------------------- requirements and criteria

export const REQUIREMENT_KINDS = ['mandatory', 'scored'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];
export const APPLIES_TO = ['csp', 'csc', 'both'] as const;
export type AppliesTo = (typeof APPLIES_TO)[number];

export interface Requirement {
  id: Id;
  procurementId: Id;
  /** Position in the specification (0-based). */
  order: number;
  /** Number shown to vendors and in exports, e.g. `R-012`. */
  ref: string;
  /** Grouping used for per-domain totals and charts, e.g. `9 アクセス制御`. */
  domain: string;
  title: string;
  /** The buyer's wording of the requirement (what the vendor answers). */
  text: string;
  kind: RequirementKind;
  /** 基礎点: the points a mandatory item gives when it passes; 0 for a scored item. */
  basePoints: number;
  /** Maximum 加点 of a scored item (its points × the level's factor is its score); 0 for a mandatory item. */
  points: number;
  appliesTo: AppliesTo;
  /** Attestation types accepted as evidence for this requirement. */
  acceptedAttestations: AttestationType[];
  /** Catalogue controls it maps to, e.g. `iso27002:9.4.1`, `tsc:CC6.1`. */
  controlRefs: string[];
  /** Catalogue entry it was created from, if any. */
  sourceRef: string | null;
}

/** A frozen copy of the criteria, made at each lock (版). */
export interface CriteriaVersion {
  id: Id;
  procurementId: Id;
  /** 1, 2, … */
  version: number;
  lockedAt: IsoDateTime;
  lockedBy: string;
  /** SHA-256 (hex) over the canonical serialisation of `requirements` and `settings`. */
  hash: string;
  /** Written reason for a change after the first lock; empty for version 1. */
  reason: string;
  requirements: Requirement[];
  settings: ScoringSettings;
}

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
