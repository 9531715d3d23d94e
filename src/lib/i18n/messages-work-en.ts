/**
 * English messages of the workspace stages; loaded when a procurement is opened in English.
 * Same keys as `jaWork`: a missing or extra key is a type error.
 */
import { enProcurementForm } from './messages-procurement-form-en';
import { enAuditTrail } from './messages-audit-trail-en';
import type { jaWork } from './messages-work';
import { enWorkspace } from './messages-workspace-en';
import { enCharts } from './messages-charts-en';
import { enEvaluate } from './messages-evaluate-en';
import { enChair } from './messages-chair-en';
import { enPackage } from './messages-package-en';
import { enResults } from './messages-results-en';
import { enSuggest } from './messages-suggest-en';
import { enHelp } from './messages-help-en';
import { enWorkbook } from './messages-workbook-en';
import { enSpecify } from './messages-specify-en';
import { enSpecTools } from './messages-spec-tools-en';
import { enScoring } from './messages-scoring-en';
import { enCriteria } from './messages-criteria-en';
import { enCollect } from './messages-collect-en';
import { enAnswers } from './messages-answers-en';
import { enFreeze } from './messages-freeze-en';
import { enVendor } from './messages-vendor-en';
import { enVendorPanels } from './messages-vendor-panels-en';
import { enImport } from './messages-import-en';
import { enRegisters } from './messages-registers-en';
import { enPeople } from './messages-people-en';
import { enWeights } from './messages-weights-en';
import { enSheet } from './messages-sheet-en';
import { enMemo } from './messages-memo-en';
import { enVersions } from './messages-versions-en';
import { enRecords } from './messages-records-en';

export const enWork: Record<keyof typeof jaWork, string> = {
  ...enWorkspace,
  ...enAuditTrail,
  ...enProcurementForm,
  ...enImport,
  ...enSpecify,
  ...enSpecTools,
  ...enScoring,
  ...enCriteria,
  ...enCollect,
  ...enAnswers,
  ...enFreeze,
  ...enVendor,
  ...enVendorPanels,
  ...enEvaluate,
  ...enChair,
  ...enResults,
  ...enPackage,
  ...enWorkbook,
  ...enVersions,
  ...enRecords,
  ...enSuggest,
  ...enHelp,
  ...enCharts,
  ...enRegisters,
  ...enPeople,
  ...enWeights,
  ...enSheet,
  ...enMemo
};
