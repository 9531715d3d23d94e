/**
 * Criteria versions (版) and the lock. Locking freezes a copy of the requirements and scoring
 * settings with their SHA-256; while locked, requirement and settings writes are refused with
 * `locked`. A change needs a written reason (reopen); the next lock makes version n + 1 with it.
 */
import { MAX_KEY, MIN_KEY } from './keys';
import { criteriaHash, criteriaState, REOPEN_REASON_MIN, validateCriteria } from '$lib/domain/criteria';
import type { Issue } from '$lib/domain/issues';
import { blockingChecks, lockChecks, type DuplicateDecision, type LockCheck } from '$lib/domain/lock-checks';
import type { CriteriaVersion, Id } from '$lib/domain/model';
import { sha256Text } from '$lib/domain/sha256';
import { byOrder } from '$lib/domain/records';
import type { WriteContext } from './context';
import { StorageError } from './errors';
import { assertNamed, read, requireProcurement, write, type Tx } from './tx';
import { appendAudit } from './audit-append';

export function listCriteriaVersions(procurementId: Id): Promise<CriteriaVersion[]> {
  return read(
    (db) => [db.criteriaVersions],
    async (db) => versionsOf(db, procurementId)
  );
}

async function versionsOf(db: Tx, procurementId: Id): Promise<CriteriaVersion[]> {
  return db.criteriaVersions
    .where('[procurementId+version]')
    .between([procurementId, MIN_KEY], [procurementId, MAX_KEY])
    .toArray();
}

/** Refused: the problems of `validateCriteria`, and every check still blocking (duplicates without a reason). */
export type LockResult =
  { ok: true; version: CriteriaVersion } | { ok: false; issues: Issue[]; blocking: LockCheck[] };

/**
 * Locks the criteria when no check before the lock blocks (`domain/lock-checks.ts`): each pair of
 * duplicate requirements must be kept with a written reason in `decisions` (or resolved before).
 * The kept pairs and their reasons, and the warnings shown, go into the lock's audit entry.
 */
export function lockCriteria(
  ctx: WriteContext,
  procurementId: Id,
  decisions: readonly DuplicateDecision[] = []
): Promise<LockResult> {
  return write(
    (db) => [db.requirements, db.criteriaVersions],
    async (db): Promise<LockResult> => {
      assertNamed(ctx, 'criteria.lock');
      const procurement = await requireProcurement(db, procurementId);
      const versions = await versionsOf(db, procurementId);
      if (criteriaState(procurement, versions) === 'locked') throw new StorageError('locked');
      const requirements = byOrder(
        await db.requirements.where('procurementId').equals(procurementId).toArray()
      );
      const { checks } = lockChecks(requirements, procurement.settings);
      const blocking = blockingChecks(checks, decisions);
      if (blocking.length) {
        return { ok: false, issues: validateCriteria(requirements, procurement.settings), blocking };
      }
      const reasons = new Map(decisions.map((d) => [d.key, d.reason.trim()]));
      const keptDuplicates = checks.flatMap((c) =>
        c.duplicate ? [{ refs: c.refs.join(' / '), reason: reasons.get(c.duplicate.key) ?? '' }] : []
      );
      const warnings = checks.filter((c) => c.severity === 'warn').map((c) => c.code);
      const at = ctx.now();
      const version: CriteriaVersion = {
        id: ctx.newId(),
        procurementId,
        version: versions.length + 1,
        lockedAt: at,
        lockedBy: ctx.actor,
        hash: criteriaHash(requirements, procurement.settings, sha256Text),
        reason: procurement.criteriaReopen?.reason ?? '',
        requirements,
        settings: procurement.settings
      };
      await db.criteriaVersions.add(version);
      await appendAudit(
        db,
        ctx,
        procurementId,
        {
          action: 'criteria.lock',
          entityKind: 'criteriaVersion',
          entityId: version.id,
          after: {
            version: version.version,
            hash: version.hash,
            reason: version.reason,
            ...(keptDuplicates.length ? { keptDuplicates } : {}),
            ...(warnings.length ? { warnings } : {})
          },
          at
        },
        { criteriaReopen: null }
      );
      return { ok: true, version };
    }
  );
}

/** Opens locked criteria for a change, recording the written reason (at least REOPEN_REASON_MIN characters). */
export function reopenCriteria(ctx: WriteContext, procurementId: Id, reason: string): Promise<void> {
  const text = reason.trim();
  return write(
    (db) => [db.criteriaVersions],
    async (db) => {
      const procurement = await requireProcurement(db, procurementId);
      const versions = await versionsOf(db, procurementId);
      if (criteriaState(procurement, versions) !== 'locked') throw new StorageError('locked');
      // An evaluator's copy grades against the chair's criteria; only the chair may change them.
      if (procurement.packageOrigin) throw new StorageError('locked');
      if (text.length < REOPEN_REASON_MIN) throw new StorageError('reasonRequired');
      const at = ctx.now();
      const record = { reason: text, at, by: ctx.actor };
      await appendAudit(
        db,
        ctx,
        procurementId,
        { action: 'criteria.reopen', entityKind: 'procurement', entityId: procurementId, after: record, at },
        { criteriaReopen: record }
      );
    }
  );
}
