import { beforeEach, describe, expect, it } from 'vitest';
import { correctionsFrom } from '$lib/domain/freeze';
import { verifyChain } from '$lib/domain/audit';
import { sha256Text } from '$lib/domain/sha256';
import type { WriteContext } from './context';
import { addAttestation, removeAttestation, updateAttestation } from './attestations';
import { listAudit } from './audit';
import { loadBundle } from './bundle';
import { StorageError } from './errors';
import { addEvidenceFile, removeEvidenceFile } from './evidence';
import { applyPack } from './pack';
import { putResponse, putResponses } from './responses';
import type { SenteiDb } from './schema';
import { addSubcontractor, removeSubcontractor, updateSubcontractor } from './subcontractors';
import { updateVendor } from './vendors';
import { attestationInput, closeTechnical, freshDb, seedProcurement, testContext } from '$lib/testing/db';

type Seeded = Awaited<ReturnType<typeof seedProcurement>>;

let db: SenteiDb;
beforeEach(() => {
  db = freshDb();
});

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (e) {
    return e instanceof StorageError ? e.code : String(e);
  }
}

const REASON = '事業者から回答の誤記の訂正届（令和8年1月5日付）を受領したため';

function correcting(ctx: WriteContext, procurementId: string, reason = REASON): WriteContext {
  return { ...ctx, correction: { procurementId, reason } };
}

/** A snapshot of everything the freeze protects, to prove a refusal changed nothing. */
async function frozenState(s: Seeded) {
  const b = await loadBundle(s.p.id);
  return {
    responses: b.responses,
    attestations: b.attestations,
    subcontractors: b.subcontractors,
    evidenceFiles: b.evidenceFiles,
    vendors: b.vendors,
    audit: b.audit.length
  };
}

const sub = (s: Seeded, name: string) => ({
  procurementId: s.p.id,
  vendorId: s.v1.id,
  name,
  role: 'データセンター',
  criticality: 'normal' as const,
  subserviceMethod: 'carveOut' as const,
  notes: ''
});

const answer = (s: Seeded) => ({
  procurementId: s.p.id,
  vendorId: s.v1.id,
  requirementId: s.r1.id,
  answer: 'partial' as const,
  explanation: '一部対応（訂正）',
  evidenceRefs: 'p.4',
  source: 'manual' as const
});

/** Each write path to a frozen record, and the action its correction entry records. */
const paths: {
  name: string;
  action: string;
  run: (ctx: WriteContext, s: Seeded) => Promise<unknown>;
  landed: (s: Seeded) => Promise<boolean>;
}[] = [
  {
    name: 'manual answer edit (putResponse)',
    action: 'response.put',
    run: (ctx, s) => putResponse(ctx, answer(s)),
    landed: async (s) => (await db.responses.get(s.res1.id))?.answer === 'partial'
  },
  {
    name: 'several answers (putResponses)',
    action: 'response.put',
    run: (ctx, s) => putResponses(ctx, [answer(s)]),
    landed: async (s) => (await db.responses.get(s.res1.id))?.answer === 'partial'
  },
  {
    name: 'questionnaire pack / column-mapped import (applyPack)',
    action: 'response.put',
    run: (ctx, s) =>
      applyPack(ctx, {
        responses: [{ ...answer(s), source: 'import' }],
        subcontractors: [sub(s, '架空データセンター')],
        attestations: []
      }),
    landed: async (s) =>
      (await db.responses.get(s.res1.id))?.source === 'import' &&
      (await db.subcontractors.filter((x) => x.name === '架空データセンター').count()) === 1
  },
  {
    name: 'attestation add',
    action: 'attestation.add',
    run: (ctx, s) =>
      addAttestation(ctx, { ...attestationInput(s.p.id, s.v2.id, null, []), number: 'SOC-NEW' }),
    landed: async () => (await db.attestations.filter((a) => a.number === 'SOC-NEW').count()) === 1
  },
  {
    name: 'attestation edit',
    action: 'attestation.update',
    run: (ctx, s) => updateAttestation(ctx, s.att2.id, { number: 'SOC-002' }),
    landed: async (s) => (await db.attestations.get(s.att2.id))?.number === 'SOC-002'
  },
  {
    name: 'attestation remove',
    action: 'attestation.remove',
    run: (ctx, s) => removeAttestation(ctx, s.att2.id),
    landed: async (s) => (await db.attestations.get(s.att2.id)) === undefined
  },
  {
    name: 'subcontractor add',
    action: 'subcontractor.add',
    run: (ctx, s) => addSubcontractor(ctx, sub(s, '架空サポート')),
    landed: async () => (await db.subcontractors.filter((x) => x.name === '架空サポート').count()) === 1
  },
  {
    name: 'subcontractor edit',
    action: 'subcontractor.update',
    run: (ctx, s) => updateSubcontractor(ctx, s.sub.id, { role: 'IaaS（東京・大阪）' }),
    landed: async (s) => (await db.subcontractors.get(s.sub.id))?.role === 'IaaS（東京・大阪）'
  },
  {
    name: 'subcontractor remove',
    action: 'subcontractor.remove',
    run: (ctx, s) => removeSubcontractor(ctx, s.sub.id),
    landed: async (s) => (await db.subcontractors.get(s.sub.id)) === undefined
  },
  {
    name: 'vendor rename',
    action: 'vendor.update',
    run: (ctx, s) => updateVendor(ctx, s.v1.id, { company: '架空クラウドホールディングス株式会社' }),
    landed: async (s) => (await db.vendors.get(s.v1.id))?.company === '架空クラウドホールディングス株式会社'
  },
  {
    name: 'evidence attach',
    action: 'evidence.add',
    run: (ctx, s) =>
      addEvidenceFile(ctx, {
        procurementId: s.p.id,
        vendorId: s.v2.id,
        ownerKind: 'response',
        ownerId: s.res2.id,
        name: 'correction.txt',
        type: 'text/plain',
        data: new TextEncoder().encode('訂正').buffer
      }),
    landed: async () => (await db.evidenceFiles.filter((x) => x.name === 'correction.txt').count()) === 1
  },
  {
    name: 'evidence remove',
    action: 'evidence.remove',
    run: (ctx, s) => removeEvidenceFile(ctx, s.responseFile.id),
    landed: async (s) => (await db.evidenceFiles.get(s.responseFile.id)) === undefined
  }
];

describe('after the technical lock', () => {
  it.each(paths)('$name is refused, and nothing changes', async ({ run, landed }) => {
    const ctx = testContext('委員長');
    const s = await seedProcurement(ctx);
    await closeTechnical(ctx, s);
    const before = await frozenState(s);
    expect(await code(run(ctx, s))).toBe('frozen');
    expect(await landed(s)).toBe(false);
    expect(await frozenState(s)).toEqual(before);
  });

  it.each(paths)(
    '$name goes through as a correction, audited with the reason',
    async ({ run, landed, action }) => {
      const ctx = testContext('委員長');
      const s = await seedProcurement(ctx);
      await closeTechnical(ctx, s);
      const count = (await listAudit(s.p.id)).length;
      await run(correcting(ctx, s.p.id), s);
      expect(await landed(s)).toBe(true);
      const audit = await listAudit(s.p.id);
      const added = audit.slice(count);
      expect(added.length).toBeGreaterThan(0);
      expect(added.every((e) => e.action.startsWith('correction.'))).toBe(true);
      const corrections = correctionsFrom(audit);
      expect(corrections.length).toBe(added.length);
      expect(corrections[0]).toMatchObject({ action, by: '委員長', reason: REASON });
      const procurement = (await loadBundle(s.p.id)).procurement;
      expect(verifyChain(audit, sha256Text, procurement.auditHead).ok).toBe(true);
    }
  );

  it.each(paths)('$name is refused with a blank reason', async ({ run, landed }) => {
    const ctx = testContext('委員長');
    const s = await seedProcurement(ctx);
    await closeTechnical(ctx, s);
    expect(await code(run(correcting(ctx, s.p.id, '   '), s))).toBe('correctionReasonInvalid');
    expect(await landed(s)).toBe(false);
  });

  it('refuses a correction meant for another procurement', async () => {
    const ctx = testContext('委員長');
    const s = await seedProcurement(ctx);
    await closeTechnical(ctx, s);
    expect(await code(putResponse(correcting(ctx, 'other-procurement'), answer(s)))).toBe('frozen');
  });

  it('refuses an over-long reason', async () => {
    const ctx = testContext('委員長');
    const s = await seedProcurement(ctx);
    await closeTechnical(ctx, s);
    const long = '理'.repeat(201);
    expect(await code(putResponse(correcting(ctx, s.p.id, long), answer(s)))).toBe('correctionReasonInvalid');
  });

  it('still lets the vendor contact and notes change, as ordinary updates', async () => {
    const ctx = testContext('委員長');
    const s = await seedProcurement(ctx);
    await closeTechnical(ctx, s);
    await updateVendor(ctx, s.v1.id, { contact: '営業部 03-0000-0000' });
    const last = (await listAudit(s.p.id)).at(-1)!;
    expect(last.action).toBe('vendor.update');
    expect(await code(updateVendor(ctx, s.v1.id, { serviceName: '新サービス名' }))).toBe('frozen');
  });
});

describe('before the technical lock', () => {
  it('writes without a reason and records no correction', async () => {
    const ctx = testContext('委員長');
    const s = await seedProcurement(ctx);
    await putResponse(ctx, answer(s));
    await updateVendor(ctx, s.v1.id, { company: '改称後の社名' });
    expect(correctionsFrom(await listAudit(s.p.id))).toEqual([]);
  });
});
