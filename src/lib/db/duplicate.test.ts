import { beforeEach, describe, expect, it } from 'vitest';
import { freshBid, freshLifecycle, type Lifecycle } from '$lib/domain/defaults';
import { duplicateProcurement } from './duplicate';
import { loadBundle } from './bundle';
import type { SenteiDb } from './schema';
import { freshDb, seedProcurement, testContext } from '$lib/testing/db';

let db: SenteiDb;
beforeEach(() => {
  db = freshDb();
});

describe('duplicateProcurement starts the copy where a new procurement starts', () => {
  it('gives the copy freshLifecycle() and every vendor freshBid(), whatever the source had', async () => {
    const ctx = testContext();
    const s = await seedProcurement(ctx);
    const at = ctx.now();
    await db.procurements.update(s.p.id, {
      criteriaReopen: { reason: '誤記訂正', at, by: '委員長' },
      technicalLock: { at, by: '委員長' },
      tieResolutions: [
        { vendorIds: [s.v1.id, s.v2.id], method: 'くじ', winnerId: s.v1.id, note: '', at, by: '委員長' }
      ],
      issuedPackages: [
        {
          id: 'pkg1',
          evaluatorId: s.e1.id,
          criteriaVersion: 1,
          criteriaHash: '0'.repeat(64),
          key: 'ab'.repeat(32),
          issuedAt: at,
          issuedBy: '委員長',
          importedAt: null
        }
      ],
      packageOrigin: {
        packageId: 'pkg0',
        evaluatorId: s.e1.id,
        sourceProcurementId: 'elsewhere',
        criteriaVersion: 1,
        criteriaHash: '0'.repeat(64),
        key: 'cd'.repeat(32),
        openedAt: at
      }
    });
    await db.vendors.update(s.v1.id, {
      bidPrice: 8_000_000,
      bidStatus: 'invalid',
      bidStatusReason: '書類不備',
      lowBidInvestigation: { outcome: 'accepted', note: '調査済み' }
    });

    const copy = await duplicateProcurement(ctx, s.p.id, '写し');
    const bundle = await loadBundle(copy.id);
    const lifecycle = Object.fromEntries(
      Object.keys(freshLifecycle()).map((key) => [key, bundle.procurement[key as keyof Lifecycle]])
    );
    // The copy's own opening audit entry is the one link its chain may have.
    const opening = bundle.audit[0];
    expect(bundle.audit).toHaveLength(1);
    expect(lifecycle).toEqual({
      ...freshLifecycle(),
      auditHead: { seq: opening?.seq, hash: opening?.hash }
    });
    for (const vendor of bundle.vendors) {
      expect(vendor).toMatchObject(freshBid());
    }
  });
});
