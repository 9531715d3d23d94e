/**
 * The app's own names of each enumeration a vendor may write back, in both languages: the i18n
 * labels the screens show and the pack's dropdown labels. `matchEnum` accepts them beside the
 * aliases of questionnaires/aliases.json, so a label never needs listing there.
 */
import type { EnumCodes, EnumKind, EnumLabels } from '../domain/aliases';
import { ENUM_CODES } from '../domain/aliases';
import { attestationTypeKey, criticalityKey, opinionKey, subserviceMethodKey } from '../i18n/labels';
import { jaCollect } from '../i18n/messages-collect';
import { enCollect } from '../i18n/messages-collect-en';
import { jaSheet } from '../i18n/messages-sheet';
import { enSheet } from '../i18n/messages-sheet-en';
import { jaVendor } from '../i18n/messages-vendor';
import { enVendor } from '../i18n/messages-vendor-en';
import {
  ANSWER_MATCH_LABELS,
  PACK_CRITICALITY_LABELS,
  PACK_SUBSERVICE_LABELS,
  type PackLocale
} from './pack-format';
import { ATTESTATION_SHORT_LABELS } from './spec-annex';

const MESSAGES: Record<PackLocale, Readonly<Record<string, string>>> = {
  // The answers' screen labels are the grading sheet's messages.
  ja: { ...jaCollect, ...jaSheet, ...jaVendor },
  en: { ...enCollect, ...enSheet, ...enVendor }
};

const LOCALES: readonly PackLocale[] = ['ja', 'en'];

function labelsOf<K extends EnumKind>(
  kind: K,
  keys: Record<EnumCodes[K], string>,
  ...tables: Record<PackLocale, Record<EnumCodes[K], string>>[]
): EnumLabels<K> {
  const codes = ENUM_CODES[kind];
  return Object.fromEntries(
    codes.map((code) => [
      code,
      LOCALES.flatMap((locale) => [
        ...tables.map((table) => table[locale][code]),
        MESSAGES[locale][keys[code]] ?? ''
      ])
    ])
  ) as unknown as EnumLabels<K>;
}

/** Labels per kind, one object each so `matchEnum` builds each matcher once. */
export const ENUM_LABELS: { [K in EnumKind]: EnumLabels<K> } = {
  answer: ANSWER_MATCH_LABELS,
  attestationType: labelsOf('attestationType', attestationTypeKey, ATTESTATION_SHORT_LABELS),
  opinion: labelsOf('opinion', opinionKey),
  subserviceMethod: labelsOf('subserviceMethod', subserviceMethodKey, PACK_SUBSERVICE_LABELS),
  criticality: labelsOf('criticality', criticalityKey, PACK_CRITICALITY_LABELS)
};
