import { describe, expect, it } from 'vitest';
import type { RegisterSnapshot, VerificationRecord } from '$lib/domain/model';
import { recheckAll } from '$lib/domain/registers/recheck';
import { closeTechnical, freshDb, seedProcurement, testContext } from '$lib/testing/db';
import { registerLayout } from '$lib/testing/registers';
import { updateAttestation } from './attestations';
import { listAudit } from './audit';
import { loadBundle } from './bundle';
import { applyRegisterRecheck, loadRecheckSources } from './register-recheck';

const snapshot = (id: string, listDate: string, revoked: boolean): RegisterSnapshot => ({
  id,
  registerId: 'ismap',
  fileName: `${id}.xlsx`,
  sha256: id.padEnd(64, '0'),
  importedAt: `${listDate}T09:00:00.000Z`,
  importedBy: '佐藤',
  listDate,
  sheet: 'リスト',
  headerRow: 5,
  entries: [
    {
      row: 6,
      number: 'C99-0001-1',
      company: '架空IaaS株式会社',
      service: '',
      registeredOn: '2024-04-01',
      expiry: null,
      status: revoked ? 'revoked' : 'listed',
      statusText: revoked ? '取消' : '',
      scope: '',
      issuer: '',
      standard: ''
    }
  ]
});
const OLD = snapshot('old', '2025-04-01', false);
const NEW = snapshot('new', '2025-05-01', true);

const confirmedFromOld: VerificationRecord = {
  source: 'ISMAPクラウドサービスリスト 2025-04-01',
  checkedOn: '2025-04-02',
  checkedBy: '佐藤',
  result: 'confirmed',
  register: {
    registerId: 'ismap',
    snapshotId: OLD.id,
    sha256: OLD.sha256,
    listDate: OLD.listDate,
    importedAt: OLD.importedAt,
    outcome: 'confirmed',
    entryRow: 6,
    entryNumber: 'C99-0001-1',
    differences: []
  }
};

/** A seeded procurement whose 委託先's attestation (an ISMAP registration) was confirmed from `OLD`. */
async function seeded(options: { frozen: boolean }) {
  freshDb();
  const ctx = testContext();
  const s = await seedProcurement(ctx);
  if (options.frozen) await closeTechnical(ctx, s);
  const correction = options.frozen
    ? { procurementId: s.p.id, reason: '登録簿の確認結果を記録するため' }
    : undefined;
  await updateAttestation({ ...ctx, ...(correction ? { correction } : {}) }, s.att.id, {
    type: 'ismap',
    number: 'C99-0001-1',
    verification: confirmedFromOld
  });
  const sources = await loadRecheckSources('2025-05-02');
  const [procurement] = recheckAll({
    sources,
    snapshot: NEW,
    layout: registerLayout('ismap'),
    checkedOn: '2025-05-02',
    checkedBy: '鈴木'
  });
  if (!procurement) throw new Error('nothing re-checked');
  return { ctx, s, procurement };
}

const recheckEntries = async (id: string) =>
  (await listAudit(id)).filter((e) => e.action === 'register.recheck');

describe('applyRegisterRecheck', () => {
  it('before the technical lock: replaces the record and audits the update and the change', async () => {
    const { ctx, s, procurement } = await seeded({ frozen: false });
    expect(procurement.items.map((i) => [i.previous.outcome, i.to])).toEqual([['confirmed', 'revoked']]);
    const applied = await applyRegisterRecheck(ctx, s.p.id, NEW, procurement.items);
    expect(applied).toEqual({ updated: 1, frozen: false });
    const stored = (await loadBundle(s.p.id)).attestations.find((a) => a.id === s.att.id);
    expect(stored?.verification?.register).toMatchObject({ snapshotId: 'new', outcome: 'revoked' });
    const audit = await listAudit(s.p.id);
    expect(audit.at(-2)).toMatchObject({ action: 'attestation.update', entityId: s.att.id });
    const [entry] = await recheckEntries(s.p.id);
    expect(JSON.parse(entry!.after)).toMatchObject({
      sha256: NEW.sha256,
      frozen: false,
      updated: 1,
      registerChanges: [{ attestationId: s.att.id, number: 'C99-0001-1', from: 'confirmed', to: 'revoked' }]
    });
  });

  it('after the technical lock: keeps the record and audits what the newer snapshot says', async () => {
    const { ctx, s, procurement } = await seeded({ frozen: true });
    const applied = await applyRegisterRecheck(ctx, s.p.id, NEW, procurement.items);
    expect(applied).toEqual({ updated: 0, frozen: true });
    const stored = (await loadBundle(s.p.id)).attestations.find((a) => a.id === s.att.id);
    expect(stored?.verification).toEqual(confirmedFromOld);
    const [entry] = await recheckEntries(s.p.id);
    expect(JSON.parse(entry!.after)).toMatchObject({
      frozen: true,
      updated: 0,
      registerChanges: [{ to: 'revoked' }]
    });
  });

  it('leaves a record changed by hand since the re-check read it', async () => {
    const { ctx, s, procurement } = await seeded({ frozen: false });
    const manual: VerificationRecord = {
      source: 'ISMAPポータル',
      checkedOn: '2025-05-02',
      checkedBy: '山田',
      result: 'confirmed'
    };
    await updateAttestation(ctx, s.att.id, { verification: manual });
    const applied = await applyRegisterRecheck(ctx, s.p.id, NEW, procurement.items);
    expect(applied.updated).toBe(0);
    const stored = (await loadBundle(s.p.id)).attestations.find((a) => a.id === s.att.id);
    expect(stored?.verification).toEqual(manual);
  });
});
