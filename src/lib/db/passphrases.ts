/**
 * Evaluator passphrases in storage: set by the evaluator on their open sheet, cleared once by the
 * chair (a reset; the evaluator then sets a new one). Both are audited without the hash: the audit
 * trail and the workbook show that a passphrase was set or reset, by whom and when, never material
 * to guess it from. The record is derived before the write (`passphrase-kdf.ts`), outside the transaction.
 */
import type { Id, PassphraseRecord } from '$lib/domain/model';
import { checkResetStatement, PASSPHRASE_BOUNDS } from '$lib/domain/passphrase';
import type { WriteContext } from './context';
import { StorageError } from './errors';
import { assertNamed, write } from './tx';
import { appendAudit } from './audit-append';

export function setEvaluatorPassphrase(
  ctx: WriteContext,
  evaluatorId: Id,
  record: PassphraseRecord
): Promise<void> {
  const { min, max } = PASSPHRASE_BOUNDS.iterations;
  return write(
    (db) => [db.evaluators],
    async (db) => {
      if (!/^[0-9a-f]{64}$/.test(record.hash) || !/^[0-9a-f]{64}$/.test(record.salt))
        throw new StorageError('passphraseInvalid');
      if (!Number.isInteger(record.iterations) || record.iterations < min || record.iterations > max)
        throw new StorageError('passphraseInvalid');
      const evaluator = await db.evaluators.get(evaluatorId);
      if (!evaluator) throw new StorageError('notFound');
      await db.evaluators.put({ ...evaluator, passphrase: record });
      await appendAudit(db, ctx, evaluator.procurementId, {
        action: 'evaluator.passphraseSet',
        entityKind: 'evaluator',
        entityId: evaluatorId,
        before: { name: evaluator.name, passphrase: evaluator.passphrase ? 'set' : 'none' },
        after: { name: evaluator.name, passphrase: 'set', iterations: record.iterations },
        at: record.setAt
      });
    }
  );
}

/**
 * The chair's reset: the evaluator's passphrase is removed (they set a new one when they next open
 * their sheet). `chairId` must be the procurement's chair, and not the evaluator reset.
 */
export function resetEvaluatorPassphrase(ctx: WriteContext, evaluatorId: Id, chairId: Id): Promise<void> {
  return write(
    (db) => [db.evaluators],
    async (db) => {
      assertNamed(ctx, 'evaluator.passphraseReset');
      const evaluator = await db.evaluators.get(evaluatorId);
      const chair = await db.evaluators.get(chairId);
      if (!evaluator || !chair) throw new StorageError('notFound');
      if (
        chair.role !== 'chair' ||
        chair.procurementId !== evaluator.procurementId ||
        chair.id === evaluator.id
      )
        throw new StorageError('invalidInput');
      if (!evaluator.passphrase) return;
      const { passphrase, ...rest } = evaluator;
      void passphrase;
      await db.evaluators.put(rest);
      await appendAudit(db, ctx, evaluator.procurementId, {
        action: 'evaluator.passphraseReset',
        entityKind: 'evaluator',
        entityId: evaluatorId,
        before: { name: evaluator.name, passphrase: 'set' },
        after: { name: evaluator.name, passphrase: 'none', resetBy: chair.name }
      });
    }
  );
}

/**
 * How an evaluator's own passphrase is cleared: by typing the current one (checked by the caller
 * before the write, as WebCrypto cannot run inside the transaction), or, for the chair, who has
 * nobody above to reset it, by a written statement when it is forgotten.
 */
export type SelfResetProof = { kind: 'currentPassphrase' } | { kind: 'statement'; statement: string };

/**
 * Clears an evaluator's own passphrase (they may set a new one). Audited as
 * `evaluator.passphraseSelfReset` with the operator's name, how it was done and the statement.
 */
export function clearOwnPassphrase(ctx: WriteContext, evaluatorId: Id, proof: SelfResetProof): Promise<void> {
  return write(
    (db) => [db.evaluators],
    async (db) => {
      assertNamed(ctx, 'evaluator.passphraseSelfReset');
      const evaluator = await db.evaluators.get(evaluatorId);
      if (!evaluator) throw new StorageError('notFound');
      if (proof.kind === 'statement') {
        // Only the chair clears a forgotten passphrase on a statement; a member asks the chair.
        if (evaluator.role !== 'chair') throw new StorageError('invalidInput');
        if (checkResetStatement(proof.statement, true).length > 0) throw new StorageError('invalidInput');
      }
      if (!evaluator.passphrase) return;
      const { passphrase, ...rest } = evaluator;
      void passphrase;
      await db.evaluators.put(rest);
      await appendAudit(db, ctx, evaluator.procurementId, {
        action: 'evaluator.passphraseSelfReset',
        entityKind: 'evaluator',
        entityId: evaluatorId,
        before: { name: evaluator.name, passphrase: 'set' },
        after: {
          name: evaluator.name,
          role: evaluator.role,
          passphrase: 'none',
          method: proof.kind,
          ...(proof.kind === 'statement' ? { statement: proof.statement.normalize('NFC').trim() } : {})
        }
      });
    }
  );
}
