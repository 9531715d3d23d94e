/** English messages of the problems an import reports (see messages-import.ts). */
import type { jaImport } from './messages-import';

export const enImport: Record<keyof typeof jaImport, string> = {
  'issue.unzippedTooLarge':
    'Once unzipped the file would be {unzippedMb} MB, over the limit of {limitMb} MB. It may be a zip bomb, so it was not unzipped or read.',
  'issue.notSpreadsheet':
    'This file cannot be read as a spreadsheet (.xlsx, .xls, .ods, .csv, .tsv or .txt).',
  'issue.unknownControlId':
    'Sheet {sheet}, row {row}, column {column}: control ID “{id}” is not in the catalogue.',
  'issue.ambiguousControlId':
    'Sheet {sheet}, row {row}, column {column}: control ID “{id}” matches controls in more than one catalogue. Give it with its catalogue, e.g. “iso27002:9.4.1”.',
  'issue.unknownRequirementId':
    'Sheet {sheet}, row {row}, column {column}: requirement ID “{id}” is not in the locked criteria. The row is not imported.',
  'issue.requirementTextChanged':
    'Sheet {sheet}, row {row}, column {column}: the text of requirement {ref} differs from the locked criteria. Its answer is not imported.',
  'issue.templateVersionMismatch':
    'This is not a Sentei questionnaire ({expected}): the template info is missing or of another version ({found}).',
  'issue.checksumMismatch':
    'Sheet {sheet}, row {row}, column {column}: the requirements checksum does not match the locked criteria. The questionnaire may have been made for another criteria version.',
  'issue.otherVendor':
    'Sheet {sheet}, row {row}, column {column}: this questionnaire was made for another vendor ({found}). It is not imported.',
  'issue.answerNotInList':
    'Sheet {sheet}, row {row}, column {column}: answer “{value}” is none of Meets, Partly meets or Does not meet. It is not imported; the stored answer stays as it is.',
  'issue.answerNotApplicable':
    'Sheet {sheet}, row {row}, column {column}: the answer to {ref} is “{value}”. Every requirement applies to every vendor, so “not applicable” is no answer: answer Meets, Partly meets or Does not meet. The stored answer stays as it is.',
  'issue.missingRequiredColumn': 'Sheet {sheet}, row {row}: no “{name}” column was found.',
  'issue.unknownAttestationType':
    'Sheet {sheet}, row {row}, column {column}: certification type “{value}” is not in the list. The row is not imported.',
  'issue.unknownOpinion':
    'Sheet {sheet}, row {row}, column {column}: opinion “{value}” is not in the list. The opinion is imported as blank.',
  'issue.invalidDate':
    'Sheet {sheet}, row {row}, column {column}: “{value}” is not a date (write it as 2025-04-01 or 令和7年4月1日). It is treated as blank.',
  'issue.impossibleDate':
    'Sheet {sheet}, row {row}, column {column}: “{value}” is a date the calendar does not have (no such month or day, or before its era began). It is treated as blank.',
  'issue.ambiguousDate':
    'Sheet {sheet}, row {row}, column {column}: “{value}” is a numeric date without the year first. This procurement reads numeric dates only as year/month/day, so the order of month and day is unknown and it is treated as blank. Write it as 2026/3/31 or 31 Mar 2026, or choose month/day/year or day/month/year under “Numeric dates from vendors” in the procurement settings and import again.',
  'issue.dateEraOverrun':
    'Sheet {sheet}, row {row}, column {column}: “{value}” falls after its Japanese era ended; it is imported as {date}. Please check the date.',
  'issue.dateWeekdayMismatch':
    'Sheet {sheet}, row {row}, column {column}: the weekday in “{value}” does not match the date ({date} is a {weekday}). The date is imported as {date}; please check the date and the weekday.',
  'issue.unknownCertificationType':
    'Sheet {sheet}, row {row}, column {column}: certification “{value}” of subcontractor “{name}” is not in the list. It is not imported.',
  'issue.textTooLong':
    'Sheet {sheet}, row {row}, column {column}: the text has {length} characters, more than the {max} one spreadsheet cell holds. It cannot be imported without cutting it, so this row is not imported. Shorten it to {max} characters and read the file again.',
  'issue.subcontractorNameMissing':
    'Sheet {sheet}, row {row}, column {column}: the subcontractor’s name is blank. The row is not imported.',
  'issue.soc2ReportTypeInvalid':
    'Sheet {sheet}, row {row}, column {column}: “{value}” is not a report type the SOC 2 details sheet takes (SOC 2 Type II, SOC 2 Type I, SOC 3, CSA STAR Attestation).',
  'issue.soc2ReportIdentityMissing':
    'Sheet {sheet}, row {row}, column {column}: give the service auditor and the period (for Type I, the as-of date) of the report this row is about.',
  'issue.soc2DateUnreadable':
    'Sheet {sheet}, row {row}, column {column}: “{value}” cannot be read as a date (write 2025-04-01 or 1 Apr 2025).',
  'issue.soc2UnknownItem':
    'Sheet {sheet}, row {row}, column {column}: the item “{value}” is not in the list (opinion, exception, subservice organisation, bridge letter, CUEC).',
  'issue.soc2ItemNotForType':
    'Sheet {sheet}, row {row}, column {column}: “{value}” is not recorded for a {type}.',
  'issue.soc2CriterionInvalid':
    'Sheet {sheet}, row {row}, column {column}: “{value}” is not a Trust Services criterion (CC6.1, A1.2, …).',
  'issue.soc2TextMissing':
    'Sheet {sheet}, row {row}, column {column}: the text (the exception, the organisation’s name or the control) is blank.',
  'issue.soc2OpinionUnknown':
    'Sheet {sheet}, row {row}, column {column}: the opinion “{value}” is not in the list (unmodified, qualified, adverse, disclaimer of opinion).',
  'issue.soc2BridgeInvalid':
    'Sheet {sheet}, row {row}, column {column}: a bridge letter needs both its date and the date it covers until (after the report’s period end).',
  'issue.soc2Conflict':
    'Sheet {sheet}, row {row}, column {column}: the same report is given a different value (“{value}”); a report has one opinion and one bridge letter.',
  'issue.soc2ReportLeftOut':
    'Sheet {sheet}, row {row}: the report by {issuer} for {period} is not imported, nor its row on the Certifications sheet, as some of its rows cannot be read (a report stored with only some of its exceptions would look better than it is).',
  'issue.soc2ReportNotListed':
    'Sheet {sheet}, row {row}: the report by {issuer} for {period} is neither on the Certifications sheet nor on file. Add the report on the Certifications sheet; its rows here are not imported.',
  'issue.unmatchedKey':
    'Sheet {sheet}, row {row}, column {column}: “{key}” matches no requirement ({count} {count|row|rows}). {count|This row is|These rows are} not imported.',
  'issue.unmatchedKeysOmitted':
    'Sheet {sheet}: {count} more {count|key matches|keys match} no requirement. Their rows are not imported.',
  'issue.missingKey':
    'Sheet {sheet}, from row {row}, column {column}: {count} {count|row has|rows have} no key. {count|This row is|These rows are} not imported.',
  'issue.unmappedAnswerValue':
    'Sheet {sheet}, row {row}, column {column}: no meaning was chosen for the answer “{value}” ({count} {count|row|rows}). It is treated as blank.',
  'issue.emptyText': 'Sheet {sheet}, row {row}, column {column}: the text of “{id}” is empty.',
  'issue.duplicateControlId':
    'Sheet {sheet}, row {row}, column {column}: ID “{id}” appears more than once; the first row is used.',
  'issue.missingColumn': 'Sheet {sheet}: no “{column}” column was found.',
  'issue.notCaiq': 'This is not a CAIQ v4 questionnaire: no table with a “Question ID” heading was found.',

  'issue.frozenAfterTechnicalLock':
    'The technical evaluation is closed: answers, certifications, subcontractors and vendor names are read-only.',
  'issue.correctionReasonMissing': 'A post-close correction needs a written reason.',
  'issue.correctionReasonTooLong': 'Keep the reason for the correction to {max} characters.',
  'issue.levelPointsKind': 'Requirement {ref}: only a scored item can state points per level.',
  'issue.levelPointsLevels':
    "Requirement {ref}: the points per level must name every grade level once, in the rubric's order.",
  'issue.levelPointsRange':
    "Requirement {ref}: each level's points must be a number from 0 to the item's points.",
  'issue.levelPointsTop': "Requirement {ref}: the top level must give exactly the item's points.",
  'issue.levelPointsOrder': 'Requirement {ref}: a lower level gives more points than the level above it.',
  'issue.excludeAtLowestKind': 'Requirement {ref}: only a scored item can exclude at its lowest level.',
  'issue.pointsNegative':
    'Requirement {ref}: a mandatory item’s base points must be 0 or more (0 makes it a pass/fail gate only).'
};
