/**
 * Test support for restore and backups: one procurement bundle with every record type, every
 * optional part filled in and a binary blob, and helpers to edit a backup's JSON and parse it back.
 */
import { chainEntry } from '$lib/domain/audit';
import { canonicalJson } from '$lib/domain/canonical';
import { defaultSettings, newEvaluator, newProcurement, newVendor } from '$lib/domain/defaults';
import type { ProcurementBundle } from '$lib/domain/model';
import { buildBackupEnvelope, parseBackupText, toBackupBundle } from '$lib/domain/restore';
import { sha256Bytes, sha256Text } from '$lib/domain/sha256';

export const T0 = '2026-01-05T09:00:00.000Z';
export const T1 = '2026-02-10T15:30:00.000Z';
export const BLOB_BYTES = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
export const META = { appVersion: '0.1.0', exportedAt: T1, scope: 'procurement' } as const;

/** One procurement with every record type, every optional part filled in, and a binary blob. */
export function fixture(id = 'p1'): ProcurementBundle {
  const procurement = {
    ...newProcurement(id, '基幹クラウド調達', T0),
    organisation: 'デジタル庁',
    bidDeadline: '2026-03-31',
    contractStart: '2026-04-01',
    contractEnd: '2029-03-31',
    technicalLock: { at: T1, by: '委員長' },
    tieResolutions: [
      { vendorIds: ['v1', 'v2'], method: 'くじ', winnerId: 'v1', note: '同点', at: T1, by: '委員長' }
    ]
  };
  procurement.settings.ceilingPrice = 12_000_000;
  const requirements: ProcurementBundle['requirements'] = [
    {
      id: 'r1',
      procurementId: id,
      order: 0,
      ref: 'R-001',
      domain: '9 アクセス制御',
      title: '多要素認証',
      text: '管理者アクセスに多要素認証を用いること。',
      kind: 'mandatory',
      basePoints: 10,
      points: 0,
      appliesTo: 'csp',
      acceptedAttestations: ['ismap', 'soc2Type2'],
      controlRefs: ['iso27002:9.4.1'],
      sourceRef: 'catalogue:mfa'
    },
    {
      id: 'r2',
      procurementId: id,
      order: 1,
      ref: 'R-002',
      domain: '12 運用',
      title: 'ログ保管',
      text: 'ログを1年以上保管すること。',
      kind: 'scored',
      basePoints: 0,
      points: 5.5,
      appliesTo: 'both',
      acceptedAttestations: [],
      controlRefs: [],
      sourceRef: null
    }
  ];
  const settings = defaultSettings();
  const audit = [
    chainEntry(
      {
        procurementId: id,
        at: T0,
        actor: '山田',
        action: 'procurement.create',
        entityKind: 'procurement',
        entityId: id,
        before: '',
        after: '{}'
      },
      undefined,
      sha256Text
    )
  ];
  audit.push(chainEntry({ ...audit[0]!, at: T1, action: 'criteria.lock' }, audit[0], sha256Text));
  return {
    procurement: { ...procurement, auditHead: { seq: 2, hash: audit[1]!.hash } },
    requirements,
    criteriaVersions: [
      {
        id: 'cv1',
        procurementId: id,
        version: 1,
        lockedAt: T1,
        lockedBy: '委員長',
        hash: sha256Text(canonicalJson({ requirements, settings })),
        reason: '',
        requirements: structuredClone(requirements),
        settings
      }
    ],
    evaluators: [
      { ...newEvaluator('e1', id, 0, '委員長'), submittedAt: T1 },
      newEvaluator('e2', id, 1, '委員A')
    ],
    vendors: [
      {
        ...newVendor('v1', id, 0, 'A社'),
        regions: ['JP'],
        bidPrice: 9_800_000,
        lowBidInvestigation: { outcome: 'accepted', note: '説明あり' }
      },
      { ...newVendor('v2', id, 1, 'B社'), bidStatus: 'invalid', bidStatusReason: '書類不備' }
    ],
    subcontractors: [
      {
        id: 's1',
        procurementId: id,
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
        id: 'a1',
        procurementId: id,
        vendorId: 'v1',
        subcontractorId: 's1',
        type: 'soc2Type2',
        number: 'SOC-1',
        issuer: '監査法人',
        accreditationBody: 'AICPA',
        scopeText: '東京リージョン',
        scopeServices: ['Compute'],
        scopeRegions: ['ap-northeast-1'],
        scopeCoverage: 'covered',
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        asOf: null,
        issuedOn: '2026-02-15',
        expiry: null,
        edition: '2017',
        cloudAddOn: false,
        renewalPending: true,
        opinion: 'qualified',
        qualifiedCriteria: ['CC8.1'],
        exceptions: [
          {
            criterion: 'CC8.1',
            description: '変更管理の例外',
            testResult: '25件中2件で承認前に本番反映',
            managementResponse: '承認を必須とするワークフローに変更',
            requirementIds: ['r2']
          }
        ],
        tscCategories: ['security', 'availability'],
        subserviceOrganisations: [{ name: 'DC事業者', method: 'inclusive', subcontractorId: null }],
        cuecs: ['利用者側のアカウント管理'],
        bridgeLetter: { issuedOn: '2026-01-10', coversUntil: '2026-03-31' },
        excludedControls: ['8.1'],
        verification: {
          source: 'https://example.org',
          checkedOn: '2026-02-20',
          checkedBy: '山田',
          result: 'confirmed'
        },
        evidenceFileIds: ['f1'],
        notes: 'メモ'
      }
    ],
    evidenceFiles: [
      {
        id: 'f1',
        procurementId: id,
        vendorId: 'v1',
        ownerKind: 'attestation',
        ownerId: 'a1',
        name: 'soc2.pdf',
        type: 'application/pdf',
        size: BLOB_BYTES.length,
        sha256: sha256Bytes(BLOB_BYTES),
        addedAt: T1,
        addedBy: '山田'
      },
      {
        id: 'f2',
        procurementId: id,
        vendorId: 'v1',
        ownerKind: 'response',
        ownerId: 'resp1',
        name: 'empty.txt',
        type: 'text/plain',
        size: 0,
        sha256: sha256Bytes(new Uint8Array(0)),
        addedAt: T1,
        addedBy: '山田'
      }
    ],
    evidenceBlobs: [
      { id: 'f1', procurementId: id, data: BLOB_BYTES.slice().buffer },
      { id: 'f2', procurementId: id, data: new ArrayBuffer(0) }
    ],
    responses: [
      {
        id: 'resp1',
        procurementId: id,
        vendorId: 'v1',
        requirementId: 'r1',
        answer: 'full',
        explanation: '対応済み',
        evidenceRefs: 'p.12',
        updatedAt: T1,
        source: 'import'
      }
    ],
    grades: [
      {
        id: 'g1',
        procurementId: id,
        evaluatorId: 'e1',
        vendorId: 'v1',
        requirementId: 'r1',
        verdict: 'pass',
        level: null,
        rationale: '',
        updatedAt: T1
      },
      {
        id: 'g2',
        procurementId: id,
        evaluatorId: 'e2',
        vendorId: 'v2',
        requirementId: 'r2',
        verdict: null,
        level: 'B',
        rationale: '十分',
        updatedAt: T1
      }
    ],
    consensus: [
      {
        id: 'c1',
        procurementId: id,
        vendorId: 'v2',
        requirementId: 'r2',
        verdict: null,
        level: 'C',
        reason: '合議',
        recordedAt: T1,
        recordedBy: '委員長'
      }
    ],
    audit
  };
}

export type Key = string | number;

/** Sets (or, with DELETE, removes) a nested key; defineProperty so `__proto__` becomes an own key. */
export const DELETE = Symbol('delete');
export function edit(root: unknown, path: readonly Key[], value: unknown): unknown {
  let node = root as Record<Key, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<Key, unknown>;
  const last = path[path.length - 1]!;
  if (value === DELETE) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

export const pathText = (path: readonly Key[]) =>
  path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
export const backupJson = (bundles = [fixture()]): Record<string, unknown> =>
  JSON.parse(JSON.stringify(buildBackupEnvelope(bundles, META)));
export const rawBundle = (): Record<string, unknown> => JSON.parse(JSON.stringify(toBackupBundle(fixture())));
export const parse = (json: unknown) => {
  const text = JSON.stringify(json);
  return parseBackupText(text, text.length);
};
/** Blob bytes as plain arrays, so the whole bundle can be compared with toEqual. */
export const comparable = (bundle: ProcurementBundle) => ({
  ...bundle,
  evidenceBlobs: bundle.evidenceBlobs.map((b) => ({ ...b, data: Array.from(new Uint8Array(b.data)) }))
});
