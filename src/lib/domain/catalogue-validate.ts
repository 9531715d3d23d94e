/**
 * Checks the shipped (or user-imported) reference data of `questionnaires/`: catalogues, crosswalks,
 * attestation types and presets. Each check returns coded issues with dotted paths, never throws;
 * an empty list means the file can be used as is. References (crosswalk links, preset control refs)
 * are resolved against the set of catalogue entry ids the caller has loaded.
 */
import {
  CATALOGUE_SCHEMA_VERSION,
  CONFIDENCES,
  LICENCE_TAGS,
  LINK_STRENGTHS,
  type AttestationTypeCatalogue,
  type AttestationTypeNotes,
  type AttestationTypeInfo,
  type Bilingual,
  type Catalogue,
  type CatalogueClause,
  type CatalogueEntry,
  type Crosswalk,
  type CrosswalkLink,
  type Preset,
  type PresetIntendedFor,
  type PresetRequirement,
  type ValidityRule
} from './catalogue';
import type { Issue } from './issues';
import { japaneseCharacters } from './japanese-text';
import {
  APPLIES_TO,
  ATTESTATION_TYPES,
  BUYER_KINDS,
  PASS_RULES,
  PRICE_FORMULAS,
  PRICE_METHODS,
  REQUIREMENT_KINDS,
  SERVICE_MODELS,
  UNIFIED_STANDARD_EDITIONS,
  type ScoringSettings
} from './model';
import { joinPath, restoreWith, s, type RestoreResult, type Schema } from './restore';
import { SETTINGS_BOUNDS, withinBound } from './settings';

// ---------------------------------------------------------------- building blocks

function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** A string with something in it besides white space: titles and questions must say something. */
function text(): Schema<string> {
  return {
    expected: 'string',
    fallback: () => '',
    read(input, path, issues) {
      if (typeof input !== 'string') {
        issues.push({ code: 'wrongType', path, params: { expected: 'string' } });
        return '';
      }
      if (input.trim() === '') {
        issues.push({ code: 'outOfRange', path, params: { min: 1 } });
        return '';
      }
      return input;
    }
  };
}

/** Text meant to be English: present, and with no kana, kanji or full-width punctuation in it. */
function englishText(): Schema<string> {
  const inner = text();
  return {
    ...inner,
    read(input, path, issues) {
      const value = inner.read(input, path, issues);
      const japanese = japaneseCharacters(value);
      if (japanese.length) issues.push({ code: 'notAllowed', path, params: { value: japanese.join('') } });
      return value;
    }
  };
}

/** An identifier of a fixed form (catalogue ids, prefixes); anything else is `notAllowed`. */
function token(pattern: RegExp, allowed: string): Schema<string> {
  return s.refine(text(), (value, path, issues) => {
    if (value !== '' && !pattern.test(value))
      issues.push({ code: 'notAllowed', path, params: { value, allowed } });
  });
}

/** Points: a finite number above zero (an item worth nothing would count in no total). */
function positiveNumber(): Schema<number> {
  const number = s.number();
  return {
    expected: 'number',
    fallback: () => 0,
    read(input, path, issues) {
      const before = issues.length;
      const value = number.read(input, path, issues);
      if (issues.length === before && value <= 0) {
        issues.push({ code: 'outOfRange', path, params: { value, min: 0 } });
      }
      return value;
    }
  };
}

const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const fileId = () => token(FILE_ID, 'a-z0-9-');

const schemaVersion = () =>
  s.number({
    integer: true,
    min: CATALOGUE_SCHEMA_VERSION,
    max: CATALOGUE_SCHEMA_VERSION,
    default: CATALOGUE_SCHEMA_VERSION
  });

const bilingual = () => s.object<Bilingual>({ ja: text(), en: text() });

/** Reports the second and later occurrence of each key, at `<path>[i].<field>`. */
function checkUnique<T>(
  items: readonly T[],
  key: (item: T) => string,
  at: (i: number) => string,
  issues: Issue[]
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = key(item);
    if (id === '') return;
    if (seen.has(id)) issues.push({ code: 'duplicateId', path: at(i), params: { id } });
    seen.add(id);
  });
}

function checkExists(id: string, known: ReadonlySet<string>, path: string, issues: Issue[]): void {
  if (id !== '' && !known.has(id)) issues.push({ code: 'danglingReference', path, params: { id } });
}

/** Keys that would reach a prototype if assigned; reported as `restore.ts` does. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * An object whose keys are all optional (a partial settings record): unknown keys are reported,
 * present keys are read with their schema, absent keys stay absent.
 */
function partialObject<T extends object>(shape: { [K in keyof T]-?: Schema<T[K]> }): Schema<Partial<T>> {
  const keys = Object.keys(shape) as (keyof T & string)[];
  return {
    expected: 'object',
    fallback: () => ({}),
    read(input, path, issues) {
      if (!isRecord(input)) {
        issues.push({ code: 'wrongType', path, params: { expected: 'object' } });
        return {};
      }
      for (const key of Object.keys(input)) {
        if (Object.prototype.hasOwnProperty.call(shape, key)) continue;
        const code = FORBIDDEN_KEYS.has(key) ? 'forbiddenKey' : 'unknownKey';
        issues.push({ code, path: joinPath(path, key), params: { key } });
      }
      const out: Partial<T> = {};
      for (const key of keys) {
        if (!Object.prototype.hasOwnProperty.call(input, key) || input[key] === undefined) continue;
        out[key] = shape[key].read(input[key], joinPath(path, key), issues);
      }
      return out;
    }
  };
}

// ---------------------------------------------------------------- catalogues

const clauseSchema = s.object<CatalogueClause>({ id: text(), title: bilingual() });

const entrySchema = s.object<CatalogueEntry>({
  id: text(),
  code: text(),
  clause: text(),
  title: bilingual(),
  question: bilingual(),
  cloudGuidance: s.boolean(),
  cloudSpecific: s.boolean(),
  appliesTo: s.enumOf(APPLIES_TO, 'both'),
  confidence: s.enumOf(CONFIDENCES, 'medium')
});

function checkCatalogue(catalogue: Catalogue, path: string, issues: Issue[]): void {
  const at = (field: string, i: number, key: string) => `${joinPath(path, field)}[${i}].${key}`;
  checkUnique(
    catalogue.clauses,
    (c) => c.id,
    (i) => at('clauses', i, 'id'),
    issues
  );
  checkUnique(
    catalogue.entries,
    (e) => e.id,
    (i) => at('entries', i, 'id'),
    issues
  );
  const clauses = new Set(catalogue.clauses.map((c) => c.id));
  catalogue.entries.forEach((entry, i) => {
    const expected = `${catalogue.prefix}:${entry.code}`;
    if (catalogue.prefix !== '' && entry.code !== '' && entry.id !== '' && entry.id !== expected) {
      issues.push({
        code: 'notAllowed',
        path: at('entries', i, 'id'),
        params: { value: entry.id, allowed: expected }
      });
    }
    checkExists(entry.clause, clauses, at('entries', i, 'clause'), issues);
  });
}

const catalogueSchema: Schema<Catalogue> = s.refine(
  s.object<Catalogue>({
    schemaVersion: schemaVersion(),
    id: fileId(),
    prefix: token(/^[a-z0-9]+$/, 'a-z0-9'),
    name: bilingual(),
    edition: text(),
    publisher: text(),
    licence: s.enumOf(LICENCE_TAGS, 'user-import-only'),
    licenceNote: bilingual(),
    clauses: s.array(clauseSchema),
    entries: s.array(entrySchema)
  }),
  checkCatalogue
);

export function restoreCatalogue(input: unknown): RestoreResult<Catalogue> {
  return restoreWith(catalogueSchema, input);
}

/** Shape, schema version, `<prefix>:<code>` ids, unique ids, clauses that exist. */
export function validateCatalogue(input: unknown): Issue[] {
  return restoreCatalogue(input).issues;
}

// ---------------------------------------------------------------- crosswalks

const linkSchema = s.object<CrosswalkLink>({
  from: text(),
  to: text(),
  strength: s.enumOf(LINK_STRENGTHS, 'related'),
  confidence: s.enumOf(CONFIDENCES, 'low')
});

const crosswalkSchema = s.object<Crosswalk>({
  schemaVersion: schemaVersion(),
  id: fileId(),
  from: fileId(),
  to: fileId(),
  licence: s.enumOf(LICENCE_TAGS, 'own-work'),
  note: bilingual(),
  links: s.array(linkSchema)
});

export function restoreCrosswalk(input: unknown, entryIds: ReadonlySet<string>): RestoreResult<Crosswalk> {
  const result = restoreWith(crosswalkSchema, input);
  const { links } = result.value;
  links.forEach((link, i) => {
    checkExists(link.from, entryIds, `links[${i}].from`, result.issues);
    checkExists(link.to, entryIds, `links[${i}].to`, result.issues);
  });
  checkUnique(
    links,
    (l) => (l.from && l.to ? `${l.from} → ${l.to}` : ''),
    (i) => `links[${i}]`,
    result.issues
  );
  return result;
}

/** Shape, and every link's two ends among `entryIds`; the same pair twice is a duplicate. */
export function validateCrosswalk(input: unknown, entryIds: ReadonlySet<string>): Issue[] {
  return restoreCrosswalk(input, entryIds).issues;
}

// ---------------------------------------------------------------- attestation types

const months = () => s.number({ integer: true, min: 0, max: 240 });

type RuleOf<K extends ValidityRule['kind']> = Extract<ValidityRule, { kind: K }>;

const VALIDITY_SCHEMAS: { [K in ValidityRule['kind']]: Schema<RuleOf<K>> } = {
  periodEndPlus: s.object<RuleOf<'periodEndPlus'>>({
    kind: s.enumOf(['periodEndPlus']),
    months: months(),
    days: s.number({ integer: true, min: 0, max: 366 }),
    renewalExtends: s.boolean()
  }),
  freshAfterPeriodEnd: s.object<RuleOf<'freshAfterPeriodEnd'>>({
    kind: s.enumOf(['freshAfterPeriodEnd']),
    months: months(),
    bridgeLetterExtends: s.boolean()
  }),
  freshAfterAsOf: s.object<RuleOf<'freshAfterAsOf'>>({
    kind: s.enumOf(['freshAfterAsOf']),
    months: months()
  }),
  statedExpiry: s.object<RuleOf<'statedExpiry'>>({
    kind: s.enumOf(['statedExpiry']),
    invalidEditions: s.array(s.object({ edition: text(), after: s.isoDate() }))
  }),
  issuedPlus: s.object<RuleOf<'issuedPlus'>>({
    kind: s.enumOf(['issuedPlus']),
    months: months()
  }),
  none: s.object<RuleOf<'none'>>({ kind: s.enumOf(['none']) })
};
const VALIDITY_KINDS = Object.keys(VALIDITY_SCHEMAS) as ValidityRule['kind'][];

/** A tagged union: `kind` picks the schema for the rest of the object. */
const validitySchema: Schema<ValidityRule> = {
  expected: 'object',
  fallback: () => ({ kind: 'none' }),
  read(input, path, issues) {
    if (!isRecord(input)) {
      issues.push({ code: 'wrongType', path, params: { expected: 'object' } });
      return { kind: 'none' };
    }
    const kind = VALIDITY_KINDS.find((k) => k === input.kind);
    if (kind === undefined) {
      const at = joinPath(path, 'kind');
      if (input.kind === undefined) issues.push({ code: 'missingField', path: at });
      else
        issues.push({
          code: 'notAllowed',
          path: at,
          params: { value: String(input.kind).slice(0, 100), allowed: VALIDITY_KINDS.join('|') }
        });
      return { kind: 'none' };
    }
    return VALIDITY_SCHEMAS[kind].read(input, path, issues);
  }
};

const attestationTypeSchema = s.object<AttestationTypeInfo>({
  type: s.enumOf(ATTESTATION_TYPES, 'other'),
  name: bilingual(),
  assuranceRank: s.number({ integer: true, min: 1, max: 5, default: 1 }),
  validity: validitySchema,
  hasOpinion: s.boolean()
});

const attestationTypesSchema = s.object<AttestationTypeCatalogue>({
  schemaVersion: schemaVersion(),
  id: fileId(),
  types: s.array(attestationTypeSchema)
});

export function restoreAttestationTypes(input: unknown): RestoreResult<AttestationTypeCatalogue> {
  const result = restoreWith(attestationTypesSchema, input);
  checkEveryTypeOnce(input, 'types', result.issues);
  return result;
}

/**
 * Every attestation type exactly once in the list `key` of `input`. Coverage is judged on the types
 * as written: an unknown type (already reported) restores as `other` and must not pass for it,
 * nor make a real `other` look duplicated.
 */
function checkEveryTypeOnce(input: unknown, key: string, issues: Issue[]): void {
  const list = isRecord(input) ? input[key] : undefined;
  const raw = Array.isArray(list) ? (list as unknown[]) : [];
  const written = raw.map((item) => {
    const type = isRecord(item) ? item.type : undefined;
    return ATTESTATION_TYPES.find((known) => known === type) ?? '';
  });
  checkUnique(
    written,
    (type) => type,
    (i) => `${key}[${i}].type`,
    issues
  );
  const present = new Set<string>(written);
  for (const type of ATTESTATION_TYPES) {
    if (!present.has(type)) issues.push({ code: 'missingField', path: key, params: { type } });
  }
}

/** Shape, ranks 1–5, a valid validity rule per type, and every attestation type exactly once. */
export function validateAttestationTypes(input: unknown): Issue[] {
  return restoreAttestationTypes(input).issues;
}

const attestationTypeNotesSchema = s.object<AttestationTypeNotes>({
  schemaVersion: schemaVersion(),
  id: fileId(),
  notes: s.array(
    s.object<AttestationTypeNotes['notes'][number]>({
      type: s.enumOf(ATTESTATION_TYPES, 'other'),
      note: bilingual()
    })
  )
});

/** Shape, a note in both languages per type, and every attestation type exactly once. */
export function validateAttestationTypeNotes(input: unknown): Issue[] {
  const result = restoreWith(attestationTypeNotesSchema, input);
  checkEveryTypeOnce(input, 'notes', result.issues);
  return result.issues;
}

// ---------------------------------------------------------------- presets

type PresetSettings = Preset['settings'];
type SettingsKeys = keyof PresetSettings;

const presetSettingsSchema: Schema<PresetSettings> = partialObject<Pick<ScoringSettings, SettingsKeys>>({
  priceMethod: s.enumOf(PRICE_METHODS),
  priceFormula: s.enumOf(PRICE_FORMULAS),
  priceAllocation: s.refine(s.number(), (value, path, issues) => {
    if (!withinBound(value, SETTINGS_BOUNDS.priceAllocation))
      issues.push({ code: 'outOfRange', path, params: { value } });
  }),
  passRule: s.enumOf(PASS_RULES)
});

/** A list of allowed values, each once, and at least one (an empty list would fit no procurement). */
function valuesOf<const V extends readonly [string, ...string[]]>(allowed: V): Schema<V[number][]> {
  return s.refine(s.array(s.enumOf(allowed)), (values, path, issues) => {
    if (values.length === 0) issues.push({ code: 'outOfRange', path, params: { min: 1 } });
    checkUnique(
      values,
      (v) => v,
      (i) => `${path}[${i}]`,
      issues
    );
  });
}

/** Which procurements the preset is for: every key optional, but at least one stated. */
const intendedForSchema: Schema<PresetIntendedFor> = s.refine(
  partialObject<Required<PresetIntendedFor>>({
    buyerKinds: valuesOf(BUYER_KINDS),
    serviceModels: valuesOf(SERVICE_MODELS),
    handlesConfidential: s.boolean(),
    unifiedStandardEditions: valuesOf(UNIFIED_STANDARD_EDITIONS)
  }),
  (value, path, issues) => {
    if (Object.keys(value).length === 0) issues.push({ code: 'missingField', path, params: { min: 1 } });
  }
);

const presetRequirementSchema = s.object<PresetRequirement>({
  ref: text(),
  domain: text(),
  title: text(),
  text: text(),
  // English documents need every preset requirement in English (issue 18): missing is an issue.
  domainEn: englishText(),
  titleEn: englishText(),
  textEn: englishText(),
  kind: s.enumOf(REQUIREMENT_KINDS, 'scored'),
  points: positiveNumber(),
  appliesTo: s.enumOf(APPLIES_TO, 'both'),
  acceptedAttestations: s.array(s.enumOf(ATTESTATION_TYPES, 'other')),
  controlRefs: s.array(text()),
  sourceRef: s.nullable(text())
});

const presetSchema = s.object<Preset>({
  schemaVersion: schemaVersion(),
  id: fileId(),
  name: bilingual(),
  rationale: bilingual(),
  intendedFor: intendedForSchema,
  licence: s.enumOf(LICENCE_TAGS, 'own-work'),
  settings: presetSettingsSchema,
  requirements: s.array(presetRequirementSchema)
});

export function restorePreset(input: unknown, entryIds: ReadonlySet<string>): RestoreResult<Preset> {
  const result = restoreWith(presetSchema, input);
  const { issues } = result;
  const requirements = result.value.requirements;
  checkUnique(
    requirements,
    (r) => r.ref,
    (i) => `requirements[${i}].ref`,
    issues
  );
  requirements.forEach((r, i) => {
    const at = `requirements[${i}]`;
    checkUnique(
      r.acceptedAttestations,
      (t) => t,
      (j) => `${at}.acceptedAttestations[${j}]`,
      issues
    );
    checkUnique(
      r.controlRefs,
      (ref) => ref,
      (j) => `${at}.controlRefs[${j}]`,
      issues
    );
    r.controlRefs.forEach((ref, j) => checkExists(ref, entryIds, `${at}.controlRefs[${j}]`, issues));
    if (r.sourceRef !== null) checkExists(r.sourceRef, entryIds, `${at}.sourceRef`, issues);
  });
  return result;
}

/** Shape, unique refs, points above zero, and control/source refs among `entryIds`. */
export function validatePreset(input: unknown, entryIds: ReadonlySet<string>): Issue[] {
  return restorePreset(input, entryIds).issues;
}
