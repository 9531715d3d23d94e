/**
 * Answers from a vendor's own questionnaire (its CAIQ, its checklist): the buyer says which column
 * holds the key, the answer, the explanation and the evidence, and what each answer value means.
 * Several rows may land on one requirement; they combine as `combineRows` states. Rows that match
 * nothing and values left unmapped come back as located issues, never as guesses. A mapping can be
 * saved by its header texts and offered again when another file has the same headers.
 */
import {
  MAX_UNMATCHED_KEY_ISSUES,
  valueKey,
  type ColumnMapping,
  type DistinctValue,
  type MappedAnswers,
  type MappedRequirement,
  type MappingSheet,
  type MatchBy,
  type ValueMapping
} from './answer-mapping-types';
import { cellIssue } from './columns';
import { textTooLong, tooLongParams } from './cell-text';
import type { Issue } from './issues';
import type { Answer } from './model';
import type { IncomingAnswer } from './response-preview';

export * from './answer-mapping-types';
export * from './answer-mapping-columns';
export * from './answer-mapping-saved';

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** A key as compared: width and case folded, spaces dropped, dash look-alikes made `-`. */
function foldKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[\u2010-\u2015\u2212\uFE63]/g, '-');
}

/**
 * The distinct non-blank values of a column, in order of first appearance. An answer column
 * repeats a few cell texts over thousands of rows: each text is folded once, then found by itself
 * (folding every cell took most of the time the mapping screen needed for a 20,000-row sheet).
 */
export function distinctValues(rows: readonly (readonly string[])[], column: number): DistinctValue[] {
  const found = new Map<string, DistinctValue>();
  /** Each cell text seen, with its value's entry; null for a blank one. */
  const byCell = new Map<string, DistinctValue | null>();
  for (const row of rows) {
    const cell = row[column] ?? '';
    let entry = byCell.get(cell);
    if (entry === undefined) {
      const text = cell.trim();
      const value = text === '' ? '' : valueKey(text);
      entry = text === '' ? null : (found.get(value) ?? null);
      if (text !== '' && entry === null) {
        entry = { value, text, count: 0 };
        found.set(value, entry);
      }
      byCell.set(cell, entry);
    }
    if (entry) entry.count++;
  }
  return [...found.values()];
}

/** The answer a mapping gives a cell: `null` for blank or ignored, `undefined` when unmapped. */
export function mappedValue(values: ValueMapping, text: string): Answer | null | undefined {
  const value = valueKey(text);
  if (value === '') return null;
  return hasOwn(values, value) ? values[value] : undefined;
}

/**
 * A lookup from key to requirement ids. `control` matches a full control id (`iso27002:9.4.1`,
 * `caiq:IAM-02.1`) or its bare code (`9.4.1`, `IAM-02.1`), which may name controls of several
 * catalogues: every requirement mapped to any of them is returned. Ids come in requirement order.
 */
export function requirementResolver(
  requirements: readonly MappedRequirement[],
  matchBy: MatchBy
): (key: string) => string[] {
  const index = new Map<string, string[]>();
  const add = (key: string, id: string) => {
    if (key === '') return;
    const ids = index.get(key);
    if (!ids) index.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  for (const requirement of requirements) {
    if (matchBy === 'requirementId') add(requirement.id, requirement.id);
    else if (matchBy === 'ref') add(foldKey(requirement.ref), requirement.id);
    else {
      for (const control of requirement.controlRefs) {
        const full = foldKey(control);
        add(full, requirement.id);
        const colon = full.indexOf(':');
        if (colon >= 0) add(full.slice(colon + 1), requirement.id);
      }
    }
  }
  return (key) => [...(index.get(matchBy === 'requirementId' ? key.trim() : foldKey(key)) ?? [])];
}

export function resolveRequirement(
  key: string,
  requirements: readonly MappedRequirement[],
  matchBy: MatchBy
): string[] {
  return requirementResolver(requirements, matchBy)(key);
}

const STRENGTH: Record<Answer, number> = { none: 0, partial: 1, full: 2 };

interface SourceRow {
  key: string;
  answer: Answer | null;
  explanation: string;
  evidence: string;
  /** The answer cell held a value the mapping leaves undecided (reported as unmappedAnswerValue). */
  unread?: boolean;
}

/**
 * The combine rule, for several source rows landing on one requirement: the weakest answer wins
 * (未対応 < 一部対応 < 対応; a blank or ignored answer takes no part); explanations are joined
 * with line breaks, each prefixed `key: ` when more than one row contributes; evidence references
 * are joined with line breaks, each distinct text once. One row passes through unchanged. When no
 * row gives an answer and one held an undecided value, the result is `answerUnread`: its texts alone
 * never create a response without an answer.
 */
export function combineRows(rows: readonly SourceRow[]): Omit<IncomingAnswer, 'requirementId'> {
  let answer: Answer | null = null;
  for (const row of rows) {
    if (row.answer !== null && (answer === null || STRENGTH[row.answer] < STRENGTH[answer])) {
      answer = row.answer;
    }
  }
  const explained = rows.filter((row) => row.explanation !== '');
  const explanation =
    rows.length > 1
      ? explained.map((row) => `${row.key}: ${row.explanation}`).join('\n')
      : (explained[0]?.explanation ?? '');
  const evidence = [...new Set(rows.map((row) => row.evidence).filter((text) => text !== ''))];
  const combined = { answer, explanation, evidenceRefs: evidence.join('\n') };
  return answer === null && rows.some((row) => row.unread) ? { ...combined, answerUnread: true } : combined;
}

interface Tally {
  rowIndex: number;
  count: number;
  text: string;
}

function tally(map: Map<string, Tally>, key: string, rowIndex: number, text: string): void {
  const found = map.get(key);
  if (found) found.count++;
  else map.set(key, { rowIndex, count: 1, text });
}

/**
 * Applies `mapping` to the rows below `headerRow`. A row with no answer, explanation or evidence
 * is skipped silently (titles, blank lines); one with no key or a key matching no requirement is
 * left out. Issues are summarised: one per unmatched key (capped), one for the rows without a key,
 * one per unmapped value, each at its first row with a row count.
 */
export function mapAnswers(
  sheet: MappingSheet,
  headerRow: number,
  mapping: ColumnMapping,
  requirements: readonly MappedRequirement[]
): MappedAnswers {
  const resolve = requirementResolver(requirements, mapping.matchBy);
  const cell = (row: readonly string[], column: number | null) =>
    column === null ? '' : (row[column] ?? '').trim();
  const grouped = new Map<string, SourceRow[]>();
  /** Where each requirement's first row is, to place a problem with the joined texts. */
  const firstRow = new Map<string, number>();
  const issues: Issue[] = [];
  const tooLong = (r: number, column: number | null, text: string) =>
    cellIssue('textTooLong', sheet.name, r, column ?? 0, tooLongParams(text));
  const unmatched = new Map<string, Tally>();
  const unmapped = new Map<string, Tally>();
  const keyless: Tally = { rowIndex: -1, count: 0, text: '' };

  sheet.rows.forEach((row, r) => {
    if (r <= headerRow) return;
    const key = cell(row, mapping.key);
    const answerText = cell(row, mapping.answer);
    const explanation = cell(row, mapping.explanation);
    const evidence = cell(row, mapping.evidence);
    // A row with nothing to import (a title, a blank line) is no problem, whatever its key.
    if (answerText === '' && explanation === '' && evidence === '') return;
    // Never stored cut: a text longer than a cell holds leaves its row out, with a note.
    if (textTooLong(explanation) || textTooLong(evidence)) {
      const [column, text] = textTooLong(explanation)
        ? [mapping.explanation, explanation]
        : [mapping.evidence, evidence];
      issues.push(tooLong(r, column, text));
      return;
    }
    if (key === '') {
      if (keyless.count++ === 0) keyless.rowIndex = r;
      return;
    }
    const ids = resolve(key);
    if (ids.length === 0) {
      tally(unmatched, foldKey(key), r, key);
      return;
    }
    const mapped = mappedValue(mapping.values, answerText);
    if (mapped === undefined) tally(unmapped, valueKey(answerText), r, answerText);
    const answer = mapped ?? null;
    if (answer === null && explanation === '' && evidence === '') return;
    const source: SourceRow = { key, answer, explanation, evidence, unread: mapped === undefined };
    for (const id of ids) {
      const list = grouped.get(id);
      if (list) list.push(source);
      else grouped.set(id, [source]);
      if (!firstRow.has(id)) firstRow.set(id, r);
    }
  });

  const shown = [...unmatched.values()].slice(0, MAX_UNMATCHED_KEY_ISSUES);
  for (const { rowIndex, count, text } of shown) {
    issues.push(cellIssue('unmatchedKey', sheet.name, rowIndex, mapping.key, { key: text, count }));
  }
  if (unmatched.size > shown.length) {
    issues.push({
      code: 'unmatchedKeysOmitted',
      path: sheet.name,
      params: { sheet: sheet.name, count: unmatched.size - shown.length }
    });
  }
  if (keyless.count > 0) {
    issues.push(cellIssue('missingKey', sheet.name, keyless.rowIndex, mapping.key, { count: keyless.count }));
  }
  for (const { rowIndex, count, text } of unmapped.values()) {
    issues.push(
      cellIssue('unmappedAnswerValue', sheet.name, rowIndex, mapping.answer, { value: text, count })
    );
  }

  const answers = [...grouped].flatMap(([requirementId, rows]) => {
    const combined = combineRows(rows);
    // Several rows joined may outgrow a cell although each fits: that requirement is left out.
    for (const [column, text] of [
      [mapping.explanation, combined.explanation],
      [mapping.evidence, combined.evidenceRefs]
    ] as const) {
      if (textTooLong(text)) {
        issues.push(tooLong(firstRow.get(requirementId) ?? headerRow + 1, column, text));
        return [];
      }
    }
    return [{ requirementId, ...combined }];
  });
  return { answers, issues };
}
