import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues';
import {
  BLOB_BYTES,
  DELETE,
  META,
  backupJson,
  comparable,
  edit,
  fixture,
  parse,
  pathText,
  type Key
} from '$lib/testing/restore';
import {
  BACKUP_FILE_TYPE,
  BACKUP_MAX_BYTES,
  BACKUP_SCHEMA_VERSION,
  buildBackupEnvelope,
  parseBackupText
} from './backup';

describe('backup files', () => {
  it('round-trips a full bundle through JSON text, bytes included', () => {
    const text = JSON.stringify(buildBackupEnvelope([fixture(), fixture('p2')], META));
    const { data, issues } = parseBackupText(text, new TextEncoder().encode(text).length);
    expect(issues).toEqual([]);
    expect(data).toMatchObject(META);
    expect(data!.bundles.map(comparable)).toEqual([fixture(), fixture('p2')].map(comparable));
    const blob = data!.bundles[0]!.evidenceBlobs[0]!.data;
    expect(blob).toBeInstanceOf(ArrayBuffer);
    expect(Array.from(new Uint8Array(blob))).toEqual(Array.from(BLOB_BYTES));
  });

  const valid = JSON.stringify(backupJson());
  const withVersion = (version: unknown) => JSON.stringify(edit(backupJson(), ['schemaVersion'], version));
  it.each<[string, string, number, Issue]>([
    [
      'over the size limit',
      valid,
      BACKUP_MAX_BYTES + 1,
      { code: 'fileTooLarge', path: '', params: { limitMb: 100 } }
    ],
    ['empty', '', 0, { code: 'fileEmpty', path: '' }],
    ['whitespace only', ' \n\t ', 4, { code: 'fileEmpty', path: '' }],
    ['not JSON', '{"type": "sentei-backup",', 25, { code: 'notJson', path: '' }],
    ['a JSON array', '[]', 2, { code: 'wrongFileType', path: '' }],
    ['JSON null', 'null', 4, { code: 'wrongFileType', path: '' }],
    ['another file type', '{"type":"other","schemaVersion":1}', 40, { code: 'wrongFileType', path: '' }],
    [
      'a future version',
      withVersion(5),
      1,
      { code: 'futureVersion', path: '', params: { version: 5, supported: 4 } }
    ],
    ['version 0', withVersion(0), 1, { code: 'wrongType', path: '', params: { expected: 'integer' } }],
    ['version 1.5', withVersion(1.5), 1, { code: 'wrongType', path: '', params: { expected: 'integer' } }],
    [
      'version as text',
      withVersion('1'),
      1,
      { code: 'wrongType', path: '', params: { expected: 'integer' } }
    ],
    [
      'no version',
      JSON.stringify({ type: BACKUP_FILE_TYPE }),
      1,
      { code: 'wrongType', path: '', params: { expected: 'integer' } }
    ]
  ])('refuses a file that is %s', (_, text, byteLength, issue) => {
    expect(parseBackupText(text, byteLength)).toEqual({ data: null, issues: [issue] });
  });

  it('accepts a file of exactly the limit, and one starting with a byte order mark', () => {
    expect(parseBackupText(valid, BACKUP_MAX_BYTES).issues).toEqual([]);
    expect(parseBackupText(`\uFEFF${valid}`, valid.length + 3).data).not.toBeNull();
    expect(BACKUP_SCHEMA_VERSION).toBe(4);
  });

  const bundle = ['data', 'procurements', 0];
  it.each<[string, Key[], unknown, Issue['code']]>([
    ['an unknown envelope key', ['comment'], 'x', 'unknownKey'],
    ['a nested __proto__', [...bundle, 'vendors', 0, '__proto__'], {}, 'forbiddenKey'],
    ['a missing field', [...bundle, 'requirements', 0, 'title'], DELETE, 'missingField'],
    ['a value outside an enum', [...bundle, 'procurement', 'settings', 'rounding', 'mode'], 1, 'notAllowed'],
    ['an impossible date', [...bundle, 'attestations', 0, 'periodEnd'], '2026-02-30', 'wrongType'],
    ['invalid base64', [...bundle, 'evidenceBlobs', 0, 'data'], 'not base64!', 'wrongType'],
    ['a dangling reference', [...bundle, 'grades', 0, 'requirementId'], 'r9', 'danglingReference'],
    ['an unknown scope', ['scope'], 'everything', 'notAllowed'],
    ['a bad export time', ['exportedAt'], 'now', 'wrongType']
  ])('refuses the whole file for %s', (_, path, value, code) => {
    const { data, issues } = parse(edit(backupJson(), path, value));
    expect(data).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ code, path: pathText(path).slice(1) })]);
  });

  it('reports a __proto__ key in the envelope without polluting any prototype', () => {
    const text = JSON.stringify(backupJson()).replace('{', '{"__proto__":{"polluted":true},');
    const { data, issues } = parseBackupText(text, text.length);
    expect(data).toBeNull();
    expect(issues).toEqual([{ code: 'forbiddenKey', path: '__proto__', params: { key: '__proto__' } }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses two bundles with the same procurement id', () => {
    const { data, issues } = parse(backupJson([fixture(), fixture()]));
    expect(data).toBeNull();
    expect(issues).toEqual([
      { code: 'duplicateId', path: 'data.procurements[1].procurement.id', params: { id: 'p1' } }
    ]);
  });
});
