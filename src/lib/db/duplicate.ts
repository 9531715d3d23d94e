/**
 * Duplicate a procurement as a new draft: every row gets a new id and every reference is remapped
 * to the copy, in one transaction, with a new audit chain opened by `procurement.duplicate`.
 * Not copied: criteria versions (they are the criteria locks), the technical lock, tie resolutions,
 * grades, consensus, bids and the evaluator packages: a copy is a new procurement to evaluate, not a
 * second record of this one (a bid in it before its own technical lock would break the two envelopes).
 */
import { freshBid, freshLifecycle } from '$lib/domain/defaults';
import type { Id, Procurement, ProcurementBundle } from '$lib/domain/model';
import { bundleTables, loadBundleIn } from './bundle';
import type { WriteContext } from './context';
import { write } from './tx';
import { appendAudit } from './audit-append';

type Copy = Omit<ProcurementBundle, 'procurement'>;

/** Builds the copied rows. A row whose own reference does not resolve is an orphan and is left out. */
function copyRows(source: ProcurementBundle, procurementId: Id, newId: () => Id): Copy {
  const ids = new Map<Id, Id>();
  for (const row of [
    ...source.requirements,
    ...source.evaluators,
    ...source.vendors,
    ...source.subcontractors,
    ...source.attestations,
    ...source.responses,
    ...source.evidenceFiles
  ]) {
    ids.set(row.id, newId());
  }
  const to = (id: Id): Id => ids.get(id) ?? '';
  const known = (...refs: Id[]) => refs.every((id) => ids.has(id));
  const mapAll = (refs: readonly Id[]) => refs.filter((id) => ids.has(id)).map(to);
  const evidenceFiles = source.evidenceFiles
    .filter((f) => known(f.vendorId, f.ownerId))
    .map((f) => ({ ...f, id: to(f.id), procurementId, vendorId: to(f.vendorId), ownerId: to(f.ownerId) }));
  const copiedFiles = new Set(
    source.evidenceFiles.filter((f) => known(f.vendorId, f.ownerId)).map((f) => f.id)
  );
  return {
    requirements: source.requirements.map((r) => ({ ...r, id: to(r.id), procurementId })),
    criteriaVersions: [],
    evaluators: source.evaluators.map((e) => ({ ...e, id: to(e.id), procurementId, submittedAt: null })),
    vendors: source.vendors.map((v) => ({
      ...v,
      id: to(v.id),
      procurementId,
      ...freshBid()
    })),
    subcontractors: source.subcontractors
      .filter((s) => known(s.vendorId))
      .map((s) => ({ ...s, id: to(s.id), procurementId, vendorId: to(s.vendorId) })),
    attestations: source.attestations
      .filter((a) => known(a.vendorId) && (a.subcontractorId === null || known(a.subcontractorId)))
      .map((a) => ({
        ...a,
        id: to(a.id),
        procurementId,
        vendorId: to(a.vendorId),
        subcontractorId: a.subcontractorId === null ? null : to(a.subcontractorId),
        exceptions: a.exceptions.map((x) => ({ ...x, requirementIds: mapAll(x.requirementIds) })),
        subserviceOrganisations: a.subserviceOrganisations.map((o) => ({
          ...o,
          subcontractorId:
            o.subcontractorId !== null && known(o.subcontractorId) ? to(o.subcontractorId) : null
        })),
        evidenceFileIds: mapAll(a.evidenceFileIds.filter((id) => copiedFiles.has(id)))
      })),
    evidenceFiles,
    evidenceBlobs: source.evidenceBlobs
      .filter((b) => copiedFiles.has(b.id))
      .map((b) => ({ ...b, id: to(b.id), procurementId })),
    responses: source.responses
      .filter((r) => known(r.vendorId, r.requirementId))
      .map((r) => ({
        ...r,
        id: to(r.id),
        procurementId,
        vendorId: to(r.vendorId),
        requirementId: to(r.requirementId)
      })),
    grades: [],
    consensus: [],
    audit: []
  };
}

export function duplicateProcurement(ctx: WriteContext, id: Id, title: string): Promise<Procurement> {
  return write(bundleTables, async (db) => {
    const source = await loadBundleIn(db, id);
    const now = ctx.now();
    const procurement: Procurement = {
      ...source.procurement,
      id: ctx.newId(),
      title,
      ...freshLifecycle(),
      createdAt: now,
      updatedAt: now
    };
    const copy = copyRows(source, procurement.id, () => ctx.newId());
    await db.procurements.add(procurement);
    await db.requirements.bulkAdd(copy.requirements);
    await db.evaluators.bulkAdd(copy.evaluators);
    await db.vendors.bulkAdd(copy.vendors);
    await db.subcontractors.bulkAdd(copy.subcontractors);
    await db.attestations.bulkAdd(copy.attestations);
    await db.evidenceFiles.bulkAdd(copy.evidenceFiles);
    await db.evidenceBlobs.bulkAdd(copy.evidenceBlobs);
    await db.responses.bulkAdd(copy.responses);
    return appendAudit(db, ctx, procurement.id, {
      action: 'procurement.duplicate',
      entityKind: 'procurement',
      entityId: procurement.id,
      after: { sourceId: id, sourceTitle: source.procurement.title, title },
      at: now
    });
  });
}
