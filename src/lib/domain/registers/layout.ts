/**
 * The layout of an official register as a buyer downloads it (ISMAP and ISMAP-LIU クラウドサービス
 * リスト, ISMS-AC 認証取得組織, JASA CS マーク, CSA STAR): which header texts name which column role,
 * which words in a status column mean 取消 or 期限切れ, and where the list states its own 更新日.
 * Layouts are data (`questionnaires/registers/*.json`) because the lists change layout; this module
 * holds their type and the check every file passes.
 */
import type { AttestationType } from '../model';
import { ATTESTATION_TYPES } from '../model';
import type { Issue } from '../issues';

export const REGISTER_LAYOUT_SCHEMA_VERSION = 1;

/** What a column of a register holds. `number` and `company` are what matching reads first. */
export const REGISTER_ROLES = [
  'number',
  'company',
  'service',
  'registeredOn',
  'expiry',
  'status',
  'scope',
  'issuer',
  'standard'
] as const;
export type RegisterRole = (typeof REGISTER_ROLES)[number];

export const REGISTER_CONFIDENCES = ['verified', 'secondary', 'assumed'] as const;
export type RegisterConfidence = (typeof REGISTER_CONFIDENCES)[number];

export interface RegisterColumn {
  /** Header texts as printed; compared full-width folded, case-insensitive, without spaces. */
  aliases: string[];
  required: boolean;
}

export interface RegisterSource {
  /** What the source says (headings, number shape, where the date is). */
  finding: string;
  /** Where: a URL or document name. */
  where: string;
  confidence: RegisterConfidence;
}

export interface RegisterLayout {
  schemaVersion: number;
  id: string;
  title: { ja: string; en: string };
  /** The attestation types this register proves. */
  attestationTypes: AttestationType[];
  /** The shape of a normalised number (see `numberKey`), as a regular expression; a hint only. */
  numberPattern: string;
  columns: Partial<Record<RegisterRole, RegisterColumn>>;
  /** Words of the status column (folded as headers are) that mean the entry no longer stands. */
  statusWords: { revoked: string[]; expired: string[] };
  /** Labels printed before (or after) the list's own 更新日 in the rows above the header. */
  listDateLabels: string[];
  /** How far down the header row may be (title rows, notes). */
  headerSearchRows: number;
  sources: RegisterSource[];
  /** Overall: how sure we are that these are the real headings. */
  confidence: RegisterConfidence;
  note: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const nonEmptyStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.trim() !== '');

const LAYOUT_KEYS = new Set([
  'schemaVersion',
  'id',
  'title',
  'attestationTypes',
  'numberPattern',
  'columns',
  'statusWords',
  'listDateLabels',
  'headerSearchRows',
  'sources',
  'confidence',
  'note'
]);

function validPattern(pattern: unknown): boolean {
  if (typeof pattern !== 'string' || pattern === '') return false;
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** The issues of one layout file; empty when it can be used as is. Never throws. */
export function validateRegisterLayout(input: unknown): Issue[] {
  const issues: Issue[] = [];
  if (!isRecord(input)) return [{ code: 'wrongType', path: '', params: { expected: 'object' } }];
  const wrong = (path: string, expected: string) =>
    issues.push({ code: 'wrongType', path, params: { expected } });
  for (const key of Object.keys(input))
    if (!LAYOUT_KEYS.has(key)) issues.push({ code: 'unknownKey', path: key });
  if (input.schemaVersion !== REGISTER_LAYOUT_SCHEMA_VERSION) {
    issues.push({
      code: 'outOfRange',
      path: 'schemaVersion',
      params: { expected: REGISTER_LAYOUT_SCHEMA_VERSION }
    });
  }
  if (typeof input.id !== 'string' || !/^[a-z0-9-]+$/.test(input.id)) wrong('id', 'id');
  const title = input.title;
  if (
    !isRecord(title) ||
    typeof title.ja !== 'string' ||
    !title.ja ||
    typeof title.en !== 'string' ||
    !title.en
  ) {
    wrong('title', 'bilingual');
  }
  const types = input.attestationTypes;
  if (!nonEmptyStrings(types)) wrong('attestationTypes', 'string[]');
  else
    types.forEach((type, i) => {
      if (!(ATTESTATION_TYPES as readonly string[]).includes(type)) {
        issues.push({ code: 'notAllowed', path: `attestationTypes[${i}]`, params: { value: type } });
      }
    });
  if (!validPattern(input.numberPattern)) wrong('numberPattern', 'regexp');
  const columns = input.columns;
  if (!isRecord(columns)) wrong('columns', 'object');
  else {
    for (const [role, column] of Object.entries(columns)) {
      const path = `columns.${role}`;
      if (!(REGISTER_ROLES as readonly string[]).includes(role)) issues.push({ code: 'unknownKey', path });
      else if (
        !isRecord(column) ||
        !nonEmptyStrings(column.aliases) ||
        typeof column.required !== 'boolean'
      ) {
        wrong(path, 'column');
      }
    }
    for (const role of ['number', 'company'] as const) {
      if (!isRecord(columns[role])) issues.push({ code: 'missingField', path: `columns.${role}` });
    }
  }
  const words = input.statusWords;
  if (!isRecord(words) || !Array.isArray(words.revoked) || !Array.isArray(words.expired)) {
    wrong('statusWords', 'statusWords');
  }
  if (!nonEmptyStrings(input.listDateLabels)) wrong('listDateLabels', 'string[]');
  const rows = input.headerSearchRows;
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 1 || rows > 100) {
    issues.push({ code: 'outOfRange', path: 'headerSearchRows', params: { min: 1, max: 100 } });
  }
  const sources = input.sources;
  if (!Array.isArray(sources) || sources.length === 0) wrong('sources', 'source[]');
  else
    sources.forEach((source, i) => {
      if (
        !isRecord(source) ||
        typeof source.finding !== 'string' ||
        !source.finding ||
        typeof source.where !== 'string' ||
        !source.where ||
        !(REGISTER_CONFIDENCES as readonly unknown[]).includes(source.confidence)
      ) {
        wrong(`sources[${i}]`, 'source');
      }
    });
  if (!(REGISTER_CONFIDENCES as readonly unknown[]).includes(input.confidence))
    wrong('confidence', 'confidence');
  if (typeof input.note !== 'string') wrong('note', 'string');
  return issues;
}
