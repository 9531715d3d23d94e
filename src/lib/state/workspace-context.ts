/** Shares the open procurement's state between the workspace layout and its pages. */
import { getContext, setContext } from 'svelte';
import type { WorkspaceState } from './workspace.svelte';

const KEY = Symbol('workspace');

export function provideWorkspace(get: () => WorkspaceState): void {
  setContext(KEY, get);
}

/** The current workspace; a getter, because the layout replaces it when the id in the URL changes. */
export function useWorkspace(): () => WorkspaceState {
  return getContext<() => WorkspaceState>(KEY);
}
