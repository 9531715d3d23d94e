/**
 * The browser's side of passphrases: WebCrypto PBKDF2-SHA-256 and a random salt. The rule (what is
 * stored, how it is checked) is `domain/passphrase.ts`; this only supplies the derivation it takes.
 * Never call inside an IndexedDB transaction: awaiting WebCrypto there would commit it early.
 */
import type { DeriveKey } from '$lib/domain/passphrase';
import { bytesToHex, hexToBytes } from '$lib/domain/hmac';

export const pbkdf2Sha256: DeriveKey = async (passphrase, saltHex, iterations) => {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveBits'
  ]);
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(hexToBytes(saltHex)), iterations },
    key,
    256
  );
  return bytesToHex(new Uint8Array(bits));
};

/** 32 random bytes as hex: a new salt for each passphrase set. */
export function newSalt(): string {
  return bytesToHex(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}
