/**
 * The 仕様書 annex (要件一覧): the requirement list as it goes to vendors, in XLSX (title block,
 * criteria version and hash, then the table) and CSV (the table only, RFC 4180, CRLF). Pure: input
 * records in, bytes out. Every text cell passes `guardText`; points stay numbers; nothing is
 * written as a formula. Built from requirement records alone, so only the published points go
 * out: no rubric, scores or internal notes.
 */
import * as XLSX from 'xlsx';
import * as Papa from 'papaparse';
import type { AppliesTo, AttestationType, Requirement, RequirementKind } from '../domain/model';
import { pointsOf } from '../domain/spec-points';
import { encodeShiftJis, utf8WithBom } from './encoding';
import { guardText } from './text-guard';

export type AnnexLocale = 'ja' | 'en';

export interface SpecAnnexInput {
  procurementTitle: string;
  organisation: string;
  /** The locked criteria version the annex reflects, or null while the criteria are a draft. */
  criteria: { version: number; hash: string; lockedAt: string } | null;
  requirements: Requirement[];
  locale: AnnexLocale;
}

type Cell = string | number;

const HEADERS: Record<AnnexLocale, string[]> = {
  ja: ['番号', '分野', '要件名', '要件の内容', '区分', '配点', '対象', '受け入れる証跡', '対応する管理策'],
  en: [
    'No.',
    'Domain',
    'Title',
    'Requirement',
    'Kind',
    'Points',
    'Applies to',
    'Accepted evidence',
    'Mapped controls'
  ]
};

/** Character widths of the columns above. */
const COLUMN_WIDTHS = [9, 18, 30, 60, 8, 7, 10, 30, 30];

const KIND_LABELS: Record<AnnexLocale, Record<RequirementKind, string>> = {
  ja: { mandatory: '必須', scored: '任意' },
  en: { mandatory: 'Mandatory', scored: 'Scored' }
};

const APPLIES_TO_LABELS: Record<AnnexLocale, Record<AppliesTo, string>> = {
  ja: { csp: '事業者', csc: '利用者', both: '双方' },
  en: { csp: 'Provider', csc: 'Customer', both: 'Both' }
};

/** Short names as they appear in a specification; full names live in the attestation catalogue. */
export const ATTESTATION_SHORT_LABELS: Record<AnnexLocale, Record<AttestationType, string>> = {
  ja: {
    ismap: 'ISMAP',
    ismapLiu: 'ISMAP-LIU',
    soc2Type2: 'SOC 2 Type II',
    soc2Type1: 'SOC 2 Type I',
    soc3: 'SOC 3',
    csGold: 'CSゴールドマーク',
    csSilver: 'CSシルバーマーク',
    iso27001: 'ISO/IEC 27001',
    iso27017: 'ISO/IEC 27017',
    csaStar2Certification: 'CSA STAR 認証',
    csaStar2Attestation: 'CSA STAR アテステーション',
    csaStar1: 'CSA STAR レベル1',
    aspic: 'ASPIC 情報開示認定',
    selfAssessment: '自己評価',
    other: 'その他'
  },
  en: {
    ismap: 'ISMAP',
    ismapLiu: 'ISMAP-LIU',
    soc2Type2: 'SOC 2 Type II',
    soc2Type1: 'SOC 2 Type I',
    soc3: 'SOC 3',
    csGold: 'CS Gold Mark',
    csSilver: 'CS Silver Mark',
    iso27001: 'ISO/IEC 27001',
    iso27017: 'ISO/IEC 27017',
    csaStar2Certification: 'CSA STAR Certification',
    csaStar2Attestation: 'CSA STAR Attestation',
    csaStar1: 'CSA STAR Level 1',
    aspic: 'ASPIC disclosure certification',
    selfAssessment: 'Self-assessment',
    other: 'Other'
  }
};

const LIST_SEPARATOR: Record<AnnexLocale, string> = { ja: '、', en: '; ' };

const TITLE_LABELS: Record<AnnexLocale, Record<'title' | 'organisation' | 'criteria', string>> = {
  ja: { title: '件名', organisation: '調達機関', criteria: '評価基準' },
  en: { title: 'Procurement', organisation: 'Organisation', criteria: 'Evaluation criteria' }
};

/** Excel refuses a longer text in one cell (SheetJS throws rather than write it). */
const XLSX_MAX_TEXT = 32_767;

/** Header row then one row per requirement, in specification order. */
export function specAnnexRows(input: SpecAnnexInput): Cell[][] {
  const { locale } = input;
  const separator = LIST_SEPARATOR[locale];
  const rows = [...input.requirements]
    .sort((a, b) => a.order - b.order)
    .map((requirement): Cell[] => [
      guardText(requirement.ref),
      guardText(requirement.domain),
      guardText(requirement.title),
      guardText(requirement.text),
      KIND_LABELS[locale][requirement.kind],
      pointsOf(requirement),
      APPLIES_TO_LABELS[locale][requirement.appliesTo],
      requirement.acceptedAttestations.map((type) => ATTESTATION_SHORT_LABELS[locale][type]).join(separator),
      guardText(requirement.controlRefs.join(separator))
    ]);
  return [HEADERS[locale], ...rows];
}

/** An instant as Japan time, which is what the procurement's documents are dated in. */
function japanTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return `${new Date(time + 9 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')} JST`;
}

function titleBlock(input: SpecAnnexInput): Cell[][] {
  const labels = TITLE_LABELS[input.locale];
  const { criteria } = input;
  const ja = input.locale === 'ja';
  const criteriaRow = criteria
    ? [
        labels.criteria,
        ja ? `第${criteria.version}版` : `Version ${criteria.version}`,
        ja ? '確定日時' : 'Locked at',
        japanTime(criteria.lockedAt),
        'SHA-256',
        guardText(criteria.hash)
      ]
    : [labels.criteria, ja ? '未確定' : 'Not locked'];
  return [
    [labels.title, guardText(input.procurementTitle)],
    [labels.organisation, guardText(input.organisation)],
    criteriaRow
  ];
}

function clampForXlsx(row: Cell[]): Cell[] {
  return row.map((cell) =>
    typeof cell === 'string' && cell.length > XLSX_MAX_TEXT ? `${cell.slice(0, XLSX_MAX_TEXT - 1)}…` : cell
  );
}

export function buildSpecAnnexXlsx(input: SpecAnnexInput): Uint8Array {
  const title = titleBlock(input);
  const table = specAnnexRows(input);
  const sheet = XLSX.utils.aoa_to_sheet([...title, [], ...table].map(clampForXlsx));
  const headerRow = title.length + 1;
  sheet['!cols'] = COLUMN_WIDTHS.map((wch) => ({ wch }));
  sheet['!autofilter'] = {
    ref: XLSX.utils.encode_range({
      s: { r: headerRow, c: 0 },
      e: { r: headerRow + table.length - 1, c: COLUMN_WIDTHS.length - 1 }
    })
  };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, input.locale === 'ja' ? '要件一覧' : 'Requirements');
  const out: ArrayBuffer = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true });
  return new Uint8Array(out);
}

/** The table only (no title block), CRLF line ends; UTF-8 with BOM unless Shift_JIS is asked for. */
export async function buildSpecAnnexCsv(
  input: SpecAnnexInput,
  encoding: 'utf-8-bom' | 'shift_jis' = 'utf-8-bom'
): Promise<Uint8Array> {
  // Cells are guarded already; Papa's own formula escaping would quote-prefix them a second time.
  const text = `${Papa.unparse(specAnnexRows(input), { newline: '\r\n', escapeFormulae: false })}\r\n`;
  return encoding === 'shift_jis' ? encodeShiftJis(text) : utf8WithBom(text);
}
