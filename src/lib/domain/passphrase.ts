/**
 * An optional passphrase on an evaluator's sheet (and so on the chair's panel). Only a salted
 * PBKDF2-SHA-256 hash is kept, never the passphrase. It keeps people honest on a shared PC; it does
 * not keep secrets from someone holding the database (the grades are stored in clear beside it).
 * The key derivation is passed in (`DeriveKey`): the browser's WebCrypto, or a stand-in in tests.
 */
import { sameHex } from './hmac';
import type { Evaluator, PassphraseRecord } from './model';

export const PASSPHRASE_ALGORITHM = 'PBKDF2-SHA-256';
/**
 * OWASP's current figure for PBKDF2-HMAC-SHA-256 (600,000): about half a second per try on an
 * office PC, paid once per unlock, and it makes guessing from a copied database slow.
 */
export const PASSPHRASE_ITERATIONS = 600_000;
/** Bounds a stored record must meet (a restored one with 1 or 10⁹ iterations is refused). */
export const PASSPHRASE_BOUNDS = {
  minLength: 4,
  maxLength: 200,
  iterations: { min: 100_000, max: 10_000_000 }
} as const;

/** Derives 32 bytes from the passphrase's UTF-8, as lower-case hex. */
export type DeriveKey = (passphrase: string, saltHex: string, iterations: number) => Promise<string>;

/** `currentWrong`: a change or removal of a set passphrase needs the current one, and it was not it. */
export type PassphraseIssue = 'tooShort' | 'tooLong' | 'mismatch' | 'currentWrong';

/**
 * A forgotten chair passphrase is cleared on a written statement (who, and why), audited with the
 * operator's name: nobody above the chair can reset it, and on a shared PC a signed statement is
 * what a committee would ask for. Honesty, not security: whoever holds the PC can write one.
 */
/** At most 300 characters, so the audit entry (summaries of at most 500) keeps the statement whole. */
export const RESET_STATEMENT_BOUNDS = { minLength: 10, maxLength: 300 } as const;
export type StatementIssue = 'statementTooShort' | 'statementTooLong' | 'notConfirmed';

/** Problems with the statement of a forgotten chair passphrase, and with its confirmation box. */
export function checkResetStatement(statement: string, confirmed: boolean): StatementIssue[] {
  const length = [...statement.normalize('NFC').trim()].length;
  const issues: StatementIssue[] = [];
  if (length < RESET_STATEMENT_BOUNDS.minLength) issues.push('statementTooShort');
  if (length > RESET_STATEMENT_BOUNDS.maxLength) issues.push('statementTooLong');
  if (!confirmed) issues.push('notConfirmed');
  return issues;
}

/** The same passphrase typed in another Unicode form (IME, paste) must still match. */
function normalised(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/** Problems with a new passphrase and its confirmation, in the order the form shows them. */
export function checkNewPassphrase(passphrase: string, confirmation: string): PassphraseIssue[] {
  const text = normalised(passphrase);
  const issues: PassphraseIssue[] = [];
  if ([...text].length < PASSPHRASE_BOUNDS.minLength) issues.push('tooShort');
  if ([...text].length > PASSPHRASE_BOUNDS.maxLength) issues.push('tooLong');
  if (text !== normalised(confirmation)) issues.push('mismatch');
  return issues;
}

export async function makePassphraseRecord(
  passphrase: string,
  saltHex: string,
  derive: DeriveKey,
  at: string,
  iterations: number = PASSPHRASE_ITERATIONS
): Promise<PassphraseRecord> {
  const hash = await derive(normalised(passphrase), saltHex, iterations);
  return { algorithm: PASSPHRASE_ALGORITHM, iterations, salt: saltHex, hash, setAt: at };
}

/** Whether `passphrase` is the one the record was made from (compared without an early exit). */
export async function verifyPassphrase(
  record: PassphraseRecord,
  passphrase: string,
  derive: DeriveKey
): Promise<boolean> {
  const { min, max } = PASSPHRASE_BOUNDS.iterations;
  if (record.iterations < min || record.iterations > max) return false;
  return sameHex(await derive(normalised(passphrase), record.salt, record.iterations), record.hash);
}

export { isProtected } from './passphrase-protected';

/** The evaluator as it leaves this PC (an evaluator package): the hash stays behind. */
export function withoutPassphrase(evaluator: Evaluator): Evaluator {
  const { passphrase, ...rest } = evaluator;
  void passphrase;
  return rest;
}
