/**
 * The procurement edited from its forms (案件の設定 and 採点方法), one writer at a time: the form's
 * base (the record as it showed it) is checked against the stored one, only the fields it changed
 * are written, a field another writer changed meanwhile is kept, and one both changed is refused
 * (`WriteConflictError`). Kept apart from `procurements.ts`, which the first page loads.
 */
import type { Procurement, ProcurementPatch, ScoringSettings } from '$lib/domain/model';
import { PROCUREMENT_FIELDS, SETTINGS_FIELDS, type ProcurementFields } from '$lib/domain/record-fields';
import type { WriteBase } from '$lib/domain/versions';
import type { WriteContext } from './context';
import { withOptionalFields, writeProcurementPatch } from './procurement-write';
import { requireProcurement, write } from './tx';
import { checkRecordEdit } from './versioned';

/** Saves the procurement's own fields from its settings form, based on `base`. */
export function editProcurement(
  ctx: WriteContext,
  id: string,
  patch: Omit<ProcurementPatch, 'settings'>,
  base: WriteBase<ProcurementFields>
): Promise<Procurement> {
  return write(
    (db) => [db.criteriaVersions],
    async (db) => {
      const current = await requireProcurement(db, id);
      const edit = checkRecordEdit(withOptionalFields(current), PROCUREMENT_FIELDS, patch, base);
      return writeProcurementPatch(db, ctx, current, edit);
    }
  );
}

/**
 * Saves the scoring settings from their form. With `base` (the settings as the form showed them,
 * and the procurement's version), only the settings the form changed are written over the stored
 * ones: each setting is a field. Without one, the settings are written as given.
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
      const stamped = {
        ...current.settings,
        version: current.version,
        updatedBy: current.updatedBy,
        updatedAt: current.updatedAt
      };
      const next = base
        ? { ...current.settings, ...checkRecordEdit(stamped, SETTINGS_FIELDS, settings, base) }
        : settings;
      return writeProcurementPatch(db, ctx, current, { settings: next });
    }
  );
}
