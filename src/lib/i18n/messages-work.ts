/**
 * Japanese messages of the workspace stages (spec, criteria, collect, vendors, answers …),
 * loaded when a procurement is opened, so the first page carries only what it shows.
 */
import { jaProcurementForm } from './messages-procurement-form';
import { jaAuditTrail } from './messages-audit-trail';
import { jaWorkspace } from './messages-workspace';
import { jaCharts } from './messages-charts';
import { jaEvaluate } from './messages-evaluate';
import { jaChair } from './messages-chair';
import { jaPackage } from './messages-package';
import { jaResults } from './messages-results';
import { jaSuggest } from './messages-suggest';
import { jaHelp } from './messages-help';
import { jaWorkbook } from './messages-workbook';
import { jaSpecify } from './messages-specify';
import { jaSpecTools } from './messages-spec-tools';
import { jaScoring } from './messages-scoring';
import { jaCriteria } from './messages-criteria';
import { jaCollect } from './messages-collect';
import { jaAnswers } from './messages-answers';
import { jaFreeze } from './messages-freeze';
import { jaVendor } from './messages-vendor';
import { jaVendorPanels } from './messages-vendor-panels';
import { jaImport } from './messages-import';
import { jaRegisters } from './messages-registers';
import { jaPeople } from './messages-people';
import { jaWeights } from './messages-weights';
import { jaSheet } from './messages-sheet';
import { jaMemo } from './messages-memo';
import { jaVersions } from './messages-versions';
import { jaRecords } from './messages-records';

export const jaWork = {
  ...jaWorkspace,
  ...jaAuditTrail,
  ...jaProcurementForm,
  ...jaImport,
  ...jaSpecify,
  ...jaSpecTools,
  ...jaScoring,
  ...jaCriteria,
  ...jaCollect,
  ...jaAnswers,
  ...jaFreeze,
  ...jaVendor,
  ...jaVendorPanels,
  ...jaEvaluate,
  ...jaChair,
  ...jaResults,
  ...jaPackage,
  ...jaWorkbook,
  ...jaVersions,
  ...jaRecords,
  ...jaSuggest,
  ...jaHelp,
  ...jaCharts,
  ...jaRegisters,
  ...jaPeople,
  ...jaWeights,
  ...jaSheet,
  ...jaMemo
} as const;
