import { beforeEach, describe, expect, it } from 'vitest';
import type { WriteContext } from './context';
import { addAttestation, listAttestations, removeAttestation, updateAttestation } from './attestations';
import { listAudit, verifyAudit } from './audit';
import { listConsensus, putConsensus } from './consensus';
import { addEvaluator, listEvaluators, moveEvaluator, removeEvaluator, updateEvaluator } from './evaluators';
import { addEvidenceFile, getEvidenceBytes, listEvidenceFiles, removeEvidenceFile } from './evidence';
import { StorageError } from './errors';
import { listGrades, putGrade } from './grades';
import { getProcurement, listProcurements } from './procurements';
import { createProcurement, updateProcurement } from './procurement-write';
import {
  addRequirement,
  listRequirements,
  moveRequirement,
  removeRequirement,
  updateRequirement
} from './requirements';
import { listResponses, putResponse } from './responses';
import type { SenteiDb } from './schema';
import {
  addSubcontractor,
  listSubcontractors,
  removeSubcontractor,
  updateSubcontractor
} from './subcontractors';
import { attestationInput, freshDb, requirementInput, seedProcurement, testContext } from '$lib/testing/db';
import { addVendor, listVendors, moveVendor, removeVendor, updateVendor } from './vendors';

type Seeded = Awaited<ReturnType<typeof seedProcurement>>;
type Op = (s: Seeded, ctx: WriteContext) => Promise<unknown>;

let db: SenteiDb;
beforeEach(() => {
  db = freshDb();
});

const WRITES: [string, Op][] = [
  [
    'procurement.update',
    (s, ctx) => updateProcurement(ctx, s.p.id, { title: '改題', bidDeadline: '2026-03-31' })
  ],
  ['evaluator.add', (s, ctx) => addEvaluator(ctx, s.p.id, '新委員')],
  ['evaluator.update', (s, ctx) => updateEvaluator(ctx, s.e2.id, { name: '改名' })],
  ['evaluator.remove', (s, ctx) => removeEvaluator(ctx, s.e1.id)],
  ['evaluator.move', (s, ctx) => moveEvaluator(ctx, s.e2.id, -1)],
  ['requirement.add', (s, ctx) => addRequirement(ctx, s.p.id, requirementInput('R-003'))],
  ['requirement.update', (s, ctx) => updateRequirement(ctx, s.r1.id, { points: 8 })],
  ['requirement.remove', (s, ctx) => removeRequirement(ctx, s.r1.id)],
  ['requirement.move', (s, ctx) => moveRequirement(ctx, s.r1.id, 1)],
  ['vendor.add', (s, ctx) => addVendor(ctx, s.p.id, '第三株式会社')],
  ['vendor.update', (s, ctx) => updateVendor(ctx, s.v1.id, { contact: '営業部' })],
  ['vendor.remove', (s, ctx) => removeVendor(ctx, s.v1.id)],
  ['vendor.move', (s, ctx) => moveVendor(ctx, s.v2.id, -1)],
  [
    'subcontractor.add',
    (s, ctx) =>
      addSubcontractor(ctx, {
        procurementId: s.p.id,
        vendorId: s.v2.id,
        name: 'DC',
        role: 'データセンター',
        criticality: 'normal',
        subserviceMethod: 'inclusive',
        notes: ''
      })
  ],
  ['subcontractor.update', (s, ctx) => updateSubcontractor(ctx, s.sub.id, { criticality: 'normal' })],
  ['subcontractor.remove', (s, ctx) => removeSubcontractor(ctx, s.sub.id)],
  ['attestation.add', (s, ctx) => addAttestation(ctx, attestationInput(s.p.id, s.v2.id, null, []))],
  ['attestation.update', (s, ctx) => updateAttestation(ctx, s.att.id, { opinion: 'unmodified' })],
  ['attestation.remove', (s, ctx) => removeAttestation(ctx, s.att.id)],
  [
    'evidence.add',
    (s, ctx) =>
      addEvidenceFile(ctx, {
        procurementId: s.p.id,
        vendorId: s.v2.id,
        ownerKind: 'attestation',
        ownerId: s.att2.id,
        name: 'iso.pdf',
        type: 'application/pdf',
        data: new Uint8Array([1, 2, 3]).buffer
      })
  ],
  ['evidence.remove', (s, ctx) => removeEvidenceFile(ctx, s.file.id)],
  ['response.put', (s, ctx) => putResponse(ctx, { ...s.res1, answer: 'none' })],
  [
    'grade.put',
    (s, ctx) =>
      putGrade(ctx, {
        procurementId: s.p.id,
        evaluatorId: s.e2.id,
        vendorId: s.v1.id,
        requirementId: s.r2.id,
        verdict: null,
        level: 'C',
        rationale: '普通'
      })
  ],
  [
    'consensus.put',
    (s, ctx) =>
      putConsensus(ctx, {
        procurementId: s.p.id,
        vendorId: s.v1.id,
        requirementId: s.r1.id,
        verdict: null,
        level: 'B',
        reason: '再合議'
      })
  ]
];

describe('audited writes', () => {
  it('seeding leaves a verified chain of one entry per write', async () => {
    const s = await seedProcurement(testContext());
    const entries = await listAudit(s.p.id);
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
    expect(entries[0]).toMatchObject({
      action: 'procurement.create',
      entityId: s.p.id,
      // The creation records the buyer kind and the document language chosen with it (issue 18).
      after: '{"buyerKind":"government","documentLanguage":"ja","title":"基幹クラウド調達"}'
    });
    expect(entries).toHaveLength(20);
    expect(await verifyAudit(s.p.id)).toMatchObject({ ok: true, count: 20 });
  });

  it.each(WRITES)('%s appends exactly one chained entry and moves auditHead', async (action, op) => {
    const ctx = testContext('佐藤');
    const s = await seedProcurement(ctx);
    const before = await listAudit(s.p.id);
    await op(s, ctx);
    const after = await listAudit(s.p.id);
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(0, -1)).toEqual(before);
    const last = after.at(-1)!;
    expect(last).toMatchObject({
      action,
      actor: '佐藤',
      seq: before.length + 1,
      prevHash: before.at(-1)!.hash
    });
    const procurement = (await getProcurement(s.p.id))!;
    expect(procurement.auditHead).toEqual({ seq: last.seq, hash: last.hash });
    expect(procurement.updatedAt).toBe(last.at);
    expect(await verifyAudit(s.p.id)).toEqual({ ok: true, count: after.length, head: last.hash });
  });

  const NO_OPS: [string, Op][] = [
    ['procurement title unchanged', (s, ctx) => updateProcurement(ctx, s.p.id, { title: s.p.title })],
    ['vendor company unchanged', (s, ctx) => updateVendor(ctx, s.v1.id, { company: s.v1.company })],
    ['evaluator already first', (s, ctx) => moveEvaluator(ctx, s.e1.id, -1)],
    ['requirement already last', (s, ctx) => moveRequirement(ctx, s.r2.id, 1)],
    ['response identical', (s, ctx) => putResponse(ctx, { ...s.res1 })]
  ];

  it.each(NO_OPS)('writes nothing when nothing changes: %s', async (_name, op) => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const audit = await listAudit(s.p.id);
    const procurement = await getProcurement(s.p.id);
    await op(s, ctx);
    expect(await listAudit(s.p.id)).toEqual(audit);
    expect(await getProcurement(s.p.id)).toEqual(procurement);
  });

  it('records only the changed fields of a procurement update, and never a frozen field', async () => {
    const ctx = testContext();
    const p = await createProcurement(ctx, '旧題');
    const patch = { title: '新題', notes: '', auditHead: { seq: 99, hash: 'x' } };
    const updated = await updateProcurement(ctx, p.id, patch as Parameters<typeof updateProcurement>[2]);
    const last = (await listAudit(p.id)).at(-1)!;
    expect(last).toMatchObject({
      action: 'procurement.update',
      before: '{"title":"旧題"}',
      after: '{"title":"新題"}'
    });
    expect(updated.title).toBe('新題');
    expect(updated.auditHead).toEqual({ seq: 2, hash: last.hash });
    expect(await getProcurement(p.id)).toEqual(updated);
  });

  it.each<[string, Op]>([
    ['updating a missing vendor', (_s, ctx) => updateVendor(ctx, 'missing', { company: 'x' })],
    ['adding to a missing procurement', (_s, ctx) => addVendor(ctx, 'missing', 'x')],
    [
      'an attestation whose vendor is in another procurement',
      async (s, ctx) => {
        const other = await createProcurement(ctx, '別件');
        return addAttestation(ctx, attestationInput(other.id, s.v1.id, null, []));
      }
    ],
    [
      'an attestation whose subcontractor belongs to another vendor',
      (s, ctx) => addAttestation(ctx, attestationInput(s.p.id, s.v2.id, s.sub.id, []))
    ],
    [
      'a grade by an evaluator of nobody',
      (s, ctx) =>
        putGrade(ctx, { ...s.res1, evaluatorId: 'missing', verdict: 'pass', level: null, rationale: '' })
    ]
  ])('refuses %s with notFound and writes nothing', async (_name, op) => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const audit = await listAudit(s.p.id);
    const error = await op(s, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('notFound');
    expect(await listAudit(s.p.id)).toEqual(audit);
    expect(await listAttestations(s.p.id)).toHaveLength(2);
  });
});

describe('order', () => {
  it('moves and renumbers requirements densely', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const r3 = await addRequirement(ctx, s.p.id, requirementInput('R-003'));
    await moveRequirement(ctx, r3.id, -1);
    expect((await listRequirements(s.p.id)).map((r) => [r.ref, r.order])).toEqual([
      ['R-001', 0],
      ['R-003', 1],
      ['R-002', 2]
    ]);
    await removeRequirement(ctx, s.r1.id);
    expect((await listRequirements(s.p.id)).map((r) => [r.ref, r.order])).toEqual([
      ['R-003', 0],
      ['R-002', 1]
    ]);
  });

  it('makes the first evaluator the chair unless told otherwise', async () => {
    const ctx = testContext();
    const p = await createProcurement(ctx, '案件');
    await addEvaluator(ctx, p.id, 'A');
    await addEvaluator(ctx, p.id, 'B');
    await addEvaluator(ctx, p.id, 'C', 'chair');
    expect((await listEvaluators(p.id)).map((e) => [e.name, e.role, e.order])).toEqual([
      ['A', 'chair', 0],
      ['B', 'member', 1],
      ['C', 'chair', 2]
    ]);
  });

  it('lists procurements newest first with their counts', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const empty = await createProcurement(ctx, '空');
    await db.criteriaVersions.add({
      id: 'cv1',
      procurementId: s.p.id,
      version: 1,
      lockedAt: ctx.now(),
      lockedBy: '委員長',
      hash: '0'.repeat(64),
      reason: '',
      requirements: [],
      settings: s.p.settings
    });
    const list = await listProcurements();
    expect(
      list.map((x) => [
        x.procurement.title,
        x.requirementCount,
        x.vendorCount,
        x.evaluatorCount,
        x.criteriaLocked
      ])
    ).toEqual([
      ['空', 0, 0, 0, false],
      ['基幹クラウド調達', 2, 2, 2, true]
    ]);
    await updateVendor(ctx, s.v1.id, { notes: '更新' });
    expect((await listProcurements()).map((x) => x.procurement.id)).toEqual([s.p.id, empty.id]);
  });
});

describe('cascades', () => {
  it('removing a vendor removes everything of that vendor and nothing of the other', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    await updateProcurement(ctx, s.p.id, {});
    await removeVendor(ctx, s.v1.id);
    expect((await listVendors(s.p.id)).map((v) => [v.id, v.order])).toEqual([[s.v2.id, 0]]);
    expect(await listSubcontractors(s.p.id)).toEqual([]);
    expect((await listAttestations(s.p.id)).map((a) => a.id)).toEqual([s.att2.id]);
    expect((await listEvidenceFiles(s.p.id)).map((f) => f.id)).toEqual([s.responseFile.id]);
    expect(await getEvidenceBytes(s.file.id)).toBeUndefined();
    expect((await listResponses(s.p.id)).map((r) => r.vendorId)).toEqual([s.v2.id]);
    expect((await listGrades(s.p.id)).map((g) => g.vendorId)).toEqual([s.v2.id]);
    expect(await listConsensus(s.p.id)).toEqual([]);
  });

  it('removing a vendor drops the tie resolutions that name it', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const tie = {
      vendorIds: [s.v1.id, s.v2.id],
      method: 'くじ',
      winnerId: s.v2.id,
      note: '',
      at: ctx.now(),
      by: '委員長'
    };
    await db.procurements.update(s.p.id, { tieResolutions: [tie] });
    await removeVendor(ctx, s.v1.id);
    expect((await getProcurement(s.p.id))!.tieResolutions).toEqual([]);
    expect(await verifyAudit(s.p.id)).toMatchObject({ ok: true });
  });

  it('removing a requirement removes its cells and response evidence and unlinks attestation exceptions', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    await removeRequirement(ctx, s.r2.id);
    expect((await listResponses(s.p.id)).map((r) => r.id)).toEqual([s.res1.id]);
    expect((await listGrades(s.p.id)).map((g) => g.requirementId)).toEqual([s.r1.id]);
    expect((await listConsensus(s.p.id)).map((c) => c.requirementId)).toEqual([s.r1.id]);
    expect((await listEvidenceFiles(s.p.id)).map((f) => f.id)).toEqual([s.file.id]);
    expect(await getEvidenceBytes(s.responseFile.id)).toBeUndefined();
    const exceptions = (await listAttestations(s.p.id)).map((a) => [a.id, a.exceptions[0]!.requirementIds]);
    expect(exceptions).toEqual(
      expect.arrayContaining([
        [s.att.id, [s.r1.id]],
        [s.att2.id, []]
      ])
    );
  });

  it('removing an evaluator removes only their grades', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    await removeEvaluator(ctx, s.e1.id);
    expect((await listGrades(s.p.id)).map((g) => g.evaluatorId)).toEqual([s.e2.id]);
    expect((await listEvaluators(s.p.id)).map((e) => [e.id, e.order])).toEqual([[s.e2.id, 0]]);
  });

  it('removing a subcontractor removes its attestations and their evidence', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    await removeSubcontractor(ctx, s.sub.id);
    expect((await listAttestations(s.p.id)).map((a) => a.id)).toEqual([s.att2.id]);
    expect(await db.evidenceFiles.get(s.file.id)).toBeUndefined();
    expect(await db.evidenceBlobs.get(s.file.id)).toBeUndefined();
  });

  it('removing a subcontractor unlinks it from the vendor’s reports, keeping the name', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const linked = { name: 'IaaS 社', method: 'carveOut' as const, subcontractorId: s.sub.id };
    const other = { name: '他社', method: 'inclusive' as const, subcontractorId: null };
    // The vendor's own report (the subcontractor's vendor) that names it.
    const own = { ...s.att2, id: 'own-report', vendorId: s.sub.vendorId, evidenceFileIds: [] };
    await db.attestations.put({ ...own, subserviceOrganisations: [linked, other] });
    await removeSubcontractor(ctx, s.sub.id);
    expect((await db.attestations.get(own.id))!.subserviceOrganisations).toEqual([
      { ...linked, subcontractorId: null },
      other
    ]);
  });

  it('links evidence files to their attestation and unlinks them on removal', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    expect((await db.attestations.get(s.att.id))!.evidenceFileIds).toEqual([s.file.id]);
    await removeEvidenceFile(ctx, s.file.id);
    expect((await db.attestations.get(s.att.id))!.evidenceFileIds).toEqual([]);
    expect(await db.evidenceBlobs.get(s.file.id)).toBeUndefined();
    await removeAttestation(ctx, s.att2.id);
    expect(await db.attestations.get(s.att2.id)).toBeUndefined();
  });

  it('keeps one response per cell: a second put replaces the first', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const again = await putResponse(ctx, { ...s.res1, explanation: '追記' });
    expect(again.id).toBe(s.res1.id);
    expect((await listResponses(s.p.id)).filter((r) => r.vendorId === s.v1.id)).toEqual([again]);
  });
});
