/** English messages of a vendor's answer by name; same keys as `jaAnswerNames`. */
import type { jaAnswerNames } from './messages-answer-names';

export const enAnswerNames: Record<keyof typeof jaAnswerNames, string> = {
  'answer.full': 'Meets',
  'answer.partial': 'Partly',
  'answer.none': 'Does not'
};
