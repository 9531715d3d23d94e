/**
 * Problems are data: validation, restore and import return coded issues with a location and
 * parameters; the UI translates the code. Every code here has a message in `i18n/messages.ts`.
 */
export const ISSUE_CODES = [
  // restoring untrusted records (backup files, old IndexedDB records)
  'wrongType',
  'missingField',
  'unknownKey',
  'forbiddenKey',
  'outOfRange',
  'notAllowed',
  'duplicateId',
  'danglingReference',
  // backup files
  'fileTooLarge',
  // a workbook whose zip directory declares more than the limit once inflated (a zip bomb)
  'unzippedTooLarge',
  'fileEmpty',
  'notJson',
  'wrongFileType',
  'futureVersion',
  'brokenAuditChain',
  'evidenceHashMismatch',
  // spreadsheet import (licensed standard text, CAIQ)
  'notSpreadsheet',
  'unknownControlId',
  'ambiguousControlId',
  'unknownRequirementId',
  'requirementTextChanged',
  'templateVersionMismatch',
  'checksumMismatch',
  'otherVendor',
  'answerNotInList',
  'answerNotApplicable',
  'missingRequiredColumn',
  // a text longer than one spreadsheet cell holds (any sheet of a pack, a mapped import)
  'textTooLong',
  // the certification and subcontractor sheets of a pack
  'unknownAttestationType',
  'unknownOpinion',
  'invalidDate',
  'impossibleDate',
  // a numeric date the procurement's order does not read (03/31/2026 under year/month/day)
  'ambiguousDate',
  // notes, not refusals: the date is imported as read
  'dateEraOverrun',
  'dateWeekdayMismatch',
  'unknownCertificationType',
  'subcontractorNameMissing',
  // the SOC 2 詳細 sheet of a pack: a row that does not read leaves its report out whole
  'soc2ReportTypeInvalid',
  'soc2ReportIdentityMissing',
  'soc2DateUnreadable',
  'soc2UnknownItem',
  'soc2ItemNotForType',
  'soc2CriterionInvalid',
  'soc2TextMissing',
  'soc2OpinionUnknown',
  'soc2BridgeInvalid',
  'soc2Conflict',
  'soc2ReportLeftOut',
  'soc2ReportNotListed',
  // column-mapping import (a vendor's own questionnaire layout)
  'unmatchedKey',
  'unmatchedKeysOmitted',
  'missingKey',
  'unmappedAnswerValue',
  'emptyText',
  'duplicateControlId',
  'missingColumn',
  'notCaiq',
  // criteria lock
  'noRequirements',
  'emptyRequirement',
  'pointsNotPositive',
  'pointsNegative',
  'levelPointsKind',
  'levelPointsLevels',
  'levelPointsRange',
  'levelPointsTop',
  'levelPointsOrder',
  'excludeAtLowestKind',
  'duplicateRef',
  'invalidRubric',
  'ceilingPriceMissing',
  'priceAllocationMissing',
  'settingOutOfRange',
  // after the technical lock (post-close corrections)
  'frozenAfterTechnicalLock',
  'correctionReasonMissing',
  'correctionReasonTooLong'
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * Codes that report a value imported as read (after a conversion the user should check), not one
 * left out: a preview lists them apart from the refusals, and they never stop an import.
 */
export const NOTE_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'dateEraOverrun',
  'dateWeekdayMismatch'
]);

export function isNote(issue: Issue): boolean {
  return NOTE_CODES.has(issue.code);
}

export interface Issue {
  code: IssueCode;
  /** Where: a dotted path into the input, e.g. `data.procurements[0].title`. */
  path: string;
  params?: Record<string, string | number>;
}

export interface Restored<T> {
  /** The restored value, or null when the input could not be used at all. */
  data: T | null;
  issues: Issue[];
}
