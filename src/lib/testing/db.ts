/**
 * Fixtures for the storage tests (not part of the app): a fresh database per test, a write
 * context with a deterministic clock, and a procurement seeded through the repositories with a
 * row in every collection, so cascades, duplicates and backups have something to act on.
 */
import type { Attestation, Requirement } from '$lib/domain/model';
import { addAttestation } from '$lib/db/attestations';
import type { WriteContext } from '$lib/db/context';
import { putConsensus } from '$lib/db/consensus';
import { lockCriteria, reopenCriteria } from '$lib/db/criteria';
import { useDatabase } from '$lib/db/database';
import { lockTechnicalEvaluation, submitEvaluation } from '$lib/db/evaluation';
import { addEvaluator } from '$lib/db/evaluators';
import { addEvidenceFile } from '$lib/db/evidence';
import { putGrade } from '$lib/db/grades';
import { createProcurement, updateProcurement } from '$lib/db/procurement-write';
import { addRequirement } from '$lib/db/requirements';
import { putResponse } from '$lib/db/responses';
import { SenteiDb } from '$lib/db/schema';
import { addSubcontractor } from '$lib/db/subcontractors';
import { addVendor } from '$lib/db/vendors';

let counter = 0;

export function freshDb(): SenteiDb {
  const db = new SenteiDb(`t-${++counter}-${crypto.randomUUID()}`);
  useDatabase(db);
  return db;
}

/** Clock advancing one second per call from 2026-01-01, random ids. */
export function testContext(actor = '山田', named = true): WriteContext {
  let t = Date.UTC(2026, 0, 1);
  return { actor, named, now: () => new Date((t += 1000)).toISOString(), newId: () => crypto.randomUUID() };
}

/** Distinct wordings (by the ref's number), so R-000 … R-005 are no duplicates (domain/duplicates.ts). */
const TEXTS = [
  '管理者アクセスに多要素認証を用いること。',
  '利用者データを国内のデータセンターで保管すること。',
  '障害発生時の連絡体制と連絡先を定めること。',
  '操作ログを取得し、一年間保存すること。',
  '契約終了時にデータを返却し、消去の証明を提出すること。',
  '通信経路を暗号化し、その方式を示すこと。'
];

export function requirementInput(ref: string): Omit<Requirement, 'id' | 'procurementId' | 'order'> {
  const n = Number(/\d+/.exec(ref)?.[0] ?? 0);
  return {
    ref,
    domain: '9 アクセス制御',
    title: `要件 ${ref}`,
    text: TEXTS[n % TEXTS.length]!,
    kind: 'scored',
    basePoints: 0,
    points: 5,
    appliesTo: 'csp',
    acceptedAttestations: ['ismap'],
    controlRefs: [`iso27002:9.4.${n}`],
    sourceRef: null
  };
}

export function attestationInput(
  procurementId: string,
  vendorId: string,
  subcontractorId: string | null,
  exceptionRequirementIds: string[]
): Omit<Attestation, 'id' | 'evidenceFileIds'> {
  return {
    procurementId,
    vendorId,
    subcontractorId,
    type: 'soc2Type2',
    number: 'SOC-001',
    issuer: '架空監査法人',
    accreditationBody: '',
    scopeText: '',
    scopeServices: [],
    scopeRegions: ['東京'],
    scopeCoverage: 'covered',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    asOf: null,
    issuedOn: '2026-02-01',
    expiry: null,
    edition: '',
    cloudAddOn: false,
    renewalPending: false,
    opinion: 'qualified',
    qualifiedCriteria: [],
    exceptions: [
      {
        criterion: '',
        description: '例外',
        testResult: '',
        managementResponse: '',
        requirementIds: exceptionRequirementIds
      }
    ],
    tscCategories: ['security'],
    subserviceOrganisations: [],
    cuecs: [],
    bridgeLetter: null,
    excludedControls: [],
    verification: null,
    notes: ''
  };
}

export const PDF_BYTES = Uint8Array.from({ length: 4096 }, (_, i) => (i * 31 + 7) & 0xff);

/** A procurement with two of each person, vendor and requirement and a row in every other collection. */
export async function seedProcurement(ctx: WriteContext, title = '基幹クラウド調達') {
  const p = await createProcurement(ctx, title);
  const r1 = await addRequirement(ctx, p.id, requirementInput('R-001'));
  const r2 = await addRequirement(ctx, p.id, requirementInput('R-002'));
  const e1 = await addEvaluator(ctx, p.id, '委員長');
  const e2 = await addEvaluator(ctx, p.id, '委員');
  const v1 = await addVendor(ctx, p.id, '架空クラウド株式会社');
  const v2 = await addVendor(ctx, p.id, '仮想システム合同会社');
  const sub = await addSubcontractor(ctx, {
    procurementId: p.id,
    vendorId: v1.id,
    name: '架空IaaS',
    role: 'IaaS',
    criticality: 'critical',
    subserviceMethod: 'carveOut',
    notes: ''
  });
  const att = await addAttestation(ctx, attestationInput(p.id, v1.id, sub.id, [r1.id]));
  const att2 = await addAttestation(ctx, attestationInput(p.id, v2.id, null, [r2.id]));
  const cell = { procurementId: p.id, explanation: '対応', evidenceRefs: 'p.3', source: 'manual' as const };
  const res1 = await putResponse(ctx, { ...cell, vendorId: v1.id, requirementId: r1.id, answer: 'full' });
  const res2 = await putResponse(ctx, { ...cell, vendorId: v2.id, requirementId: r2.id, answer: 'partial' });
  const file = await addEvidenceFile(ctx, {
    procurementId: p.id,
    vendorId: v1.id,
    ownerKind: 'attestation',
    ownerId: att.id,
    name: 'soc2.pdf',
    type: 'application/pdf',
    data: PDF_BYTES.slice().buffer
  });
  const responseFile = await addEvidenceFile(ctx, {
    procurementId: p.id,
    vendorId: v2.id,
    ownerKind: 'response',
    ownerId: res2.id,
    name: 'answer.txt',
    type: 'text/plain',
    data: new TextEncoder().encode('回答の根拠').buffer
  });
  // Grades are given against locked criteria; reopened afterwards so tests may still edit them.
  await updateProcurement(ctx, p.id, { settings: { ...p.settings, ceilingPrice: 10_000_000 } });
  const locked = await lockCriteria(ctx, p.id);
  if (!locked.ok) throw new Error(`seed: criteria not lockable: ${JSON.stringify(locked.issues)}`);
  const grade = { procurementId: p.id, verdict: null, level: 'B', rationale: '' };
  await putGrade(ctx, { ...grade, evaluatorId: e1.id, vendorId: v1.id, requirementId: r1.id });
  await putGrade(ctx, { ...grade, evaluatorId: e2.id, vendorId: v2.id, requirementId: r2.id });
  await putConsensus(ctx, {
    procurementId: p.id,
    vendorId: v1.id,
    requirementId: r1.id,
    verdict: null,
    level: 'A',
    reason: '合議'
  });
  await reopenCriteria(ctx, p.id, 'テスト用に再開');
  return { p, r1, r2, e1, e2, v1, v2, sub, att, att2, res1, res2, file, responseFile };
}

type Seeded = Awaited<ReturnType<typeof seedProcurement>>;

/** Closes the seeded procurement's technical evaluation the way the committee does: lock, grade all, submit, close. */
export async function closeTechnical(ctx: WriteContext, s: Seeded): Promise<void> {
  const locked = await lockCriteria(ctx, s.p.id);
  if (!locked.ok) throw new Error(`seed: criteria not lockable: ${JSON.stringify(locked.issues)}`);
  for (const evaluatorId of [s.e1.id, s.e2.id]) {
    for (const vendorId of [s.v1.id, s.v2.id]) {
      for (const requirementId of [s.r1.id, s.r2.id]) {
        await putGrade(ctx, {
          procurementId: s.p.id,
          evaluatorId,
          vendorId,
          requirementId,
          verdict: null,
          level: 'B',
          rationale: '記載あり'
        });
      }
    }
    await submitEvaluation(ctx, evaluatorId);
  }
  await lockTechnicalEvaluation(ctx, s.p.id);
}
