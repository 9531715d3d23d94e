/**
 * An English-language procurement built from the enterprise preset, as an enterprise buyer working
 * in English would have it after the evaluation: three vendors whose names were typed in English
 * and one typed in Japanese, two evaluators' submitted grades with English rationales, English
 * answers, a SOC 2 Type II report with a carved-out subcontractor, the criteria and the technical
 * evaluation locked, bids opened. Deterministic: fixed ids, clock and hash.
 */
import { readFileSync } from 'node:fs';
import { chainEntry, summarise } from '../domain/audit';
import type { AttestationTypeInfo, Preset } from '../domain/catalogue';
import { criteriaHash } from '../domain/criteria';
import {
  defaultSettings,
  newAttestationFields,
  newEvaluator,
  newProcurement,
  newVendor
} from '../domain/defaults';
import type { AuditEntry, Grade, ProcurementBundle, Requirement, Response, Vendor } from '../domain/model';
import { sha256Text } from '../domain/sha256';
import { draftsFromPreset } from '../domain/spec';

const AT = '2026-04-20T01:00:00.000Z';
const P = 'p-en';

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../questionnaires/${path}`, import.meta.url), 'utf8'));

export const ENTERPRISE_PRESET = readJson('presets/enterprise-saas-baseline.json') as Preset;
export const ATTESTATION_TYPES_DATA = (readJson('attestation-types.json') as { types: AttestationTypeInfo[] })
  .types;

/** Names the user typed; the only text an English document may hold in Japanese is among them. */
export const TYPED = {
  title: 'HR SaaS procurement 2026',
  organisation: 'Example Holdings plc',
  vendors: ['Northwind HR Ltd', 'Contoso People Inc.', '株式会社ヤマト人事'],
  evaluators: ['Alice Chair', 'Bob Reviewer'],
  subcontractor: 'Amazon Web Services',
  auditor: 'Example Audit LLP'
} as const;

/** Per vendor, the rubric level given on every scored item (both evaluators agree). */
const LEVELS = ['A', 'B', 'C'] as const;
const BIDS = [9_000_000, 8_000_000, 10_000_000] as const;

export function englishProcurement(): ProcurementBundle {
  const procurement = {
    ...newProcurement(P, TYPED.title, AT, 'enterprise', 'en'),
    organisation: TYPED.organisation,
    buyerKind: 'enterprise' as const,
    bidDeadline: '2026-04-15',
    contractStart: '2026-06-01',
    contractEnd: '2029-05-31',
    settings: { ...defaultSettings(), ...ENTERPRISE_PRESET.settings },
    technicalLock: { at: AT, by: TYPED.evaluators[0] }
  };
  const requirements: Requirement[] = draftsFromPreset(ENTERPRISE_PRESET, []).map((draft, order) => ({
    ...draft,
    id: `r${order + 1}`,
    procurementId: P,
    order
  }));
  const evaluators = TYPED.evaluators.map((name, order) => ({
    ...newEvaluator(`e${order + 1}`, P, order, name),
    submittedAt: AT
  }));
  const vendors: Vendor[] = TYPED.vendors.map((company, order) => ({
    ...newVendor(`v${order + 1}`, P, order, company),
    serviceName: `${company.split(' ')[0]} Cloud HR`,
    bidPrice: BIDS[order]!
  }));
  const grades: Grade[] = vendors.flatMap((vendor, v) =>
    evaluators.flatMap((evaluator) =>
      requirements.map((r) => ({
        id: `g-${evaluator.id}-${vendor.id}-${r.id}`,
        procurementId: P,
        evaluatorId: evaluator.id,
        vendorId: vendor.id,
        requirementId: r.id,
        verdict: r.kind === 'mandatory' ? ('pass' as const) : null,
        level: r.kind === 'scored' ? LEVELS[v]! : null,
        rationale: `The proposal covers ${r.ref} with evidence in section ${r.order + 2}.`,
        updatedAt: AT
      }))
    )
  );
  const responses: Response[] = vendors.flatMap((vendor, v) =>
    requirements.map((r) => ({
      id: `a-${vendor.id}-${r.id}`,
      procurementId: P,
      vendorId: vendor.id,
      requirementId: r.id,
      answer: v === 2 && r.kind === 'scored' ? ('partial' as const) : ('full' as const),
      explanation: `Covered by our standard service (${r.ref}).`,
      evidenceRefs: `Proposal p. ${r.order + 3}`,
      updatedAt: AT,
      source: 'import' as const
    }))
  );
  const subcontractors = [
    {
      id: 's1',
      procurementId: P,
      vendorId: 'v1',
      order: 0,
      name: TYPED.subcontractor,
      role: 'Hosting (IaaS)',
      criticality: 'critical' as const,
      subserviceMethod: 'carveOut' as const,
      notes: ''
    }
  ];
  const attestations = [
    {
      ...newAttestationFields(),
      id: 'att1',
      procurementId: P,
      vendorId: 'v1',
      type: 'soc2Type2' as const,
      number: 'SOC2-2026-01',
      issuer: TYPED.auditor,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      issuedOn: '2026-02-15',
      opinion: 'unmodified' as const,
      subserviceOrganisations: [
        { name: TYPED.subcontractor, method: 'carveOut' as const, subcontractorId: 's1' }
      ],
      cuecs: ['Customers review user access quarterly.']
    }
  ];
  const hash = criteriaHash(requirements, procurement.settings, sha256Text);
  const criteriaVersions = [
    {
      id: 'cv1',
      procurementId: P,
      version: 1,
      lockedAt: AT,
      lockedBy: TYPED.evaluators[0],
      hash,
      reason: '',
      requirements,
      settings: procurement.settings
    }
  ];
  const audit: AuditEntry[] = [];
  const log = (action: string, entityKind: string, entityId: string, after: unknown) =>
    audit.push(
      chainEntry(
        {
          procurementId: P,
          at: AT,
          actor: TYPED.evaluators[0],
          action,
          entityKind,
          entityId,
          before: summarise(null),
          after: summarise(after)
        },
        audit.at(-1),
        sha256Text
      )
    );
  log('procurement.create', 'procurement', P, { title: TYPED.title, documentLanguage: 'en' });
  log('criteria.lock', 'criteriaVersion', 'cv1', { version: 1, hash });
  return {
    procurement: { ...procurement, auditHead: { seq: audit.at(-1)!.seq, hash: audit.at(-1)!.hash } },
    requirements,
    criteriaVersions,
    evaluators,
    vendors,
    subcontractors,
    attestations,
    evidenceFiles: [],
    evidenceBlobs: [],
    responses,
    grades,
    consensus: [],
    audit
  };
}
