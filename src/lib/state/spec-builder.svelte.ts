/**
 * The spec builder (仕様作成): search the catalogues, add entries or a preset as requirements
 * (the list's own edits are `requirement-edits.ts`). Every change goes through the
 * repositories (audited) and the workspace reloads, so the list shows what is stored.
 */
import {
  addRequirement,
  addPresetRequirements,
  addRequirements,
  listImportedCatalogues,
  listLicensedTexts
} from '$lib/db';
import type { Catalogue, Crosswalk, Preset } from '$lib/domain/catalogue';
import {
  draftFromEntry,
  draftsFromPreset,
  entryIdsOf,
  filterEntries,
  indexCatalogues,
  nextRef,
  type CatalogueFilter,
  type IndexedEntry,
  type RequirementDraft
} from '$lib/domain/spec';
import type { RequirementKind } from '$lib/domain/model';
import type { PresetSettingChange } from '$lib/domain/preset-settings';
import { documentLocale } from '$lib/domain/document-language';
import { SvelteSet } from 'svelte/reactivity';
import { loadCatalogueData } from './catalogues';
import { writeContext } from './context';
import type { WorkspaceState } from './workspace.svelte';

/** Rows rendered at once in the results; the rest appear on request. */
export const RESULT_PAGE = 100;

export class SpecBuilderState {
  #workspace: () => WorkspaceState;
  #catalogues = $state.raw<Catalogue[]>([]);
  #crosswalks = $state.raw<Crosswalk[]>([]);
  #presets = $state.raw<Preset[]>([]);
  #index = $state.raw<IndexedEntry[]>([]);
  #selected = new SvelteSet<string>();

  filter = $state<CatalogueFilter>({
    catalogueIds: [],
    clause: null,
    appliesTo: null,
    cloudOnly: false,
    text: ''
  });
  shown = $state(RESULT_PAGE);
  results = $derived(filterEntries(this.#index, this.filter));

  constructor(workspace: () => WorkspaceState) {
    this.#workspace = workspace;
  }

  get catalogues(): readonly Catalogue[] {
    return this.#catalogues;
  }
  get presets(): readonly Preset[] {
    return this.#presets;
  }
  get selected(): ReadonlySet<string> {
    return this.#selected;
  }
  get loaded(): boolean {
    return this.#catalogues.length > 0;
  }

  /** Loads the shipped catalogues with what the user imported (licensed text, their CAIQ). */
  async load(): Promise<void> {
    const [data, texts, imported] = await Promise.all([
      loadCatalogueData(),
      listLicensedTexts().catch(() => []),
      listImportedCatalogues().catch(() => [])
    ]);
    this.#catalogues = [...data.catalogues, ...imported.map((c) => c.catalogue)];
    this.#crosswalks = data.crosswalks;
    this.#presets = data.presets;
    this.#index = indexCatalogues(this.#catalogues, texts);
  }

  /** Every entry id of the catalogue, for matching imported text. */
  entryIds(catalogueId: string): ReadonlySet<string> {
    return entryIdsOf(this.#catalogues.find((c) => c.id === catalogueId));
  }

  toggle(entryId: string): void {
    if (!this.#selected.delete(entryId)) this.#selected.add(entryId);
  }

  clearSelection(): void {
    this.#selected.clear();
  }

  async addSelected(kind: RequirementKind, points: number): Promise<boolean> {
    const ws = this.#workspace();
    const existing = ws.bundle?.requirements ?? [];
    const chosen = this.#index.filter((item) => this.#selected.has(item.entry.id));
    // Worded in the procurement's document language, as a preset is, not the screen's: its
    // documents, frozen criteria and audit trail read in that language.
    const locale = ws.bundle ? documentLocale(ws.bundle.procurement) : 'ja';
    const drafts = chosen.map((item, i) =>
      draftFromEntry(item, nextRef(existing, i), this.#crosswalks, { kind, points, locale })
    );
    const ok = await ws.perform(() => addRequirements(writeContext(), ws.id, drafts));
    if (ok) this.clearSelection();
    return ok;
  }

  /**
   * Adds the preset's requirements and applies the scoring settings it states, in one write; the settings
   * it changed, or null when nothing was stored (e.g. the criteria are locked).
   */
  async applyPreset(presetId: string): Promise<PresetSettingChange[] | null> {
    const ws = this.#workspace();
    const preset = this.#presets.find((p) => p.id === presetId);
    if (!preset) return null;
    const drafts = draftsFromPreset(
      preset,
      ws.bundle?.requirements ?? [],
      ws.bundle ? documentLocale(ws.bundle.procurement) : 'ja'
    );
    let changes: PresetSettingChange[] = [];
    const ok = await ws.perform(async () => {
      changes = (await addPresetRequirements(writeContext(), ws.id, preset, drafts)).changes;
    });
    return ok ? changes : null;
  }

  async addCustom(draft: RequirementDraft): Promise<boolean> {
    const ws = this.#workspace();
    return ws.perform(() => addRequirement(writeContext(), ws.id, draft));
  }

  /** The next free number, for a custom requirement. */
  nextRef(): string {
    return nextRef(this.#workspace().bundle?.requirements ?? []);
  }
}
