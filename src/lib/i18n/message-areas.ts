/**
 * The areas of the workspace messages, each its own file (Japanese, and its English twin), so a
 * workspace page opened cold waits only for its own (`page-areas.ts`); the whole `work` part (the
 * same texts) follows once the page shows (`prefs.loadWork`). Kept out of `messages.ts`, which the
 * first page carries.
 */
import type { Locale } from './format';
import { addArea, hasArea } from './messages';

type Table = Readonly<Record<string, string>>;

const AREAS = {
  workspace: {
    ja: () => import('./messages-workspace').then((m) => m.jaWorkspace),
    en: () => import('./messages-workspace-en').then((m) => m.enWorkspace)
  },
  // The audit page's texts and the recorded actions' names (the memo's corrections name them too).
  auditTrail: {
    ja: () => import('./messages-audit-trail').then((m) => m.jaAuditTrail),
    en: () => import('./messages-audit-trail-en').then((m) => m.enAuditTrail)
  },
  // The procurement settings page's form and evaluator list.
  procurementForm: {
    ja: () => import('./messages-procurement-form').then((m) => m.jaProcurementForm),
    en: () => import('./messages-procurement-form-en').then((m) => m.enProcurementForm)
  },
  import: {
    ja: () => import('./messages-import').then((m) => m.jaImport),
    en: () => import('./messages-import-en').then((m) => m.enImport)
  },
  specify: {
    ja: () => import('./messages-specify').then((m) => m.jaSpecify),
    en: () => import('./messages-specify-en').then((m) => m.enSpecify)
  },
  specTools: {
    ja: () => import('./messages-spec-tools').then((m) => m.jaSpecTools),
    en: () => import('./messages-spec-tools-en').then((m) => m.enSpecTools)
  },
  scoring: {
    ja: () => import('./messages-scoring').then((m) => m.jaScoring),
    en: () => import('./messages-scoring-en').then((m) => m.enScoring)
  },
  criteria: {
    ja: () => import('./messages-criteria').then((m) => m.jaCriteria),
    en: () => import('./messages-criteria-en').then((m) => m.enCriteria)
  },
  collect: {
    ja: () => import('./messages-collect').then((m) => m.jaCollect),
    en: () => import('./messages-collect-en').then((m) => m.enCollect)
  },
  // The answers page's heading and table: apart from the rest of collect (the pack, the mapping).
  answers: {
    ja: () => import('./messages-answers').then((m) => m.jaAnswers),
    en: () => import('./messages-answers-en').then((m) => m.enAnswers)
  },
  // The closed-evaluation notice that the collect, vendor and answers pages show first.
  freeze: {
    ja: () => import('./messages-freeze').then((m) => m.jaFreeze),
    en: () => import('./messages-freeze-en').then((m) => m.enFreeze)
  },
  vendor: {
    ja: () => import('./messages-vendor').then((m) => m.jaVendor),
    en: () => import('./messages-vendor-en').then((m) => m.enVendor)
  },
  // What the vendor page shows after its attestations (forms, subcontractors, evidence, statuses).
  vendorPanels: {
    ja: () => import('./messages-vendor-panels').then((m) => m.jaVendorPanels),
    en: () => import('./messages-vendor-panels-en').then((m) => m.enVendorPanels)
  },
  evaluate: {
    ja: () => import('./messages-evaluate').then((m) => m.jaEvaluate),
    en: () => import('./messages-evaluate-en').then((m) => m.enEvaluate)
  },
  chair: {
    ja: () => import('./messages-chair').then((m) => m.jaChair),
    en: () => import('./messages-chair-en').then((m) => m.enChair)
  },
  results: {
    ja: () => import('./messages-results').then((m) => m.jaResults),
    en: () => import('./messages-results-en').then((m) => m.enResults)
  },
  package: {
    ja: () => import('./messages-package').then((m) => m.jaPackage),
    en: () => import('./messages-package-en').then((m) => m.enPackage)
  },
  versions: {
    ja: () => import('./messages-versions').then((m) => m.jaVersions),
    en: () => import('./messages-versions-en').then((m) => m.enVersions)
  },
  suggest: {
    ja: () => import('./messages-suggest').then((m) => m.jaSuggest),
    en: () => import('./messages-suggest-en').then((m) => m.enSuggest)
  },
  registers: {
    ja: () => import('./messages-registers').then((m) => m.jaRegisters),
    en: () => import('./messages-registers-en').then((m) => m.enRegisters)
  },
  people: {
    ja: () => import('./messages-people').then((m) => m.jaPeople),
    en: () => import('./messages-people-en').then((m) => m.enPeople)
  },
  records: {
    ja: () => import('./messages-records').then((m) => m.jaRecords),
    en: () => import('./messages-records-en').then((m) => m.enRecords)
  },
  weights: {
    ja: () => import('./messages-weights').then((m) => m.jaWeights),
    en: () => import('./messages-weights-en').then((m) => m.enWeights)
  },
  sheet: {
    ja: () => import('./messages-sheet').then((m) => m.jaSheet),
    en: () => import('./messages-sheet-en').then((m) => m.enSheet)
  },
  help: {
    ja: () => import('./messages-help').then((m) => m.jaHelp),
    en: () => import('./messages-help-en').then((m) => m.enHelp)
  },
  charts: {
    ja: () => import('./messages-charts').then((m) => m.jaCharts),
    en: () => import('./messages-charts-en').then((m) => m.enCharts)
  },
  workbook: {
    ja: () => import('./messages-workbook').then((m) => m.jaWorkbook),
    en: () => import('./messages-workbook-en').then((m) => m.enWorkbook)
  },
  // What the decision memo prints: its own words, and the terms it shares with other pages (the
  // ranking's, scoring rules, attestation names, subcontractors, amounts, answers) from their files.
  memo: {
    ja: () => import('./messages-memo').then((m) => m.jaMemo),
    en: () => import('./messages-memo-en').then((m) => m.enMemo)
  }
} satisfies Record<string, Record<Locale, () => Promise<Table>>>;

/** An area of the workspace messages: one file (Japanese) and its English twin. */
export type MessageArea = keyof typeof AREAS;
export const MESSAGE_AREAS = Object.keys(AREAS) as MessageArea[];

/** Loads some areas of a language's workspace messages (nothing for those already there). */
export async function loadAreas(locale: Locale, areas: readonly MessageArea[]): Promise<void> {
  await Promise.all(
    areas
      .filter((area) => !hasArea(locale, area))
      .map(async (area) => addArea(locale, area, await AREAS[area][locale]()))
  );
}

export function areasLoaded(locale: Locale, areas: readonly MessageArea[]): boolean {
  return areas.every((area) => hasArea(locale, area));
}
