import { describe, expect, it } from 'vitest';
import { hmacSha256Text } from './hmac';
import type { Evaluator } from './model';
import {
  PASSPHRASE_BOUNDS,
  PASSPHRASE_ITERATIONS,
  RESET_STATEMENT_BOUNDS,
  checkNewPassphrase,
  checkResetStatement,
  isProtected,
  makePassphraseRecord,
  verifyPassphrase,
  withoutPassphrase,
  type DeriveKey
} from './passphrase';

/** A stand-in KDF: deterministic in all three inputs, and it records what it was given. */
function fakeKdf() {
  const calls: { passphrase: string; salt: string; iterations: number }[] = [];
  const derive: DeriveKey = async (passphrase, salt, iterations) => {
    calls.push({ passphrase, salt, iterations });
    return hmacSha256Text(salt, `${iterations}:${passphrase}`);
  };
  return { derive, calls };
}

const SALT = 'a1'.repeat(32);
const OTHER_SALT = 'b2'.repeat(32);
const AT = '2026-12-01T09:00:00.000Z';

describe('checkNewPassphrase', () => {
  it.each([
    ['long enough and confirmed', 'さくら2026', 'さくら2026', []],
    ['too short', 'abc', 'abc', ['tooShort']],
    [
      'exactly the minimum',
      'a'.repeat(PASSPHRASE_BOUNDS.minLength),
      'a'.repeat(PASSPHRASE_BOUNDS.minLength),
      []
    ],
    [
      'too long',
      'a'.repeat(PASSPHRASE_BOUNDS.maxLength + 1),
      'a'.repeat(PASSPHRASE_BOUNDS.maxLength + 1),
      ['tooLong']
    ],
    ['confirmation differs', 'さくら2026', 'さくら2025', ['mismatch']],
    ['empty', '', '', ['tooShort']],
    // Four characters, counted as characters (not UTF-16 units): 𩸽 is one character in two units.
    ['counted by character', '𩸽𩸽𩸽', '𩸽𩸽𩸽', ['tooShort']],
    ['composed and decomposed forms are the same passphrase', 'がぎぐげ', 'か\u3099ぎぐげ', []]
  ] as const)('%s', (_label, passphrase, confirmation, issues) => {
    expect(checkNewPassphrase(passphrase, confirmation)).toEqual(issues);
  });
});

describe('makePassphraseRecord / verifyPassphrase with an injected KDF', () => {
  it('stores the salt, the iterations and the derived hash, never the passphrase', async () => {
    const { derive, calls } = fakeKdf();
    const record = await makePassphraseRecord('秘密の合言葉', SALT, derive, AT);
    expect(record).toEqual({
      algorithm: 'PBKDF2-SHA-256',
      iterations: PASSPHRASE_ITERATIONS,
      salt: SALT,
      hash: hmacSha256Text(SALT, `${PASSPHRASE_ITERATIONS}:秘密の合言葉`),
      setAt: AT
    });
    expect(JSON.stringify(record)).not.toContain('秘密の合言葉');
    expect(calls).toEqual([{ passphrase: '秘密の合言葉', salt: SALT, iterations: PASSPHRASE_ITERATIONS }]);
  });

  it.each([
    ['the right passphrase', '秘密の合言葉', true],
    ['a wrong one', '秘密の合言葉X', false],
    ['the empty text', '', false],
    ['the same in decomposed form', '秘密の合言葉'.normalize('NFD'), true]
  ])('verifies %s → %s', async (_label, given, ok) => {
    const { derive } = fakeKdf();
    const record = await makePassphraseRecord('秘密の合言葉', SALT, derive, AT);
    expect(await verifyPassphrase(record, given, derive)).toBe(ok);
  });

  it('uses the record’s own salt and iteration count', async () => {
    const { derive, calls } = fakeKdf();
    const record = await makePassphraseRecord('合言葉です', OTHER_SALT, derive, AT, 200_000);
    calls.length = 0;
    expect(await verifyPassphrase(record, '合言葉です', derive)).toBe(true);
    expect(calls).toEqual([{ passphrase: '合言葉です', salt: OTHER_SALT, iterations: 200_000 }]);
  });

  it('the same passphrase with two salts gives two hashes', async () => {
    const { derive } = fakeKdf();
    const a = await makePassphraseRecord('合言葉です', SALT, derive, AT);
    const b = await makePassphraseRecord('合言葉です', OTHER_SALT, derive, AT);
    expect(a.hash).not.toBe(b.hash);
  });

  it.each([[1], [PASSPHRASE_BOUNDS.iterations.min - 1], [PASSPHRASE_BOUNDS.iterations.max + 1]])(
    'a record with %d iterations (out of bounds) never verifies, and the KDF is not run',
    async (iterations) => {
      const { derive, calls } = fakeKdf();
      const record = await makePassphraseRecord('合言葉です', SALT, derive, AT, iterations);
      calls.length = 0;
      expect(await verifyPassphrase(record, '合言葉です', derive)).toBe(false);
      expect(calls).toEqual([]);
    }
  );
});

describe('isProtected and withoutPassphrase', () => {
  const base: Evaluator = {
    id: 'e1',
    procurementId: 'p1',
    order: 0,
    name: '高橋',
    role: 'chair',
    submittedAt: null
  };
  const record = {
    algorithm: 'PBKDF2-SHA-256' as const,
    iterations: PASSPHRASE_ITERATIONS,
    salt: SALT,
    hash: 'c3'.repeat(32),
    setAt: AT
  };

  it.each([
    [base, false],
    [{ ...base, passphrase: record }, true]
  ])('%o → %s', (evaluator, protectedSheet) => {
    expect(isProtected(evaluator)).toBe(protectedSheet);
  });

  it('leaves the hash behind and keeps every other field', () => {
    const out = withoutPassphrase({ ...base, passphrase: record });
    expect(out).toEqual(base);
    expect('passphrase' in out).toBe(false);
  });
});

describe('checkResetStatement', () => {
  const long = 'あ'.repeat(RESET_STATEMENT_BOUNDS.maxLength + 1);
  it.each<[string, string, boolean, string[]]>([
    ['a statement, confirmed', '委員長の山田です。合言葉を失念したため解除します。', true, []],
    ['too short', '忘れた', true, ['statementTooShort']],
    ['blank after trimming', '          　　', true, ['statementTooShort']],
    ['too long', long, true, ['statementTooLong']],
    ['not confirmed', '委員長の山田です。合言葉を失念したため解除します。', false, ['notConfirmed']],
    ['empty and not confirmed', '', false, ['statementTooShort', 'notConfirmed']]
  ])('%s', (_, statement, confirmed, expected) => {
    expect(checkResetStatement(statement, confirmed)).toEqual(expected);
  });

  it('counts characters, not UTF-16 units, at the lower bound', () => {
    const ten = '𠮷'.repeat(RESET_STATEMENT_BOUNDS.minLength);
    expect(checkResetStatement(ten, true)).toEqual([]);
    expect(checkResetStatement(ten.slice(2), true)).toEqual(['statementTooShort']);
  });
});
