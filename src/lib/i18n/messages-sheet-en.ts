/** English messages of the grading sheet's keys, dense rows and the evaluation steps; same keys as `jaSheet`. */
import { enAnswerNames } from './messages-answer-names-en';
import type { jaSheet } from './messages-sheet';

export const enSheet: Record<keyof typeof jaSheet, string> = {
  ...enAnswerNames,
  'sheet.keysTitle': 'Grading by keyboard',
  'sheet.keysLevel': '{first}–{last} or {codes}: level (scored items)',
  'sheet.keysVerdict': 'o (○): meets, x (×): does not meet (mandatory items)',
  'sheet.keysArrows': '↑↓: previous or next choice',
  'sheet.keysEnter': 'Enter: to the rationale',
  'sheet.keysNext':
    'Ctrl+Enter: to the next row’s grade (Shift+Ctrl+Enter: the previous row; also from the rationale)',
  'sheet.keysSaved': 'A level and a rationale are saved as you leave the field.',
  'sheet.expandAnswer': 'Show all of the answer to {ref}',
  'sheet.collapseAnswer': 'Collapse the answer to {ref}',
  'sheet.more': 'Show all',
  'sheet.less': 'Collapse',
  'sheet.suggestionFor': 'Basis of the suggestion for {ref}',
  'sheet.stepsLabel': 'Evaluation steps',
  'sheet.stepGrading': 'Grading and consensus',
  'sheet.bidsNeedChair': 'The chair opens the prices. Choose the chair under “Evaluator grading”.',
  'sheet.bidsNeedLock':
    'Prices are opened once the chair has closed the technical evaluation (in “Grading and consensus”).',
  'sheet.toGrading': 'To grading and consensus',
  // The progress bar, as the sheet shows it (also on 回答収集's pages); the answers' names, which
  // the decision memo prints too, are spread in above.
  'progress.valueText': '{label}: {percent}%'
};
