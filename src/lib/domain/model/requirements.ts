/** Requirements of the specification, and the frozen copies of the criteria made at each lock. */
import type { AttestationType } from './attestations';
import type { Id, IsoDateTime } from './common';
import type { ScoringSettings } from './settings';

export const REQUIREMENT_KINDS = ['mandatory', 'scored'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];
export const APPLIES_TO = ['csp', 'csc', 'both'] as const;
export type AppliesTo = (typeof APPLIES_TO)[number];

/** The points one rubric level gives on a scored item, as the rule document writes them (優 10). */
export interface LevelPoints {
  /** Rubric level code. */
  code: string;
  points: number;
}

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
  /**
   * Scored items only, optional: the points each rubric level gives, in rubric order, as the rule
   * document writes them (優 10 · 良 5 · 可 0). Absent: the level's share of `points` (its factor).
   * Rules in `domain/level-points.ts`.
   */
  levelPoints?: LevelPoints[];
  /** Scored items only, optional: graded at the lowest level, the vendor is excluded (評価項目の足切り). */
  excludeAtLowest?: boolean;
  /**
   * Optional, added with issue 18: the English wording of `domain`, `title` and `text`, stored
   * when the requirement is made from a preset or a catalogue entry; an English-language document
   * uses it (`domain/requirement-text.ts`). Dropped when the user rewrites the field it translates.
   */
  domainEn?: string;
  titleEn?: string;
  textEn?: string;
  /** Counted up by every write (one writer at a time, `domain/versions.ts`); absent on older records: 0. */
  version?: number;
  /** The audit actor of the last write. */
  updatedBy?: string;
  /** When the last write was stored (absent on records stored before versions). */
  updatedAt?: string;
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
