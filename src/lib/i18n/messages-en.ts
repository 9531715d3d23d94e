/**
 * The English messages. Loaded only when English is chosen (Japanese is the default), so the
 * first page carries one language. Same keys as `ja`: a missing or extra key is a type error.
 */
import type { ja } from './messages-core';

export const en: Record<keyof typeof ja, string> = {
  'app.name': 'Sentei 選定',
  'app.tagline': 'Evaluation of cloud service procurements',
  'app.skipToContent': 'Skip to content',
  'app.localOnly': 'Your data stays in this browser on this device. Nothing is sent anywhere.',
  'app.loading': 'Loading…',
  'nav.main': 'Main menu',
  'nav.procurements': 'Procurements',
  'nav.settings': 'Settings',
  'lang.label': 'Language',
  'lang.ja': '日本語',
  'lang.en': 'English',

  'db.versionChange': 'Sentei was updated in another tab. To protect your data, please reload this page.',
  'db.blocked': 'Another tab still runs an older version. Close the other tabs, then reload.',
  'db.reload': 'Reload',
  'storage.quotaExceeded':
    'Not saved: the browser has run out of storage space. Nothing of this change was stored. Delete evidence files or procurements you no longer need, or free up space.',
  'storage.databaseClosed': 'The connection to the database was lost. Reload the page; nothing was saved.',
  'storage.notFound': 'That record no longer exists. It may have been deleted in another tab.',
  'storage.locked': 'This is locked and cannot be changed.',
  'storage.criteriaNotLocked': 'Lock the evaluation criteria before grading.',
  'storage.gradingClosed':
    'Grades can no longer be changed: the sheet was submitted or the technical evaluation is closed.',
  'storage.invalidGrade': 'That grade level or verdict is not in the evaluation criteria.',
  'storage.incomplete': 'Some items still lack a grade or a rationale. Complete them first.',
  'storage.priceNotOpen': 'Bids are entered after the technical evaluation is closed (two-envelope rule).',
  'storage.invalidBid': 'Enter the bid as a whole number of yen, at least 1 (a valid bid needs a price).',
  'storage.invalidInput': 'Check what you entered.',
  'storage.frozen':
    'The technical evaluation is closed, so this cannot be changed. To correct it, use "Post-close correction" and give the reason.',
  'storage.correctionReasonInvalid': 'Give the reason for the post-close correction in 1 to 200 characters.',
  'storage.fileTooLarge': 'The file is too large (limit {limitMb} MB).',
  'storage.unknown': 'An unexpected error occurred while saving. Nothing was saved. ({detail})',

  'list.title': 'Procurements',
  'list.create': 'New procurement',
  'list.titleLabel': 'Title',
  'list.titlePlaceholder': 'e.g. Document management SaaS (FY2027)',
  'list.createButton': 'Create',
  'list.titleRequired': 'Enter a title.',
  'list.empty': 'No procurements yet.',
  'list.colTitle': 'Title',
  'list.colOrganisation': 'Organisation',
  'list.colCounts': 'Requirements · vendors · evaluators',
  'list.colStage': 'Stage',
  'list.colUpdated': 'Last change',
  'list.colActions': 'Actions',
  'list.counts': '{requirements} requirements · {vendors} vendors · {evaluators} evaluators',
  'list.open': 'Open',
  'list.rename': 'Rename',
  'list.duplicate': 'Duplicate',
  'list.export': 'Back up',
  'list.delete': 'Delete',
  'list.renameTitle': 'Rename procurement',
  'list.save': 'Save',
  'list.cancel': 'Cancel',
  'list.copySuffix': ' (copy)',
  'list.duplicated': 'Created “{title}”.',
  'list.deleteTitle': 'Delete procurement',
  'list.deleteConfirm':
    'This deletes “{title}” with its requirements, vendors, evidence, grades and audit trail. It cannot be undone. Consider saving a backup first.',
  'list.deleteButton': 'Delete',
  'list.deleted': 'Deleted “{title}”.',
  'list.actionsFor': 'Actions for “{title}”',

  'demo.title': 'Demo procurement',
  'demo.offer':
    'There are no procurements yet. You can load a demo: a fictional government SaaS procurement with three vendors, requirements, certifications and subcontractors.',
  'demo.load': 'Load the demo procurement',
  'demo.loaded': 'The demo procurement is loaded. Every organisation, vendor and number in it is fictional.',

  'backup.title': 'Backup and restore',
  'backup.intro':
    'Browsers may clear their storage. Save a backup file whenever you finish a piece of work. Evidence files are included.',
  'backup.exportAll': 'Back up all procurements',
  'backup.import': 'Import a backup',
  'backup.importHelp': 'Choose a Sentei backup file (.json, up to {limitMb} MB).',
  'backup.exported': 'Backup saved ({name}).',
  'backup.reading': 'Checking the file…',
  'backup.refused': 'This file cannot be imported. Your data has not changed.',
  'backup.moreIssues': '{count} more problems.',
  'backup.previewTitle': 'Review the import',
  'backup.previewIntro':
    'The following will be applied. Replacing an existing procurement replaces all of its current data with the backup.',
  'backup.fileMeta': 'Created {exportedAt} · app version {appVersion}',
  'backup.actionAdd': 'Add',
  'backup.actionReplace': 'Replace (now: {existing})',
  'backup.itemCounts':
    '{requirements} requirements · {vendors} vendors · {attestations} attestations · {files} files · {audit} audit entries',
  'backup.chainOk': 'Audit trail tamper check: intact',
  'backup.chainBroken': 'Audit trail tamper check: inconsistent at entry {seq}. Review before applying.',
  'backup.apply': 'Apply',
  'backup.cancel': 'Cancel',
  'backup.applied': 'Backup imported ({count} procurements).',
  'backup.cancelled': 'Import cancelled. Your data has not changed.',

  'issue.wrongType': '{path}: wrong type of value ({expected}).',
  'issue.missingField': '{path}: a required field is missing.',
  'issue.unknownKey': '{path}: unknown field “{key}”.',
  'issue.forbiddenKey': '{path}: forbidden field name “{key}”.',
  'issue.outOfRange': '{path}: value out of range.',
  'issue.notAllowed': '{path}: value not allowed.',
  'issue.duplicateId': '{path}: duplicate id “{id}”.',
  'issue.danglingReference': '{path}: refers to “{id}”, which does not exist.',
  'issue.fileTooLarge': 'The file is too large (limit {limitMb} MB).',
  'issue.unzippedTooLarge':
    'Once unzipped the file would be {unzippedMb} MB, over the limit of {limitMb} MB. It may be a zip bomb, so it was not unzipped or read.',
  'issue.fileEmpty': 'The file is empty.',
  'issue.notJson': 'This is not a JSON file. Choose a Sentei backup file.',
  'issue.wrongFileType': 'This is not a Sentei backup file.',
  'issue.futureVersion':
    'This file was made by a newer Sentei (format {version}; this version reads up to {supported}). Update the app first.',
  'issue.brokenAuditChain': '{path}: the audit trail chain is broken.',
  'issue.evidenceHashMismatch': '{path}: the evidence file does not match its hash.',
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
  'issue.unmatchedKey':
    'Sheet {sheet}, row {row}, column {column}: “{key}” matches no requirement ({count} rows). These rows are not imported.',
  'issue.unmatchedKeysOmitted':
    'Sheet {sheet}: {count} more keys match no requirement. Their rows are not imported.',
  'issue.missingKey':
    'Sheet {sheet}, from row {row}, column {column}: {count} rows have no key. These rows are not imported.',
  'issue.unmappedAnswerValue':
    'Sheet {sheet}, row {row}, column {column}: no meaning was chosen for the answer “{value}” ({count} rows). It is treated as blank.',
  'issue.emptyText': 'Sheet {sheet}, row {row}, column {column}: the text of “{id}” is empty.',
  'issue.duplicateControlId':
    'Sheet {sheet}, row {row}, column {column}: ID “{id}” appears more than once; the first row is used.',
  'issue.missingColumn': 'Sheet {sheet}: no “{column}” column was found.',
  'issue.notCaiq': 'This is not a CAIQ v4 questionnaire: no table with a “Question ID” heading was found.',

  'issue.noRequirements': 'There are no requirements.',
  'issue.emptyRequirement': 'Requirement {ref}: enter a title and the requirement text.',
  'issue.pointsNotPositive': 'Requirement {ref}: points must be greater than 0.',
  'issue.duplicateRef': 'Requirement number {ref} is used twice.',
  'issue.invalidRubric': 'The rubric needs at least two levels, factors between 0 and 1, and distinct codes.',
  'issue.ceilingPriceMissing': 'Enter the ceiling price when price points are used.',
  'issue.priceAllocationMissing': 'Enter the price allocation for the addition method.',
  'issue.settingOutOfRange': '{path}: this scoring setting is out of its allowed range.',
  'issue.frozenAfterTechnicalLock':
    'The technical evaluation is closed: answers, certifications, subcontractors and vendor names are read-only.',
  'issue.correctionReasonMissing': 'A post-close correction needs a written reason.',
  'issue.correctionReasonTooLong': 'Keep the reason for the correction to {max} characters.',

  'stage.spec': 'Specify',
  'stage.criteria': 'Fix the criteria',
  'stage.collect': 'Collect',
  'stage.evaluate': 'Evaluate',
  'stage.results': 'Results',
  'stage.status.notStarted': 'Not started',
  'stage.status.inProgress': 'In progress',
  'stage.status.done': 'Done',
  'stage.current': 'Current stage',
  'stage.navLabel': 'Evaluation stages',
  'stage.notYet': 'The tools for this stage come in a later release. For now it shows what is recorded.',

  'workspace.overview': 'Overview',
  'workspace.settings': 'Procurement settings',
  'workspace.audit': 'Audit trail',
  'workspace.menu': 'Procurement menu',
  'workspace.notFound': 'Procurement not found. It may have been deleted, or the address is wrong.',
  'workspace.backToList': 'Back to procurements',
  'workspace.facts': 'Summary',
  'workspace.stages': 'Progress',
  'workspace.notSet': 'Not set',
  'workspace.counts':
    '{requirements} requirements ({mandatory} mandatory, {scored} scored), {vendors} vendors, {evaluators} evaluators',

  'field.confidentialityClass.1': 'Class 1',
  'field.confidentialityClass.2': 'Class 2',
  'field.confidentialityClass.3': 'Class 3',
  'field.edition.H28': 'FY2016 edition (H28)',
  'field.edition.H30': 'FY2018 edition (H30)',
  'field.edition.R3': 'FY2021 edition (R3)',
  'field.edition.R5': 'FY2023 edition (R5)',

  'settings.procurementTitle': 'Procurement settings',
  'settings.save': 'Save',
  'settings.saved': 'Saved.',
  'settings.unchanged': 'Nothing changed.',
  'settings.titleRequired': 'Enter a title.',
  'settings.contractOrder': 'The contract end must be after its start.',
  'settings.confidentialNeedsClass': 'Confidential information needs class 2 or higher.',

  'storage.reasonRequired': 'Write a reason for the change.',

  'appSettings.title': 'Settings',
  'appSettings.language': 'Language',
  'appSettings.dateStyle': 'Dates',
  'appSettings.dateStyle.western': 'Western (28 April 2025)',
  'appSettings.dateStyle.japanese': 'Japanese era (Reiwa 7)',
  'appSettings.actor': 'Your name (recorded in the audit trail)',
  'appSettings.actorHelp':
    'Changes made on this device are recorded in the audit trail under this name. Use the same name as in the evaluator list.',
  'appSettings.actorSave': 'Save name',
  'appSettings.actorSaved': 'Name saved.',
  'appSettings.actorUnset': '(no name set)',
  'appSettings.storage': 'Storage',
  'appSettings.persisted': 'Protected from automatic clean-up by the browser (persistent storage).',
  'appSettings.notPersisted':
    'Persistent storage was not granted: the browser may delete the data, e.g. when the disk is nearly full. Save backups often.',
  'appSettings.persistUnsupported': 'This browser cannot make storage persistent. Save backups often.',
  'appSettings.usage': 'Using {usage} (quota about {quota})',
  'appSettings.usageUnknown': 'Storage use is not available.',

  'openPackage.title': 'Evaluator package',
  'openPackage.intro': 'Open the package you received from the chair to grade on this PC.',
  'openPackage.input': 'Open an evaluator package'
};
