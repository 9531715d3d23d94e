/**
 * Saved answer mappings: a mapping kept by its header texts, offered again when another file has
 * those headers, and read back from settings defensively (a wrong entry is dropped, never thrown).
 */
import {
  MATCH_BY,
  MAX_SAVED_MAPPINGS,
  headerMatchKey,
  type ColumnMapping,
  type SavedMapping,
  type ValueMapping
} from './answer-mapping-types';
import type { IssueCode } from './issues';
import { ANSWERS, type Answer } from './model';
import { restoreWith, s, type Schema } from './restore';

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
