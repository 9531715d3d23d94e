/** English messages of the closed-evaluation notice and a post-close correction; same keys as `jaFreeze`. */
import type { jaFreeze } from './messages-freeze';

export const enFreeze: Record<keyof typeof jaFreeze, string> = {
  'freeze.notice':
    'The technical evaluation is closed. Answers, certifications, subcontractors, evidence and vendor names are read-only.',
  'freeze.correct': 'Post-close correction',
  'freeze.reasonLabel':
    'Reason for the correction (required, up to 200 characters; recorded in the audit trail, the decision memo and the scoring workbook)',
  'freeze.start': 'Record the reason and start the correction',
  'freeze.cancel': 'Cancel',
  'freeze.correcting':
    'Post-close correction under way. Every change here is recorded in the audit trail as a correction.',
  'freeze.correctingReason': 'Reason: {reason}',
  'freeze.end': 'End the correction'
};
