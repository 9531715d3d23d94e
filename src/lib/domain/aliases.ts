/**
 * The one place a word a vendor wrote becomes an enumeration code: an answer (はい, Yes, ○ → full),
 * an attestation type (ISMAP 登録 → ismap), an audit opinion, a subservice method, a criticality.
 * Accepted: the code itself, the labels the caller passes (the app's own, both languages) and the
 * aliases of `questionnaires/aliases.json`, compared by `aliasKey`. Anything else is `null`, never a guess.
 */
import ALIAS_DATA from '../../../questionnaires/aliases.json';
import {
  ANSWERS,
  ATTESTATION_TYPES,
  CRITICALITIES,
  OPINIONS,
  SUBSERVICE_METHODS,
  type Answer,
  type AttestationType,
  type Criticality,
  type Opinion,
  type SubserviceMethod
} from './model';

export interface EnumCodes {
  answer: Answer;
  attestationType: AttestationType;
  opinion: Opinion;
  subserviceMethod: SubserviceMethod;
  criticality: Criticality;
}
/** The codes of each enumeration the matcher reads, in the model's order. */
export const ENUM_CODES: { readonly [K in keyof EnumCodes]: readonly EnumCodes[K][] } = {
  answer: ANSWERS,
  attestationType: ATTESTATION_TYPES,
  opinion: OPINIONS,
  subserviceMethod: SUBSERVICE_METHODS,
  criticality: CRITICALITIES
};

export type EnumKind = keyof EnumCodes;
export const ENUM_KINDS = Object.keys(ENUM_CODES) as EnumKind[];

/** The labels a caller accepts besides the aliases: per code, any number of spellings. */
export type EnumLabels<K extends EnumKind> = Partial<Record<EnumCodes[K], readonly string[]>>;

/** Hyphens and dashes (ASCII, Unicode, full-width minus) and middle dots (・ · ･ after NFKC). */
const IGNORED = /[\s\-_\u2010-\u2015\u2212\uFE63\u30FB\u00B7\u2027\u2219]+/g;

/** A word as compared: width folded (NFKC), lower case, without spaces, hyphens and middle dots. */
export function aliasKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(IGNORED, '');
}

/** `questionnaires/aliases.json` as read: aliases per kind and code, and the not-applicable words. */
export interface AliasData {
  schemaVersion: number;
  kinds: { [K in EnumKind]: Record<EnumCodes[K], string[]> };
  notApplicable: string[];
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * What is wrong with an alias file, as readable lines (empty when it is sound): an unknown kind or
 * code, a code without its list, a word that folds to nothing, or one word naming two codes of a kind.
 */
export function aliasDataProblems(data: unknown): string[] {
  const problems: string[] = [];
  const record = (value: unknown): Record<string, unknown> | null =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  const root = record(data);
  if (!root || root.schemaVersion !== 1) return ['schemaVersion must be 1'];
  const kinds = record(root.kinds);
  if (!kinds) return ['kinds is missing'];
  for (const kind of Object.keys(kinds)) {
    if (!(kind in ENUM_CODES)) problems.push(`unknown kind ${kind}`);
  }
  for (const kind of ENUM_KINDS) {
    const codes = record(kinds[kind]);
    if (!codes) {
      problems.push(`${kind} is missing`);
      continue;
    }
    const known: readonly string[] = ENUM_CODES[kind];
    const owner = new Map<string, string>();
    for (const code of Object.keys(codes)) {
      if (!known.includes(code)) problems.push(`${kind}.${code} is no code`);
    }
    for (const code of known) {
      const words = codes[code];
      if (!isStringList(words)) {
        problems.push(`${kind}.${code} is not a list of words`);
        continue;
      }
      for (const word of words) {
        const key = aliasKey(word);
        const first = owner.get(key);
        if (key === '') problems.push(`${kind}.${code}: "${word}" folds to nothing`);
        else if (first !== undefined && first !== code) {
          problems.push(`${kind}: "${word}" names both ${first} and ${code}`);
        } else owner.set(key, code);
      }
    }
  }
  if (!isStringList(root.notApplicable)) problems.push('notApplicable is not a list of words');
  else if (root.notApplicable.some((word) => aliasKey(word) === '')) {
    problems.push('notApplicable: a word folds to nothing');
  }
  return problems;
}

export const ALIASES: AliasData = ALIAS_DATA as AliasData;

/**
 * The matcher of one kind: codes first, then the given labels, then the aliases; the first code
 * that claims a key keeps it, so an app label never loses to an alias.
 */
export function enumMatcher<K extends EnumKind>(
  kind: K,
  labels: EnumLabels<K> = {}
): (text: string) => EnumCodes[K] | null {
  const codes = ENUM_CODES[kind];
  const aliases = ALIASES.kinds[kind] as Partial<Record<EnumCodes[K], string[]>>;
  const byKey = new Map<string, EnumCodes[K]>();
  const claim = (word: string, code: EnumCodes[K]) => {
    const key = aliasKey(word);
    if (key !== '' && !byKey.has(key)) byKey.set(key, code);
  };
  for (const code of codes) claim(code, code);
  for (const code of codes) for (const label of labels[code] ?? []) claim(label, code);
  for (const code of codes) for (const alias of aliases[code] ?? []) claim(alias, code);
  return (text) => byKey.get(aliasKey(text)) ?? null;
}

const built = new WeakMap<object, Map<EnumKind, (text: string) => string | null>>();

/** `enumMatcher(kind, labels)(text)`, the matcher built once per labels object. */
export function matchEnum<K extends EnumKind>(
  kind: K,
  text: string,
  labels: EnumLabels<K>
): EnumCodes[K] | null {
  let byKind = built.get(labels);
  if (!byKind) built.set(labels, (byKind = new Map()));
  let match = byKind.get(kind);
  if (!match) {
    match = enumMatcher(kind, labels);
    byKind.set(kind, match);
  }
  return match(text) as EnumCodes[K] | null;
}

const NOT_APPLICABLE: ReadonlySet<string> = new Set(ALIASES.notApplicable.map(aliasKey));

/**
 * Whether an answer cell says "does not apply" (N/A, 該当なし, 対象外, or only dashes such as －).
 * The scoring has no such answer, since every requirement applies to every vendor: the reader asks
 * for a real answer instead of storing a blank.
 */
export function isNotApplicable(text: string): boolean {
  const key = aliasKey(text);
  return key === ''
    ? text.trim() !== '' && /^[\s\-\u2010-\u2015\u2212\uFE63\uFF0D]+$/.test(text)
    : NOT_APPLICABLE.has(key);
}
