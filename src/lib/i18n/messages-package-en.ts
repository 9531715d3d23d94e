/** English messages of evaluator packages and grades files; same keys as `jaPackage`. */
import type { jaPackage } from './messages-package';

export const enPackage: Record<keyof typeof jaPackage, string> = {
  'package.problem.fileTooLarge': 'The file is too large (limit {limitMb} MB).',
  'package.problem.fileEmpty': 'The file is empty.',
  'package.problem.notJson.package':
    'This is not a JSON file. Choose the evaluator package you received from the chair.',
  'package.problem.notJson.grades':
    'This is not a JSON file. Choose the grades file you received from the evaluator.',
  'package.problem.wrongFileType.package':
    'This is not a Sentei evaluator package (choose the “評価者パッケージ_…” file, not a grades file or a backup).',
  'package.problem.wrongFileType.grades':
    'This is not a Sentei grades file (choose the “採点ファイル_…” file, not an evaluator package or a backup).',
  'package.problem.futureVersion':
    'This file was made by a newer version of Sentei (format {version}; this version reads up to {supported}). Update the app, then open it again.',
  'package.problem.badShape': 'The contents of the file are not valid:',
  'package.problem.evidenceAltered':
    'The evidence file “{name}” does not match its recorded hash. The package was changed after it was exported.',
  'package.problem.criteriaAltered':
    'The evaluation criteria do not match their hash ({hash}…). The package was changed after it was exported; ask the chair to issue it again.',
  'package.problem.packageContents':
    'The package holds something it must not ({part}). Open the package exactly as the chair exported it.',
  'package.problem.alreadyHere':
    'The procurement of this package is already in this browser (“{title}”). A package cannot be opened on the chair’s PC. To open it again, first delete “{title}”.',
  'package.problem.unknownPackage':
    'This grades file belongs to another procurement, or to an evaluator package that was not issued here.',
  'package.problem.otherEvaluator':
    'This grades file was made for another evaluator (expected: {expected}; file: {found}).',
  'package.problem.unknownEvaluator':
    'The evaluator of the grades file, “{name}”, is not registered in this procurement (they may have been removed).',
  'package.problem.otherCriteria':
    'This grades file was made for other evaluation criteria (file hash {hash}…, current criteria {current}…). Issue a new evaluator package on the current criteria.',
  'package.problem.criteriaReopened':
    'The evaluation criteria are reopened for a change. Lock them again before importing.',
  'package.problem.altered':
    'This grades file was changed after it was exported (its signature does not match). Ask the evaluator to export it again.',
  'package.problem.technicalLocked':
    'The technical evaluation is closed: grades files can no longer be imported.',
  'package.problem.evaluatorSubmitted':
    '{name}’s grades are already submitted here. Return the sheet first to import again.',
  'package.problem.unknownCell':
    'The file grades an item that is not in the criteria or the vendor list (vendor {vendorId}, requirement {requirementId}).',
  'package.problem.duplicateCell': 'The same item is graded twice ({vendor}, requirement {ref}).',
  'package.problem.invalidGrade':
    'A grade level or verdict is not in the criteria ({vendor}, requirement {ref}).',

  'package.panel.title': 'Evaluator packages (grading on the evaluators’ own PCs)',
  'package.panel.intro':
    'When evaluators grade on their own PCs, export one package per evaluator and hand it over. A package holds the locked criteria, the vendors’ answers and evidence, and that evaluator’s own grades only. It never holds other evaluators’ grades, the consensus, bids or the audit trail.',
  'package.panel.notReady': 'Lock the evaluation criteria to export evaluator packages.',
  'package.panel.closed':
    'The technical evaluation is closed: packages can no longer be exported nor grades files imported.',
  'package.panel.evaluators': 'Packages by evaluator',
  'package.export': 'Export evaluator package',
  'package.exportFor': 'Export evaluator package for {name}',
  'package.submittedHere': 'Submitted',
  'package.exported':
    'Exported the evaluator package ({name}). It holds the key that signs the grades file: give it to that evaluator only.',
  'package.issuedTitle': 'Packages issued',
  'package.issuedNone': 'None issued yet.',
  'package.issuedItem': '{name} · issued {at} (criteria version {version})',
  'package.imported': 'Imported ({at})',
  'package.notImported': 'Not imported',
  'package.importInput': 'Import a grades file',
  'package.importHelp': 'Choose the grades file (.json) you received from an evaluator.',
  'package.reading': 'Checking the file…',
  'package.refusedGrades': 'This grades file cannot be imported. Nothing was changed.',
  'package.previewTitle': 'What the grades file brings',
  'package.previewEvaluator':
    'Evaluator: {name} (criteria version {version}, hash {hash}…, exported {exportedAt})',
  'package.previewCounts': '{new} new · {changed} changed · {unchanged} unchanged',
  'package.previewReplace':
    '{name}’s grades in this browser ({count}) are replaced item by item with the file’s.',
  'package.previewKept':
    '{count} {count|grade|grades} not in the file {count|is|are} kept as {count|it is|they are} here.',
  'package.previewSubmitted': 'The evaluator has submitted: the import records the submission.',
  'package.previewSubmittedIncomplete':
    'The evaluator has submitted, but items of this procurement’s vendors and requirements would stay open, so the submission is not recorded.',
  'package.previewDraft': 'The evaluator has not submitted yet (draft): no submission is recorded.',
  'package.apply': 'Import',
  'package.cancel': 'Cancel',
  'package.applied': 'Imported the grades of {name} ({new} new, {changed} changed).',
  'package.cancelled': 'Import cancelled. Nothing was changed.',

  'package.banner.title': 'Opened from an evaluator package',
  'package.banner.text':
    'This procurement was opened from the evaluator package for {name} (criteria version {version}, hash {hash}…). Only {name} grades here.',
  'package.banner.progress': 'Grading progress of {name} ({done} / {total} items)',
  'package.banner.submitted': 'Submitted ({at})',
  'package.banner.export': 'Export grades file',
  'package.banner.note':
    'Send the exported grades file to the chair; a draft before submission may be sent too. The file is signed: if it is changed after export it cannot be imported.',
  'package.banner.exported': 'Exported the grades file ({name}). Send it to the chair.',

  'package.open.refused': 'This evaluator package cannot be opened. Nothing was changed.',
  'package.open.previewTitle': 'What the evaluator package holds',
  'package.open.previewText': 'Opens the procurement “{title}” for grading by {name}.',
  'package.open.previewCounts':
    '{vendors} {vendors|vendor|vendors} · {requirements} {requirements|requirement|requirements} · criteria version {version}',
  'package.open.previewHash': 'Criteria hash: {hash} (check that it is the one on the chair’s criteria page)',
  'package.open.apply': 'Open it',
  'package.open.cancel': 'Cancel',
  'package.open.opened': 'Opened the evaluator package.',
  'package.open.cancelled': 'Did not open the evaluator package.'
};
