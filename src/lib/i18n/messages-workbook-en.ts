/** English messages of the Excel scoring workbook and the ranking CSV; same keys as `jaWorkbook`. */
import type { jaWorkbook } from './messages-workbook';

export const enWorkbook: Record<keyof typeof jaWorkbook, string> = {
  'workbook.title': 'Export the scoring workbook and the ranking',
  'workbook.note':
    'Totals, price points, overall figures and ranks are written as formulas that Excel recalculates from the grades in the workbook.',
  'workbook.export': 'Export the scoring workbook (Excel)',
  'workbook.csvUtf8': 'Export the ranking as CSV (UTF-8 with BOM)',
  'workbook.csvSjis': 'Export the ranking as CSV (Shift_JIS)',
  'workbook.cancel': 'Cancel',
  'workbook.phase.stability': 'Computing the stability',
  'workbook.phase.building': 'Building the sheets',
  'workbook.phase.writing': 'Writing the file',
  'workbook.fileName': 'scoring-workbook',
  'workbook.csvFileName': 'ranking',
  'workbook.exported': 'Saved {name}.',
  'workbook.failed': 'Could not export ({detail}).'
};
