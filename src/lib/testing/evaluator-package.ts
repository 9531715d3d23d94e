/**
 * Test fixture (not part of the app): a chair's procurement holding everything a package must
 * never carry (other evaluators and their grades, consensus, bids, an audit trail, a tie record,
 * an issued package, an older criteria version), with every string unique so a test can search
 * the package text for it.
 */
import { chainEntry } from '$lib/domain/audit';
import { criteriaHash } from '$lib/domain/criteria';
import { newAttestationFields, newEvaluator, newProcurement, newVendor } from '$lib/domain/defaults';
import type { Grade, ProcurementBundle, Requirement } from '$lib/domain/model';
import { sha256Bytes, sha256Text } from '$lib/domain/sha256';
import { JA_LABELS, testGrade, testRequirement, testSettings, type Mark } from './fixtures';

export const T0 = '2026-01-05T09:00:00.000Z';
export const T1 = '2026-02-10T15:30:00.000Z';
export const KEY = 'ab'.repeat(32);
export const BLOB = Uint8Array.from({ length: 300 }, (_, i) => (i * 7 + 3) & 0xff);

function requirement(id: string, order: number, kind: Requirement['kind'], points: number): Requirement {
  return testRequirement(id, order, kind, points, JA_LABELS.requirement(id, order, kind));
}

export function grade(evaluatorId: string, vendorId: string, requirementId: string, mark: Mark): Grade {
  return testGrade(evaluatorId, vendorId, requirementId, mark, { updatedAt: T1 });
}

/** Version 1 had one requirement; version 2 (latest) has `r1` mandatory and `r2` scored. */
export function chairBundle(): ProcurementBundle {
  const settings = testSettings();
  const requirements = [requirement('r1', 0, 'mandatory', 10), requirement('r2', 1, 'scored', 30)];
  const v1Requirements = [requirements[0]!];
  const audit = [
    chainEntry(
      {
        procurementId: 'p1',
        at: T0,
        actor: '監査ログの実施者',
        action: 'procurement.create',
        entityKind: 'procurement',
        entityId: 'p1',
        before: '',
        after: '{}'
      },
      undefined,
      sha256Text
    )
  ];
  const procurement = {
    ...newProcurement('p1', '基幹クラウド調達', T0),
    settings,
    technicalLock: { at: T1, by: '締切りの実施者' },
    tieResolutions: [
      { vendorIds: ['v1', 'v2'], method: 'くじ', winnerId: 'v1', note: '同点の記録', at: T1, by: '委員長' }
    ],
    issuedPackages: [
      {
        id: 'old-package',
        evaluatorId: 'e1',
        criteriaVersion: 1,
        criteriaHash: 'cd'.repeat(32),
        key: 'ef'.repeat(32),
        issuedAt: T0,
        issuedBy: '委員長',
        importedAt: null
      }
    ],
    auditHead: { seq: 1, hash: audit[0]!.hash }
  };
  const version = (n: number, reqs: Requirement[]) => ({
    id: `cv${n}`,
    procurementId: 'p1',
    version: n,
    lockedAt: T0,
    lockedBy: '委員長',
    hash: criteriaHash(reqs, settings, sha256Text),
    reason: n === 1 ? '' : '要件の追加',
    requirements: structuredClone(reqs),
    settings
  });
  return {
    procurement,
    requirements,
    criteriaVersions: [version(1, v1Requirements), version(2, requirements)],
    evaluators: [
      { ...newEvaluator('e1', 'p1', 0, '委員長 甲'), submittedAt: T1 },
      { ...newEvaluator('e2', 'p1', 1, '委員 乙'), submittedAt: T1 },
      newEvaluator('e3', 'p1', 2, '委員 丙')
    ],
    vendors: [
      {
        ...newVendor('v1', 'p1', 0, 'A社'),
        bidPrice: 8_765_432,
        lowBidInvestigation: { outcome: 'accepted', note: '低入札の説明' }
      },
      {
        ...newVendor('v2', 'p1', 1, 'B社'),
        bidPrice: 9_876_543,
        bidStatus: 'invalid',
        bidStatusReason: '書類の不備'
      }
    ],
    subcontractors: [
      {
        id: 's1',
        procurementId: 'p1',
        vendorId: 'v1',
        order: 0,
        name: 'IaaS事業者',
        role: '基盤',
        criticality: 'critical',
        subserviceMethod: 'carveOut',
        notes: ''
      }
    ],
    attestations: [
      {
        ...newAttestationFields(),
        id: 'a1',
        procurementId: 'p1',
        vendorId: 'v1',
        type: 'ismap',
        number: 'ISMAP-0001',
        evidenceFileIds: ['f1']
      }
    ],
    evidenceFiles: [
      {
        id: 'f1',
        procurementId: 'p1',
        vendorId: 'v1',
        ownerKind: 'attestation',
        ownerId: 'a1',
        name: 'ismap.pdf',
        type: 'application/pdf',
        size: BLOB.length,
        sha256: sha256Bytes(BLOB),
        addedAt: T0,
        addedBy: '委員長'
      }
    ],
    evidenceBlobs: [{ id: 'f1', procurementId: 'p1', data: BLOB.slice().buffer }],
    responses: [
      {
        id: 'res1',
        procurementId: 'p1',
        vendorId: 'v1',
        requirementId: 'r2',
        answer: 'full',
        explanation: '対応しています',
        evidenceRefs: 'p.3',
        updatedAt: T0,
        source: 'manual'
      }
    ],
    grades: [
      grade('e1', 'v1', 'r1', { verdict: 'pass' }),
      grade('e1', 'v1', 'r2', { level: 'A' }),
      grade('e2', 'v1', 'r2', { level: 'C' }),
      grade('e3', 'v1', 'r2', { level: 'B' })
    ],
    consensus: [
      {
        id: 'c1',
        procurementId: 'p1',
        vendorId: 'v1',
        requirementId: 'r2',
        verdict: null,
        level: 'B',
        reason: '合議の理由',
        recordedAt: T1,
        recordedBy: '委員長'
      }
    ],
    audit
  };
}
