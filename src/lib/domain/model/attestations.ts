/** Attestations (第三者認証 · 監査報告書 · 言明書) and evidence files. */
import type { Id, IsoDate, IsoDateTime } from './common';
import type { SubserviceMethod } from './vendors';

export const ATTESTATION_TYPES = [
  'ismap',
  'ismapLiu',
  'soc2Type2',
  'soc2Type1',
  'soc3',
  'csGold',
  'csSilver',
  'iso27001',
  'iso27017',
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

export const REGISTER_OUTCOMES = ['confirmed', 'notListed', 'mismatch', 'expired', 'revoked'] as const;
/** 登録簿で確認 · 未掲載 · 内容不一致 · 期限切れ · 取消. */
export type RegisterOutcomeKind = (typeof REGISTER_OUTCOMES)[number];

/** The register check behind a verification record: which snapshot said what. */
export interface VerificationRegisterRef {
  registerId: string;
  snapshotId: Id;
  /** The snapshot file's SHA-256. */
  sha256: string;
  /** The list's own 更新日 (null when it states none), else the import date is the snapshot's date. */
  listDate: IsoDate | null;
  importedAt: IsoDateTime;
  outcome: RegisterOutcomeKind;
  /** The register row found (null for 未掲載). */
  entryRow: number | null;
  entryNumber: string;
  /** Fields that differ, the claim's value beside the register's. */
  differences: { field: string; claimed: string; registered: string }[];
}

export interface VerificationRecord {
  /** Where it was checked: register name or URL. */
  source: string;
  checkedOn: IsoDate;
  checkedBy: string;
  result: VerificationResult;
  /**
   * Set when the record was filled from a register snapshot; absent or null for a check the buyer
   * recorded by hand (records from before register checks have none).
   */
  register?: VerificationRegisterRef | null;
}

/**
 * A subservice organisation the report names. `subcontractorId` links it to the vendor's subcontractor record
 * (one entity, not two); null for a name not (yet) linked, as every free-text entry from before links is restored.
 */
export interface SubserviceOrganisation {
  name: string;
  method: SubserviceMethod;
  subcontractorId: Id | null;
}

/**
 * An exception the auditor reported: against one Trust Services criterion (`CC6.1`, empty for older records),
 * with the auditor's test result and management's response. It reaches the requirements that reference the
 * criterion (`soc2-exceptions.ts`) and any requirement named by hand in `requirementIds`.
 */
export interface AttestationException {
  /** Trust Services criterion, e.g. `CC6.1`; '' when not stated. */
  criterion: string;
  description: string;
  /** The auditor's test result (e.g. "2 of 25 samples lacked MFA"). */
  testResult: string;
  managementResponse: string;
  /** Requirements (ids) the exception touches besides those mapped to its criterion. */
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
  /**
   * The Trust Services criteria a qualified opinion names (`CC6.1` …); empty: the criteria of the exceptions.
   * Only these lose the report's assurance; the rest of a qualified report stands.
   */
  qualifiedCriteria: string[];
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
  /** Counted up by every write (one writer at a time, `domain/versions.ts`); absent on older records: 0. */
  version?: number;
  /** The audit actor of the last write. */
  updatedBy?: string;
  /** When the last write was stored (absent on records stored before versions). */
  updatedAt?: string;
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
