/**
 * The words of the scoring workbook and the ranking CSV, Japanese (官公庁 usage, see the glossary)
 * and English. They live in io, not in the message files, because the workbook is built in a worker
 * that cannot receive a translate function; the UI's own messages stay in `src/lib/i18n`.
 */
import type { ReasonCode as StatusReasonCode, AttestationStatus } from '../domain/attestation-status';
import type { ChainProblem } from '../domain/audit';
import type { BidStatus, PassRule, PriceFormula, PriceMethod, RoundingMode, Verdict } from '../domain/model';
import type { ReasonCode } from '../domain/scoring';

export type WorkbookLocale = 'ja' | 'en';

export const SHEET_KEYS = [
  'criteria',
  'items',
  'grades',
  'tally',
  'price',
  'overall',
  'evidence',
  'stability',
  'audit'
] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

/** ≤ 31 characters, none of `[]:*?/\` and no apostrophe (formulas quote sheet names with it). */
export const SHEET_NAMES: Record<WorkbookLocale, Record<SheetKey, string>> = {
  ja: {
    criteria: '評価基準',
    items: '評価項目一覧',
    grades: '評価者別採点',
    tally: '集計',
    price: '価格点計算',
    overall: '総合評価',
    evidence: '証跡台帳',
    stability: '安定性',
    audit: '監査ログ'
  },
  en: {
    criteria: 'Criteria',
    items: 'Items by vendor',
    grades: 'Grades by evaluator',
    tally: 'Tally',
    price: 'Price points',
    overall: 'Overall ranking',
    evidence: 'Evidence register',
    stability: 'Stability',
    audit: 'Audit log'
  }
};

/** ○ and × in both languages: they are what the formulas compare against. */
export const VERDICT_MARKS: Record<Verdict, string> = { pass: '○', fail: '×' };

const ja = {
  procurement: '件名',
  organisation: '調達機関',
  exportedAt: '出力日時',
  criteria: '評価基準',
  criteriaDraft: '未確定（作業中の評価基準）',
  criteriaVersion: (v: number, hash: string) => `第${v}版\u3000SHA-256: ${hash}`,
  settings: '採点設定',
  item: '項目',
  value: '値',
  rubric: '評価段階',
  code: '記号',
  levelName: '名称',
  factor: '係数',
  versions: '評価基準の版',
  version: '版',
  lockedAt: '確定日時・確定者',
  reason: '変更理由',
  hash: 'ハッシュ（SHA-256）',
  requirements: '要件',
  ref: '番号',
  domain: '分野',
  title: '要件名',
  text: '要件の内容',
  kind: '区分',
  points: '配点',
  accepted: '受け入れる証跡',
  controls: '対応する管理策',
  mandatory: '必須',
  scored: '任意',
  notes: '注記',
  vendor: '事業者',
  service: 'サービス',
  answer: '回答',
  explanation: '説明',
  verdict: '必須判定',
  evidenceRefs: '証跡',
  grade: '評価',
  rationale: '評価理由',
  consensus: '合議',
  consensusReason: '合議の理由',
  passes: '適合数・平均係数',
  decided: '判定・採用係数',
  score: '得点',
  basePoints: '基礎点',
  bonusPoints: '加点',
  technicalPoints: '技術点',
  bidStatus: '入札状況',
  bid: '入札価格',
  validBid: '有効な入札価格',
  pricePoints: '価格点',
  evaluationValue: '評価値',
  referenceValue: '基準評価値',
  lowestBid: '最低入札価格',
  ceiling: '予定価格',
  priceFormulaLine: '価格点の算式',
  rank: '順位',
  result: '合否',
  qualified: '合格',
  disqualified: '不合格',
  totalPoints: '総合評価点',
  reasons: '不合格の理由・備考',
  notComputed: '—',
  attestations: '第三者認証・監査報告書',
  holder: '保有者',
  own: '事業者自身',
  type: '種類',
  number: '番号',
  issuer: '認証機関・監査人',
  period: '対象期間',
  validUntil: '有効期限',
  statusAt: (date: string) => `状態（${date}）`,
  statusReasons: '理由',
  statusAtEnd: (date: string) => `状態（契約終了 ${date}）`,
  verification: '確認記録',
  files: '証跡ファイル',
  evidenceFiles: '証跡ファイル',
  owner: '対象',
  fileName: 'ファイル名',
  fileType: '形式',
  size: 'サイズ（バイト）',
  addedAt: '追加日時・追加者',
  subcontractors: '委託先',
  subcontractor: '委託先',
  role: '役割',
  criticality: '重要度',
  critical: '重要',
  normal: '通常',
  method: '保証報告書での扱い',
  carveOut: '除外方式',
  inclusive: '一体方式',
  stabilityMode: '算出方法',
  stabilityFull: '一つずつの変動と乱数試行の両方を計算',
  stabilityDrawsOnly: '大規模な案件のため乱数試行のみ計算（一つずつの変動は結果画面で計算してください）',
  stabilityNone: '未計算',
  variation: '変動幅 X',
  draws: '試行回数',
  seed: '乱数の種',
  oneAtATime: '一つずつの変動（配点 ×(1±X)、評価者を1人ずつ除外）',
  varied: '変動',
  firstPlace: '1位',
  basePlace: '基準の1位',
  noChange: '1位は変わらない',
  noFirst: '1位なし（未確定または同点）',
  pointsVaried: (ref: string, factor: number) => `${ref} の配点 ×${factor}`,
  evaluatorLeftOut: (name: string) => `評価者「${name}」を除外`,
  randomDraws: '乱数試行（全任意項目の配点を [1−X, 1+X] の一様乱数倍）',
  share: '1位となった割合',
  noWinnerDraws: '1位が定まらなかった試行',
  chain: '改ざん検知',
  chainOk: (count: number, head: string) => `正常（${count} 件、末尾ハッシュ ${head}）`,
  chainBroken: (seq: number, problem: string) => `異常: 連番 ${seq} で ${problem}`,
  seq: '連番',
  at: '日時',
  actor: '実行者',
  action: '操作',
  entity: '対象',
  entityId: '対象ID',
  before: '変更前',
  after: '変更後',
  prevHash: '前のハッシュ',
  preRound:
    '端数処理の式は、処理する桁より細かく一度丸めてから処理します（合計は 6 桁下、価格点・評価値は小数第 12 位まで。例: ROUNDDOWN(ROUND(x,8),2)）。2 進浮動小数点の誤差（例: 0.29×100 が 28.999…）で 1 単位ずれないためです。',
  rankRule: '順位: 総合評価点（除算方式は評価値）の高い順、同点は技術点の高い順。',
  rankFixed: 'くじ等の記録による順位（値）',
  yes: 'する',
  no: 'しない',
  none: 'なし',
  taxIncluded: '税込',
  taxExcluded: '税抜',
  years: (n: number) => `${n} 年分`,
  evaluators: '評価者数'
};

export type WorkbookLabels = typeof ja;

const en: WorkbookLabels = {
  procurement: 'Procurement',
  organisation: 'Organisation',
  exportedAt: 'Exported',
  criteria: 'Evaluation criteria',
  criteriaDraft: 'Not locked (working criteria)',
  criteriaVersion: (v, hash) => `Version ${v}   SHA-256: ${hash}`,
  settings: 'Scoring settings',
  item: 'Setting',
  value: 'Value',
  rubric: 'Grade levels',
  code: 'Code',
  levelName: 'Name',
  factor: 'Factor',
  versions: 'Criteria versions',
  version: 'Version',
  lockedAt: 'Locked at / by',
  reason: 'Reason for the change',
  hash: 'Hash (SHA-256)',
  requirements: 'Requirements',
  ref: 'No.',
  domain: 'Domain',
  title: 'Title',
  text: 'Requirement',
  kind: 'Kind',
  points: 'Points',
  accepted: 'Accepted evidence',
  controls: 'Mapped controls',
  mandatory: 'Mandatory',
  scored: 'Scored',
  notes: 'Notes',
  vendor: 'Vendor',
  service: 'Service',
  answer: 'Answer',
  explanation: 'Explanation',
  verdict: 'Mandatory verdict',
  evidenceRefs: 'Evidence',
  grade: 'Grade',
  rationale: 'Rationale',
  consensus: 'Consensus',
  consensusReason: 'Consensus reason',
  passes: 'Passes / mean factor',
  decided: 'Verdict / factor used',
  score: 'Score',
  basePoints: 'Base points',
  bonusPoints: 'Bonus points',
  technicalPoints: 'Technical points',
  bidStatus: 'Bid status',
  bid: 'Bid',
  validBid: 'Valid bid',
  pricePoints: 'Price points',
  evaluationValue: 'Evaluation value',
  referenceValue: 'Reference evaluation value',
  lowestBid: 'Lowest bid',
  ceiling: 'Ceiling price',
  priceFormulaLine: 'Price formula',
  rank: 'Rank',
  result: 'Result',
  qualified: 'Qualified',
  disqualified: 'Disqualified',
  totalPoints: 'Total points',
  reasons: 'Reasons / remarks',
  notComputed: '—',
  attestations: 'Certifications and assurance reports',
  holder: 'Held by',
  own: 'The vendor',
  type: 'Type',
  number: 'Number',
  issuer: 'Issuer / auditor',
  period: 'Period',
  validUntil: 'Valid until',
  statusAt: (date) => `Status (${date})`,
  statusReasons: 'Why',
  statusAtEnd: (date) => `Status (contract end ${date})`,
  verification: 'Verification record',
  files: 'Evidence files',
  evidenceFiles: 'Evidence files',
  owner: 'Belongs to',
  fileName: 'File name',
  fileType: 'Type',
  size: 'Size (bytes)',
  addedAt: 'Added at / by',
  subcontractors: 'Subcontractors',
  subcontractor: 'Subcontractor',
  role: 'Role',
  criticality: 'Criticality',
  critical: 'Critical',
  normal: 'Normal',
  method: 'Treatment in the assurance report',
  carveOut: 'Carve-out',
  inclusive: 'Inclusive',
  stabilityMode: 'Computed',
  stabilityFull: 'One at a time and random draws',
  stabilityDrawsOnly:
    'Random draws only, as the procurement is large (run one at a time on the results page)',
  stabilityNone: 'Not computed',
  variation: 'Variation X',
  draws: 'Draws',
  seed: 'Seed',
  oneAtATime: 'One at a time (points × (1 ± X), each evaluator left out)',
  varied: 'Varied',
  firstPlace: 'First place',
  basePlace: 'First place (base)',
  noChange: 'First place never changes',
  noFirst: 'No first place (unsettled or tied)',
  pointsVaried: (ref, factor) => `${ref} points × ${factor}`,
  evaluatorLeftOut: (name) => `Evaluator “${name}” left out`,
  randomDraws: 'Random draws (every scored item’s points × a uniform factor in [1 − X, 1 + X])',
  share: 'Share of draws first',
  noWinnerDraws: 'Draws without a first place',
  chain: 'Tamper check',
  chainOk: (count, head) => `Intact (${count} entries, last hash ${head})`,
  chainBroken: (seq, problem) => `Broken at entry ${seq}: ${problem}`,
  seq: 'No.',
  at: 'At',
  actor: 'Actor',
  action: 'Action',
  entity: 'Entity',
  entityId: 'Entity id',
  before: 'Before',
  after: 'After',
  prevHash: 'Previous hash',
  preRound:
    'Rounding formulas first round more finely (sums 6 decimals further, price points and evaluation values to 12 decimals; e.g. ROUNDDOWN(ROUND(x,8),2)), so binary floating point (0.29×100 = 28.999…) cannot put a figure one unit off.',
  rankRule:
    'Rank: by total points (evaluation value in the division method), descending; ties by technical points.',
  rankFixed: 'Rank set by a recorded tie resolution (value)',
  yes: 'On',
  no: 'Off',
  none: 'None',
  taxIncluded: 'Tax included',
  taxExcluded: 'Tax excluded',
  years: (n) => `${n} year(s)`,
  evaluators: 'Evaluators'
};

export const LABELS: Record<WorkbookLocale, WorkbookLabels> = { ja, en };

export const BID_STATUS_LABELS: Record<WorkbookLocale, Record<BidStatus, string>> = {
  ja: { valid: '有効', invalid: '無効', withdrawn: '辞退', overCeiling: '予定価格超過' },
  en: { valid: 'Valid', invalid: 'Invalid', withdrawn: 'Withdrawn', overCeiling: 'Over the ceiling' }
};

export const PRICE_METHOD_LABELS: Record<WorkbookLocale, Record<PriceMethod, string>> = {
  ja: { none: '価格評価なし', additive: '加算方式', division: '除算方式' },
  en: { none: 'No price evaluation', additive: 'Addition method', division: 'Division method' }
};

export const PRICE_FORMULA_LABELS: Record<WorkbookLocale, Record<PriceFormula, string>> = {
  ja: {
    standard: '価格点 = 価格点配分 ×（1 − 入札価格 ÷ 予定価格）',
    lowestRatio: '価格点 = 価格点配分 × 最低入札価格 ÷ 入札価格'
  },
  en: {
    standard: 'Price points = allocation × (1 − bid ÷ ceiling)',
    lowestRatio: 'Price points = allocation × lowest bid ÷ bid'
  }
};

export const DIVISION_FORMULA_LABEL: Record<WorkbookLocale, string> = {
  ja: '評価値 = 技術点 ÷ 入札価格 × 係数 S',
  en: 'Evaluation value = technical points ÷ bid × scale S'
};

export const PASS_RULE_LABELS: Record<WorkbookLocale, Record<PassRule, string>> = {
  ja: { majority: '過半数の評価者が適合', unanimous: '全評価者が適合' },
  en: { majority: 'More than half of the evaluators', unanimous: 'Every evaluator' }
};

export const ROUNDING_LABELS: Record<WorkbookLocale, Record<RoundingMode, string>> = {
  ja: { floor: '切捨て', halfUp: '四捨五入', none: '端数処理なし' },
  en: { floor: 'Round down', halfUp: 'Round half up', none: 'No rounding' }
};

export const SETTING_LABELS: Record<WorkbookLocale, Record<string, string>> = {
  ja: {
    priceMethod: '価格の評価方式',
    priceFormula: '価格点の算式',
    priceAllocation: '価格点配分 P',
    ceilingPrice: '予定価格 C（円）',
    divisionScale: '除算方式の係数 S',
    referenceValueGate: '基準評価値による足切り',
    lowBidThreshold: '調査基準価格（円）',
    passRule: '必須項目の適合基準',
    minimumBonus: '加点の最低点',
    roundingMode: '端数処理',
    technicalDecimals: '技術点の小数桁数',
    priceDecimals: '価格点の小数桁数',
    totalDecimals: '総合評価点の小数桁数',
    evaluationValueDecimals: '評価値の小数桁数',
    referenceValueDecimals: '基準評価値の小数桁数',
    priceBasis: '価格の基準',
    stabilityVariation: '安定性: 変動幅 X',
    stabilityDraws: '安定性: 試行回数',
    stabilitySeed: '安定性: 乱数の種',
    evaluators: '評価者数'
  },
  en: {
    priceMethod: 'Price method',
    priceFormula: 'Price formula',
    priceAllocation: 'Price allocation P',
    ceilingPrice: 'Ceiling price C (yen)',
    divisionScale: 'Division scale S',
    referenceValueGate: 'Reference evaluation value gate',
    lowBidThreshold: 'Low-bid investigation threshold (yen)',
    passRule: 'Mandatory pass rule',
    minimumBonus: 'Minimum bonus points',
    roundingMode: 'Rounding',
    technicalDecimals: 'Technical points decimals',
    priceDecimals: 'Price points decimals',
    totalDecimals: 'Total points decimals',
    evaluationValueDecimals: 'Evaluation value decimals',
    referenceValueDecimals: 'Reference value decimals',
    priceBasis: 'Price basis',
    stabilityVariation: 'Stability: variation X',
    stabilityDraws: 'Stability: draws',
    stabilitySeed: 'Stability: seed',
    evaluators: 'Evaluators'
  }
};

/** Why a vendor is not ranked (scoring `Reason`), `{ref}` `{reason}` `{count}` filled in. */
export const DISQUALIFICATION_LABELS: Record<WorkbookLocale, Record<ReasonCode, string>> = {
  ja: {
    mandatoryFailed: '必須項目 {ref} 不適合',
    overCeiling: '予定価格超過',
    invalidBid: '入札無効（{reason}）',
    withdrawn: '辞退',
    missingBid: '入札価格の記録なし',
    belowMinimumBonus: '加点が最低点に満たない',
    belowReferenceValue: '評価値が基準評価値に満たない',
    lowBidRejected: '調査基準価格を下回り、調査の結果無効',
    missingGrades: '採点または評価理由の未記入 {count} 件'
  },
  en: {
    mandatoryFailed: 'Mandatory item {ref} not met',
    overCeiling: 'Bid over the ceiling price',
    invalidBid: 'Invalid bid ({reason})',
    withdrawn: 'Withdrawn',
    missingBid: 'No bid recorded',
    belowMinimumBonus: 'Bonus points below the minimum',
    belowReferenceValue: 'Evaluation value below the reference value',
    lowBidRejected: 'Below the low-bid threshold and rejected after investigation',
    missingGrades: '{count} grades or rationales missing'
  }
};

export const ATTESTATION_STATUS_LABELS: Record<WorkbookLocale, Record<AttestationStatus, string>> = {
  ja: {
    valid: '有効',
    expired: '期限切れ',
    stale: '期間経過（鮮度不足）',
    qualified: '限定付',
    outOfScope: '対象範囲外',
    unverified: '未確認'
  },
  en: {
    valid: 'Valid',
    expired: 'Expired',
    stale: 'Stale',
    qualified: 'Qualified',
    outOfScope: 'Out of scope',
    unverified: 'Unverified'
  }
};

/** The status reasons, worded as on the vendor page (`vendor.reason.*` messages). */
export const STATUS_REASON_LABELS: Record<WorkbookLocale, Record<StatusReasonCode, string>> = {
  ja: {
    scopeNotCovered: '調達するサービス・リージョンが対象範囲に含まれていない',
    expiredOn: '{date} に有効期限切れ',
    editionWithdrawn: '{edition} 年版は {date} に失効',
    staleSince: '{date} 以降は期間経過（鮮度不足）',
    renewalPending: '更新申請中のため有効（本来の有効期限 {date}）',
    bridgeLetterCovers: 'ブリッジレターにより {date} までを補完',
    opinionQualified: '限定付意見',
    opinionAdverse: '否定的意見',
    opinionDisclaimer: '意見不表明',
    scopeUnknown: '対象範囲に含まれるか未確認',
    missingDates: '判定に必要な「{field}」が未入力',
    notVerified: '確認記録がない',
    verificationFailed: '確認結果: {result}',
    exceptionsReported: '例外事項 {count} 件',
    validThrough: '{date} まで有効'
  },
  en: {
    scopeNotCovered: 'The service or region bought is not in scope',
    expiredOn: 'Expired on {date}',
    editionWithdrawn: 'The {edition} edition lapsed on {date}',
    staleSince: 'Stale from {date}',
    renewalPending: 'Valid while the renewal is pending (would have expired after {date})',
    bridgeLetterCovers: 'A bridge letter covers until {date}',
    opinionQualified: 'Qualified opinion',
    opinionAdverse: 'Adverse opinion',
    opinionDisclaimer: 'Disclaimer of opinion',
    scopeUnknown: 'Scope coverage not checked',
    missingDates: '“{field}” is needed for the status but not entered',
    notVerified: 'No verification record',
    verificationFailed: 'Verification result: {result}',
    exceptionsReported: '{count} exceptions reported',
    validThrough: 'Valid through {date}'
  }
};

export const CHAIN_PROBLEM_LABELS: Record<WorkbookLocale, Record<ChainProblem, string>> = {
  ja: {
    hashMismatch: 'ハッシュ不一致（内容の改変）',
    prevHashMismatch: '前のハッシュ不一致',
    sequenceGap: '連番の欠落',
    wrongProcurement: '別の案件の記録',
    headMismatch: '末尾の記録の欠落'
  },
  en: {
    hashMismatch: 'hash mismatch (content changed)',
    prevHashMismatch: 'previous hash mismatch',
    sequenceGap: 'gap in the sequence',
    wrongProcurement: 'entry of another procurement',
    headMismatch: 'entries missing at the end'
  }
};

/** `{name}` placeholders filled from params. */
export function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
