/**
 * The questionnaire pack format `sentei-pack/1`, shared by the writer (pack-export) and the reader
 * (pack-import): sheet names, column headings, answer labels, template-info keys and the checksum
 * of the requirement texts. Changing a heading or a key here changes the format: bump the version.
 */
import { matchEnum, type EnumLabels } from '../domain/aliases';
import { canonicalJson } from '../domain/canonical';
import { ANSWERS } from '../domain/model';
import type {
  Answer,
  Criticality,
  Opinion,
  Requirement,
  RequirementKind,
  SubserviceMethod
} from '../domain/model';
import { sha256Text } from '../domain/sha256';
import { FORMULA_START } from '../domain/cell-text';
import { CELL_TEXT_MAX } from '../domain/limits';
import { answerKey, criticalityKey, opinionKey, subserviceMethodKey } from '../i18n/labels';
import { jaCollect } from '../i18n/messages-collect';
import { enCollect } from '../i18n/messages-collect-en';
import { jaSheet } from '../i18n/messages-sheet';
import { enSheet } from '../i18n/messages-sheet-en';
import { jaVendor } from '../i18n/messages-vendor';
import { enVendor } from '../i18n/messages-vendor-en';
import { readDateCell } from './date-cell';
import type { DateTextOptions } from '../domain/dates';

export const PACK_TEMPLATE_VERSION = 'sentei-pack/1';

export type PackLocale = 'ja' | 'en';

export const PACK_SHEETS = {
  instructions: { ja: '回答方法', en: 'Instructions' },
  requirements: { ja: '要件', en: 'Requirements' },
  attestations: { ja: '第三者認証', en: 'Certifications' },
  subcontractors: { ja: '委託先', en: 'Subcontractors' },
  soc2: { ja: 'SOC 2 詳細', en: 'SOC 2 details' },
  acceptedValues: { ja: '選択肢', en: 'Accepted values' },
  template: { ja: 'テンプレート情報', en: 'Template info' }
} as const satisfies Record<string, Record<PackLocale, string>>;

/** The columns of the 要件 sheet (and of the CSV table), in order; `id` is hidden in the workbook. */
export const PACK_COLUMNS = [
  'id',
  'ref',
  'domain',
  'title',
  'text',
  'kind',
  'answer',
  'explanation',
  'evidenceRefs'
] as const;
export type PackColumn = (typeof PACK_COLUMNS)[number];

export const PACK_HEADERS: Record<PackLocale, Record<PackColumn, string>> = {
  ja: {
    id: '要件ID',
    ref: '番号',
    domain: '分野',
    title: '要件名',
    text: '要件の内容',
    kind: '区分',
    answer: '回答',
    explanation: '説明',
    evidenceRefs: '証跡の参照'
  },
  en: {
    id: 'Requirement ID',
    ref: 'No.',
    domain: 'Domain',
    title: 'Title',
    text: 'Requirement',
    kind: 'Kind',
    answer: 'Answer',
    explanation: 'Explanation',
    evidenceRefs: 'Evidence references'
  }
};

/** 0-based column index of each pack column. */
export const PACK_COLUMN_INDEX = Object.fromEntries(PACK_COLUMNS.map((column, i) => [column, i])) as Record<
  PackColumn,
  number
>;

export const PACK_KIND_LABELS: Record<PackLocale, Record<RequirementKind, string>> = {
  ja: { mandatory: '必須', scored: '任意' },
  en: { mandatory: 'Mandatory', scored: 'Scored' }
};

/** The dropdown values of the answer column, in the order offered. */
export const PACK_ANSWER_LABELS: Record<PackLocale, Record<Answer, string>> = {
  ja: { full: '対応', partial: '一部対応', none: '未対応' },
  en: { full: 'Meets', partial: 'Partly meets', none: 'Does not meet' }
};

const MESSAGES: Record<PackLocale, Readonly<Record<string, string>>> = {
  // The answers' screen labels are the grading sheet's messages.
  ja: { ...jaCollect, ...jaSheet, ...jaVendor },
  en: { ...enCollect, ...enSheet, ...enVendor }
};

/** The answer labels the matcher accepts besides the aliases: the dropdown's and the screens', both languages. */
export const ANSWER_MATCH_LABELS: EnumLabels<'answer'> = Object.fromEntries(
  ANSWERS.map((answer) => [
    answer,
    (['ja', 'en'] as const).flatMap((locale) => [
      PACK_ANSWER_LABELS[locale][answer],
      MESSAGES[locale][answerKey[answer]] ?? ''
    ])
  ])
);

/**
 * The answer an answer cell names (a label, a code or an alias of questionnaires/aliases.json:
 * はい, Yes, ○, 一部 …), `null` for a blank cell, `undefined` when it is none of them.
 */
export function parseAnswerCell(text: string): Answer | null | undefined {
  if (text.trim() === '') return null;
  return matchEnum('answer', text, ANSWER_MATCH_LABELS) ?? undefined;
}

/** The screens' labels of an enumeration in each pack language: one home for each word (i18n). */
function screenLabels<T extends string>(keys: Record<T, string>): Record<PackLocale, Record<T, string>> {
  const of = (locale: PackLocale) =>
    Object.fromEntries(
      Object.entries<string>(keys).map(([code, key]) => [code, MESSAGES[locale][key] ?? code])
    ) as Record<T, string>;
  return { ja: of('ja'), en: of('en') };
}

/** The dropdown values of the subcontractor sheet's criticality and assurance-report columns. */
export const PACK_CRITICALITY_LABELS: Record<PackLocale, Record<Criticality, string>> = screenLabels(
  criticalityKey
);
export const PACK_SUBSERVICE_LABELS: Record<PackLocale, Record<SubserviceMethod, string>> = screenLabels(
  subserviceMethodKey
);
/** The dropdown values of the certification sheet's opinion column. */
export const PACK_OPINION_LABELS: Record<PackLocale, Record<Opinion, string>> = screenLabels(opinionKey);

/**
 * Columns (0-based) of the 第三者認証 sheet: type, number, issuer, period start, period end, scope,
 * and the opinion of an assurance report (added last, so a pack made before it still reads).
 */
export const PACK_ATTESTATION_COLUMNS = {
  type: 0,
  number: 1,
  issuer: 2,
  periodStart: 3,
  periodEnd: 4,
  scope: 5,
  opinion: 6
} as const;

export const PACK_ATTESTATION_HEADERS: Record<PackLocale, string[]> = {
  ja: [
    '種類',
    '登録番号・認証番号',
    '認証機関・監査人',
    '期間の開始 (YYYY-MM-DD)',
    '期間の終了 (YYYY-MM-DD)',
    '対象範囲',
    '意見（保証報告書）'
  ],
  en: [
    'Type',
    'Number',
    'Issuer / auditor',
    'Period start (YYYY-MM-DD)',
    'Period end (YYYY-MM-DD)',
    'Scope',
    'Opinion (assurance report)'
  ]
};

/** Columns (0-based) of the 委託先 sheet: name, role, criticality, treatment, their certifications. */
export const PACK_SUBCONTRACTOR_COLUMNS = {
  name: 0,
  role: 1,
  criticality: 2,
  subserviceMethod: 3,
  certifications: 4
} as const;

export const PACK_SUBCONTRACTOR_HEADERS: Record<PackLocale, string[]> = {
  ja: ['名称', '役割', '重要度', '保証報告書での扱い', '保有する認証'],
  en: ['Name', 'Role', 'Criticality', 'Treatment in the assurance report', 'Their certifications']
};

/**
 * Columns (0-based) of the SOC 2 詳細 sheet: one row per item of a report, the report named by its
 * identity (type, service auditor, period: `domain/attestation-identity.ts`), then the item and its cells.
 */
export const PACK_SOC2_COLUMNS = {
  type: 0,
  issuer: 1,
  periodStart: 2,
  periodEnd: 3,
  item: 4,
  criterion: 5,
  text: 6,
  testResult: 7,
  managementResponse: 8,
  bridgeIssuedOn: 9,
  bridgeCoversUntil: 10
} as const;

export const PACK_SOC2_HEADERS: Record<PackLocale, string[]> = {
  ja: [
    '種類',
    '監査人',
    '対象期間の開始 (YYYY-MM-DD)',
    '対象期間の終了・基準日 (YYYY-MM-DD)',
    '項目',
    'トラストサービス規準（例: CC6.1）',
    '内容（意見・例外事項・組織名・統制）',
    '監査人のテスト結果',
    '経営者の対応',
    'ブリッジレターの日付 (YYYY-MM-DD)',
    'ブリッジレターの対象期間の終了 (YYYY-MM-DD)'
  ],
  en: [
    'Type',
    'Service auditor',
    'Period start (YYYY-MM-DD)',
    'Period end or as-of date (YYYY-MM-DD)',
    'Item',
    'Trust Services criterion (e.g. CC6.1)',
    'Text (opinion, exception, organisation, control)',
    "Auditor's test result",
    "Management's response",
    'Bridge letter date (YYYY-MM-DD)',
    'Bridge letter covers until (YYYY-MM-DD)'
  ]
};

/** What a row of the SOC 2 詳細 sheet states about its report. */
export const SOC2_ITEMS = ['opinion', 'exception', 'carveOut', 'inclusive', 'bridgeLetter', 'cuec'] as const;
export type Soc2Item = (typeof SOC2_ITEMS)[number];

/** The dropdown values of the item column. */
export const PACK_SOC2_ITEM_LABELS: Record<PackLocale, Record<Soc2Item, string>> = {
  ja: {
    opinion: '意見',
    exception: '例外事項',
    carveOut: 'サブサービス組織（除外方式）',
    inclusive: 'サブサービス組織（一体方式）',
    bridgeLetter: 'ブリッジレター',
    cuec: '相補的な利用者エンティティの統制（CUEC）'
  },
  en: {
    opinion: 'Opinion',
    exception: 'Exception',
    carveOut: 'Subservice organisation (carve-out)',
    inclusive: 'Subservice organisation (inclusive)',
    bridgeLetter: 'Bridge letter',
    cuec: 'Complementary user-entity control (CUEC)'
  }
};

/** The item an item cell names (either language's label, or the code), if any. */
export function parseSoc2Item(text: string): Soc2Item | undefined {
  const key = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()（）:：-]+/g, '');
  const keyOf = (label: string) =>
    label
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s()（）:：-]+/g, '');
  return SOC2_ITEMS.find(
    (item) =>
      keyOf(item) === key ||
      keyOf(PACK_SOC2_ITEM_LABELS.ja[item]) === key ||
      keyOf(PACK_SOC2_ITEM_LABELS.en[item]) === key ||
      (item === 'cuec' && key === 'cuec')
  );
}

/** Headings the reader accepts for each column it needs, compared through `headerKey`. */
export const PACK_HEADER_KEYS: Record<'id' | 'text' | 'answer' | 'explanation' | 'evidenceRefs', string[]> = {
  id: ['要件id', 'requirementid', 'id'],
  text: ['要件の内容', 'requirement', 'requirementtext'],
  answer: ['回答', 'answer'],
  explanation: ['説明', 'explanation'],
  evidenceRefs: ['証跡の参照', 'evidencereferences', 'evidence', '証跡']
};

/** The rows of the template-info sheet: a key (hidden column A), a label (B) and the value (C). */
export const TEMPLATE_KEYS = [
  'template',
  'procurementTitle',
  'organisation',
  'vendorId',
  'vendorName',
  'serviceName',
  'criteriaVersion',
  'criteriaHash',
  'requirementsChecksum',
  'exportedAt'
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const TEMPLATE_LABELS: Record<PackLocale, Record<TemplateKey, string>> = {
  ja: {
    template: 'テンプレート版',
    procurementTitle: '件名',
    organisation: '調達機関',
    vendorId: '事業者ID',
    vendorName: '事業者名',
    serviceName: 'サービス名',
    criteriaVersion: '評価基準の版',
    criteriaHash: '評価基準のハッシュ値 (SHA-256)',
    requirementsChecksum: '要件チェックサム (SHA-256)',
    exportedAt: '出力日時'
  },
  en: {
    template: 'Template version',
    procurementTitle: 'Procurement',
    organisation: 'Organisation',
    vendorId: 'Vendor ID',
    vendorName: 'Vendor',
    serviceName: 'Service',
    criteriaVersion: 'Criteria version',
    criteriaHash: 'Criteria hash (SHA-256)',
    requirementsChecksum: 'Requirements checksum (SHA-256)',
    exportedAt: 'Exported at'
  }
};

/**
 * The keys of the CSV's first line, after the template marker in A1: `key,value` pairs, so the
 * line reads the same as the template-info sheet and a reader need not know positions.
 */
export const CSV_MARKER_KEYS = [
  'requirementsChecksum',
  'vendorId',
  'vendorName',
  'criteriaVersion',
  'criteriaHash',
  'exportedAt'
] as const satisfies readonly TemplateKey[];

/** What the pack needs of a requirement: its wording, never its points or anything internal. */
export type PackRequirement = Pick<
  Requirement,
  'id' | 'order' | 'ref' | 'domain' | 'title' | 'text' | 'kind'
>;

export function orderedRequirements<T extends Pick<Requirement, 'order'>>(requirements: readonly T[]): T[] {
  return [...requirements].sort((a, b) => a.order - b.order);
}

/**
 * What the vendor answers, fixed: SHA-256 over the canonical JSON of `[id, ref, title, text]` per
 * requirement in specification order. An import compares it with the locked criteria's own.
 */
export function requirementsChecksum(requirements: readonly PackRequirement[]): string {
  const payload = orderedRequirements(requirements).map((r) => [r.id, r.ref, r.title, r.text]);
  return sha256Text(canonicalJson(payload));
}

/** Excel refuses a longer text in one cell; entry and import refuse one too, so only older data meets the clamp. */
export const XLSX_MAX_TEXT = CELL_TEXT_MAX;

/** At most `XLSX_MAX_TEXT` characters, ending `…` when cut; never between the halves of a surrogate pair. */
export function clampForXlsx(text: string): string {
  if (text.length <= XLSX_MAX_TEXT) return text;
  let end = XLSX_MAX_TEXT - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}

/** A character as OOXML spells it, `_xHHHH_`. */
function ooxmlEscape(char: string): string {
  return `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/**
 * A text as an XLSX string cell must be written, so that it reads back as it was (Excel writes
 * them so; the writer library does not). A line break in a cell is LF, as Excel writes Alt+Enter:
 * CR LF and CR become LF (readers fold CR LF, which would merge a CR CR LF into one break). OOXML
 * spells a character as `_xHHHH_` and readers decode it: a text holding such a sequence itself gets
 * its `_` escaped as `_x005F_`, and a control character XML cannot hold is spelled that way.
 */
export function xlsxCellText(text: string): string {
  return (
    xlsxCellValue(text)
      .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
      // C0 controls but TAB and LF (CR is folded above), and DEL: the writer library would drop them.
      .replace(/[^\t\n\u0020-\u007E\u0080-\uFFFF]/g, ooxmlEscape)
  );
}

/** The text an XLSX cell written by `xlsxCellText` holds, as a reader gives it back. */
export function xlsxCellValue(text: string): string {
  return clampForXlsx(text.replace(/\r\n?/g, '\n'));
}

/** The `'` the text guard puts before a formula-like text; stripped on import so a round trip is stable. */
export function unguardText(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * A date cell as `YYYY-MM-DD` (any form `readDateCell` reads: 和暦, 2025/4/1, an Excel serial, 31 Mar
 * 2026, 4/1/25 in the order given). `null` for a blank cell, `undefined` when it is no date;
 * `readDateCell` tells which problem.
 */
export function parsePackDate(text: string, options: DateTextOptions = {}): string | null | undefined {
  const reading = readDateCell(text, options);
  if (reading === null) return null;
  return 'error' in reading ? undefined : reading.date;
}
