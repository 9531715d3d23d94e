/**
 * HMAC-SHA-256 (RFC 2104) over the synchronous SHA-256, so a grades file can be signed and checked
 * inside an IndexedDB transaction. Keys and digests are lower-case hex, as the app stores them.
 * `sameHex` compares without an early exit, so timing does not tell how much of a MAC matched.
 */
import { sha256Bytes } from './sha256';

const BLOCK = 64;

export function hexToBytes(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new TypeError('hexToBytes: not hex');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function hmacSha256(key: Uint8Array, message: Uint8Array): string {
  // A key longer than a block is hashed first; a shorter one is padded with zeros.
  const k = new Uint8Array(BLOCK);
  k.set(key.length > BLOCK ? hexToBytes(sha256Bytes(key)) : key);
  const inner = new Uint8Array(BLOCK + message.length);
  const outer = new Uint8Array(BLOCK + 32);
  for (let i = 0; i < BLOCK; i++) {
    inner[i] = k[i]! ^ 0x36;
    outer[i] = k[i]! ^ 0x5c;
  }
  inner.set(message, BLOCK);
  outer.set(hexToBytes(sha256Bytes(inner)), BLOCK);
  return sha256Bytes(outer);
}

/** HMAC-SHA-256 of UTF-8 text with a hex key. */
export function hmacSha256Text(keyHex: string, text: string): string {
  return hmacSha256(hexToBytes(keyHex), new TextEncoder().encode(text));
}

/** Equal hex strings, compared case-insensitively and in time that depends only on the length. */
export function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x.charCodeAt(i) ^ y.charCodeAt(i);
  return diff === 0;
}
