/**
 * Requirements (仕様項目) of a procurement, kept in a dense order. Removing one removes its
 * responses, grades and consensus and drops it from attestation exceptions, in one transaction.
 * Every change is audited as `requirement.add|update|remove|move`.
 */
import type { Id, Requirement } from '$lib/domain/model';
import type { Preset } from '$lib/domain/catalogue';
import { applyPresetSettings, type PresetSettingChange } from '$lib/domain/preset-settings';
import { kindPoints, pointsOf } from '$lib/domain/spec-points';
import { pointsFromWeights, weightConversionOf, type WeightProblem } from '$lib/domain/weights';
import { deleteEvaluations, evaluationTables } from './cascade';
import type { WriteContext } from './context';
import { StorageError } from './errors';
import { assertCriteriaEditable } from './criteria-guard';
import { byOrder, moveBy, nextOrder, renumber } from '$lib/domain/records';
import { REQUIREMENT_FIELDS, type RequirementFields } from '$lib/domain/record-fields';
import type { WriteBase } from '$lib/domain/versions';
import { read, requireProcurement, write, type Tx } from './tx';
import { appendAudit, changedFields } from './audit-append';
import { checkRecordEdit, stampFor } from './versioned';

export type RequirementInput = RequirementFields;
export type RequirementPatch = Partial<RequirementInput>;

const FROZEN: readonly (keyof Requirement)[] = [
  'id',
  'procurementId',
  'order',
  'version',
  'updatedBy',
  'updatedAt'
];
/**
 * Optional fields (issues 17 and 18): an edit may add them, or remove them by giving the key as
 * undefined.
 */
const OPTIONAL = ['levelPoints', 'excludeAtLowest', 'domainEn', 'titleEn', 'textEn'] as const;

async function siblings(db: Tx, procurementId: Id): Promise<Requirement[]> {
  return db.requirements.where('procurementId').equals(procurementId).toArray();
}

async function requireRequirement(db: Tx, id: Id): Promise<Requirement> {
  const requirement = await db.requirements.get(id);
  if (!requirement) throw new StorageError('notFound');
  await assertCriteriaEditable(db, requirement.procurementId);
  return requirement;
}

export function listRequirements(procurementId: Id): Promise<Requirement[]> {
  return read(
    (db) => [db.requirements],
    async (db) => byOrder(await siblings(db, procurementId))
  );
}

export function addRequirement(
  ctx: WriteContext,
  procurementId: Id,
  input: RequirementInput
): Promise<Requirement> {
  return write(
    (db) => [db.requirements, db.criteriaVersions],
    async (db) => {
      await requireProcurement(db, procurementId);
      await assertCriteriaEditable(db, procurementId);
      const order = nextOrder(await siblings(db, procurementId));
      const requirement: Requirement = { ...input, id: ctx.newId(), procurementId, order };
      await db.requirements.add(requirement);
      await appendAudit(db, ctx, procurementId, {
        action: 'requirement.add',
        entityKind: 'requirement',
        entityId: requirement.id,
        after: input
      });
      return requirement;
    }
  );
}

/** Adds several requirements at the end, in one transaction: all of them or none, each audited. */
export function addRequirements(
  ctx: WriteContext,
  procurementId: Id,
  inputs: readonly RequirementInput[]
): Promise<Requirement[]> {
  return write(
    (db) => [db.requirements, db.criteriaVersions],
    (db) => insertRequirements(db, ctx, procurementId, inputs)
  );
}

async function insertRequirements(
  db: Tx,
  ctx: WriteContext,
  procurementId: Id,
  inputs: readonly RequirementInput[]
): Promise<Requirement[]> {
  await requireProcurement(db, procurementId);
  await assertCriteriaEditable(db, procurementId);
  let order = nextOrder(await siblings(db, procurementId));
  const added: Requirement[] = [];
  for (const input of inputs) {
    const requirement: Requirement = { ...input, id: ctx.newId(), procurementId, order: order++ };
    await db.requirements.add(requirement);
    await appendAudit(db, ctx, procurementId, {
      action: 'requirement.add',
      entityKind: 'requirement',
      entityId: requirement.id,
      after: input
    });
    added.push(requirement);
  }
  return added;
}

/**
 * A preset applied: its requirements and the scoring settings it states (`domain/preset-settings.ts`), in one
 * transaction, refused while the criteria are locked. The settings it changes are audited as
 * `preset.settings`, naming the preset, so the log shows which settings came from it.
 */
export function addPresetRequirements(
  ctx: WriteContext,
  procurementId: Id,
  preset: Pick<Preset, 'id' | 'settings'>,
  inputs: readonly RequirementInput[]
): Promise<{ added: Requirement[]; changes: PresetSettingChange[] }> {
  return write(
    (db) => [db.requirements, db.criteriaVersions],
    async (db) => {
      const added = await insertRequirements(db, ctx, procurementId, inputs);
      const current = await requireProcurement(db, procurementId);
      const settings = applyPresetSettings(preset, current.settings);
      if (settings.changes.length) {
        const of = (side: 'before' | 'after') =>
          Object.fromEntries(settings.changes.map((c) => [c.setting, c[side]]));
        await appendAudit(
          db,
          ctx,
          procurementId,
          {
            action: 'preset.settings',
            entityKind: 'procurement',
            entityId: procurementId,
            before: of('before'),
            after: { preset: preset.id, ...of('after') }
          },
          { settings: settings.settings }
        );
      }
      return { added, changes: settings.changes };
    }
  );
}

/**
 * Points converted from weights in % (`domain/weights.ts`), in one transaction: every requirement gets the
 * points of its kind, and the criteria state the conversion (`settings.weightConversion`). Audited once as
 * `requirement.weights`, with the points before and the weights, total and points after. Refused while
 * the criteria are locked, and when the weights do not name exactly the stored requirements.
 */
export function applyWeights(
  ctx: WriteContext,
  procurementId: Id,
  weights: readonly { id: Id; percent: number }[],
  total: number
): Promise<{ issues: WeightProblem[] }> {
  return write(
    (db) => [db.requirements, db.criteriaVersions],
    async (db) => {
      const procurement = await requireProcurement(db, procurementId);
      await assertCriteriaEditable(db, procurementId);
      const requirements = byOrder(await siblings(db, procurementId));
      const percent = new Map(weights.map((w) => [w.id, w.percent]));
      if (weights.length !== requirements.length || requirements.some((r) => !percent.has(r.id)))
        throw new StorageError('notFound');
      const entries = requirements.map((r) => ({
        id: r.id,
        ref: r.ref,
        kind: r.kind,
        percent: percent.get(r.id)!
      }));
      const { data, issues } = pointsFromWeights(entries, total);
      if (!data) return { issues };
      for (const [i, r] of requirements.entries()) {
        await db.requirements.put({
          ...r,
          ...kindPoints(r.kind, data[i]?.points ?? 0),
          ...stampFor(r, ctx, ctx.now())
        });
      }
      const conversion = weightConversionOf(entries, total, data);
      await appendAudit(
        db,
        ctx,
        procurementId,
        {
          action: 'requirement.weights',
          entityKind: 'procurement',
          entityId: procurementId,
          before: Object.fromEntries(requirements.map((r) => [r.ref, pointsOf(r)])),
          // Compact, in specification order (the refs are the keys of `before`), so it fits the summary.
          after: {
            rule: 'largestRemainder',
            total,
            percent: conversion.items.map((i) => i.percent),
            points: conversion.items.map((i) => i.points)
          }
        },
        { settings: { ...procurement.settings, weightConversion: conversion } }
      );
      return { issues: [] };
    }
  );
}

/**
 * Saves a requirement's fields; with `base` (the requirement as the form showed it), as
 * `updateVendor` does. An optional field the form removed (given as undefined) counts as changed.
 */
export function updateRequirement(
  ctx: WriteContext,
  id: Id,
  patch: RequirementPatch,
  base?: WriteBase<RequirementFields>
): Promise<Requirement> {
  return write(
    (db) => [db.requirements, db.criteriaVersions],
    async (db) => {
      const current = await requireRequirement(db, id);
      const unset = Object.fromEntries(OPTIONAL.map((key) => [key, undefined]));
      const withOptional: Requirement = { ...unset, ...current };
      const edit: RequirementPatch = base
        ? checkRecordEdit(withOptional, REQUIREMENT_FIELDS, patch, base)
        : patch;
      if (base) {
        // A removal (undefined) is a change when the form showed a value; it is checked as one.
        const removed = OPTIONAL.filter(
          (key) => key in patch && patch[key] === undefined && base.values[key] !== undefined
        );
        if (removed.length > 0) {
          const removal = Object.fromEntries(removed.map((key) => [key, null])) as RequirementPatch;
          checkRecordEdit(withOptional, REQUIREMENT_FIELDS, removal, base);
          for (const key of removed) edit[key] = undefined;
        }
      }
      const diff = changedFields(withOptional, edit, FROZEN) ?? { before: {}, after: {} };
      for (const key of OPTIONAL) {
        if (key in edit && edit[key] === undefined && current[key] !== undefined) {
          Object.assign(diff.before, { [key]: current[key] });
          Object.assign(diff.after, { [key]: undefined });
        }
      }
      if (Object.keys(diff.after).length === 0) return current;
      const at = ctx.now();
      const next: Requirement = { ...current, ...diff.after, ...stampFor(current, ctx, at) };
      for (const key of OPTIONAL) if (next[key] === undefined) delete next[key];
      await db.requirements.put(next);
      await appendAudit(db, ctx, current.procurementId, {
        action: 'requirement.update',
        entityKind: 'requirement',
        entityId: id,
        ...diff,
        at
      });
      return next;
    }
  );
}

export function removeRequirement(ctx: WriteContext, id: Id): Promise<void> {
  return write(
    (db) => [db.requirements, db.criteriaVersions, db.attestations, ...evaluationTables(db)],
    async (db) => {
      const requirement = await requireRequirement(db, id);
      const pid = requirement.procurementId;
      const removed = await deleteEvaluations(db, pid, (row) => row.requirementId === id);
      // An exception pointing at a removed requirement would be a dangling reference in backups.
      await db.attestations
        .where('procurementId')
        .equals(pid)
        .filter((a) => a.exceptions.some((x) => x.requirementIds.includes(id)))
        .modify((a) => {
          a.exceptions = a.exceptions.map((x) => ({
            ...x,
            requirementIds: x.requirementIds.filter((r) => r !== id)
          }));
        });
      await db.requirements.delete(id);
      await db.requirements.bulkPut(renumber(await siblings(db, pid)));
      await appendAudit(db, ctx, pid, {
        action: 'requirement.remove',
        entityKind: 'requirement',
        entityId: id,
        before: { ref: requirement.ref, title: requirement.title, ...removed }
      });
    }
  );
}

/** Moves one place; at either end nothing changes and nothing is audited. */
export function moveRequirement(ctx: WriteContext, id: Id, delta: -1 | 1): Promise<void> {
  return write(
    (db) => [db.requirements, db.criteriaVersions],
    async (db) => {
      const requirement = await requireRequirement(db, id);
      const changed = moveBy(await siblings(db, requirement.procurementId), id, delta);
      if (changed.length === 0) return;
      await db.requirements.bulkPut(changed);
      await appendAudit(db, ctx, requirement.procurementId, {
        action: 'requirement.move',
        entityKind: 'requirement',
        entityId: id,
        before: { order: requirement.order },
        after: { order: changed.find((r) => r.id === id)?.order ?? requirement.order }
      });
    }
  );
}
