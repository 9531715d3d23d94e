import { describe, expect, it } from 'vitest';
import { BLOB_BYTES, T0 } from '$lib/testing/restore';
import { decodeBase64, encodeBase64 } from './base64';
import { restoreWith, s } from './schema';

describe('base64', () => {
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy']
  ])('encodes and decodes the RFC 4648 vector %j', (plain, encoded) => {
    const bytes = new TextEncoder().encode(plain);
    expect(encodeBase64(bytes)).toBe(encoded);
    expect(Array.from(decodeBase64(encoded)!)).toEqual(Array.from(bytes));
  });

  it('agrees with btoa on every byte value and round-trips several MB without overflowing the stack', () => {
    let binary = '';
    for (const byte of BLOB_BYTES) binary += String.fromCharCode(byte);
    expect(encodeBase64(BLOB_BYTES)).toBe(btoa(binary));

    const large = Uint8Array.from({ length: 3 * 1024 * 1024 + 2 }, (_, i) => (i * 7919) % 256);
    const back = decodeBase64(encodeBase64(large))!;
    expect(back.length).toBe(large.length);
    expect(back.every((byte, i) => byte === large[i])).toBe(true);
  });

  it.each(['Zg=', 'Zg=a', '=Zg=', 'Z===', 'Zm9v\n', 'Zm 9', 'Zm9é', '===='])('rejects %j', (text) => {
    expect(decodeBase64(text)).toBeNull();
  });
});

describe('schema combinators', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-12-31', true],
    ['2026-02-30', false],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00:00Z', false]
  ])('isoDate %s → valid %s', (input, valid) => {
    const { value, issues } = restoreWith(s.isoDate(), input, 'd');
    expect(value).toBe(valid ? input : '');
    expect(issues).toEqual(valid ? [] : [{ code: 'wrongType', path: 'd', params: { expected: 'date' } }]);
  });

  it.each([
    [T0, true],
    ['2026-01-05T09:00:00Z', true],
    ['2026-01-05T09:00:00+09:00', true],
    ['2026-02-30T09:00:00.000Z', false],
    ['2026-01-05T24:00:00.000Z', false],
    ['2026-01-05 09:00:00Z', false],
    ['2026-01-05', false]
  ])('isoDateTime %s → valid %s', (input, valid) => {
    expect(restoreWith(s.isoDateTime(), input).issues.length).toBe(valid ? 0 : 1);
  });

  it.each([
    [{}, NaN, 'wrongType', { expected: 'number' }],
    [{}, Infinity, 'wrongType', { expected: 'number' }],
    [{}, '1', 'wrongType', { expected: 'number' }],
    [{ integer: true }, 1.5, 'wrongType', { expected: 'integer' }],
    [{ min: 0 }, -1, 'outOfRange', { value: -1, min: 0 }],
    [{ min: 0, max: 1, default: 0.5 }, 1.01, 'outOfRange', { value: 1.01, min: 0, max: 1 }]
  ] as const)('number %j refuses %s with %s', (options, input, code, params) => {
    const { value, issues } = restoreWith(s.number(options), input, 'n');
    expect(issues).toEqual([{ code, path: 'n', params }]);
    expect(value).toBe('default' in options ? options.default : 0);
  });

  it('reports a value outside an enum without stringifying objects', () => {
    const schema = s.enumOf(['a', 'b'], 'b');
    expect(restoreWith(schema, 'c', 'e')).toEqual({
      value: 'b',
      issues: [{ code: 'notAllowed', path: 'e', params: { value: 'c', allowed: 'a|b' } }]
    });
    // JSON can give an object whose own toString is not a function; String() on it would throw.
    const hostile = JSON.parse('{"toString":1,"valueOf":1}');
    expect(restoreWith(schema, hostile, 'e').issues[0]?.params).toEqual({ value: 'object', allowed: 'a|b' });
  });

  it('indexes array paths and defaults a non-array', () => {
    const schema = s.object({ list: s.array(s.hex64()) });
    expect(restoreWith(schema, { list: ['a'.repeat(64), 'A'.repeat(64)] }, 'x').issues).toEqual([
      { code: 'wrongType', path: 'x.list[1]', params: { expected: 'sha256' } }
    ]);
    expect(restoreWith(schema, { list: {} }).value).toEqual({ list: [] });
  });
});
