/** English messages of the help page; same keys as `jaHelp`. */
import type { jaHelp } from './messages-help';

export const enHelp: Record<keyof typeof jaHelp, string> = {
  'help.title': 'How scoring works',
  'help.link': 'How scoring works (suggestions, presets, terms)',
  'help.suggest.title': 'Suggestions from evidence',
  'help.suggest.advice':
    'A suggestion helps the evaluator grade; it is never entered as a grade by itself, and it shows its reasons.',
  'help.suggest.cap':
    'A registration or certification (ISMAP, SOC 2, CS Gold Mark, ISO/IEC 27001 …) shows that a control is in place, not that it is excellent. With valid evidence of an accepted type, a mandatory item is suggested as meeting it, and a scored item the middle level of the rubric at most (C on the default five levels), however high the assurance. A higher level is the evaluator’s judgement of the answer.',
  'help.suggest.middle':
    'The middle level: the middle one of the levels ordered by factor, highest first. With an even number of levels, the lower of the two in the middle (the third of 4; the lower of 2).',
  'help.suggest.lower':
    'A partial or missing answer, and an exception reported against the item, each lower the suggestion by one level. Without valid evidence, the answer alone is suggested up to the middle level.',
  'help.suggest.subcontractors':
    'The subcontractor requirement: every critical subcontractor without valid assurance (its own evidence, or the vendor’s report including it by the inclusive method) is named, and any one of them makes the suggestion low (a mandatory item: does not meet).',
  'help.preset.title': 'Presets',
  'help.preset.choice':
    'Each preset states the procurements it is for (buyer, service model, confidential information, Unified Standards edition). The preset that matches every setting of the procurement is listed first and recommended; the others follow with the fewest differences first, each difference named.',
  'help.terms.title': 'Terms',
  'help.terms.methods':
    'Subservice organisations: inclusive method (一体方式; their controls are tested within the vendor’s report) and carve-out method (除外方式; outside the report, so their own report or certificate is needed), as JICPA’s guidelines name them.',
  'help.terms.marks':
    'The CS marks of JASA’s cloud information security audit: CS Gold Mark (with an external auditor’s review) and CS Silver Mark (self-audit).'
};
