/** A first guess at which column of a vendor's questionnaire holds the key, answer, explanation and evidence. */
import type { MatchBy } from './answer-mapping-types';

/** Header words that usually name each column, most telling first (compared folded, as parts). */
const COLUMN_HINTS = {
  key: [
    'questionid',
    'controlid',
    '要件番号',
    '管理策番号',
    'requirementid',
    '要件id',
    '番号',
    'ref',
    'id',
    'no'
  ],
  answer: ['answer', '回答', 'response'],
  explanation: [
    'explanation',
    '説明',
    'implementationdescription',
    'description',
    'comment',
    'notes',
    'remarks',
    'コメント',
    '備考'
  ],
  evidence: ['evidence', '証跡', 'reference', '参照']
} as const;

export type ColumnRole = keyof typeof COLUMN_HINTS;
const WHOLE_HEADER_HINTS: ReadonlySet<string> = new Set(['ref', 'id', 'no']);

/**
 * A first guess from the headers, for the buyer to correct: each role takes the first header
 * holding its most telling word, one column per role. Keys from `Question ID` or `Control ID` (or
 * 管理策番号) are matched as controls, others by requirement number.
 */
export function guessColumns(headers: readonly string[]): Record<ColumnRole, number | null> & {
  matchBy: MatchBy;
} {
  const folded = headers.map((header) =>
    header
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s_\-.:#]+/g, '')
  );
  const taken = new Set<number>();
  // A short hint (`id`, `no`) must be the whole header: `guidance` and `notes` are not keys.
  const fits = (header: string, hint: string) =>
    WHOLE_HEADER_HINTS.has(hint) ? header === hint : header.includes(hint);
  const pick = (role: ColumnRole): number | null => {
    for (const hint of COLUMN_HINTS[role]) {
      const index = folded.findIndex((header, i) => !taken.has(i) && fits(header, hint));
      if (index >= 0) {
        taken.add(index);
        return index;
      }
    }
    return null;
  };
  const answer = pick('answer');
  const key = pick('key');
  const explanation = pick('explanation');
  const evidence = pick('evidence');
  const keyHeader = key === null ? '' : (folded[key] ?? '');
  const matchBy: MatchBy = /questionid|controlid|管理策/.test(keyHeader)
    ? 'control'
    : /requirementid|要件id/.test(keyHeader)
      ? 'requirementId'
      : 'ref';
  return { key, answer, explanation, evidence, matchBy };
}
