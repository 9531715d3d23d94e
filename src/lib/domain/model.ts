/**
 * The whole Sentei data model, as plain serialisable records (what IndexedDB and backups hold).
 * Every aggregate carries `procurementId`, so one procurement can be exported, deleted or
 * restored as a unit. Money is integer yen; dates are ISO `YYYY-MM-DD`; instants are ISO strings.
 * Later features add behaviour over these types, not a second model.
 */

export type Id = string;
/** Calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** Instant, `new Date().toISOString()`. */
export type IsoDateTime = string;

export const SERVICE_MODELS = ['SaaS', 'PaaS', 'IaaS'] as const;
export type ServiceModel = (typeof SERVICE_MODELS)[number];

/** 統一基準 edition in force for the procurement (平成28年度版 … 令和5年度版). */
export const UNIFIED_STANDARD_EDITIONS = ['H28', 'H30', 'R3', 'R5', 'none'] as const;
export type UnifiedStandardEdition = (typeof UNIFIED_STANDARD_EDITIONS)[number];

/** 機密性 class of the information the service will handle (1: none, 2/3: 要機密情報). */
export const CONFIDENTIALITY_CLASSES = [1, 2, 3] as const;
export type ConfidentialityClass = (typeof CONFIDENTIALITY_CLASSES)[number];

export interface Procurement {
  id: Id;
  title: string;
  organisation: string;
  serviceModel: ServiceModel;
  /** 要機密情報を取り扱うか */
  handlesConfidential: boolean;
  confidentialityClass: ConfidentialityClass;
  unifiedStandardEdition: UnifiedStandardEdition;
  /** 入札期限: the reference date for attestation status. */
  bidDeadline: IsoDate | null;
  contractStart: IsoDate | null;
  contractEnd: IsoDate | null;
  notes: string;
  /** Working scoring settings; frozen copies live in CriteriaVersion. */
  settings: ScoringSettings;
  /**
   * Set when locked criteria are reopened for a change: the written reason, who and when. The
   * next lock makes a new criteria version carrying this reason, and clears it.
   */
  criteriaReopen: ReopenRecord | null;
  /** 技術評価の締切り (closing of the technical evaluation), set by the chair. */
  technicalLock: LockRecord | null;
  /** Recorded resolutions of ties that the tie-break rule could not settle (くじ etc.). */
  tieResolutions: TieResolution[];
  /** Evaluator packages the chair gave out (評価者パッケージ), each with the key that signs its grades file. */
  issuedPackages: IssuedPackage[];
  /**
   * Set when this procurement was opened from an evaluator package on the evaluator's own PC:
   * only that evaluator grades here, and the grades go back to the chair as a signed file.
   */
  packageOrigin: PackageOrigin | null;
  /**
   * Last link of the audit chain, written in the same transaction as the entry. It lets the
   * chain check notice entries cut from the end, which the links alone cannot show.
   */
  auditHead: { seq: number; hash: string } | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** The fields of a procurement that its settings page (and the scoring settings) may change. */
export type ProcurementPatch = Partial<
  Pick<
    Procurement,
    | 'title'
    | 'organisation'
    | 'serviceModel'
    | 'handlesConfidential'
    | 'confidentialityClass'
    | 'unifiedStandardEdition'
    | 'bidDeadline'
    | 'contractStart'
    | 'contractEnd'
    | 'notes'
    | 'settings'
  >
>;

export interface ReopenRecord {
  reason: string;
  at: IsoDateTime;
  by: string;
}

export interface LockRecord {
  at: IsoDateTime;
  by: string;
}

/** An evaluator package the chair exported: the grades file that comes back must match it. */
export interface IssuedPackage {
  /** The package id, carried by the package and by the grades file. */
  id: Id;
  evaluatorId: Id;
  criteriaVersion: number;
  criteriaHash: string;
  /** Random secret (hex) that travels only inside the package; the grades file carries an HMAC-SHA-256 with it. */
  key: string;
  issuedAt: IsoDateTime;
  issuedBy: string;
  /** When a grades file of this package was last merged. */
  importedAt: IsoDateTime | null;
}

/** Where a procurement opened from an evaluator package came from. */
export interface PackageOrigin {
  packageId: Id;
  evaluatorId: Id;
  /** The chair's procurement id, for the record. */
  sourceProcurementId: Id;
  criteriaVersion: number;
  criteriaHash: string;
  key: string;
  openedAt: IsoDateTime;
}

export interface TieResolution {
  vendorIds: Id[];
  method: string;
  winnerId: Id;
  note: string;
  at: IsoDateTime;
  by: string;
}

// ---------------------------------------------------------------- scoring settings

export interface RubricLevel {
  /** Short code shown in grids, e.g. `A`. */
  code: string;
  labelJa: string;
  labelEn: string;
  /** Share of the item's points, in [0, 1]. */
  factor: number;
}

export const PRICE_METHODS = ['none', 'additive', 'division'] as const;
export type PriceMethod = (typeof PRICE_METHODS)[number];
export const PRICE_FORMULAS = ['standard', 'lowestRatio'] as const;
export type PriceFormula = (typeof PRICE_FORMULAS)[number];
export const ROUNDING_MODES = ['floor', 'halfUp', 'none'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];
export const PASS_RULES = ['majority', 'unanimous'] as const;
export type PassRule = (typeof PASS_RULES)[number];

export interface RoundingSettings {
  mode: RoundingMode;
  technicalDecimals: number;
  priceDecimals: number;
  totalDecimals: number;
  evaluationValueDecimals: number;
  referenceValueDecimals: number;
}

export interface ScoringSettings {
  rubric: RubricLevel[];
  priceMethod: PriceMethod;
  priceFormula: PriceFormula;
  /** 価格点配分 P (加算方式). */
  priceAllocation: number;
  /** 予定価格 C in yen. */
  ceilingPrice: number | null;
  /** Scale S of 除算方式 (default 10^8). */
  divisionScale: number;
  /** 基準評価値 gate in 除算方式. */
  referenceValueGate: boolean;
  /** 調査基準価格 in yen. */
  lowBidThreshold: number | null;
  passRule: PassRule;
  /** Minimum 加点 total, or null for none. */
  minimumBonus: number | null;
  rounding: RoundingSettings;
  /** Recorded label: tax included or not. */
  priceTaxIncluded: boolean;
  /** Recorded label: years of lifecycle cost the bid covers. */
  priceYears: number;
  /** Stability analysis: ± share of points (0.2 = 20 %), random draws and seed. */
  stabilityVariation: number;
  stabilityDraws: number;
  stabilitySeed: number;
}

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

// ---------------------------------------------------------------- people

export const EVALUATOR_ROLES = ['chair', 'member'] as const;
export type EvaluatorRole = (typeof EVALUATOR_ROLES)[number];

export interface Evaluator {
  id: Id;
  procurementId: Id;
  order: number;
  name: string;
  role: EvaluatorRole;
  /** When the evaluator submitted their own grades (blind until then). */
  submittedAt: IsoDateTime | null;
}

// ---------------------------------------------------------------- vendors and bids

export const BID_STATUSES = ['valid', 'invalid', 'withdrawn', 'overCeiling'] as const;
export type BidStatus = (typeof BID_STATUSES)[number];

export interface Vendor {
  id: Id;
  procurementId: Id;
  order: number;
  company: string;
  serviceName: string;
  serviceEdition: string;
  serviceModel: ServiceModel;
  /** Regions / data-centre countries of the offered service. */
  regions: string[];
  contact: string;
  notes: string;
  /** 入札価格 in yen, entered at price opening. */
  bidPrice: number | null;
  bidStatus: BidStatus;
  /** Reason for 無効 (invalid). */
  bidStatusReason: string;
  /** Outcome of a low-bid investigation (調査基準価格). */
  lowBidInvestigation: { outcome: 'accepted' | 'rejected'; note: string } | null;
}

export const CRITICALITIES = ['critical', 'normal'] as const;
export type Criticality = (typeof CRITICALITIES)[number];
export const SUBSERVICE_METHODS = ['carveOut', 'inclusive'] as const;
export type SubserviceMethod = (typeof SUBSERVICE_METHODS)[number];

/** 委託先 of a vendor (e.g. the IaaS under a SaaS, a data centre, a support desk). */
export interface Subcontractor {
  id: Id;
  procurementId: Id;
  vendorId: Id;
  order: number;
  name: string;
  role: string;
  criticality: Criticality;
  /** How the vendor's own assurance report treats it. */
  subserviceMethod: SubserviceMethod;
  notes: string;
}

// ---------------------------------------------------------------- attestations and evidence

export const ATTESTATION_TYPES = [
  'ismap',
  'ismapLiu',
  'soc2Type2',
  'soc2Type1',
  'soc3',
  'csGold',
  'csSilver',
  'iso27001',
  'csaStar2Certification',
  'csaStar2Attestation',
  'csaStar1',
  'aspic',
  'selfAssessment',
  'other'
] as const;
export type AttestationType = (typeof ATTESTATION_TYPES)[number];

export const OPINIONS = ['unmodified', 'qualified', 'adverse', 'disclaimer'] as const;
export type Opinion = (typeof OPINIONS)[number];

export const SCOPE_COVERAGE = ['covered', 'notCovered', 'unknown'] as const;
export type ScopeCoverage = (typeof SCOPE_COVERAGE)[number];

export const VERIFICATION_RESULTS = ['confirmed', 'notFound', 'mismatch'] as const;
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number];

export interface VerificationRecord {
  /** Where it was checked: register name or URL. */
  source: string;
  checkedOn: IsoDate;
  checkedBy: string;
  result: VerificationResult;
}

export interface SubserviceOrganisation {
  name: string;
  method: SubserviceMethod;
}

export interface AttestationException {
  description: string;
  /** Requirements (ids) the exception touches. */
  requirementIds: Id[];
}

/** 第三者認証 · 監査報告書 · 言明書: one piece of proof, held by a vendor or one of its subcontractors. */
export interface Attestation {
  id: Id;
  procurementId: Id;
  vendorId: Id;
  /** Set when the attestation belongs to a subcontractor of the vendor. */
  subcontractorId: Id | null;
  type: AttestationType;
  /** 登録番号 / 使用許諾番号 / 認証登録番号 … */
  number: string;
  /** 認証機関 / 監査人 / issuer. */
  issuer: string;
  accreditationBody: string;
  scopeText: string;
  scopeServices: string[];
  scopeRegions: string[];
  /** Whether the buyer found the procured service and region inside the scope. */
  scopeCoverage: ScopeCoverage;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  /** 基準日 (SOC 2 Type I). */
  asOf: IsoDate | null;
  issuedOn: IsoDate | null;
  /** 有効期限 stated on the document; null when it follows from the type's rule. */
  expiry: IsoDate | null;
  /** Edition of the standard, e.g. `2013`/`2022` for ISO/IEC 27001. */
  edition: string;
  /** ISO/IEC 27017 cloud add-on (ISMSクラウドセキュリティ認証) present. */
  cloudAddOn: boolean;
  /** ISMAP: renewal applied for before expiry. */
  renewalPending: boolean;
  opinion: Opinion | null;
  exceptions: AttestationException[];
  /** SOC 2 Trust Services categories in scope (security, availability, …). */
  tscCategories: string[];
  subserviceOrganisations: SubserviceOrganisation[];
  /** 相補的な利用者エンティティの統制 → the buyer's own obligations. */
  cuecs: string[];
  bridgeLetter: { issuedOn: IsoDate; coversUntil: IsoDate } | null;
  /** ISMAP 言明: excluded controls. */
  excludedControls: string[];
  verification: VerificationRecord | null;
  evidenceFileIds: Id[];
  notes: string;
}

export const EVIDENCE_OWNER_KINDS = ['attestation', 'response'] as const;
export type EvidenceOwnerKind = (typeof EVIDENCE_OWNER_KINDS)[number];

/** Metadata of an evidence file; the bytes live in `EvidenceBlob` with the same id. */
export interface EvidenceFile {
  id: Id;
  procurementId: Id;
  vendorId: Id;
  ownerKind: EvidenceOwnerKind;
  ownerId: Id;
  name: string;
  /** MIME type. */
  type: string;
  size: number;
  /** SHA-256 of the bytes, lower-case hex. */
  sha256: string;
  addedAt: IsoDateTime;
  addedBy: string;
}

/** Bytes of an evidence file: an ArrayBuffer, never a Blob (WebKit loses Blobs in IndexedDB). */
export interface EvidenceBlob {
  id: Id;
  procurementId: Id;
  data: ArrayBuffer;
}

// ---------------------------------------------------------------- answers, grades, consensus

export const ANSWERS = ['full', 'partial', 'none'] as const;
export type Answer = (typeof ANSWERS)[number];

/** A vendor's answer to one requirement. */
export interface Response {
  id: Id;
  procurementId: Id;
  vendorId: Id;
  requirementId: Id;
  answer: Answer | null;
  explanation: string;
  /** Free-text references to evidence (document, page). */
  evidenceRefs: string;
  updatedAt: IsoDateTime;
  source: 'manual' | 'import';
}

export const VERDICTS = ['pass', 'fail'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One evaluator's grade of one vendor on one requirement. */
export interface Grade {
  id: Id;
  procurementId: Id;
  evaluatorId: Id;
  vendorId: Id;
  requirementId: Id;
  /** For mandatory requirements. */
  verdict: Verdict | null;
  /** Rubric level code, for scored requirements. */
  level: string | null;
  rationale: string;
  updatedAt: IsoDateTime;
}

/** 合議結果: the committee's grade, replacing the mean for that item. */
export interface Consensus {
  id: Id;
  procurementId: Id;
  vendorId: Id;
  requirementId: Id;
  verdict: Verdict | null;
  level: string | null;
  reason: string;
  recordedAt: IsoDateTime;
  recordedBy: string;
}

// ---------------------------------------------------------------- audit trail

/** One link of a procurement's hash-chained audit trail. */
export interface AuditEntry {
  procurementId: Id;
  /** 1, 2, … within the procurement. */
  seq: number;
  at: IsoDateTime;
  actor: string;
  /** What happened, as a stable code, e.g. `procurement.update`. */
  action: string;
  entityKind: string;
  entityId: Id;
  /** Short before/after summaries (truncated JSON). */
  before: string;
  after: string;
  /** Hash of the previous entry (64 zeros for the first). */
  prevHash: string;
  /** SHA-256 over the canonical serialisation of every field above. */
  hash: string;
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
