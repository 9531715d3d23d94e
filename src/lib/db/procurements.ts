/**
 * Procurements: list with counts, create, update (audited with only the changed fields),
 * duplicate and delete. The bundle functions (load, save, delete) and the duplicate live in their
 * own modules and are re-exported here.
 */
import { newProcurement } from '$lib/domain/defaults';
import type { BuyerKind, DocumentLanguage, Procurement, ProcurementPatch } from '$lib/domain/model';
import type { WriteContext } from './context';
import { assertCriteriaEditable } from './criteria-guard';
import { PROCUREMENT_FIELDS, SETTINGS_FIELDS, type ProcurementFields } from '$lib/domain/record-fields';
import type { ScoringSettings } from '$lib/domain/model';
import type { WriteBase } from '$lib/domain/versions';
import { appendAudit, changedFields, read, requireProcurement, write } from './tx';
import { checkRecordEdit } from './versioned';

export { deleteProcurement, loadBundle, saveBundles } from './bundle';
export { duplicateProcurement } from './duplicate';

export interface ProcurementSummary {
  procurement: Procurement;
  requirementCount: number;
  vendorCount: number;
  evaluatorCount: number;
  /** A criteria version exists: the criteria were locked at least once. */
  criteriaLocked: boolean;
}

export type { ProcurementPatch };

/** Never taken from a patch: identity, chain, locks and stamps have their own writers. */
const FROZEN: readonly (keyof Procurement)[] = [
  'id',
  'auditHead',
  'criteriaReopen',
  'technicalLock',
  'tieResolutions',
  'issuedPackages',
  'packageOrigin',
  'createdAt',
  'updatedAt',
  'version',
  'updatedBy'
];

/**
 * Optional fields a record stored before them lacks: a patch may still set them (`changedFields`
 * takes only keys the record has).
 */
const OPTIONAL_FIELDS: Partial<Procurement> = { documentLanguage: undefined, slashDateOrder: undefined };

export function listProcurements(): Promise<ProcurementSummary[]> {
  return read(
    (db) => [db.procurements, db.requirements, db.vendors, db.evaluators, db.criteriaVersions],
    async (db) => {
      const procurements = await db.procurements.orderBy('updatedAt').reverse().toArray();
      const summaries: ProcurementSummary[] = [];
      for (const procurement of procurements) {
        const count = (table: typeof db.requirements | typeof db.vendors | typeof db.evaluators) =>
          table.where('procurementId').equals(procurement.id).count();
        summaries.push({
          procurement,
          requirementCount: await count(db.requirements),
          vendorCount: await count(db.vendors),
          evaluatorCount: await count(db.evaluators),
          criteriaLocked:
            (await db.criteriaVersions.where('procurementId').equals(procurement.id).count()) > 0
        });
      }
      return summaries;
    }
  );
}

export function getProcurement(id: string): Promise<Procurement | undefined> {
  return read(
    (db) => [db.procurements],
    (db) => db.procurements.get(id)
  );
}

export function createProcurement(
  ctx: WriteContext,
  title: string,
  buyerKind: BuyerKind = 'government',
  documentLanguage: DocumentLanguage = 'ja'
): Promise<Procurement> {
  return write(
    () => [],
    async (db) => {
      const now = ctx.now();
      const procurement = newProcurement(ctx.newId(), title, now, buyerKind, documentLanguage);
      await db.procurements.add(procurement);
      return appendAudit(db, ctx, procurement.id, {
        action: 'procurement.create',
        entityKind: 'procurement',
        entityId: procurement.id,
        after: { title, buyerKind, documentLanguage },
        at: now
      });
    }
  );
}

/**
 * Applies the changed fields of `patch`; a patch that changes nothing writes nothing. `base` is
 * the procurement as the settings form showed it: then only the fields the form changed are
 * written, and one another writer changed meanwhile is refused (`WriteConflictError`).
 */
export function updateProcurement(
  ctx: WriteContext,
  id: string,
  patch: ProcurementPatch,
  base?: WriteBase<ProcurementFields>
): Promise<Procurement> {
  return write(
    (db) => [db.criteriaVersions],
    async (db) => {
      const current = await requireProcurement(db, id);
      const withOptional = { ...OPTIONAL_FIELDS, ...current };
      const { settings, ...own } = patch;
      const edit: ProcurementPatch = base
        ? { ...checkRecordEdit(withOptional, PROCUREMENT_FIELDS, own, base), settings }
        : patch;
      const diff = changedFields(withOptional, edit, FROZEN);
      if (!diff) return current;
      // Scoring settings are part of the criteria: frozen while they are locked.
      if ('settings' in diff.after) await assertCriteriaEditable(db, id);
      return appendAudit(
        db,
        ctx,
        id,
        { action: 'procurement.update', entityKind: 'procurement', entityId: id, ...diff },
        diff.after
      );
    }
  );
}

/**
 * Saves the scoring settings from their form. With `base` (the settings as the form showed them,
 * and the procurement's version), only the settings the form changed are written over the stored
 * ones: a setting another writer changed meanwhile is kept, one both changed is refused
 * (`WriteConflictError`, naming it). Frozen while the criteria are locked, as every settings write.
 */
export function updateSettings(
  ctx: WriteContext,
  id: string,
  settings: ScoringSettings,
  base?: WriteBase<ScoringSettings>
): Promise<Procurement> {
  return write(
    (db) => [db.criteriaVersions],
    async (db) => {
      const current = await requireProcurement(db, id);
      const stored = current.settings;
      const next = base
        ? {
            ...stored,
            ...checkRecordEdit(
              {
                ...stored,
                version: current.version,
                updatedBy: current.updatedBy,
                updatedAt: current.updatedAt
              },
              SETTINGS_FIELDS,
              settings,
              base
            )
          }
        : settings;
      const diff = changedFields(current, { settings: next }, FROZEN);
      if (!diff) return current;
      await assertCriteriaEditable(db, id);
      return appendAudit(
        db,
        ctx,
        id,
        { action: 'procurement.update', entityKind: 'procurement', entityId: id, ...diff },
        diff.after
      );
    }
  );
}
