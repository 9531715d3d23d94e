import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packAttestationFields } from '$lib/domain/pack-records';
import { listAudit, verifyAudit } from './audit';
import { StorageError } from './errors';
import { applyPack, type PackApplyInput } from './pack';
import { loadBundle } from './bundle';
import { freshDb, seedProcurement, testContext } from '$lib/testing/db';

type Seeded = Awaited<ReturnType<typeof seedProcurement>>;

const undo: (() => void)[] = [];
beforeEach(() => {
  freshDb();
});
afterEach(() => {
  while (undo.length) undo.pop()!();
});

const quota = () => new DOMException('disk full', 'QuotaExceededError');

/** The quota failure of atomicity.test.ts: the table's object store refuses writes. */
function fillDisk(table: string): void {
  const { add, put } = IDBObjectStore.prototype;
  IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
    if (this.name === table) throw quota();
    return add.apply(this, args);
  };
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === table) throw quota();
    return put.apply(this, args);
  };
  undo.push(() => Object.assign(IDBObjectStore.prototype, { add, put }));
}

const blank = { number: '', issuer: '', periodStart: null, periodEnd: null, scopeText: '' };

/** v1's pack: an answer, its existing IaaS again plus a new support desk, two certifications. */
function packFor(s: Seeded): PackApplyInput {
  const owner = { procurementId: s.p.id, vendorId: s.v1.id };
  return {
    responses: [
      {
        ...owner,
        requirementId: s.r2.id,
        answer: 'partial',
        explanation: '一部対応',
        evidenceRefs: '',
        source: 'import'
      }
    ],
    subcontractors: [
      {
        ...owner,
        name: '架空IaaS',
        role: 'IaaS',
        criticality: 'critical',
        subserviceMethod: 'carveOut',
        notes: ''
      },
      {
        ...owner,
        name: '架空サポート',
        role: '窓口',
        criticality: 'normal',
        subserviceMethod: 'inclusive',
        notes: ''
      }
    ],
    attestations: [
      {
        ...owner,
        ...packAttestationFields({
          ...blank,
          type: 'ismap',
          number: 'C99-0500',
          periodStart: '2025-04-01',
          periodEnd: '2026-03-31'
        }),
        subcontractorName: null
      },
      {
        ...owner,
        ...packAttestationFields({ ...blank, type: 'iso27001' }),
        subcontractorName: '架空サポート'
      }
    ]
  };
}

describe('applyPack', () => {
  it('adds the answers, the new subcontractors and their certifications in one go, each audited', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const before = await loadBundle(s.p.id);
    const result = await applyPack(ctx, packFor(s));

    expect(result.subcontractors.map((x) => x.name)).toEqual(['架空サポート']);
    const support = result.subcontractors[0]!;
    expect(result.attestations.map((a) => [a.type, a.subcontractorId])).toEqual([
      ['ismap', null],
      ['iso27001', support.id]
    ]);
    expect(result.attestations.every((a) => a.scopeCoverage === 'unknown' && a.verification === null)).toBe(
      true
    );
    const after = await loadBundle(s.p.id);
    expect(after.subcontractors).toHaveLength(before.subcontractors.length + 1);
    expect(after.attestations).toHaveLength(before.attestations.length + 2);
    expect(after.responses.find((r) => r.requirementId === s.r2.id && r.vendorId === s.v1.id)).toMatchObject({
      answer: 'partial',
      source: 'import'
    });
    const actions = (await listAudit(s.p.id)).slice(before.audit.length).map((e) => e.action);
    expect(actions).toEqual(['response.put', 'subcontractor.add', 'attestation.add', 'attestation.add']);
    expect(await verifyAudit(s.p.id)).toMatchObject({ ok: true });
  });

  it('does not add again what is already recorded (same name; same holder, type and number)', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    await applyPack(ctx, packFor(s));
    const once = await loadBundle(s.p.id);
    const again = await applyPack(ctx, { ...packFor(s), responses: [] });
    expect(again).toEqual({ responses: [], subcontractors: [], attestations: [], changed: [] });
    const twice = await loadBundle(s.p.id);
    expect(twice.subcontractors).toEqual(once.subcontractors);
    expect(twice.attestations).toEqual(once.attestations);
    expect(twice.audit).toHaveLength(once.audit.length);
  });

  it('stores a newer SOC 2 report beside the one on file, links its carve-out, and applies a change', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const owner = { procurementId: s.p.id, vendorId: s.v1.id };
    const report = (periodStart: string, periodEnd: string) => ({
      ...owner,
      ...packAttestationFields({
        ...blank,
        type: 'soc2Type2',
        issuer: '架空監査法人',
        periodStart,
        periodEnd
      }),
      subserviceOrganisations: [
        { name: '架空ＩａａＳ（株）', method: 'carveOut' as const, subcontractorId: null }
      ],
      subcontractorName: null
    });
    const first = await applyPack(ctx, {
      responses: [],
      subcontractors: [],
      attestations: [report('2025-04-01', '2026-03-31')]
    });
    const newer = await applyPack(ctx, {
      responses: [],
      subcontractors: [],
      attestations: [report('2025-04-01', '2026-03-31'), report('2026-04-01', '2027-03-31')],
      changes: [{ id: first.attestations[0]!.id, changes: { cuecs: ['利用者側でMFAを有効にする'] } }]
    });
    // The same report is not added twice; the newer one is.
    expect(newer.attestations.map((a) => a.periodEnd)).toEqual(['2027-03-31']);
    const iaas = (await loadBundle(s.p.id)).subcontractors.find((x) => x.name === '架空IaaS')!;
    expect(newer.attestations[0]!.subserviceOrganisations).toEqual([
      { name: '架空ＩａａＳ（株）', method: 'carveOut', subcontractorId: iaas.id }
    ]);
    expect(newer.changed.map((a) => [a.id, a.cuecs])).toEqual([
      [first.attestations[0]!.id, ['利用者側でMFAを有効にする']]
    ]);
    const actions = (await listAudit(s.p.id)).slice(-2).map((e) => e.action);
    expect(actions).toEqual(['attestation.add', 'attestation.update']);
  });

  it.each(['responses', 'subcontractors', 'attestations', 'audit'])(
    'stores nothing when the disk is full (%s refuses)',
    async (table) => {
      const ctx = testContext();
      const s = await seedProcurement(ctx);
      const before = await loadBundle(s.p.id);
      fillDisk(table);
      const error = await applyPack(ctx, packFor(s)).then(
        () => null,
        (e: unknown) => e
      );
      undo.pop()!();
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).code).toBe('quotaExceeded');
      expect(await loadBundle(s.p.id)).toEqual(before);
      expect(await verifyAudit(s.p.id)).toMatchObject({ ok: true, count: before.audit.length });
    }
  );

  it('refuses a certification of a subcontractor that is neither stored nor in the pack, storing nothing', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const before = await loadBundle(s.p.id);
    const input = packFor(s);
    const orphan = { ...input.attestations[1]!, subcontractorName: '存在しない委託先' };
    await expect(applyPack(ctx, { ...input, attestations: [orphan] })).rejects.toMatchObject({
      code: 'notFound'
    });
    expect(await loadBundle(s.p.id)).toEqual(before);
  });
});
