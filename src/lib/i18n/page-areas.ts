/**
 * Which areas of the workspace messages each workspace page shows before it is usable (opened cold
 * as a deep link). The layout loads those first and the whole part once the page shows, so a page
 * does not wait for every stage's texts. A key missed here is not lost: it shows as its key until
 * the whole part arrives, moments later, and is then drawn again (`prefs.t`).
 */
import type { MessageArea } from './message-areas';

export const WORKSPACE_PAGES = [
  'overview',
  'spec',
  'criteria',
  'collect',
  'vendor',
  'answers',
  'evaluate',
  'results',
  'memo',
  'audit',
  'settings'
] as const;
export type WorkspacePage = (typeof WORKSPACE_PAGES)[number];

/**
 * What the layout shows on every page: the stage bar, the operator's line, the procurement's fields.
 * The operator form itself loads after the page (`OperatorPrompt`), with every area.
 */
const SHELL: readonly MessageArea[] = ['workspace'];

const OWN: Record<WorkspacePage, readonly MessageArea[]> = {
  overview: [],
  spec: ['specify'],
  criteria: ['scoring'],
  // The answers' labels and the progress bar's text are the sheet's.
  collect: ['collect', 'sheet', 'freeze'],
  // Not 'records': the record forms' texts there (a stale record) show only on a conflict.
  vendor: ['vendor', 'freeze'],
  // The pack (import, export) and the column mapping, collect's, load after the table, and a write
  // conflict shows after a save. The answers' labels are the sheet's.
  answers: ['answers', 'sheet', 'freeze'],
  // Not 'package' (the package banner and panel load after the sheet), 'versions' (a write conflict
  // shows after a save), 'vendor' and 'suggest' (the suggestions come once every text is in),
  // 'people' and 'chair' (the passphrase forms, the chair's part and 開札 load after the sheet, with
  // every text) nor 'collect' (the answers' labels and the progress bar's text are the sheet's).
  evaluate: ['evaluate', 'sheet'],
  results: ['results'],
  // The memo is one document: 'memo' holds what it prints, its own words and the terms it shares
  // with other pages (the ranking's, scoring rules, attestation names, subcontractors, amounts,
  // answers), not those pages' areas.
  memo: ['memo'],
  audit: ['auditTrail'],
  settings: ['procurementForm']
};

/**
 * What the memo waits for as well when it lists corrections after the lock: the recorded actions'
 * names and the audit page's wording of a change (most memos list none).
 */
export const CORRECTION_AREAS: readonly MessageArea[] = ['auditTrail'];

/** The message areas a workspace page needs first (an unknown segment: the shell's only). */
export function pageAreas(segment: string): readonly MessageArea[] {
  const own = Object.hasOwn(OWN, segment) ? OWN[segment as WorkspacePage] : [];
  return [...SHELL, ...own];
}
