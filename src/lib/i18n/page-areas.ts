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
  collect: ['collect'],
  vendor: ['vendor', 'collect', 'records'],
  answers: ['collect', 'versions', 'package'],
  evaluate: ['evaluate', 'collect', 'vendor', 'suggest', 'versions', 'package', 'sheet', 'people'],
  results: ['results'],
  memo: ['results', 'specify', 'specTools', 'scoring', 'criteria', 'weights'],
  audit: [],
  settings: []
};

/** The message areas a workspace page needs first (an unknown segment: the shell's only). */
export function pageAreas(segment: string): readonly MessageArea[] {
  const own = Object.hasOwn(OWN, segment) ? OWN[segment as WorkspacePage] : [];
  return [...SHELL, ...own];
}
