/** The procurement: its settings page fields, the criteria reopen, the technical lock, tie resolutions and evaluator packages. */
import type { Id, IsoDate, IsoDateTime } from './common';
import type { ScoringSettings } from './settings';

export const SERVICE_MODELS = ['SaaS', 'PaaS', 'IaaS'] as const;
export type ServiceModel = (typeof SERVICE_MODELS)[number];

/** 統一基準 edition in force for the procurement (平成28年度版 … 令和5年度版). */
export const UNIFIED_STANDARD_EDITIONS = ['H28', 'H30', 'R3', 'R5', 'none'] as const;
export type UnifiedStandardEdition = (typeof UNIFIED_STANDARD_EDITIONS)[number];

/** 機密性 class of the information the service will handle (1: none, 2/3: 要機密情報). */
export const CONFIDENTIALITY_CLASSES = [1, 2, 3] as const;
export type ConfidentialityClass = (typeof CONFIDENTIALITY_CLASSES)[number];

/** Who buys: a 政府機関等 (ministry, agency, 独立行政法人 …) or an enterprise. */
export const BUYER_KINDS = ['government', 'enterprise'] as const;
export type BuyerKind = (typeof BUYER_KINDS)[number];

/** How the documents (memo, workbook) write dates: 西暦 (2025年4月1日) or 和暦 (令和7年4月1日). */
export const DOCUMENT_DATE_STYLES = ['western', 'japanese'] as const;
export type DocumentDateStyle = (typeof DOCUMENT_DATE_STYLES)[number];

/** The language of a procurement's documents (pack, workbook, memo); missing: Japanese. */
export const DOCUMENT_LANGUAGES = ['ja', 'en'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/**
 * How numeric dates in vendors' files are read when the year is not written first (03/31/2026):
 * `auto` by the document language (English: month/day/year; Japanese: only year/month/day is
 * read), or month first, or day first whatever the language. Not a scoring setting.
 */
export const SLASH_DATE_ORDERS = ['auto', 'mdy', 'dmy'] as const;
export type SlashDateOrder = (typeof SLASH_DATE_ORDERS)[number];

export interface Procurement {
  id: Id;
  title: string;
  organisation: string;
  buyerKind: BuyerKind;
  /** The documents' date style chosen for this procurement; null: the default for its buyer kind. */
  documentDateStyle: DocumentDateStyle | null;
  /**
   * The language of the documents given out for this procurement (`domain/document-language.ts`);
   * missing (records written before it): Japanese. The screen keeps each user's own language.
   */
  documentLanguage?: DocumentLanguage;
  /** Missing: 'auto'. */
  slashDateOrder?: SlashDateOrder;
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
  /**
   * Counted up by every write that changes the procurement's own fields or its scoring settings
   * (one writer at a time, `domain/versions.ts`); absent on older records: 0.
   */
  version?: number;
  /** The audit actor of the last write that changed them. */
  updatedBy?: string;
}

/** The fields of a procurement that its settings page (and the scoring settings) may change. */
export type ProcurementPatch = Partial<
  Pick<
    Procurement,
    | 'title'
    | 'organisation'
    | 'buyerKind'
    | 'documentDateStyle'
    | 'documentLanguage'
    | 'slashDateOrder'
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
