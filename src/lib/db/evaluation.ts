/**
 * Stage 4 in storage: who may grade what and when, submission of an evaluator's sheet, the
 * technical lock (技術評価の締切り), and price opening (開札: bids after that lock only). Every
 * rule is checked inside the write transaction, so no page can get round it, and every step is
 * an audit entry.
 */
import { MAX_KEY, MIN_KEY } from './keys';
import { gradesDigest, gradeShapeIssue, sheetProgress } from '$lib/domain/evaluation';
import type {
  BidStatus,
  CriteriaVersion,
  Id,
  Procurement,
  ScoringSettings,
  TieResolution,
  TypedAmount,
  Vendor,
  Verdict
} from '$lib/domain/model';
import { sha256Text } from '$lib/domain/sha256';
import { SETTINGS_BOUNDS, withinBound } from '$lib/domain/settings';
import { toEvaluationBasis } from '$lib/domain/tax';
import type { WriteContext } from './context';
import { StorageError } from './errors';
import { assertNamed, requireProcurement, write, type Tx } from './tx';
import { appendAudit } from './audit-append';

export const RETURN_REASON_MIN = 5;

async function latestLockedVersion(db: Tx, procurementId: Id): Promise<CriteriaVersion | undefined> {
  return db.criteriaVersions
    .where('[procurementId+version]')
    .between([procurementId, MIN_KEY], [procurementId, MAX_KEY])
    .last();
}

/**
 * The criteria grades are given against: the latest locked version. Grading needs the criteria
 * locked at least once (they are fixed before any response is judged) and stops at the technical
 * lock. The caller's transaction includes `criteriaVersions`.
 */
export async function requireGradingOpen(
  db: Tx,
  procurementId: Id
): Promise<{ procurement: Procurement; version: CriteriaVersion }> {
  const procurement = await requireProcurement(db, procurementId);
  if (procurement.technicalLock) throw new StorageError('gradingClosed');
  const version = await latestLockedVersion(db, procurementId);
  if (!version) throw new StorageError('criteriaNotLocked');
  return { procurement, version };
}

/**
 * Checks one grade before it is stored: the evaluator belongs to the procurement and has not
 * submitted, an evaluator package's procurement takes only its own evaluator's grades, and the
 * grade fits the requirement of the locked criteria. Needs `evaluators` and `criteriaVersions`.
 */
export async function assertGradeAllowed(
  db: Tx,
  input: {
    procurementId: Id;
    evaluatorId: Id;
    requirementId: Id;
    verdict: Verdict | null;
    level: string | null;
  }
): Promise<void> {
  const { procurement, version } = await requireGradingOpen(db, input.procurementId);
  const evaluator = await db.evaluators.get(input.evaluatorId);
  if (evaluator?.procurementId !== input.procurementId) throw new StorageError('notFound');
  if (evaluator.submittedAt) throw new StorageError('gradingClosed');
  const origin = procurement.packageOrigin;
  if (origin && origin.evaluatorId !== input.evaluatorId) throw new StorageError('gradingClosed');
  const requirement = version.requirements.find((r) => r.id === input.requirementId);
  if (!requirement) throw new StorageError('notFound');
  if (gradeShapeIssue(requirement, version.settings.rubric, input)) throw new StorageError('invalidGrade');
}

/** The consensus is recorded by the committee before the technical lock, on locked criteria. */
export async function assertConsensusAllowed(
  db: Tx,
  input: {
    procurementId: Id;
    requirementId: Id;
    verdict: Verdict | null;
    level: string | null;
    reason: string;
  }
): Promise<void> {
  const { procurement, version } = await requireGradingOpen(db, input.procurementId);
  if (procurement.packageOrigin) throw new StorageError('gradingClosed');
  const requirement = version.requirements.find((r) => r.id === input.requirementId);
  if (!requirement) throw new StorageError('notFound');
  if (gradeShapeIssue(requirement, version.settings.rubric, input)) throw new StorageError('invalidGrade');
  const given = input.verdict !== null || input.level !== null;
  if (given && input.reason.trim() === '') throw new StorageError('reasonRequired');
}

/**
 * After the technical lock the committee and the bidders are fixed: adding or removing an
 * evaluator or a vendor would change figures that were closed (their grades go with them).
 */
export async function assertPanelOpen(db: Tx, procurementId: Id): Promise<void> {
  const procurement = await requireProcurement(db, procurementId);
  if (procurement.technicalLock) throw new StorageError('locked');
}

/** Number of cells of the evaluator's sheet still without a grade or a rationale. */
async function openCells(
  db: Tx,
  procurementId: Id,
  evaluatorId: Id,
  version: CriteriaVersion
): Promise<number> {
  const vendors = await db.vendors.where('procurementId').equals(procurementId).toArray();
  const grades = await db.grades.where('procurementId').equals(procurementId).toArray();
  const { done, total } = sheetProgress(version.requirements, vendors, grades, evaluatorId, 0);
  return total - done;
}

/** 提出: the evaluator's sheet is complete; it becomes read-only and others' grades become visible to them. */
export function submitEvaluation(ctx: WriteContext, evaluatorId: Id): Promise<void> {
  return write(
    (db) => [db.evaluators, db.vendors, db.grades, db.criteriaVersions],
    async (db) => {
      const evaluator = await db.evaluators.get(evaluatorId);
      if (!evaluator) throw new StorageError('notFound');
      const { version } = await requireGradingOpen(db, evaluator.procurementId);
      if (evaluator.submittedAt) throw new StorageError('gradingClosed');
      const open = await openCells(db, evaluator.procurementId, evaluatorId, version);
      if (open > 0) throw new StorageError('incomplete');
      const at = ctx.now();
      await db.evaluators.put({ ...evaluator, submittedAt: at });
      await appendAudit(db, ctx, evaluator.procurementId, {
        action: 'evaluation.submit',
        entityKind: 'evaluator',
        entityId: evaluatorId,
        after: { evaluator: evaluator.name, criteriaVersion: version.version },
        at
      });
    }
  );
}

/** The chair returns a submitted sheet for correction before the technical lock, with a written reason. */
export function returnEvaluation(ctx: WriteContext, evaluatorId: Id, reason: string): Promise<void> {
  const text = reason.trim();
  return write(
    (db) => [db.evaluators, db.criteriaVersions],
    async (db) => {
      assertNamed(ctx, 'evaluation.return');
      const evaluator = await db.evaluators.get(evaluatorId);
      if (!evaluator) throw new StorageError('notFound');
      await requireGradingOpen(db, evaluator.procurementId);
      if (!evaluator.submittedAt) throw new StorageError('gradingClosed');
      if (text.length < RETURN_REASON_MIN) throw new StorageError('reasonRequired');
      await db.evaluators.put({ ...evaluator, submittedAt: null });
      await appendAudit(db, ctx, evaluator.procurementId, {
        action: 'evaluation.return',
        entityKind: 'evaluator',
        entityId: evaluatorId,
        before: { submittedAt: evaluator.submittedAt },
        after: { evaluator: evaluator.name, reason: text }
      });
    }
  );
}

/**
 * 技術評価の締切り: every evaluator has submitted a complete sheet. Grades and consensus are frozen
 * from here on, and their digest goes into the audit entry; price opening may start.
 */
export function lockTechnicalEvaluation(ctx: WriteContext, procurementId: Id): Promise<void> {
  return write(
    (db) => [db.evaluators, db.vendors, db.grades, db.consensus, db.criteriaVersions],
    async (db) => {
      assertNamed(ctx, 'evaluation.lockTechnical');
      const { procurement, version } = await requireGradingOpen(db, procurementId);
      if (procurement.criteriaReopen || procurement.packageOrigin) throw new StorageError('gradingClosed');
      const evaluators = await db.evaluators.where('procurementId').equals(procurementId).toArray();
      const vendors = await db.vendors.where('procurementId').equals(procurementId).count();
      if (evaluators.length === 0 || vendors === 0) throw new StorageError('incomplete');
      if (evaluators.some((e) => !e.submittedAt)) throw new StorageError('incomplete');
      const grades = await db.grades.where('procurementId').equals(procurementId).toArray();
      const consensus = await db.consensus.where('procurementId').equals(procurementId).toArray();
      const at = ctx.now();
      await appendAudit(
        db,
        ctx,
        procurementId,
        {
          action: 'evaluation.lockTechnical',
          entityKind: 'procurement',
          entityId: procurementId,
          after: {
            criteriaVersion: version.version,
            criteriaHash: version.hash,
            grades: grades.length,
            consensus: consensus.length,
            gradesHash: gradesDigest(grades, consensus, sha256Text)
          },
          at
        },
        { technicalLock: { at, by: ctx.actor } }
      );
    }
  );
}

export interface BidInput {
  /** On the evaluation basis; with `bidTyped`, it must be that amount converted (domain/tax.ts). */
  bidPrice: number | null;
  /** The bid as typed (unit, tax basis); absent or null: typed in 円 on the evaluation basis. */
  bidTyped?: TypedAmount | null;
  /** 予定価格超過 is decided by the ceiling gate, not entered. */
  bidStatus: Exclude<BidStatus, 'overCeiling'>;
  bidStatusReason: string;
}

async function requirePriceOpen(db: Tx, vendorId: Id): Promise<Vendor> {
  return (await requirePriceOpenWith(db, vendorId)).vendor;
}

async function requirePriceOpenWith(
  db: Tx,
  vendorId: Id
): Promise<{ vendor: Vendor; settings: ScoringSettings }> {
  const vendor = await db.vendors.get(vendorId);
  if (!vendor) throw new StorageError('notFound');
  const procurement = await requireProcurement(db, vendor.procurementId);
  if (!procurement.technicalLock) throw new StorageError('priceNotOpen');
  return { vendor, settings: procurement.settings };
}

/** 開札: a vendor's bid and its status, only after the technical lock. */
export function recordBid(ctx: WriteContext, vendorId: Id, input: BidInput): Promise<Vendor> {
  return write(
    (db) => [db.vendors],
    async (db) => {
      assertNamed(ctx, 'vendor.bid');
      const { vendor, settings } = await requirePriceOpenWith(db, vendorId);
      const price = input.bidPrice;
      const typed = price === null ? null : (input.bidTyped ?? null);
      if (price !== null && !(Number.isSafeInteger(price) && price > 0)) throw new StorageError('invalidBid');
      if (
        typed &&
        (!withinBound(typed.yen, SETTINGS_BOUNDS.typedYen) || toEvaluationBasis(typed, settings) !== price)
      )
        throw new StorageError('invalidBid');
      if (input.bidStatus === 'valid' && price === null) throw new StorageError('invalidBid');
      const reason = input.bidStatusReason.trim();
      if (input.bidStatus === 'invalid' && reason === '') throw new StorageError('reasonRequired');
      const next: Vendor = {
        ...vendor,
        bidPrice: price,
        bidTyped: typed,
        bidStatus: input.bidStatus,
        bidStatusReason: input.bidStatus === 'invalid' ? reason : ''
      };
      const before = {
        bidPrice: vendor.bidPrice,
        bidTyped: vendor.bidTyped ?? null,
        bidStatus: vendor.bidStatus,
        bidStatusReason: vendor.bidStatusReason
      };
      const after = {
        bidPrice: next.bidPrice,
        bidTyped: next.bidTyped,
        bidStatus: next.bidStatus,
        bidStatusReason: next.bidStatusReason
      };
      if (JSON.stringify(before) === JSON.stringify(after)) return vendor;
      await db.vendors.put(next);
      await appendAudit(db, ctx, vendor.procurementId, {
        action: 'vendor.bid',
        entityKind: 'vendor',
        entityId: vendorId,
        before,
        after
      });
      return next;
    }
  );
}

/** The outcome of the investigation of a bid below the 調査基準価格 (null clears it). */
export function recordLowBidOutcome(
  ctx: WriteContext,
  vendorId: Id,
  outcome: Vendor['lowBidInvestigation']
): Promise<void> {
  return write(
    (db) => [db.vendors],
    async (db) => {
      assertNamed(ctx, 'vendor.lowBidInvestigation');
      const vendor = await requirePriceOpen(db, vendorId);
      if (outcome && outcome.note.trim() === '') throw new StorageError('reasonRequired');
      const next = outcome ? { outcome: outcome.outcome, note: outcome.note.trim() } : null;
      await db.vendors.put({ ...vendor, lowBidInvestigation: next });
      await appendAudit(db, ctx, vendor.procurementId, {
        action: 'vendor.lowBidInvestigation',
        entityKind: 'vendor',
        entityId: vendorId,
        before: vendor.lowBidInvestigation,
        after: next
      });
    }
  );
}

/** A tie the tie-break rule cannot settle, resolved by くじ or another recorded method. */
export function recordTieResolution(
  ctx: WriteContext,
  procurementId: Id,
  input: Pick<TieResolution, 'vendorIds' | 'method' | 'winnerId' | 'note'>
): Promise<void> {
  return write(
    (db) => [db.vendors],
    async (db) => {
      assertNamed(ctx, 'procurement.tieResolution');
      const procurement = await requireProcurement(db, procurementId);
      if (!procurement.technicalLock) throw new StorageError('priceNotOpen');
      const ids = [...new Set(input.vendorIds)].sort();
      if (ids.length < 2 || !ids.includes(input.winnerId)) throw new StorageError('invalidInput');
      for (const id of ids) {
        if ((await db.vendors.get(id))?.procurementId !== procurementId) throw new StorageError('notFound');
      }
      if (input.method.trim() === '') throw new StorageError('reasonRequired');
      const at = ctx.now();
      const resolution: TieResolution = {
        vendorIds: ids,
        method: input.method.trim(),
        winnerId: input.winnerId,
        note: input.note.trim(),
        at,
        by: ctx.actor
      };
      const others = procurement.tieResolutions.filter((t) => [...t.vendorIds].sort().join() !== ids.join());
      await appendAudit(
        db,
        ctx,
        procurementId,
        {
          action: 'procurement.tieResolution',
          entityKind: 'procurement',
          entityId: procurementId,
          after: resolution,
          at
        },
        { tieResolutions: [...others, resolution] }
      );
    }
  );
}
