/**
 * Schema combinators for restoring untrusted input: each field is checked against a schema; what
 * cannot be used gets the field's default and a coded issue with its path. Output objects are built
 * fresh from the known keys only, never spread, so unknown keys (and `__proto__`) never get through.
 */
import type { Issue } from '../issues';
import { withinBound, type NumberBound } from '../settings';
import { decodeBase64 } from './base64';

export interface Schema<T> {
  /** Type name reported in `wrongType`. */
  readonly expected: string;
  /** A fresh default value (a new object each call, so restored records never share state). */
  readonly fallback: () => T;
  readonly read: (input: unknown, path: string, issues: Issue[]) => T;
  /**
   * A field added after records were first written: when absent it is no issue. `omit` leaves the
   * key out (an optional field), `default` sets the fallback (the behaviour from before it).
   */
  readonly whenMissing?: 'omit' | 'default';
}

export interface RestoreResult<T> {
  value: T;
  issues: Issue[];
}

export type Params = NonNullable<Issue['params']>;

/** Assigning these keys on a plain object would reach its prototype, so they are never carried over. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const hasOwn = (object: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(object, key);

export function isRecord(input: unknown): input is Record<string, unknown> {
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
      for (const key of keys) {
        const value = shape[key].fallback();
        if (value !== undefined) out[key] = value;
      }
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
            const schema = shape[key];
            if (schema.whenMissing === 'omit') continue;
            if (schema.whenMissing !== 'default') issues.push({ code: 'missingField', path: at });
            out[key] = schema.fallback();
          } else {
            out[key] = shape[key].read(raw, at, issues);
          }
        }
        return out;
      }
    };
  },

  /** A field added later: absent, it is left out, with no issue (older records never had it). */
  optional: <T>(inner: Schema<T>): Schema<T | undefined> => ({
    ...inner,
    fallback: () => undefined,
    whenMissing: 'omit'
  }),

  /** A field added later: absent, it gets its fallback (the behaviour from before), with no issue. */
  addedLater: <T>(inner: Schema<T>): Schema<T> => ({ ...inner, whenMissing: 'default' }),

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
