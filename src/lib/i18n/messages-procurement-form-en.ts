/** English messages of the procurement settings form; same keys as `jaProcurementForm`. */
import type { jaProcurementForm } from './messages-procurement-form';

export const enProcurementForm: Record<keyof typeof jaProcurementForm, string> = {
  'field.title': 'Title',
  'field.documentDateStyle': 'Dates in the decision memo and the scoring workbook',
  'field.documentDateStyle.default': 'As the buyer (now {style})',
  'field.slashDateOrder': 'Numeric dates from vendors',
  'field.slashDateOrder.auto':
    'By the document language (Japanese: year/month/day only; English: month/day/year)',
  'field.slashDateOrder.mdy': 'Month/day/year (US: 03/31/2026)',
  'field.slashDateOrder.dmy': 'Day/month/year (UK and Europe: 31/03/2026)',
  'field.slashDateOrder.hint':
    'How a date such as 03/31/2026 in a filled questionnaire (certification periods) is read. 2026/3/31, 令和8年3月31日, 31 Mar 2026 and Excel date cells read the same under every choice. An impossible date is reported with its cell and treated as blank.',
  'field.documentLanguage': 'Document language',
  'field.documentLanguage.help':
    'The language of the questionnaire packs sent to vendors, the requirement list, the scoring workbook, the decision memo and the CSV files. Each user chooses the language of the screen.',
  'field.confidentialityClass': 'Information class (confidentiality)',
  'field.contractStart': 'Contract start',
  'field.contractEnd': 'Contract end',
  'evaluators.title': 'Evaluators (committee)',
  'evaluators.intro':
    'Each evaluator grades independently. The chair records consensus grades and closes the technical evaluation.',
  'evaluators.empty': 'No evaluators yet.',
  'evaluators.name': 'Name',
  'evaluators.add': 'Add evaluator',
  'evaluators.nameRequired': 'Enter a name.',
  'evaluators.moveUp': 'Move {name} up',
  'evaluators.moveDown': 'Move {name} down',
  'evaluators.remove': 'Remove {name}',
  'evaluators.removeConfirm': 'Remove evaluator “{name}” and all of their grades?',
  'evaluators.saveName': 'Save changes to {name}',
  'evaluators.roleOf': 'Role of {name}',
  'evaluators.nameOf': 'Name of evaluator {n}'
};
