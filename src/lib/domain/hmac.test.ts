import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes, hmacSha256, hmacSha256Text, sameHex } from './hmac';

const text = (s: string) => new TextEncoder().encode(s);
const repeat = (byte: number, n: number) => new Uint8Array(n).fill(byte);

// RFC 4231 §4.2–4.8, HMAC-SHA-256 results (case 5 is truncated to 128 bits in the RFC).
const RFC4231: [string, Uint8Array, Uint8Array, string][] = [
  [
    '1: 20-byte key',
    repeat(0x0b, 20),
    text('Hi There'),
    'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'
  ],
  [
    '2: short key "Jefe"',
    text('Jefe'),
    text('what do ya want for nothing?'),
    '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
  ],
  [
    '3: 50 bytes of 0xdd',
    repeat(0xaa, 20),
    repeat(0xdd, 50),
    '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe'
  ],
  [
    '4: 25-byte key',
    hexToBytes('0102030405060708090a0b0c0d0e0f10111213141516171819'),
    repeat(0xcd, 50),
    '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b'
  ],
  [
    '6: key longer than a block',
    repeat(0xaa, 131),
    text('Test Using Larger Than Block-Size Key - Hash Key First'),
    '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54'
  ],
  [
    '7: long key and long data',
    repeat(0xaa, 131),
    text(
      'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.'
    ),
    '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2'
  ]
];

describe('hmacSha256', () => {
  it.each(RFC4231)('matches RFC 4231 test case %s', (_name, key, data, expected) => {
    expect(hmacSha256(key, data)).toBe(expected);
  });

  it('matches RFC 4231 test case 5 (output truncated to 128 bits)', () => {
    const mac = hmacSha256(repeat(0x0c, 20), text('Test With Truncation'));
    expect(mac.slice(0, 32)).toBe('a3b6167473100ee06e0c796c2955552b');
  });

  it.each([0, 1, 63, 64, 65, 200])('agrees with node:crypto for a %i-byte key and Japanese text', (n) => {
    const key = new Uint8Array(n).map((_, i) => (i * 13 + 5) & 0xff);
    const message = '評価者 山田 の採点 A B C';
    expect(hmacSha256Text(bytesToHex(key), message)).toBe(
      createHmac('sha256', key).update(message, 'utf8').digest('hex')
    );
  });
});

describe('hex helpers', () => {
  it('round-trips bytes through hex', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(hexToBytes(bytesToHex(bytes))).toEqual(bytes);
  });

  it.each(['abc', 'zz', '0g'])('refuses %j as hex', (hex) => {
    expect(() => hexToBytes(hex)).toThrow(TypeError);
  });

  it.each([
    ['ab12', 'ab12', true],
    ['AB12', 'ab12', true],
    ['ab12', 'ab13', false],
    ['ab12', 'ab1', false]
  ])('sameHex(%j, %j) is %s', (a, b, expected) => {
    expect(sameHex(a, b)).toBe(expected);
  });
});
