/**
 * Turns untrusted input (backup files, IndexedDB records written by older versions) into model
 * records. Each field is checked against a schema; what cannot be used gets the field's default and
 * a coded issue with its path, so callers decide: old records accept `missingField`, a backup is
 * refused on any issue. Output objects are built fresh from the known keys only, never spread.
 */
import { BACKUP_MAX_BYTES, BACKUP_MAX_MB } from './limits';
import { defaultSettings } from './defaults';
import type { Issue, Restored } from './issues';
import {
  RUBRIC_BOUNDS,
  SETTINGS_BOUNDS as B,
  validateSettings,
  withinBound,
  type NumberBound
} from './settings';
import {
  ANSWERS,
  APPLIES_TO,
  ATTESTATION_TYPES,
  BID_STATUSES,
  BUNDLE_COLLECTIONS,
  CONFIDENTIALITY_CLASSES,
  CRITICALITIES,
  EVALUATOR_ROLES,
  EVIDENCE_OWNER_KINDS,
  OPINIONS,
  PASS_RULES,
  PRICE_FORMULAS,
  PRICE_METHODS,
  REQUIREMENT_KINDS,
  ROUNDING_MODES,
  SCOPE_COVERAGE,
  SERVICE_MODELS,
  SUBSERVICE_METHODS,
  UNIFIED_STANDARD_EDITIONS,
  VERDICTS,
  VERIFICATION_RESULTS,
  type Attestation,
  type AttestationException,
  type AuditEntry,
  type BundleCollection,
  type Consensus,
  type CriteriaVersion,
  type EvidenceBlob,
  type EvidenceFile,
  type Evaluator,
  type Grade,
  type IssuedPackage,
  type LockRecord,
  type PackageOrigin,
  type Procurement,
  type ProcurementBundle,
  type Requirement,
  type Response,
  type RoundingSettings,
  type RubricLevel,
  type ScoringSettings,
  type Subcontractor,
  type SubserviceOrganisation,
  type TieResolution,
  type Vendor,
  type VerificationRecord
} from './model';

// ---------------------------------------------------------------- schema combinators

export interface Schema<T> {
  /** Type name reported in `wrongType`. */
  readonly expected: string;
  /** A fresh default value (a new object each call, so restored records never share state). */
  readonly fallback: () => T;
  readonly read: (input: unknown, path: string, issues: Issue[]) => T;
}

export interface RestoreResult<T> {
  value: T;
  issues: Issue[];
}

type Params = NonNullable<Issue['params']>;

/** Assigning these keys on a plain object would reach its prototype, so they are never carried over. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

export function joinPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** A scalar: `parse` gives undefined for the wrong type, `range` gives params when out of range. */
function leaf<T>(
  expected: string,
  fallback: () => T,
  parse: (input: unknown) => T | undefined,
  range?: (value: T) => Params | undefined
): Schema<T> {
  return {
    expected,
    fallback,
    read(input, path, issues) {
      const value = parse(input);
      if (value === undefined) {
        issues.push({ code: 'wrongType', path, params: { expected } });
        return fallback();
      }
      const params = range?.(value);
      if (params) {
        issues.push({ code: 'outOfRange', path, params });
        return fallback();
      }
      return value;
    }
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const HEX64 = /^[0-9a-f]{64}$/;

/** A `YYYY-MM-DD` that names a real day (the regex alone lets `2026-02-30` through). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** Objects are not stringified: `{"toString":1}` from JSON would make String() throw. */
function shortText(input: unknown): string {
  const primitive = input === null || ['string', 'number', 'boolean'].includes(typeof input);
  return primitive ? String(input).slice(0, 100) : Array.isArray(input) ? 'array' : typeof input;
}

const isArrayBuffer = (input: unknown): input is ArrayBuffer =>
  Object.prototype.toString.call(input) === '[object ArrayBuffer]';

type Shape<T> = { [K in keyof T]-?: Schema<T[K]> };

export const s = {
  string: (options: { minLength?: number; default?: string } = {}): Schema<string> =>
    leaf(
      'string',
      () => options.default ?? '',
      (input) => (typeof input === 'string' ? input : undefined),
      (value) => (value.length < (options.minLength ?? 0) ? { min: options.minLength ?? 0 } : undefined)
    ),

  /** Record ids: any non-empty string. */
  id: (): Schema<string> => s.string({ minLength: 1 }),

  /** Finite numbers only: NaN and Infinity survive IndexedDB but break every sum. */
  number: (options: NumberBound & { default?: number } = {}): Schema<number> => {
    const { integer = false, min = -Infinity, max = Infinity } = options;
    const fallback = options.default ?? Math.min(Math.max(0, min), max);
    return leaf(
      integer ? 'integer' : 'number',
      () => fallback,
      (input) =>
        typeof input === 'number' && Number.isFinite(input) && (!integer || Number.isInteger(input))
          ? input
          : undefined,
      (value) => {
        if (withinBound(value, options)) return undefined;
        const params: Params = { value };
        if (Number.isFinite(min)) params.min = min;
        if (Number.isFinite(max)) params.max = max;
        return params;
      }
    );
  },

  boolean: (fallback = false): Schema<boolean> =>
    leaf(
      'boolean',
      () => fallback,
      (input) => (typeof input === 'boolean' ? input : undefined)
    ),

  enumOf<const V extends readonly [string | number, ...(string | number)[]]>(
    values: V,
    fallback: V[number] = values[0]
  ): Schema<V[number]> {
    const allowed = values.join('|');
    return {
      expected: allowed,
      fallback: () => fallback,
      read(input, path, issues) {
        const found = values.find((value) => value === input);
        if (found !== undefined) return found;
        issues.push({ code: 'notAllowed', path, params: { value: shortText(input), allowed } });
        return fallback;
      }
    };
  },

  isoDate: (): Schema<string> =>
    leaf(
      'date',
      () => '',
      (input) => (typeof input === 'string' && isCalendarDate(input) ? input : undefined)
    ),

  isoDateTime: (): Schema<string> =>
    leaf(
      'dateTime',
      () => '',
      (input) => {
        if (typeof input !== 'string') return undefined;
        const match = ISO_DATE_TIME.exec(input);
        return match && isCalendarDate(match[1] ?? '') ? input : undefined;
      }
    ),

  /** SHA-256 as lower-case hex, the only form the app writes. */
  hex64: (): Schema<string> =>
    leaf(
      'sha256',
      () => '',
      (input) => (typeof input === 'string' && HEX64.test(input) ? input : undefined)
    ),

  /** Bytes as IndexedDB holds them. */
  arrayBuffer: (): Schema<ArrayBuffer> =>
    leaf(
      'arrayBuffer',
      () => new ArrayBuffer(0),
      (input) => (isArrayBuffer(input) ? input : undefined)
    ),

  /** Bytes as a backup holds them: base64 text, restored to an ArrayBuffer. */
  base64Bytes: (): Schema<ArrayBuffer> =>
    leaf(
      'base64',
      () => new ArrayBuffer(0),
      (input) => (typeof input === 'string' ? decodeBase64(input)?.buffer : undefined)
    ),

  /** When the value itself is unusable (an issue at its own path) the default is null, not the inner default. */
  nullable: <T>(inner: Schema<T>): Schema<T | null> => ({
    expected: `${inner.expected}|null`,
    fallback: () => null,
    read(input, path, issues) {
      if (input === null) return null;
      const before = issues.length;
      const value = inner.read(input, path, issues);
      for (let i = before; i < issues.length; i++) if (issues[i]!.path === path) return null;
      return value;
    }
  }),

  array: <T>(item: Schema<T>, fallback: () => T[] = () => []): Schema<T[]> => ({
    expected: 'array',
    fallback,
    read(input, path, issues) {
      if (!Array.isArray(input)) {
        issues.push({ code: 'wrongType', path, params: { expected: 'array' } });
        return fallback();
      }
      const out: T[] = [];
      for (let i = 0; i < input.length; i++) out.push(item.read(input[i], `${path}[${i}]`, issues));
      return out;
    }
  }),

  object: <T>(shape: Shape<T>): Schema<T> => {
    const keys = Object.keys(shape) as (keyof T & string)[];
    const fallback = (): T => {
      const out = {} as T;
      for (const key of keys) out[key] = shape[key].fallback();
      return out;
    };
    return {
      expected: 'object',
      fallback,
      read(input, path, issues) {
        if (!isRecord(input)) {
          issues.push({ code: 'wrongType', path, params: { expected: 'object' } });
          return fallback();
        }
        for (const key of Object.keys(input)) {
          if (hasOwn(shape, key)) continue;
          const code = FORBIDDEN_KEYS.has(key) ? 'forbiddenKey' : 'unknownKey';
          issues.push({ code, path: joinPath(path, key), params: { key } });
        }
        const out = {} as T;
        for (const key of keys) {
          const at = joinPath(path, key);
          // An own `undefined` (possible in IndexedDB, never in JSON) means the same as absent.
          const raw = hasOwn(input, key) ? input[key] : undefined;
          if (raw === undefined) {
            issues.push({ code: 'missingField', path: at });
            out[key] = shape[key].fallback();
          } else {
            out[key] = shape[key].read(raw, at, issues);
          }
        }
        return out;
      }
    };
  },

  /** Adds checks across fields (references, uniqueness) after the shape has been restored. */
  refine: <T>(inner: Schema<T>, check: (value: T, path: string, issues: Issue[]) => void): Schema<T> => ({
    ...inner,
    read(input, path, issues) {
      const value = inner.read(input, path, issues);
      check(value, path, issues);
      return value;
    }
  })
};

export function restoreWith<T>(schema: Schema<T>, input: unknown, path = ''): RestoreResult<T> {
  const issues: Issue[] = [];
  return { value: schema.read(input, path, issues), issues };
}

// ---------------------------------------------------------------- base64

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
const PAD = 61; // '='

/** Standard base64 with padding. Built as ASCII bytes, then decoded once: no per-char strings, no spread. */
export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n = (bytes[i]! << 16) | ((rest > 1 ? bytes[i + 1]! : 0) << 8) | (rest > 2 ? bytes[i + 2]! : 0);
    out[o++] = ENCODE[n >>> 18]!;
    out[o++] = ENCODE[(n >>> 12) & 63]!;
    out[o++] = rest > 1 ? ENCODE[(n >>> 6) & 63]! : PAD;
    out[o++] = rest > 2 ? ENCODE[n & 63]! : PAD;
  }
  return new TextDecoder().decode(out);
}

/** Strict standard base64 (padding required, no whitespace); null when the text is not that. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = i; j < i + 4; j++) {
      const code = text.charCodeAt(j);
      let digit = code < 128 ? DECODE[code]! : -1;
      if (digit < 0) {
        if (code !== PAD || j < text.length - pad) return null;
        digit = 0;
      }
      n = (n << 6) | digit;
    }
    out[o++] = n >>> 16;
    if (o < out.length) out[o++] = (n >>> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

// ---------------------------------------------------------------- record schemas

const DS = defaultSettings();
const order = () => s.number({ integer: true, min: 0 });
const yen = () => s.nullable(s.number({ integer: true, min: 0 }));
const strings = () => s.array(s.string());
const ids = () => s.array(s.id());

// Each value's bounds come from `SETTINGS_BOUNDS` (domain/settings.ts), and the whole is checked by
// `validateSettings`, the one check the settings form, the criteria lock and the engine use too.
const rubricLevelSchema = s.object<RubricLevel>({
  code: s.string({ minLength: 1 }),
  labelJa: s.string(),
  labelEn: s.string(),
  factor: s.number(RUBRIC_BOUNDS.factor)
});

const decimals = (fallback: number) => s.number({ ...B.decimals, default: fallback });

const roundingSchema = s.object<RoundingSettings>({
  mode: s.enumOf(ROUNDING_MODES, DS.rounding.mode),
  technicalDecimals: decimals(DS.rounding.technicalDecimals),
  priceDecimals: decimals(DS.rounding.priceDecimals),
  totalDecimals: decimals(DS.rounding.totalDecimals),
  evaluationValueDecimals: decimals(DS.rounding.evaluationValueDecimals),
  referenceValueDecimals: decimals(DS.rounding.referenceValueDecimals)
});

/** Every default comes from `defaultSettings()`, so `{}` restores to exactly the default settings. */
const settingsSchema = s.refine(
  s.object<ScoringSettings>({
    rubric: s.array(rubricLevelSchema, () => defaultSettings().rubric),
    priceMethod: s.enumOf(PRICE_METHODS, DS.priceMethod),
    priceFormula: s.enumOf(PRICE_FORMULAS, DS.priceFormula),
    priceAllocation: s.number({ ...B.priceAllocation, default: DS.priceAllocation }),
    ceilingPrice: s.nullable(s.number(B.ceilingPrice)),
    divisionScale: s.number({ ...B.divisionScale, default: DS.divisionScale }),
    referenceValueGate: s.boolean(DS.referenceValueGate),
    lowBidThreshold: s.nullable(s.number(B.lowBidThreshold)),
    passRule: s.enumOf(PASS_RULES, DS.passRule),
    minimumBonus: s.nullable(s.number(B.minimumBonus)),
    rounding: roundingSchema,
    priceTaxIncluded: s.boolean(DS.priceTaxIncluded),
    priceYears: s.number({ ...B.priceYears, default: DS.priceYears }),
    stabilityVariation: s.number({ ...B.stabilityVariation, default: DS.stabilityVariation }),
    stabilityDraws: s.number({ ...B.stabilityDraws, default: DS.stabilityDraws }),
    stabilitySeed: s.number({ ...B.stabilitySeed, default: DS.stabilitySeed })
  }),
  (settings, path, issues) => {
    // What the fields' own bounds above cannot see (a value out of range was reported there and
    // replaced by its default): the rubric as a whole, the 調査基準価格 below the 予定価格. What the
    // price method still needs (a ceiling, an allocation) is the lock's concern: a draft may lack it.
    for (const problem of validateSettings(settings)) {
      if (problem.requirement) continue;
      issues.push({
        code: 'outOfRange',
        path: joinPath(path, problem.path),
        params: { setting: problem.code }
      });
    }
  }
);

const lockSchema = s.object<LockRecord>({ at: s.isoDateTime(), by: s.string() });

const procurementSchema = s.object<Procurement>({
  id: s.id(),
  title: s.string(),
  organisation: s.string(),
  serviceModel: s.enumOf(SERVICE_MODELS, 'SaaS'),
  handlesConfidential: s.boolean(true),
  confidentialityClass: s.enumOf(CONFIDENTIALITY_CLASSES, 2),
  unifiedStandardEdition: s.enumOf(UNIFIED_STANDARD_EDITIONS, 'R5'),
  bidDeadline: s.nullable(s.isoDate()),
  contractStart: s.nullable(s.isoDate()),
  contractEnd: s.nullable(s.isoDate()),
  notes: s.string(),
  settings: settingsSchema,
  criteriaReopen: s.nullable(
    s.object<NonNullable<Procurement['criteriaReopen']>>({
      reason: s.string({ minLength: 1 }),
      at: s.isoDateTime(),
      by: s.string()
    })
  ),
  technicalLock: s.nullable(lockSchema),
  tieResolutions: s.array(
    s.object<TieResolution>({
      vendorIds: ids(),
      method: s.string(),
      winnerId: s.id(),
      note: s.string(),
      at: s.isoDateTime(),
      by: s.string()
    })
  ),
  issuedPackages: s.array(
    s.object<IssuedPackage>({
      id: s.id(),
      evaluatorId: s.id(),
      criteriaVersion: s.number({ integer: true, min: 1 }),
      criteriaHash: s.hex64(),
      key: s.hex64(),
      issuedAt: s.isoDateTime(),
      issuedBy: s.string(),
      importedAt: s.nullable(s.isoDateTime())
    })
  ),
  packageOrigin: s.nullable(
    s.object<PackageOrigin>({
      packageId: s.id(),
      evaluatorId: s.id(),
      sourceProcurementId: s.id(),
      criteriaVersion: s.number({ integer: true, min: 1 }),
      criteriaHash: s.hex64(),
      key: s.hex64(),
      openedAt: s.isoDateTime()
    })
  ),
  auditHead: s.nullable(
    s.object<NonNullable<Procurement['auditHead']>>({
      seq: s.number({ integer: true, min: 1 }),
      hash: s.hex64()
    })
  ),
  createdAt: s.isoDateTime(),
  updatedAt: s.isoDateTime()
});

const requirementSchema = s.object<Requirement>({
  id: s.id(),
  procurementId: s.id(),
  order: order(),
  ref: s.string(),
  domain: s.string(),
  title: s.string(),
  text: s.string(),
  kind: s.enumOf(REQUIREMENT_KINDS, 'scored'),
  points: s.number({ min: 0 }),
  appliesTo: s.enumOf(APPLIES_TO, 'csp'),
  acceptedAttestations: s.array(s.enumOf(ATTESTATION_TYPES)),
  controlRefs: strings(),
  sourceRef: s.nullable(s.string())
});

const criteriaVersionSchema = s.object<CriteriaVersion>({
  id: s.id(),
  procurementId: s.id(),
  version: s.number({ integer: true, min: 1 }),
  lockedAt: s.isoDateTime(),
  lockedBy: s.string(),
  hash: s.hex64(),
  reason: s.string(),
  requirements: s.array(requirementSchema),
  settings: settingsSchema
});

const evaluatorSchema = s.object<Evaluator>({
  id: s.id(),
  procurementId: s.id(),
  order: order(),
  name: s.string(),
  role: s.enumOf(EVALUATOR_ROLES, 'member'),
  submittedAt: s.nullable(s.isoDateTime())
});

const vendorSchema = s.object<Vendor>({
  id: s.id(),
  procurementId: s.id(),
  order: order(),
  company: s.string(),
  serviceName: s.string(),
  serviceEdition: s.string(),
  serviceModel: s.enumOf(SERVICE_MODELS, 'SaaS'),
  regions: strings(),
  contact: s.string(),
  notes: s.string(),
  bidPrice: yen(),
  bidStatus: s.enumOf(BID_STATUSES, 'valid'),
  bidStatusReason: s.string(),
  lowBidInvestigation: s.nullable(
    s.object<NonNullable<Vendor['lowBidInvestigation']>>({
      outcome: s.enumOf(['accepted', 'rejected']),
      note: s.string()
    })
  )
});

const subcontractorSchema = s.object<Subcontractor>({
  id: s.id(),
  procurementId: s.id(),
  vendorId: s.id(),
  order: order(),
  name: s.string(),
  role: s.string(),
  criticality: s.enumOf(CRITICALITIES, 'normal'),
  subserviceMethod: s.enumOf(SUBSERVICE_METHODS),
  notes: s.string()
});

const attestationSchema = s.object<Attestation>({
  id: s.id(),
  procurementId: s.id(),
  vendorId: s.id(),
  subcontractorId: s.nullable(s.id()),
  type: s.enumOf(ATTESTATION_TYPES, 'other'),
  number: s.string(),
  issuer: s.string(),
  accreditationBody: s.string(),
  scopeText: s.string(),
  scopeServices: strings(),
  scopeRegions: strings(),
  scopeCoverage: s.enumOf(SCOPE_COVERAGE, 'unknown'),
  periodStart: s.nullable(s.isoDate()),
  periodEnd: s.nullable(s.isoDate()),
  asOf: s.nullable(s.isoDate()),
  issuedOn: s.nullable(s.isoDate()),
  expiry: s.nullable(s.isoDate()),
  edition: s.string(),
  cloudAddOn: s.boolean(),
  renewalPending: s.boolean(),
  opinion: s.nullable(s.enumOf(OPINIONS)),
  exceptions: s.array(s.object<AttestationException>({ description: s.string(), requirementIds: ids() })),
  tscCategories: strings(),
  subserviceOrganisations: s.array(
    s.object<SubserviceOrganisation>({ name: s.string(), method: s.enumOf(SUBSERVICE_METHODS) })
  ),
  cuecs: strings(),
  bridgeLetter: s.nullable(
    s.object<NonNullable<Attestation['bridgeLetter']>>({ issuedOn: s.isoDate(), coversUntil: s.isoDate() })
  ),
  excludedControls: strings(),
  verification: s.nullable(
    s.object<VerificationRecord>({
      source: s.string(),
      checkedOn: s.isoDate(),
      checkedBy: s.string(),
      result: s.enumOf(VERIFICATION_RESULTS, 'notFound')
    })
  ),
  evidenceFileIds: ids(),
  notes: s.string()
});

const evidenceFileSchema = s.object<EvidenceFile>({
  id: s.id(),
  procurementId: s.id(),
  vendorId: s.id(),
  ownerKind: s.enumOf(EVIDENCE_OWNER_KINDS),
  ownerId: s.id(),
  name: s.string(),
  type: s.string(),
  size: s.number({ integer: true, min: 0 }),
  sha256: s.hex64(),
  addedAt: s.isoDateTime(),
  addedBy: s.string()
});

const evidenceBlobSchema = s.object<EvidenceBlob>({
  id: s.id(),
  procurementId: s.id(),
  data: s.arrayBuffer()
});
const backupEvidenceBlobSchema = s.object<EvidenceBlob>({
  id: s.id(),
  procurementId: s.id(),
  data: s.base64Bytes()
});

const responseSchema = s.object<Response>({
  id: s.id(),
  procurementId: s.id(),
  vendorId: s.id(),
  requirementId: s.id(),
  answer: s.nullable(s.enumOf(ANSWERS)),
  explanation: s.string(),
  evidenceRefs: s.string(),
  updatedAt: s.isoDateTime(),
  source: s.enumOf(['manual', 'import'])
});

const gradeSchema = s.object<Grade>({
  id: s.id(),
  procurementId: s.id(),
  evaluatorId: s.id(),
  vendorId: s.id(),
  requirementId: s.id(),
  verdict: s.nullable(s.enumOf(VERDICTS)),
  level: s.nullable(s.string()),
  rationale: s.string(),
  updatedAt: s.isoDateTime()
});

const consensusSchema = s.object<Consensus>({
  id: s.id(),
  procurementId: s.id(),
  vendorId: s.id(),
  requirementId: s.id(),
  verdict: s.nullable(s.enumOf(VERDICTS)),
  level: s.nullable(s.string()),
  reason: s.string(),
  recordedAt: s.isoDateTime(),
  recordedBy: s.string()
});

const auditEntrySchema = s.object<AuditEntry>({
  procurementId: s.id(),
  seq: s.number({ integer: true, min: 1 }),
  at: s.isoDateTime(),
  actor: s.string(),
  action: s.string(),
  entityKind: s.string(),
  entityId: s.string(),
  before: s.string(),
  after: s.string(),
  prevHash: s.hex64(),
  hash: s.hex64()
});

export type RecordTable = 'procurements' | BundleCollection;
export type RecordOf<K extends RecordTable> = K extends BundleCollection
  ? ProcurementBundle[K][number]
  : Procurement;

/** Schemas of records as IndexedDB stores them, by table name; `settings` is also usable alone. */
export const SCHEMAS: { [K in RecordTable]: Schema<RecordOf<K>> } & { settings: Schema<ScoringSettings> } = {
  procurements: procurementSchema,
  requirements: requirementSchema,
  criteriaVersions: criteriaVersionSchema,
  evaluators: evaluatorSchema,
  vendors: vendorSchema,
  subcontractors: subcontractorSchema,
  attestations: attestationSchema,
  evidenceFiles: evidenceFileSchema,
  evidenceBlobs: evidenceBlobSchema,
  responses: responseSchema,
  grades: gradeSchema,
  consensus: consensusSchema,
  audit: auditEntrySchema,
  settings: settingsSchema
};

export type Restorer<T> = (input: unknown, path?: string) => RestoreResult<T>;
const restorer =
  <T>(schema: Schema<T>): Restorer<T> =>
  (input, path = '') =>
    restoreWith(schema, input, path);

export const restoreProcurement = restorer(procurementSchema);
export const restoreRequirement = restorer(requirementSchema);
export const restoreCriteriaVersion = restorer(criteriaVersionSchema);
export const restoreEvaluator = restorer(evaluatorSchema);
export const restoreVendor = restorer(vendorSchema);
export const restoreSubcontractor = restorer(subcontractorSchema);
export const restoreAttestation = restorer(attestationSchema);
export const restoreEvidenceFile = restorer(evidenceFileSchema);
export const restoreEvidenceBlob = restorer(evidenceBlobSchema);
export const restoreResponse = restorer(responseSchema);
export const restoreGrade = restorer(gradeSchema);
export const restoreConsensus = restorer(consensusSchema);
export const restoreAuditEntry = restorer(auditEntrySchema);

/** One restorer per IndexedDB table, for migrations that walk every table. */
export const RESTORERS: { [K in RecordTable]: Restorer<RecordOf<K>> } = {
  procurements: restoreProcurement,
  requirements: restoreRequirement,
  criteriaVersions: restoreCriteriaVersion,
  evaluators: restoreEvaluator,
  vendors: restoreVendor,
  subcontractors: restoreSubcontractor,
  attestations: restoreAttestation,
  evidenceFiles: restoreEvidenceFile,
  evidenceBlobs: restoreEvidenceBlob,
  responses: restoreResponse,
  grades: restoreGrade,
  consensus: restoreConsensus,
  audit: restoreAuditEntry
};

// ---------------------------------------------------------------- bundles

/** Ownership, unique ids (audit: unique `seq`) and references, all resolved inside the bundle. */
function checkBundle(bundle: ProcurementBundle, path: string, issues: Issue[]): void {
  const procurementId = bundle.procurement.id;
  const dangling = (at: string, id: string, known: ReadonlySet<string>): void => {
    if (!known.has(id)) issues.push({ code: 'danglingReference', path: at, params: { id } });
  };
  const known = new Set([procurementId]);
  for (const collection of BUNDLE_COLLECTIONS) {
    const records: readonly { procurementId: string; id?: string; seq?: number }[] = bundle[collection];
    const seen = new Set<string | number>();
    records.forEach((record, i) => {
      const at = `${joinPath(path, collection)}[${i}]`;
      dangling(`${at}.procurementId`, record.procurementId, known);
      const [field, id] = collection === 'audit' ? ['seq', record.seq ?? 0] : ['id', record.id ?? ''];
      if (seen.has(id)) issues.push({ code: 'duplicateId', path: `${at}.${field}`, params: { id } });
      seen.add(id);
    });
  }

  const idsOf = (records: readonly { id: string }[]): ReadonlySet<string> =>
    new Set(records.map((r) => r.id));
  const vendors = idsOf(bundle.vendors);
  const requirements = idsOf(bundle.requirements);
  const evaluators = idsOf(bundle.evaluators);
  const subcontractors = idsOf(bundle.subcontractors);
  const attestations = idsOf(bundle.attestations);
  const responses = idsOf(bundle.responses);
  const files = idsOf(bundle.evidenceFiles);
  const at = (collection: string, i: number, field: string) => `${joinPath(path, collection)}[${i}].${field}`;

  bundle.procurement.tieResolutions.forEach((tie, i) => {
    const base = `${joinPath(path, 'procurement.tieResolutions')}[${i}]`;
    tie.vendorIds.forEach((id, j) => dangling(`${base}.vendorIds[${j}]`, id, vendors));
    dangling(`${base}.winnerId`, tie.winnerId, vendors);
  });
  bundle.subcontractors.forEach((r, i) => dangling(at('subcontractors', i, 'vendorId'), r.vendorId, vendors));
  bundle.attestations.forEach((r, i) => {
    dangling(at('attestations', i, 'vendorId'), r.vendorId, vendors);
    if (r.subcontractorId !== null) {
      dangling(at('attestations', i, 'subcontractorId'), r.subcontractorId, subcontractors);
    }
    r.evidenceFileIds.forEach((id, j) => dangling(at('attestations', i, `evidenceFileIds[${j}]`), id, files));
    r.exceptions.forEach((e, j) =>
      e.requirementIds.forEach((id, k) =>
        dangling(at('attestations', i, `exceptions[${j}].requirementIds[${k}]`), id, requirements)
      )
    );
  });
  bundle.evidenceFiles.forEach((r, i) => {
    dangling(at('evidenceFiles', i, 'vendorId'), r.vendorId, vendors);
    const owners = r.ownerKind === 'attestation' ? attestations : responses;
    dangling(at('evidenceFiles', i, 'ownerId'), r.ownerId, owners);
  });
  bundle.evidenceBlobs.forEach((r, i) => dangling(at('evidenceBlobs', i, 'id'), r.id, files));
  for (const collection of ['responses', 'grades', 'consensus'] as const) {
    bundle[collection].forEach((r: Response | Grade | Consensus, i) => {
      dangling(at(collection, i, 'vendorId'), r.vendorId, vendors);
      dangling(at(collection, i, 'requirementId'), r.requirementId, requirements);
    });
  }
  bundle.grades.forEach((r, i) => dangling(at('grades', i, 'evaluatorId'), r.evaluatorId, evaluators));
}

/** A bundle in backup form: blob bytes are base64 text. */
const bundleSchema: Schema<ProcurementBundle> = s.refine(
  s.object<ProcurementBundle>({
    procurement: procurementSchema,
    requirements: s.array(requirementSchema),
    criteriaVersions: s.array(criteriaVersionSchema),
    evaluators: s.array(evaluatorSchema),
    vendors: s.array(vendorSchema),
    subcontractors: s.array(subcontractorSchema),
    attestations: s.array(attestationSchema),
    evidenceFiles: s.array(evidenceFileSchema),
    evidenceBlobs: s.array(backupEvidenceBlobSchema),
    responses: s.array(responseSchema),
    grades: s.array(gradeSchema),
    consensus: s.array(consensusSchema),
    audit: s.array(auditEntrySchema)
  }),
  checkBundle
);

/** Restores a bundle in backup form; null only when the input is not an object at all. */
export function restoreBundle(
  input: unknown,
  path = ''
): { value: ProcurementBundle | null; issues: Issue[] } {
  if (!isRecord(input)) {
    return { value: null, issues: [{ code: 'wrongType', path, params: { expected: 'object' } }] };
  }
  return restoreWith(bundleSchema, input, path);
}

// ---------------------------------------------------------------- backup files

export const BACKUP_FILE_TYPE = 'sentei-backup';
export const BACKUP_SCHEMA_VERSION = 1;
export { BACKUP_MAX_BYTES } from './limits';
export const BACKUP_SCOPES = ['procurement', 'all'] as const;
export type BackupScope = (typeof BACKUP_SCOPES)[number];

export type BackupEvidenceBlob = Omit<EvidenceBlob, 'data'> & { data: string };
export type BackupBundle = Omit<ProcurementBundle, 'evidenceBlobs'> & { evidenceBlobs: BackupEvidenceBlob[] };

export interface BackupEnvelope {
  type: typeof BACKUP_FILE_TYPE;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  scope: BackupScope;
  data: { procurements: BackupBundle[] };
}

export interface BackupContents {
  appVersion: string;
  exportedAt: string;
  scope: BackupScope;
  bundles: ProcurementBundle[];
}

type RestoredEnvelope = Omit<BackupEnvelope, 'data'> & { data: { procurements: ProcurementBundle[] } };

const envelopeSchema = s.object<RestoredEnvelope>({
  type: s.enumOf([BACKUP_FILE_TYPE]),
  schemaVersion: s.number({
    integer: true,
    min: 1,
    max: BACKUP_SCHEMA_VERSION,
    default: BACKUP_SCHEMA_VERSION
  }),
  appVersion: s.string(),
  exportedAt: s.isoDateTime(),
  scope: s.enumOf(BACKUP_SCOPES),
  data: s.object({ procurements: s.array(bundleSchema) })
});

export function toBackupBundle(bundle: ProcurementBundle): BackupBundle {
  return {
    ...bundle,
    evidenceBlobs: bundle.evidenceBlobs.map(({ id, procurementId, data }) => ({
      id,
      procurementId,
      data: encodeBase64(new Uint8Array(data))
    }))
  };
}

export function buildBackupEnvelope(
  bundles: readonly ProcurementBundle[],
  meta: { appVersion: string; exportedAt: string; scope: BackupScope }
): BackupEnvelope {
  return {
    type: BACKUP_FILE_TYPE,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt,
    scope: meta.scope,
    data: { procurements: bundles.map(toBackupBundle) }
  };
}

/**
 * Reads a backup file. A backup is applied whole or not at all, so any issue anywhere makes
 * `data` null. File-level refusals (size, JSON, type, version) come alone, at path ''.
 */
export function parseBackupText(text: string, byteLength: number): Restored<BackupContents> {
  const refuse = (code: Issue['code'], params?: Params): Restored<BackupContents> => ({
    data: null,
    issues: [params ? { code, path: '', params } : { code, path: '' }]
  });
  if (byteLength > BACKUP_MAX_BYTES) return refuse('fileTooLarge', { limitMb: BACKUP_MAX_MB });
  if (text.trim() === '') return refuse('fileEmpty');
  let json: unknown;
  try {
    // Editors on Windows may save a byte order mark, which JSON.parse rejects.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('notJson');
  }
  if (!isRecord(json) || !hasOwn(json, 'type') || json.type !== BACKUP_FILE_TYPE)
    return refuse('wrongFileType');
  const version = hasOwn(json, 'schemaVersion') ? json.schemaVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('wrongType', { expected: 'integer' });
  }
  // Checked before the shape: a newer file may well have a shape this version cannot read.
  if (version > BACKUP_SCHEMA_VERSION) {
    return refuse('futureVersion', { version, supported: BACKUP_SCHEMA_VERSION });
  }

  const { value, issues } = restoreWith(envelopeSchema, json, '');
  const bundles = value.data.procurements;
  const seen = new Set<string>();
  bundles.forEach((bundle, i) => {
    const id = bundle.procurement.id;
    if (seen.has(id))
      issues.push({ code: 'duplicateId', path: `data.procurements[${i}].procurement.id`, params: { id } });
    seen.add(id);
  });
  if (issues.length > 0) return { data: null, issues };
  return {
    data: { appVersion: value.appVersion, exportedAt: value.exportedAt, scope: value.scope, bundles },
    issues
  };
}
