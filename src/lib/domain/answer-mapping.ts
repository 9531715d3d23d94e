/**
 * Answers from a vendor's own questionnaire (its CAIQ, its checklist): the buyer says which column
 * holds the key, the answer, the explanation and the evidence, and what each answer value means.
 * Several rows may land on one requirement; they combine as `combineRows` states. Rows that match
 * nothing and values left unmapped come back as located issues, never as guesses. A mapping can be
 * saved by its header texts and offered again when another file has the same headers.
 */
import { columnLetter } from './columns';
import type { Issue, IssueCode } from './issues';
import { ANSWERS, type Answer, type Requirement } from './model';
import type { IncomingAnswer } from './response-preview';
import { restoreWith, s, type Schema } from './restore';

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

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

function cellIssue(
  code: IssueCode,
  sheet: string,
  rowIndex: number,
  columnIndex: number,
  params: Record<string, string | number> = {}
): Issue {
  const column = columnLetter(columnIndex);
  const row = rowIndex + 1;
  return { code, path: `${sheet}!${column}${row}`, params: { sheet, row, column, ...params } };
}

/** A value as the mapping knows it: `ＹＥＳ`, ` yes ` and `Yes` are one value. */
export function valueKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A header as compared between files: width, case and spacing folded. */
export function headerMatchKey(text: string): string {
  return valueKey(text);
}

/** A key as compared: width and case folded, spaces dropped, dash look-alikes made `-`. */
function foldKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[\u2010-\u2015\u2212\uFE63]/g, '-');
}

/** The distinct non-blank values of a column, in order of first appearance. */
export function distinctValues(rows: readonly (readonly string[])[], column: number): DistinctValue[] {
  const found = new Map<string, DistinctValue>();
  for (const row of rows) {
    const text = (row[column] ?? '').trim();
    if (text === '') continue;
    const value = valueKey(text);
    const seen = found.get(value);
    if (seen) seen.count++;
    else found.set(value, { value, text, count: 1 });
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
}

/**
 * The combine rule, for several source rows landing on one requirement: the weakest answer wins
 * (未対応 < 一部対応 < 対応; a blank or ignored answer takes no part); explanations are joined
 * with line breaks, each prefixed `key: ` when more than one row contributes; evidence references
 * are joined with line breaks, each distinct text once. One row passes through unchanged.
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
  return { answer, explanation, evidenceRefs: evidence.join('\n') };
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
    if (key === '') {
      if (keyless.count++ === 0) keyless.rowIndex = r;
      return;
    }
    const ids = resolve(key);
    if (ids.length === 0) {
      tally(unmatched, foldKey(key), r, key);
      return;
    }
    let answer = mappedValue(mapping.values, answerText);
    if (answer === undefined) {
      tally(unmapped, valueKey(answerText), r, answerText);
      answer = null;
    }
    if (answer === null && explanation === '' && evidence === '') return;
    const source: SourceRow = { key, answer, explanation, evidence };
    for (const id of ids) {
      const list = grouped.get(id);
      if (list) list.push(source);
      else grouped.set(id, [source]);
    }
  });

  const issues: Issue[] = [];
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

  const answers = [...grouped].map(([requirementId, rows]) => ({ requirementId, ...combineRows(rows) }));
  return { answers, issues };
}

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

// ---------------------------------------------------------------- saved mappings

function findHeader(headers: readonly string[], wanted: string): number {
  const key = headerMatchKey(wanted);
  return key === '' ? -1 : headers.findIndex((header) => headerMatchKey(header) === key);
}

/** The columns of `saved` in a file with these headers, or null when one it names is missing. */
export function applySavedMapping(saved: SavedMapping, headers: readonly string[]): ColumnMapping | null {
  const key = findHeader(headers, saved.keyHeader);
  const answer = findHeader(headers, saved.answerHeader);
  const optional = (header: string | null) => (header === null ? null : findHeader(headers, header));
  const explanation = optional(saved.explanationHeader);
  const evidence = optional(saved.evidenceHeader);
  if (key < 0 || answer < 0 || explanation === -1 || evidence === -1) return null;
  return { key, matchBy: saved.matchBy, answer, explanation, evidence, values: { ...saved.values } };
}

/** A mapping to save, named by the headers of its columns. */
export function toSavedMapping(
  mapping: ColumnMapping,
  headers: readonly string[],
  name: string,
  savedAt: string
): SavedMapping {
  const header = (column: number | null) => (column === null ? null : (headers[column] ?? '').trim());
  return {
    name: name.trim(),
    keyHeader: header(mapping.key) ?? '',
    matchBy: mapping.matchBy,
    answerHeader: header(mapping.answer) ?? '',
    explanationHeader: header(mapping.explanation),
    evidenceHeader: header(mapping.evidence),
    values: { ...mapping.values },
    savedAt
  };
}

/** `list` with `mapping` in place of the one of the same name (or added), newest first, capped. */
export function withSavedMapping(list: readonly SavedMapping[], mapping: SavedMapping): SavedMapping[] {
  return [mapping, ...list.filter((m) => m.name !== mapping.name)].slice(0, MAX_SAVED_MAPPINGS);
}

/**
 * The saved mappings this file's headers fit (every header a mapping names is present), the best
 * first: the one naming the most columns, then the newest.
 */
export function fittingMappings(headers: readonly string[], saved: readonly SavedMapping[]): SavedMapping[] {
  const named = (m: SavedMapping) =>
    2 + (m.explanationHeader === null ? 0 : 1) + (m.evidenceHeader === null ? 0 : 1);
  const newer = (a: SavedMapping, b: SavedMapping) =>
    a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0;
  return saved
    .filter((m) => applySavedMapping(m, headers) !== null)
    .sort((a, b) => named(b) - named(a) || newer(a, b));
}

/** The saved mapping to offer for a file with these headers, if any fits. */
export function suggestMapping(
  headers: readonly string[],
  saved: readonly SavedMapping[]
): SavedMapping | null {
  return fittingMappings(headers, saved)[0] ?? null;
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A value mapping as stored: own keys only, each an answer or null, none that reaches a prototype. */
const valueMappingSchema: Schema<ValueMapping> = {
  expected: 'object',
  fallback: () => ({}),
  read(input, path, issues) {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      issues.push({ code: 'wrongType', path, params: { expected: 'object' } });
      return {};
    }
    const entries: [string, Answer | null][] = [];
    for (const [key, raw] of Object.entries(input as Record<string, unknown>)) {
      const at = `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({ code: 'forbiddenKey', path: at, params: { key } });
        continue;
      }
      const answer = raw === null ? null : ANSWERS.find((a) => a === raw);
      if (answer === undefined) {
        issues.push({ code: 'notAllowed', path: at, params: { allowed: [...ANSWERS, 'null'].join('|') } });
        continue;
      }
      entries.push([key, answer]);
    }
    return Object.fromEntries(entries);
  }
};

const savedMappingSchema = s.object<SavedMapping>({
  name: s.string({ minLength: 1 }),
  keyHeader: s.string({ minLength: 1 }),
  matchBy: s.enumOf(MATCH_BY),
  answerHeader: s.string({ minLength: 1 }),
  explanationHeader: s.nullable(s.string({ minLength: 1 })),
  evidenceHeader: s.nullable(s.string({ minLength: 1 })),
  values: valueMappingSchema,
  savedAt: s.isoDateTime()
});

/** Keys that are dropped without dropping the entry (they are simply not carried over). */
const HARMLESS: ReadonlySet<IssueCode> = new Set(['unknownKey', 'forbiddenKey']);

/**
 * Saved mappings as read back from settings (old or tampered records): an entry with any wrong or
 * missing field is dropped whole; unknown keys are dropped; a later entry of a name already seen is
 * dropped. Never throws.
 */
export function validateSavedMappings(input: unknown): SavedMapping[] {
  if (!Array.isArray(input)) return [];
  const out: SavedMapping[] = [];
  for (const entry of input.slice(0, MAX_SAVED_MAPPINGS)) {
    const { value, issues } = restoreWith(savedMappingSchema, entry);
    if (issues.some((issue) => !HARMLESS.has(issue.code))) continue;
    if (out.some((m) => m.name === value.name)) continue;
    out.push(value);
  }
  return out;
}
