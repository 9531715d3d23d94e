/**
 * Standard catalogues (ISO/IEC 27002:2013 + 27017 CLD, JP 管理基準 / ISMAP numbering, SOC 2 TSC),
 * crosswalks between them, attestation types and spec presets, as shipped in `questionnaires/`.
 * We ship ids, our own short titles and our own questions only; licensed wording is imported by
 * the user and kept on their machine.
 */
import type {
  AppliesTo,
  AttestationType,
  BuyerKind,
  RequirementKind,
  ScoringSettings,
  ServiceModel,
  UnifiedStandardEdition
} from './model';

export const CATALOGUE_SCHEMA_VERSION = 1;

export interface Bilingual {
  ja: string;
  en: string;
}

/** What we may ship: ids with our own paraphrases; never the standard's wording. */
export const LICENCE_TAGS = ['ids-and-own-paraphrase', 'own-work', 'user-import-only'] as const;
export type LicenceTag = (typeof LICENCE_TAGS)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface CatalogueClause {
  /** e.g. `9`, `CC6`, `A1`. */
  id: string;
  title: Bilingual;
}

export interface CatalogueEntry {
  /** Globally unique reference, `<catalogue prefix>:<code>`, e.g. `iso27002:9.4.1`, `iso27017:CLD.9.5.1`, `tsc:CC6.1`. */
  id: string;
  /** The standard's own number as printed, e.g. `9.4.1`, `CLD.9.5.1`, `CC6.1`. */
  code: string;
  /** Clause id this entry sits in (one of the catalogue's `clauses`). */
  clause: string;
  /** Our own short title. */
  title: Bilingual;
  /** Our own requirement question to the vendor. */
  question: Bilingual;
  /** ISO/IEC 27017 adds cloud-specific guidance to this control (◆). */
  cloudGuidance: boolean;
  /** A control new in ISO/IEC 27017 (CLD.*). */
  cloudSpecific: boolean;
  appliesTo: AppliesTo;
  /** How sure we are of the 27017 flags and applicability (editable data, not code). */
  confidence: Confidence;
}

export interface Catalogue {
  schemaVersion: number;
  /** e.g. `iso27002-2013`. */
  id: string;
  /** Prefix of every entry id, e.g. `iso27002`. */
  prefix: string;
  name: Bilingual;
  edition: string;
  publisher: string;
  licence: LicenceTag;
  licenceNote: Bilingual;
  clauses: CatalogueClause[];
  entries: CatalogueEntry[];
}

export const LINK_STRENGTHS = ['equal', 'subset', 'related'] as const;
export type LinkStrength = (typeof LINK_STRENGTHS)[number];

export interface CrosswalkLink {
  from: string;
  to: string;
  strength: LinkStrength;
  confidence: Confidence;
}

/** A mapping from the entries of one catalogue to another's (ids on both sides must exist). */
export interface Crosswalk {
  schemaVersion: number;
  id: string;
  from: string;
  to: string;
  licence: LicenceTag;
  note: Bilingual;
  links: CrosswalkLink[];
}

/** How an attestation's expiry or freshness follows from its dates (see domain.md §7.4). */
export type ValidityRule =
  | { kind: 'periodEndPlus'; months: number; days: number; renewalExtends: boolean }
  | { kind: 'freshAfterPeriodEnd'; months: number; bridgeLetterExtends: boolean }
  | { kind: 'freshAfterAsOf'; months: number }
  | { kind: 'statedExpiry'; invalidEditions: { edition: string; after: string }[] }
  | { kind: 'issuedPlus'; months: number }
  | { kind: 'none' };

export interface AttestationTypeInfo {
  type: AttestationType;
  name: Bilingual;
  /** Tool heuristic, editable: 1 self-declared … 5 government-reviewed registration. */
  assuranceRank: number;
  validity: ValidityRule;
  /** An opinion field applies (SOC reports). */
  hasOpinion: boolean;
}

export interface AttestationTypeCatalogue {
  schemaVersion: number;
  id: string;
  types: AttestationTypeInfo[];
}

/**
 * Why each type's validity rule is what it is, and what to check in its statement: for whoever
 * reviews or updates the rules. A file of its own (`attestation-type-notes.json`), so the pages
 * that compute statuses from the rules do not download it.
 */
export interface AttestationTypeNotes {
  schemaVersion: number;
  id: string;
  notes: { type: AttestationTypeInfo['type']; note: Bilingual }[];
}

export interface PresetRequirement {
  ref: string;
  domain: string;
  title: string;
  text: string;
  /** Our English wording of `domain`, `title` and `text` (every shipped preset has all three). */
  domainEn: string;
  titleEn: string;
  textEn: string;
  kind: RequirementKind;
  points: number;
  appliesTo: AppliesTo;
  acceptedAttestations: AttestationType[];
  controlRefs: string[];
  /** Catalogue entry it comes from, or null for a requirement written for the preset. */
  sourceRef: string | null;
}

/**
 * The procurement settings a preset is written for (`domain/preset-choice.ts` ranks presets by them). A setting left
 * out fits any procurement; a list names every value it fits.
 */
export interface PresetIntendedFor {
  buyerKinds?: BuyerKind[];
  serviceModels?: ServiceModel[];
  handlesConfidential?: boolean;
  unifiedStandardEditions?: UnifiedStandardEdition[];
}

/** A ready-made starting specification. */
export interface Preset {
  schemaVersion: number;
  id: string;
  name: Bilingual;
  rationale: Bilingual;
  intendedFor: PresetIntendedFor;
  licence: LicenceTag;
  /** Settings that differ from the defaults. */
  settings: Partial<Pick<ScoringSettings, 'priceMethod' | 'priceFormula' | 'priceAllocation' | 'passRule'>>;
  requirements: PresetRequirement[];
}
