/** The evaluators of a procurement. */
import type { Id, IsoDateTime } from './common';

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
  /** Asked before the sheet (the chair's: before the chair's panel) opens; absent when none is set. */
  passphrase?: PassphraseRecord;
}

/** A salted PBKDF2 hash of an evaluator's passphrase (`domain/passphrase.ts`); never the passphrase. */
export interface PassphraseRecord {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** 32 random bytes, lower-case hex. */
  salt: string;
  /** 32 derived bytes, lower-case hex. */
  hash: string;
  setAt: IsoDateTime;
}
