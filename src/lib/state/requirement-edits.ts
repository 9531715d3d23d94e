/**
 * The requirement list's own edits (仕様作成): change, reorder, remove. Every change goes through the
 * repositories (audited) and the workspace reloads, so the list shows what is stored. Apart from
 * the spec builder, so the list can be edited without the catalogue tools' code.
 */
import { moveRequirement, removeRequirement, updateRequirement, type RequirementPatch } from '$lib/db';
import type { RequirementFields } from '$lib/domain/record-fields';
import type { WriteBase } from '$lib/domain/versions';
import { writeContext } from './context';
import { saveRecordEdit, type EditOutcome } from './record-edit';
import type { WorkspaceState } from './workspace.svelte';

export class RequirementEditsState {
  #workspace: () => WorkspaceState;

  constructor(workspace: () => WorkspaceState) {
    this.#workspace = workspace;
  }

  /** Saves the fields the requirement form changed from `base` (one writer at a time). */
  update(
    id: string,
    change: RequirementPatch,
    base: WriteBase<RequirementFields>
  ): Promise<EditOutcome<RequirementFields>> {
    return saveRecordEdit<RequirementFields>(
      (action) => this.#workspace().perform(action),
      () => updateRequirement(writeContext(), id, change, base)
    );
  }

  async move(id: string, delta: -1 | 1): Promise<boolean> {
    return this.#workspace().perform(() => moveRequirement(writeContext(), id, delta));
  }

  async remove(id: string): Promise<boolean> {
    return this.#workspace().perform(() => removeRequirement(writeContext(), id));
  }
}
