/** English messages of the specify stage: the requirement list; same keys as `jaSpecify`. */
import type { jaSpecify } from './messages-specify';

export const enSpecify: Record<keyof typeof jaSpecify, string> = {
  'spec.requirements': 'Requirements',
  'spec.empty': 'No requirements yet.',
  'spec.colKind': 'Kind',
  'spec.colPoints': 'Points',
  'spec.colAppliesTo': 'Applies to',
  'spec.appliesTo.csp': 'Provider',
  'spec.appliesTo.csc': 'Customer',
  'spec.appliesTo.both': 'Both',
  'spec.lockedNote':
    'The criteria are locked, so the requirements cannot change. To change them, give a reason under “Fix the criteria”.',
  'spec.reopenedNote':
    'The criteria are being changed (reason: {reason}). Lock them again under “Fix the criteria” when done.',
  'spec.edit': 'Edit {ref}',
  'spec.moveUp': 'Move {ref} up',
  'spec.moveDown': 'Move {ref} down',
  'spec.remove': 'Remove {ref}',
  'spec.removeTitle': 'Remove requirement',
  'spec.removeConfirm': 'Remove requirement {ref} “{title}”? Answers and grades for it are removed too.',
  'spec.duplicate.sameSource': 'Another requirement maps to the same catalogue item (control)',
  'spec.duplicate.sameTitle': 'Another requirement has the same title or near-identical text',
  'spec.levelPoints.summary': 'Level points {points}',
  'spec.excludeAtLowest.summary': 'Excludes at the lowest level'
};
