/**
 * The shapes of an answer mapping (which column holds what, what each answer value means, a mapping
 * saved by its header texts) and how values and headers are compared between files.
 */
import type { Issue } from './issues';
import type { Answer, Requirement } from './model';
import type { IncomingAnswer } from './response-preview';

/** How a key cell names a requirement: its number (`R-001`), a mapped control, or its id. */
export const MATCH_BY = ['ref', 'control', 'requirementId'] as const;
export type MatchBy = (typeof MATCH_BY)[number];

/**
 * What each answer value means, by `valueKey`: an answer, `null` to ignore it (treated as blank),
 * or no entry at all while the buyer has not decided (reported as `unmappedAnswerValue`).
 */
export type ValueMapping = Record<string, Answer | null>;

/** Columns by 0-based index (A = 0); explanation and evidence may be absent. */
export interface ColumnMapping {
  key: number;
  matchBy: MatchBy;
  answer: number;
  explanation: number | null;
  evidence: number | null;
  values: ValueMapping;
}

/** A mapping kept for reuse: columns by their header text, so it fits another file of the layout. */
export interface SavedMapping {
  name: string;
  keyHeader: string;
  matchBy: MatchBy;
  answerHeader: string;
  explanationHeader: string | null;
  evidenceHeader: string | null;
  values: ValueMapping;
  savedAt: string;
}

/** What matching needs of a requirement. */
export type MappedRequirement = Pick<Requirement, 'id' | 'ref' | 'controlRefs'>;

/** One sheet as read: `rows[i][j]` is row i+1, column j of the file. */
export interface MappingSheet {
  name: string;
  rows: readonly (readonly string[])[];
}

export interface DistinctValue {
  /** The key in `ValueMapping`: the cell folded (width, case, spacing). */
  value: string;
  /** The first spelling met, to show. */
  text: string;
  count: number;
}

export interface MappedAnswers {
  answers: IncomingAnswer[];
  issues: Issue[];
}

/** Beyond this many unmatched keys, the rest are summarised in one issue. */
export const MAX_UNMATCHED_KEY_ISSUES = 30;
/** Saved mappings kept; the oldest go first. */
export const MAX_SAVED_MAPPINGS = 50;

/** A value as the mapping knows it: `ＹＥＳ`, ` yes ` and `Yes` are one value. */
export function valueKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A header as compared between files: width, case and spacing folded. */
export function headerMatchKey(text: string): string {
  return valueKey(text);
}
