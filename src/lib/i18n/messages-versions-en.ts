/** English messages of one writer at a time; same keys as `jaVersions`. */
import type { jaVersions } from './messages-versions';

export const enVersions: Record<keyof typeof jaVersions, string> = {
  'versions.conflictTitle': 'Not saved: {who} changed the same field meanwhile.',
  'versions.conflictField': '{field}: {who} saved “{stored}” at {when}. You entered “{mine}”.',
  'versions.keptNote': 'What you entered is still in the field. Choose which to keep.',
  'versions.keepMine': 'Keep mine (overwrite)',
  'versions.takeStored': 'Take the saved one',
  'versions.anotherTab': 'another tab',
  'versions.empty': '(blank)',
  'versions.conflictElsewhere':
    'Some fields you entered before switching were changed in another tab and were not saved. Go back to that row and choose which to keep.',
  'versions.field.answer': 'Answer',
  'versions.field.explanation': 'Explanation',
  'versions.field.evidenceRefs': 'Evidence references',
  'versions.field.verdict': 'Verdict',
  'versions.field.level': 'Level',
  'versions.field.rationale': 'Rationale'
};
