import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Bytes, sha256Text } from './sha256';

describe('sha256Text', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
    ]
  ])('matches the FIPS 180-4 vector for %j', (input, expected) => {
    expect(sha256Text(input)).toBe(expected);
  });

  it.each([0, 1, 55, 56, 63, 64, 65, 119, 120, 1000])('agrees with node:crypto on %i bytes', (length) => {
    const bytes = new Uint8Array(length).map((_, i) => (i * 31 + 7) & 0xff);
    expect(sha256Bytes(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('hashes Japanese text as UTF-8', () => {
    const text = '選定 評価基準の確定';
    expect(sha256Text(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
