/**
 * Builds the demo procurement from its content (`demo-data.ts`, `demo-evaluation.ts`): records with
 * new ids, the criteria lock, three evaluators' submitted grades, the committee's consensus, the
 * technical lock and the opened bids, with the audit chain storage would have written, so a new user
 * sees every result and chart. Ids, clock and hash are passed in.
 */
import { chainEntry, summarise, type HashText } from './audit';
import { criteriaHash } from './criteria';
import { defaultSettings, newAttestationFields, newEvaluator, newProcurement, newVendor } from './defaults';
import {
  DEMO_ACTOR,
  DEMO_ANSWERS,
  DEMO_ATTESTATIONS,
  DEMO_CHAIR,
  DEMO_EVALUATORS,
  DEMO_EXPLANATIONS,
  DEMO_PROCUREMENT,
  DEMO_REQUIREMENTS,
  DEMO_SETTINGS,
  DEMO_SUBCONTRACTORS,
  DEMO_TITLE,
  DEMO_VENDORS
} from './demo-data';
import { DEMO_BIDS, DEMO_CONSENSUS, DEMO_GRADES } from './demo-evaluation';
import { gradesDigest } from './evaluation';
import type {
  Attestation,
  AuditEntry,
  Consensus,
  CriteriaVersion,
  Evaluator,
  Grade,
  ProcurementBundle,
  Requirement,
  Response,
  Subcontractor,
  Vendor
} from './model';

export { DEMO_ACTOR };

export interface DemoDeps {
  newId: () => string;
  now: string;
  hash: HashText;
}

export function buildDemoBundle({ newId, now, hash }: DemoDeps): ProcurementBundle {
  const procurement = {
    ...newProcurement(newId(), DEMO_TITLE, now),
    ...DEMO_PROCUREMENT,
    settings: { ...defaultSettings(), ...DEMO_SETTINGS }
  };
  const pid = procurement.id;

  const requirements: Requirement[] = DEMO_REQUIREMENTS.map((seed, order) => ({
    ...seed,
    id: newId(),
    procurementId: pid,
    order,
    sourceRef: null
  }));

  const evaluators = DEMO_EVALUATORS.map((name, order) => newEvaluator(newId(), pid, order, name));

  const vendors: Vendor[] = DEMO_VENDORS.map((seed, order) => ({
    ...newVendor(newId(), pid, order, seed.company),
    ...seed
  }));
  const vendorAt = (index: number): Vendor => vendors[index]!;

  const subcontractors: Subcontractor[] = DEMO_SUBCONTRACTORS.map(({ vendor, ...fields }, i) => ({
    id: newId(),
    procurementId: pid,
    vendorId: vendorAt(vendor).id,
    // Numbered within its vendor.
    order: DEMO_SUBCONTRACTORS.slice(0, i).filter((s) => s.vendor === vendor).length,
    notes: '',
    ...fields
  }));

  const attestations: Attestation[] = DEMO_ATTESTATIONS.map(({ vendor, type, subcontractor, ...fields }) => ({
    ...newAttestationFields(),
    id: newId(),
    procurementId: pid,
    vendorId: vendorAt(vendor).id,
    type,
    ...(subcontractor === undefined ? {} : { subcontractorId: subcontractors[subcontractor]!.id }),
    ...fields,
    // A report's subservice organisation is linked to the vendor's subcontractor of that name.
    subserviceOrganisations: (fields.subserviceOrganisations ?? []).map((o) => ({
      ...o,
      subcontractorId:
        subcontractors.find((s) => s.vendorId === vendorAt(vendor).id && s.name === o.name)?.id ?? null
    }))
  }));

  const responses: Response[] = [];
  vendors.forEach((vendor, v) => {
    requirements.forEach((requirement, r) => {
      const answer = DEMO_ANSWERS[v]?.[r] ?? null;
      if (answer === null) return;
      responses.push({
        id: newId(),
        procurementId: pid,
        vendorId: vendor.id,
        requirementId: requirement.id,
        answer,
        explanation: DEMO_EXPLANATIONS[answer],
        // One page of the proposal per requirement, from page 3.
        evidenceRefs: `提案書 ${3 + r}頁`,
        updatedAt: now,
        source: 'manual'
      });
    });
  });

  const audit: AuditEntry[] = [];
  const log = (
    action: string,
    entityKind: string,
    entityId: string,
    after: unknown,
    before: unknown = null
  ) =>
    audit.push(
      chainEntry(
        {
          procurementId: pid,
          at: now,
          actor: DEMO_ACTOR,
          action,
          entityKind,
          entityId,
          before: summarise(before),
          after: summarise(after)
        },
        audit.at(-1),
        hash
      )
    );
  log('procurement.create', 'procurement', pid, { title: procurement.title });
  log('demo.load', 'procurement', pid, {
    requirements: requirements.length,
    vendors: vendors.length,
    attestations: attestations.length
  });
  // The demo's criteria were fixed before the answers came in, as the method requires.
  const lock: CriteriaVersion = {
    id: newId(),
    procurementId: pid,
    version: 1,
    lockedAt: now,
    lockedBy: DEMO_CHAIR,
    hash: criteriaHash(requirements, procurement.settings, hash),
    reason: '',
    requirements,
    settings: procurement.settings
  };
  log('criteria.lock', 'criteriaVersion', lock.id, { version: 1, hash: lock.hash, reason: '' });

  // The technical evaluation: every evaluator grades every vendor on every requirement, then submits
  // (one audit entry per submission, standing for its grade.put entries); the committee records its
  // consensus; the chair closes the technical evaluation; the bids are opened.
  const grades: Grade[] = [];
  vendors.forEach((vendor, v) => {
    requirements.forEach((requirement, r) => {
      const row = DEMO_GRADES[v]![r]!;
      evaluators.forEach((evaluator, e) => {
        const mark = row.grades[e]!;
        const mandatory = requirement.kind === 'mandatory';
        grades.push({
          id: newId(),
          procurementId: pid,
          evaluatorId: evaluator.id,
          vendorId: vendor.id,
          requirementId: requirement.id,
          verdict: mandatory ? (mark === 'p' ? 'pass' : 'fail') : null,
          level: mandatory ? null : mark,
          rationale: typeof row.rationale === 'string' ? row.rationale : row.rationale[e]!,
          updatedAt: now
        });
      });
    });
  });
  const submitted: Evaluator[] = evaluators.map((e) => ({ ...e, submittedAt: now }));
  // As storage records them (db/evaluation.ts, db/upsert.ts), each standing for its grade.put entries.
  for (const e of submitted) {
    log('evaluation.submit', 'evaluator', e.id, {
      evaluator: e.name,
      criteriaVersion: lock.version,
      grades: grades.filter((g) => g.evaluatorId === e.id).length
    });
  }
  const consensus: Consensus[] = DEMO_CONSENSUS.map((c) => ({
    id: newId(),
    procurementId: pid,
    vendorId: vendors[c.vendor]!.id,
    requirementId: requirements.find((r) => r.ref === c.ref)!.id,
    verdict: c.verdict,
    level: c.level,
    reason: c.reason,
    recordedAt: now,
    recordedBy: DEMO_CHAIR
  }));
  for (const { procurementId, vendorId, requirementId, verdict, level, reason, id } of consensus) {
    log('consensus.put', 'consensus', id, { procurementId, vendorId, requirementId, verdict, level, reason });
  }
  const technicalLock = { at: now, by: DEMO_CHAIR };
  log('evaluation.lockTechnical', 'procurement', pid, {
    criteriaVersion: lock.version,
    criteriaHash: lock.hash,
    grades: grades.length,
    consensus: consensus.length,
    gradesHash: gradesDigest(grades, consensus, hash)
  });
  const bidVendors: Vendor[] = vendors.map((vendor, v) => ({ ...vendor, bidPrice: DEMO_BIDS[v]! }));
  const bidOf = ({ bidPrice, bidStatus, bidStatusReason }: Vendor) => ({
    bidPrice,
    bidStatus,
    bidStatusReason
  });
  bidVendors.forEach((vendor, v) =>
    log('vendor.bid', 'vendor', vendor.id, bidOf(vendor), bidOf(vendors[v]!))
  );
  const last = audit.at(-1)!;

  return {
    procurement: { ...procurement, technicalLock, auditHead: { seq: last.seq, hash: last.hash } },
    requirements,
    criteriaVersions: [lock],
    evaluators: submitted,
    vendors: bidVendors,
    subcontractors,
    attestations,
    evidenceFiles: [],
    evidenceBlobs: [],
    responses,
    grades,
    consensus,
    audit
  };
}
