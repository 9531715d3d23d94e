/**
 * A procurement bundle in backup form (blob bytes as base64 text): every record restored, then
 * ownership, unique ids (audit: unique `seq`) and references all resolved inside the bundle.
 */
import type { Issue } from '../issues';
import {
  BUNDLE_COLLECTIONS,
  type Consensus,
  type Grade,
  type ProcurementBundle,
  type Response
} from '../model';
import {
  attestationSchema,
  auditEntrySchema,
  backupEvidenceBlobSchema,
  consensusSchema,
  criteriaVersionSchema,
  evaluatorSchema,
  evidenceFileSchema,
  gradeSchema,
  procurementSchema,
  requirementSchema,
  responseSchema,
  subcontractorSchema,
  vendorSchema
} from './records';
import { isRecord, joinPath, restoreWith, s, type Schema } from './schema';

/** Ownership, unique ids (audit: unique `seq`) and references, all resolved inside the bundle. */
function checkBundle(bundle: ProcurementBundle, path: string, issues: Issue[]): void {
  const procurementId = bundle.procurement.id;
  const dangling = (at: string, id: string, known: ReadonlySet<string>): void => {
    if (!known.has(id)) issues.push({ code: 'danglingReference', path: at, params: { id } });
  };
  const known = new Set([procurementId]);
  for (const collection of BUNDLE_COLLECTIONS) {
    const records: readonly { procurementId: string; id?: string; seq?: number }[] = bundle[collection];
    const seen = new Set<string | number>();
    records.forEach((record, i) => {
      const at = `${joinPath(path, collection)}[${i}]`;
      dangling(`${at}.procurementId`, record.procurementId, known);
      const [field, id] = collection === 'audit' ? ['seq', record.seq ?? 0] : ['id', record.id ?? ''];
      if (seen.has(id)) issues.push({ code: 'duplicateId', path: `${at}.${field}`, params: { id } });
      seen.add(id);
    });
  }

  const idsOf = (records: readonly { id: string }[]): ReadonlySet<string> =>
    new Set(records.map((r) => r.id));
  const vendors = idsOf(bundle.vendors);
  const requirements = idsOf(bundle.requirements);
  const evaluators = idsOf(bundle.evaluators);
  const subcontractors = idsOf(bundle.subcontractors);
  const attestations = idsOf(bundle.attestations);
  const responses = idsOf(bundle.responses);
  const files = idsOf(bundle.evidenceFiles);
  const at = (collection: string, i: number, field: string) => `${joinPath(path, collection)}[${i}].${field}`;

  bundle.procurement.tieResolutions.forEach((tie, i) => {
    const base = `${joinPath(path, 'procurement.tieResolutions')}[${i}]`;
    tie.vendorIds.forEach((id, j) => dangling(`${base}.vendorIds[${j}]`, id, vendors));
    dangling(`${base}.winnerId`, tie.winnerId, vendors);
  });
  bundle.subcontractors.forEach((r, i) => dangling(at('subcontractors', i, 'vendorId'), r.vendorId, vendors));
  bundle.attestations.forEach((r, i) => {
    dangling(at('attestations', i, 'vendorId'), r.vendorId, vendors);
    if (r.subcontractorId !== null) {
      dangling(at('attestations', i, 'subcontractorId'), r.subcontractorId, subcontractors);
    }
    r.evidenceFileIds.forEach((id, j) => dangling(at('attestations', i, `evidenceFileIds[${j}]`), id, files));
    r.subserviceOrganisations.forEach((o, j) => {
      if (o.subcontractorId !== null) {
        dangling(
          at('attestations', i, `subserviceOrganisations[${j}].subcontractorId`),
          o.subcontractorId,
          subcontractors
        );
      }
    });
    r.exceptions.forEach((e, j) =>
      e.requirementIds.forEach((id, k) =>
        dangling(at('attestations', i, `exceptions[${j}].requirementIds[${k}]`), id, requirements)
      )
    );
  });
  bundle.evidenceFiles.forEach((r, i) => {
    dangling(at('evidenceFiles', i, 'vendorId'), r.vendorId, vendors);
    const owners = r.ownerKind === 'attestation' ? attestations : responses;
    dangling(at('evidenceFiles', i, 'ownerId'), r.ownerId, owners);
  });
  bundle.evidenceBlobs.forEach((r, i) => dangling(at('evidenceBlobs', i, 'id'), r.id, files));
  for (const collection of ['responses', 'grades', 'consensus'] as const) {
    bundle[collection].forEach((r: Response | Grade | Consensus, i) => {
      dangling(at(collection, i, 'vendorId'), r.vendorId, vendors);
      dangling(at(collection, i, 'requirementId'), r.requirementId, requirements);
    });
  }
  bundle.grades.forEach((r, i) => dangling(at('grades', i, 'evaluatorId'), r.evaluatorId, evaluators));
}

/** A bundle in backup form: blob bytes are base64 text. */
export const bundleSchema: Schema<ProcurementBundle> = s.refine(
  s.object<ProcurementBundle>({
    procurement: procurementSchema,
    requirements: s.array(requirementSchema),
    criteriaVersions: s.array(criteriaVersionSchema),
    evaluators: s.array(evaluatorSchema),
    vendors: s.array(vendorSchema),
    subcontractors: s.array(subcontractorSchema),
    attestations: s.array(attestationSchema),
    evidenceFiles: s.array(evidenceFileSchema),
    evidenceBlobs: s.array(backupEvidenceBlobSchema),
    responses: s.array(responseSchema),
    grades: s.array(gradeSchema),
    consensus: s.array(consensusSchema),
    audit: s.array(auditEntrySchema)
  }),
  checkBundle
);

/** Restores a bundle in backup form; null only when the input is not an object at all. */
export function restoreBundle(
  input: unknown,
  path = ''
): { value: ProcurementBundle | null; issues: Issue[] } {
  if (!isRecord(input)) {
    return { value: null, issues: [{ code: 'wrongType', path, params: { expected: 'object' } }] };
  }
  return restoreWith(bundleSchema, input, path);
}
