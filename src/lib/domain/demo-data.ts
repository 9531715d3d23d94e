/**
 * The demo procurement's content: a fictional government SaaS procurement, its requirements, three
 * fictional vendors with their subcontractors (委託先), attestations and answers. Data only: `demo.ts`
 * turns it into records, and `demo-evaluation.ts` holds the grades, consensus and bids. All names,
 * numbers and organisations are invented.
 */
import type {
  Answer,
  Attestation,
  AttestationType,
  Procurement,
  Requirement,
  Subcontractor,
  Vendor
} from './model';

export const DEMO_ACTOR = 'デモデータ';

/** The chair: locks the criteria, records the consensus and closes the technical evaluation. */
export const DEMO_CHAIR = '高橋 一郎';

/** The evaluators, chair first. */
export const DEMO_EVALUATORS = [DEMO_CHAIR, '佐藤 花子', '鈴木 健'] as const;

export const DEMO_TITLE = '文書管理・電子決裁SaaSの調達（令和9年度・デモ）';

/** The procurement's fields that differ from a new one's (the settings are applied over the defaults). */
export const DEMO_PROCUREMENT = {
  organisation: '架空省 大臣官房 情報システム室',
  serviceModel: 'SaaS',
  handlesConfidential: true,
  confidentialityClass: 2,
  unifiedStandardEdition: 'R5',
  bidDeadline: '2027-01-29',
  contractStart: '2027-04-01',
  contractEnd: '2030-03-31',
  notes: 'デモ用の架空の調達案件です。組織名・事業者名・番号はすべて架空のものです。'
} as const satisfies Partial<Procurement>;

export const DEMO_SETTINGS = { ceilingPrice: 36_000_000, priceYears: 3 } as const;

export type DemoRequirement = Omit<Requirement, 'id' | 'procurementId' | 'order' | 'sourceRef'>;
export type DemoVendor = Pick<Vendor, 'company' | 'serviceName' | 'serviceEdition' | 'regions' | 'contact'>;
/** `vendor`: index into `DEMO_VENDORS`. */
export interface DemoSubcontractor extends Pick<
  Subcontractor,
  'name' | 'role' | 'criticality' | 'subserviceMethod'
> {
  vendor: number;
}
/** `vendor`: index into `DEMO_VENDORS`; `subcontractor`, if set: index into `DEMO_SUBCONTRACTORS`. */
export interface DemoAttestation extends Partial<
  Omit<Attestation, 'id' | 'procurementId' | 'vendorId' | 'subcontractorId' | 'type'>
> {
  vendor: number;
  type: AttestationType;
  subcontractor?: number;
}

/** The registrations were checked against the (fictional) register before the deadline. */
const LIST_CHECK = {
  source: 'ISMAPクラウドサービスリスト（架空）',
  checkedOn: '2027-01-20',
  checkedBy: '佐藤 花子',
  result: 'confirmed'
} as const;

export const DEMO_REQUIREMENTS: readonly DemoRequirement[] = [
  {
    ref: 'R-001',
    domain: '統一基準・ISMAP',
    title: 'ISMAP等クラウドサービスリストへの登録',
    text: '提案するクラウドサービスが ISMAP 又は ISMAP-LIU のクラウドサービスリストに登録され、言明の対象範囲に提案サービス及び利用リージョンが含まれていること。',
    kind: 'mandatory',
    basePoints: 10,
    points: 0,
    appliesTo: 'csp',
    acceptedAttestations: ['ismap', 'ismapLiu'],
    controlRefs: []
  },
  {
    ref: 'R-002',
    domain: '18 順守',
    title: 'データの国内保管',
    text: '利用者データ（バックアップを含む）を日本国内のデータセンターにのみ保管し、準拠法を日本法、管轄裁判所を日本国内とすること。',
    kind: 'mandatory',
    basePoints: 10,
    points: 0,
    appliesTo: 'csp',
    acceptedAttestations: ['ismap'],
    controlRefs: ['iso27002:18.1.1']
  },
  {
    ref: 'R-003',
    domain: '9 アクセス制御',
    title: '利用者認証の多要素化',
    text: '利用者及び管理者のログインに多要素認証を適用できること。',
    kind: 'mandatory',
    basePoints: 10,
    points: 0,
    appliesTo: 'both',
    acceptedAttestations: [],
    // With the SOC 2 criteria the crosswalk gives 9.4.2 (iso27002-tsc.json), so a SOC 2 exception on them reaches it.
    controlRefs: ['iso27002:9.4.2', 'tsc:CC6.1', 'tsc:CC6.6']
  },
  {
    ref: 'R-004',
    domain: '18 順守',
    title: '運用の有効性に関する独立した保証',
    text: '一定期間の統制の運用状況について、独立した第三者による保証（SOC 2 Type II 報告書、CSゴールドマーク等）を提示すること。',
    kind: 'scored',
    basePoints: 0,
    points: 20,
    appliesTo: 'csp',
    acceptedAttestations: ['soc2Type2', 'csGold', 'ismap'],
    controlRefs: ['iso27002:18.2.1']
  },
  {
    ref: 'R-005',
    domain: '15 供給者関係',
    title: '委託先（再委託先を含む）の信頼性',
    text: '基盤となる IaaS、データセンター等の委託先について、第三者認証又は監査報告書により信頼性を示すこと。',
    kind: 'scored',
    basePoints: 0,
    points: 15,
    appliesTo: 'csp',
    acceptedAttestations: ['ismap', 'soc2Type2', 'iso27001'],
    controlRefs: ['iso27002:15.1.3']
  },
  {
    ref: 'R-006',
    domain: '10 暗号',
    title: '利用者データの暗号化と鍵管理',
    text: '保存時及び通信時に利用者データを暗号化し、鍵の生成・保管・廃棄の手順を示すこと。利用者管理鍵に対応する場合はその方式を示すこと。',
    kind: 'scored',
    basePoints: 0,
    points: 10,
    appliesTo: 'csp',
    acceptedAttestations: ['soc2Type2', 'iso27001'],
    controlRefs: ['iso27002:10.1.1', 'iso27002:10.1.2', 'tsc:CC6.1', 'tsc:CC6.7']
  },
  {
    ref: 'R-007',
    domain: '12 運用のセキュリティ',
    title: 'ログの取得と利用者への提供',
    text: '利用者の操作ログ及び管理者の操作ログを1年以上保存し、利用者が検索・取得できる手段を提供すること。',
    kind: 'scored',
    basePoints: 0,
    points: 10,
    appliesTo: 'both',
    acceptedAttestations: ['soc2Type2'],
    controlRefs: ['iso27002:12.4.1', 'iso27017:CLD.12.4.5', 'tsc:CC7.2']
  },
  {
    ref: 'R-008',
    domain: '8 資産の管理',
    title: '契約終了時のデータ返却・消去',
    text: '契約終了時に利用者データを標準的な形式で返却し、返却後に復元不能な方法で消去して証明書を提出すること。',
    kind: 'scored',
    basePoints: 0,
    points: 10,
    appliesTo: 'csp',
    acceptedAttestations: [],
    controlRefs: ['iso27017:CLD.8.1.5']
  },
  {
    ref: 'R-009',
    domain: '16 インシデント管理',
    title: 'セキュリティインシデントの通知',
    text: '利用者に影響するセキュリティインシデントを検知した場合、24時間以内に第一報を通知する体制を有すること。',
    kind: 'scored',
    basePoints: 0,
    points: 10,
    appliesTo: 'csp',
    acceptedAttestations: ['soc2Type2', 'iso27001'],
    controlRefs: ['iso27002:16.1.2', 'tsc:CC7.4']
  },
  {
    ref: 'R-010',
    domain: '12 運用のセキュリティ',
    title: 'バックアップと復旧',
    text: '利用者データを日次でバックアップし、地理的に離れた国内拠点に保管すること。目標復旧時間を示すこと。',
    kind: 'scored',
    basePoints: 0,
    points: 10,
    appliesTo: 'csp',
    acceptedAttestations: ['soc2Type2'],
    controlRefs: ['iso27002:12.3.1', 'iso27002:17.2.1', 'tsc:A1.2']
  }
];

/** Answers per vendor, in requirement order (null: not answered yet). */
export const DEMO_ANSWERS: readonly (readonly (Answer | null)[])[] = [
  ['full', 'full', 'full', 'full', 'full', 'full', 'full', 'partial', 'full', 'full'],
  ['full', 'full', 'full', 'partial', 'full', 'full', 'partial', 'full', 'full', 'partial'],
  ['none', 'partial', 'full', 'full', 'partial', 'full', 'full', 'full', null, null]
];

/** The explanation a vendor wrote with each kind of answer. */
export const DEMO_EXPLANATIONS: Record<Answer, string> = {
  full: '提案書に記載のとおり対応します。',
  partial: '一部のみ対応します（提案書参照）。',
  none: '対応していません。'
};

export const DEMO_VENDORS: readonly DemoVendor[] = [
  {
    company: '株式会社アオバクラウド',
    serviceName: 'AobaDocs 電子決裁',
    serviceEdition: 'ガバメント版',
    regions: ['日本（東京）', '日本（大阪）'],
    contact: '公共営業部 sales@aoba.example'
  },
  {
    company: 'ミナト情報システム株式会社',
    serviceName: 'MinatoFlow',
    serviceEdition: 'Enterprise',
    regions: ['日本（東京）'],
    contact: '官公庁営業課 gov@minato.example'
  },
  {
    company: '北風ソリューションズ株式会社',
    serviceName: 'Kitakaze Records',
    serviceEdition: 'Standard',
    regions: ['日本（東京）', 'シンガポール'],
    contact: 'info@kitakaze.example'
  }
];

export const DEMO_SUBCONTRACTORS: readonly DemoSubcontractor[] = [
  {
    vendor: 0,
    name: 'ソラコンピュート株式会社',
    role: 'IaaS基盤',
    criticality: 'critical',
    subserviceMethod: 'carveOut'
  },
  {
    vendor: 0,
    name: '株式会社東日本ヘルプデスク',
    role: '問い合わせ窓口',
    criticality: 'normal',
    subserviceMethod: 'inclusive'
  },
  {
    vendor: 1,
    name: 'ソラコンピュート株式会社',
    role: 'IaaS基盤',
    criticality: 'critical',
    subserviceMethod: 'carveOut'
  },
  {
    vendor: 2,
    name: 'Global DC Pte. Ltd.',
    role: 'データセンター（シンガポール）',
    criticality: 'critical',
    subserviceMethod: 'carveOut'
  },
  {
    vendor: 2,
    name: '北風サポート合同会社',
    role: '運用保守',
    criticality: 'normal',
    subserviceMethod: 'inclusive'
  }
];

export const DEMO_ATTESTATIONS: readonly DemoAttestation[] = [
  {
    vendor: 0,
    type: 'ismap',
    number: 'C99-0001-1',
    issuer: '架空監査法人',
    scopeText: 'AobaDocs 電子決裁（ガバメント版）東京・大阪リージョン',
    scopeServices: ['AobaDocs 電子決裁'],
    scopeRegions: ['日本（東京）', '日本（大阪）'],
    periodStart: '2025-10-01',
    periodEnd: '2026-09-30',
    verification: LIST_CHECK
  },
  {
    vendor: 0,
    type: 'soc2Type2',
    issuer: '架空監査法人',
    scopeText: 'AobaDocs プラットフォーム（セキュリティ・可用性）',
    periodStart: '2025-04-01',
    periodEnd: '2026-03-31',
    issuedOn: '2026-05-20',
    opinion: 'unmodified',
    tscCategories: ['security', 'availability'],
    exceptions: [
      {
        criterion: 'CC6.6',
        description: '管理者アカウント1件で多要素認証が未設定',
        testResult: '抽出した管理者アカウント25件のうち1件で多要素認証が無効',
        managementResponse: '全管理者アカウントに多要素認証を強制する設定に変更済み（2026年4月）',
        requirementIds: []
      }
    ],
    subserviceOrganisations: [
      { name: 'ソラコンピュート株式会社', method: 'carveOut', subcontractorId: null }
    ],
    cuecs: ['利用者側で多要素認証を有効にする', '利用者アカウントを定期的に棚卸しする']
  },
  {
    vendor: 0,
    type: 'ismap',
    subcontractor: 0,
    number: 'C99-0100-2',
    issuer: '架空監査法人',
    scopeText: 'ソラコンピュート IaaS 東京・大阪リージョン',
    periodStart: '2025-07-01',
    periodEnd: '2026-06-30'
  },
  {
    vendor: 1,
    type: 'ismap',
    number: 'C99-0002-1',
    issuer: '架空有限責任監査法人',
    scopeText: 'MinatoFlow（Enterprise）東京リージョン',
    periodStart: '2025-08-01',
    periodEnd: '2026-07-31',
    verification: LIST_CHECK
  },
  {
    vendor: 1,
    type: 'soc2Type2',
    issuer: '架空有限責任監査法人',
    scopeText: 'MinatoFlow（セキュリティ）',
    periodStart: '2024-07-01',
    periodEnd: '2025-06-30',
    issuedOn: '2025-08-29',
    opinion: 'unmodified',
    tscCategories: ['security'],
    subserviceOrganisations: [
      { name: 'ソラコンピュート株式会社', method: 'carveOut', subcontractorId: null }
    ],
    cuecs: ['利用者側で IP アドレス制限を設定する'],
    notes: '期間終了から12か月を超え、ブリッジレターの提出なし（鮮度不足の例）。'
  },
  {
    vendor: 1,
    type: 'iso27001',
    number: 'IS 999001',
    issuer: '架空認証機構株式会社',
    accreditationBody: 'ISMS-AC',
    edition: '2013',
    cloudAddOn: true,
    issuedOn: '2023-07-01',
    expiry: '2026-06-30',
    scopeText: 'MinatoFlow の開発・運用',
    notes: '2013年版の認証は2025年10月31日で失効（期限切れの例）。'
  },
  {
    vendor: 1,
    type: 'iso27001',
    subcontractor: 2,
    number: 'IS 999100',
    issuer: '架空認証機構株式会社',
    accreditationBody: 'ISMS-AC',
    edition: '2022',
    cloudAddOn: true,
    issuedOn: '2024-09-01',
    expiry: '2027-08-31',
    scopeText: 'ソラコンピュート IaaS の提供'
  },
  {
    vendor: 2,
    type: 'csGold',
    number: 'CS-G-9999',
    issuer: '架空クラウド監査株式会社',
    scopeText: 'Kitakaze Records（Standard）',
    periodStart: '2025-11-01',
    periodEnd: '2026-10-31'
  },
  {
    vendor: 2,
    type: 'iso27001',
    number: 'JP99/0042',
    issuer: 'Fictional Certification Ltd.',
    accreditationBody: 'UKAS',
    edition: '2022',
    cloudAddOn: false,
    issuedOn: '2025-03-01',
    expiry: '2028-02-29',
    scopeText: 'Kitakaze Records service operations'
  },
  {
    vendor: 2,
    type: 'soc3',
    subcontractor: 3,
    issuer: 'Fictional Assurance LLP',
    scopeText: 'Global DC colocation (Singapore)',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    opinion: 'unmodified'
  }
];
