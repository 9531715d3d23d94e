/** English messages of the evaluate stage's sheets; same keys as `jaEvaluate`. */
import type { jaEvaluate } from './messages-evaluate';

export const enEvaluate: Record<keyof typeof jaEvaluate, string> = {
  'evaluate.needsLock': 'Grading starts once the evaluation criteria are locked. Lock the criteria first.',
  'evaluate.needsPeople': 'Add evaluators and vendors to start grading (settings, collect).',
  'evaluate.lockedNote': 'The technical evaluation is closed. Grades and consensus can no longer change.',
  'evaluate.sheetTitle': 'Grading sheet',
  'evaluate.whoGrades': 'Evaluator grading',
  'evaluate.chooseEvaluator': '— choose an evaluator —',
  'evaluate.blindNote':
    "Each evaluator chooses their own name to grade. Other evaluators' grades stay hidden until you submit yours.",
  'evaluate.vendor': 'Vendor',
  'evaluate.mask': 'Hide vendor names (Vendor A, B …)',
  'evaluate.maskedVendor': 'Vendor {letter}',
  'evaluate.onlyOpen': 'Show only unfinished items',
  'evaluate.progress': 'Grading by {name}',
  'evaluate.sheetCaption': 'Grades for {vendor}',
  'evaluate.colRequirement': 'Requirement',
  'evaluate.colAnswer': "Vendor's answer",
  'evaluate.colEvidence': 'Evidence and suggestion',
  'evaluate.colGrade': 'Verdict or level',
  'evaluate.colRationale': 'Rationale (required)',
  'evaluate.colOthers': 'Other evaluators (submitted)',
  'evaluate.points': '{points} pt',
  'evaluate.answerFiles': 'Files attached to the answer',
  'evaluate.partial': 'Showing {shown} of {total} items.',
  'evaluate.more': 'Show more',
  'evaluate.noAnswer': 'No answer',
  'evaluate.pass': 'Meets',
  'evaluate.fail': 'Does not meet',
  'evaluate.gradeLabel': 'Verdict or level for {ref}, {vendor}',
  'evaluate.rationaleLabel': 'Rationale for {ref}, {vendor}',
  'evaluate.rationaleRequired': 'Write a rationale.',
  'evaluate.saving': 'Saving…',
  'evaluate.allDone': 'Every item for this vendor is complete.',
  'evaluate.submit': 'Submit my grades',
  'evaluate.submitNeeds':
    'To submit, give a verdict or level and a rationale for the remaining {open} items.',
  'evaluate.submitted': 'Grades of {name} submitted.',
  'evaluate.youSubmitted': 'Submitted. To change a grade, ask the chair to return your sheet.',
  'help.tax.title': 'Amounts: tax basis and unit',
  'help.tax.basis':
    'Prices are evaluated on one basis, tax included or tax excluded (the criteria’s price basis). The ceiling price, the low-bid threshold and each bid are entered with the basis of the amount typed; an amount on the other basis is converted at the procurement’s consumption-tax rate before it is evaluated.',
  'help.tax.conversion': 'The conversion is exact (integer fractions); fractions of a yen are dropped.',
  'help.tax.toIncluded': 'excluded → included: amount × (100 + rate) ÷ 100',
  'help.tax.toExcluded': 'included → excluded: amount × 100 ÷ (100 + rate)',
  'help.tax.example':
    'Example: at 10 %, evaluated tax included, a bid of 28,000,500 yen excluding tax is evaluated as 28,000,500 × 110 ÷ 100 = 30,800,550 yen.',
  'help.tax.units':
    'Amounts may be typed in yen or thousand yen. In thousand yen up to three decimals (one yen) are accepted, read exactly from the text typed (16,384.1 thousand yen = 16,384,100 yen).',
  'help.tax.records':
    'The amount typed, its unit and basis, and the amount evaluated are kept in the audit trail, the scoring workbook (price sheet) and the decision memo.'
};
