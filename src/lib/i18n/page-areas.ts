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

/** What the layout shows on every page: the stage bar, the operator prompt, the procurement's fields. */
const SHELL: readonly MessageArea[] = ['workspace', 'people', 'sheet'];

const OWN: Record<WorkspacePage, readonly MessageArea[]> = {
  overview: [],
  spec: ['specify', 'weights', 'records'],
  criteria: ['specify', 'weights', 'evaluate', 'help', 'records'],
  collect: ['collect', 'vendor'],
  vendor: ['vendor', 'collect', 'records'],
  answers: ['collect', 'versions', 'package'],
  evaluate: ['evaluate', 'collect', 'vendor', 'suggest', 'versions', 'package'],
  results: ['results'],
  // The memo is one document: every area its sections and their labels draw from (the corrections'
  // summaries are the workbook's, attestation and register names the vendor's and registers').
  memo: ['results', 'specify', 'weights', 'vendor', 'registers', 'collect', 'workbook', 'evaluate'],
  audit: ['package'],
  settings: ['records']
};

/** The message areas a workspace page needs first (an unknown segment: the shell's only). */
export function pageAreas(segment: string): readonly MessageArea[] {
  const own = Object.hasOwn(OWN, segment) ? OWN[segment as WorkspacePage] : [];
  return [...SHELL, ...own];
}
