/** English messages of the answers page's heading and answer table; same keys as `jaAnswers`. */
import type { jaAnswers } from './messages-answers';

export const enAnswers: Record<keyof typeof jaAnswers, string> = {
  'answers.title': 'Enter or import answers',
  'answers.colFiles': 'Evidence files',
  'answers.filesCount': '{count} {count|file|files}',
  'answers.hiddenCharacters': 'Contains invisible characters (as stored): ',
  'answers.back': 'Back to Collect',
  'answers.vendorNotFound': 'Vendor not found.',
  'answers.heading': 'Answers of {name}',
  'answers.needsLock':
    'Vendor answers are taken after the criteria are locked. Lock them under “Fix the criteria”.',
  'answers.tableCaption': 'Answers (saved as you change them)',
  'answers.colAnswer': 'Answer',
  'answers.colExplanation': 'Explanation',
  'answers.colEvidence': 'Evidence reference',
  'answers.showText': 'Requirement text',
  'answers.unanswered': 'Not answered',
  'answers.answerFor': 'Answer to {ref}',
  'answers.explanationFor': 'Explanation for {ref}',
  'answers.evidenceFor': 'Evidence reference for {ref}'
};
