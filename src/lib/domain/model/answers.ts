/** Vendors' answers, evaluators' grades and the committee's consensus. */
import type { Id, IsoDateTime } from './common';

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
  /** Counted up by every write (one writer at a time, `domain/versions.ts`); absent on older records: 0. */
  version?: number;
  /** The audit actor of the last write. */
  updatedBy?: string;
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
  /** Counted up by every write (one writer at a time, `domain/versions.ts`); absent on older records: 0. */
  version?: number;
  /** The audit actor of the last write. */
  updatedBy?: string;
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
