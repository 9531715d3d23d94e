/**
 * The enumerated columns of the questionnaire pack and the values each offers, in the pack's
 * language. The 選択肢 (Accepted values) sheet lists them, one column per enumerated column, and
 * each dropdown refers to its range there (no 255-character limit, as an inline list has). The
 * reader accepts more than these labels: the other language, the codes and the aliases.
 */
import {
  PACK_ANSWER_LABELS,
  PACK_ATTESTATION_COLUMNS,
  PACK_ATTESTATION_HEADERS,
  PACK_COLUMN_INDEX,
  PACK_CRITICALITY_LABELS,
  PACK_HEADERS,
  PACK_OPINION_LABELS,
  PACK_SHEETS,
  PACK_SOC2_COLUMNS,
  PACK_SOC2_HEADERS,
  PACK_SOC2_ITEM_LABELS,
  PACK_SUBCONTRACTOR_COLUMNS,
  PACK_SUBCONTRACTOR_HEADERS,
  PACK_SUBSERVICE_LABELS,
  type PackLocale
} from './pack-format';
import { ATTESTATION_SHORT_LABELS } from './spec-annex';
import { columnLetter } from '../domain/columns';
import { REPORT_IDENTITY_TYPES } from '../domain/attestation-identity';

export type PackListSheet = 'requirements' | 'attestations' | 'subcontractors' | 'soc2';

export interface PackList {
  sheet: PackListSheet;
  /** 0-based column on that sheet. */
  column: number;
  /** The column's heading on its sheet. */
  heading: string;
  values: string[];
  /** One cell may name several values (separated as `PACK_SEPARATOR_HELP` says). */
  multiple: boolean;
  /** A typed value outside the list is refused; otherwise Excel only warns, as the reader knows aliases. */
  strict: boolean;
}

/** How a vendor separates several values in one cell; the reader splits on these and on `,` `;`. */
export const PACK_SEPARATOR_HELP: Record<PackLocale, string> = {
  ja: '複数あるときは「、」または改行で区切ってください。',
  en: 'Separate several values with a comma, a semicolon or a line break.'
};

/** The type list's value for an ISO/IEC 27001 certificate with the ISO/IEC 27017 add-on. */
export const PACK_ISO_WITH_ADD_ON = 'ISO/IEC 27001 + ISO/IEC 27017';

const SEVERAL: Record<PackLocale, string> = { ja: '（複数可）', en: ' (several allowed)' };

export function packLists(locale: PackLocale): PackList[] {
  const labels = ATTESTATION_SHORT_LABELS[locale];
  const attestationTypes = Object.values(labels);
  // The 27001 certificate with the 27017 add-on, right after the two (the reader takes any "27001 + 27017").
  attestationTypes.splice(attestationTypes.indexOf(labels.iso27017) + 1, 0, PACK_ISO_WITH_ADD_ON);
  const attestation = PACK_ATTESTATION_HEADERS[locale];
  const subcontractor = PACK_SUBCONTRACTOR_HEADERS[locale];
  const sub = PACK_SUBCONTRACTOR_COLUMNS;
  return [
    {
      sheet: 'requirements',
      column: PACK_COLUMN_INDEX.answer,
      heading: PACK_HEADERS[locale].answer,
      values: Object.values(PACK_ANSWER_LABELS[locale]),
      multiple: false,
      strict: true
    },
    {
      sheet: 'attestations',
      column: PACK_ATTESTATION_COLUMNS.type,
      heading: attestation[PACK_ATTESTATION_COLUMNS.type] ?? '',
      values: attestationTypes,
      multiple: false,
      strict: false
    },
    {
      sheet: 'attestations',
      column: PACK_ATTESTATION_COLUMNS.opinion,
      heading: attestation[PACK_ATTESTATION_COLUMNS.opinion] ?? '',
      values: Object.values(PACK_OPINION_LABELS[locale]),
      multiple: false,
      strict: false
    },
    {
      sheet: 'subcontractors',
      column: sub.criticality,
      heading: subcontractor[sub.criticality] ?? '',
      values: Object.values(PACK_CRITICALITY_LABELS[locale]),
      multiple: false,
      strict: false
    },
    {
      sheet: 'subcontractors',
      column: sub.subserviceMethod,
      heading: subcontractor[sub.subserviceMethod] ?? '',
      values: Object.values(PACK_SUBSERVICE_LABELS[locale]),
      multiple: false,
      strict: false
    },
    {
      sheet: 'subcontractors',
      column: sub.certifications,
      heading: subcontractor[sub.certifications] ?? '',
      values: attestationTypes,
      multiple: true,
      strict: false
    },
    {
      sheet: 'soc2',
      column: PACK_SOC2_COLUMNS.type,
      heading: PACK_SOC2_HEADERS[locale][PACK_SOC2_COLUMNS.type] ?? '',
      values: REPORT_IDENTITY_TYPES.map((type) => labels[type]),
      multiple: false,
      strict: false
    },
    {
      sheet: 'soc2',
      column: PACK_SOC2_COLUMNS.item,
      heading: PACK_SOC2_HEADERS[locale][PACK_SOC2_COLUMNS.item] ?? '',
      values: Object.values(PACK_SOC2_ITEM_LABELS[locale]),
      multiple: false,
      strict: false
    }
  ];
}

/** A list's heading on the 選択肢 sheet: where it is used, e.g. 「委託先」保有する認証（複数可）. */
function listHeading(list: PackList, locale: PackLocale): string {
  const sheet = PACK_SHEETS[list.sheet][locale];
  const several = list.multiple ? SEVERAL[locale] : '';
  return locale === 'ja' ? `「${sheet}」${list.heading}${several}` : `${sheet}: ${list.heading}${several}`;
}

/** The 選択肢 sheet as rows: one heading row, then the values of each list down its column. */
export function acceptedValuesRows(locale: PackLocale): string[][] {
  const lists = packLists(locale);
  const depth = Math.max(...lists.map((list) => list.values.length));
  const rows = [lists.map((list) => listHeading(list, locale))];
  for (let r = 0; r < depth; r++) rows.push(lists.map((list) => list.values[r] ?? ''));
  return rows;
}

/** The absolute range of the `index`th list's values on the 選択肢 sheet, for a list validation. */
export function acceptedValuesRange(locale: PackLocale, index: number): string {
  const list = packLists(locale)[index];
  if (!list) throw new Error(`no pack list ${index}`);
  const letter = columnLetter(index);
  return `'${PACK_SHEETS.acceptedValues[locale]}'!$${letter}$2:$${letter}$${list.values.length + 1}`;
}
