// The licensed-text, CAIQ and column-mapped imports as the pages drive them: the file read off the
// main thread with progress, a zip bomb refused with its message, a crashed reader reported (not a
// page stuck on "reading"), and cancelling stopping the worker.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalogue } from '$lib/domain/catalogue';
import { freshDb } from '$lib/testing/db';
import { buildZip, zerosBomb } from '$lib/testing/zip';
import { LicensedImportState } from './licensed-import.svelte';
import { MappedImportState } from './mapped-import.svelte';
import { notices } from './notices.svelte';

const BOMB = new File([buildZip(zerosBomb(40, 8 * 1024 * 1024)).slice()], 'bomb.xlsx');
const CATALOGUE = { id: 'iso27002', prefix: 'iso27002' } as Catalogue;
const KNOWN = new Set(['iso27002:9.4.1']);

function answersFile(): File {
  return new File(['表紙\r\n\r\nNo.,回答,説明\r\nR-1,対応,はい\r\n'], 'answers.csv');
}

/** A worker that starts, says it is parsing, then does what the test chose. */
class ScriptedWorker extends EventTarget {
  static instances: ScriptedWorker[] = [];
  static then: 'crash' | 'hang' = 'hang';
  terminated = false;

  constructor() {
    super();
    ScriptedWorker.instances.push(this);
  }

  postMessage(): void {
    setTimeout(() => {
      const data = { type: 'progress', phase: 'parsing', done: 0, total: 0 };
      this.dispatchEvent(new MessageEvent('message', { data }));
      if (ScriptedWorker.then === 'crash') {
        this.dispatchEvent(
          new MessageEvent('message', { data: { type: 'error', message: 'out of memory' } })
        );
      }
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Resolves once `check` holds, polling the event loop. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

beforeEach(() => {
  freshDb();
  notices.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
  ScriptedWorker.instances = [];
  ScriptedWorker.then = 'hang';
});

describe('LicensedImportState', () => {
  it.each(['text', 'caiq'] as const)('%s: refuses a zip bomb with unzippedTooLarge', async (which) => {
    const state = new LicensedImportState();
    const ok =
      which === 'text' ? await state.importText(BOMB, CATALOGUE, KNOWN) : await state.importCaiq(BOMB);
    expect(ok).toBe(false);
    expect(state[which]).toEqual({
      kind: 'refused',
      issues: [{ code: 'unzippedTooLarge', path: '', params: { unzippedMb: 320, limitMb: 256 } }]
    });
  });

  it.each(['text', 'caiq'] as const)('%s: a crashed reader gives a message, not a hang', async (which) => {
    vi.stubGlobal('Worker', ScriptedWorker);
    ScriptedWorker.then = 'crash';
    const state = new LicensedImportState();
    const file = answersFile();
    const ok =
      which === 'text' ? await state.importText(file, CATALOGUE, KNOWN) : await state.importCaiq(file);
    expect(ok).toBe(false);
    expect(state[which]).toEqual({ kind: 'idle' });
    expect(notices.items).toMatchObject([
      { tone: 'error', key: 'fileRead.failed', params: { name: 'answers.csv', detail: 'out of memory' } }
    ]);
    expect(ScriptedWorker.instances[0]?.terminated).toBe(true);
  });

  it.each(['text', 'caiq'] as const)(
    '%s: shows the progress, and cancelling stops the worker',
    async (which) => {
      vi.stubGlobal('Worker', ScriptedWorker);
      const state = new LicensedImportState();
      const file = answersFile();
      const importing = which === 'text' ? state.importText(file, CATALOGUE, KNOWN) : state.importCaiq(file);
      await until(() => {
        const outcome = state[which];
        return outcome.kind === 'reading' && outcome.progress?.phase === 'parsing';
      });
      state.cancel(which);
      expect(await importing).toBe(false);
      expect(state[which]).toEqual({ kind: 'idle' });
      expect(ScriptedWorker.instances[0]?.terminated).toBe(true);
      expect(notices.items).toEqual([]);
    }
  );
});

describe('MappedImportState.read', () => {
  it('reads the sheets (on the main thread without workers) and guesses the header row', async () => {
    const state = new MappedImportState('vendor-1');
    await state.read(answersFile());
    expect(state.view.status).toEqual({ kind: 'mapping', name: 'answers.csv', issues: [] });
    expect(state.view.headerRow).toBe(2);
    expect(state.view.draft.values).toEqual({ 対応: 'full' });
  });

  it('refuses a zip bomb with unzippedTooLarge', async () => {
    const state = new MappedImportState('vendor-1');
    await state.read(BOMB);
    expect(state.view.status).toMatchObject({ kind: 'refused', issues: [{ code: 'unzippedTooLarge' }] });
  });

  it('a crashed reader gives a message, not a hang', async () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    ScriptedWorker.then = 'crash';
    const state = new MappedImportState('vendor-1');
    await state.read(answersFile());
    expect(state.view.status).toEqual({ kind: 'idle' });
    expect(notices.items).toMatchObject([{ tone: 'error', key: 'fileRead.failed' }]);
  });

  it('shows the progress, and cancelling stops the worker', async () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    const state = new MappedImportState('vendor-1');
    const reading = state.read(answersFile());
    await until(() => {
      const status = state.view.status;
      return status.kind === 'reading' && status.progress?.phase === 'parsing';
    });
    state.cancel();
    await reading;
    expect(state.view.status).toEqual({ kind: 'idle' });
    expect(ScriptedWorker.instances[0]?.terminated).toBe(true);
    expect(notices.items).toEqual([]);
  });
});

describe('MappedImportState values', () => {
  const csv = 'No.,回答,説明\r\nR-1,対応,監査済み\r\nR-2,要確認,監査済み\r\nR-3,対応,計画中\r\n';

  it('follows the answer column and the header row, the known values chosen', async () => {
    const state = new MappedImportState('vendor-1');
    await state.read(new File([csv], 'answers.csv'));
    expect(state.view.values.map((v) => [v.text, v.count])).toEqual([
      ['対応', 2],
      ['要確認', 1]
    ]);
    expect(state.view.draft.values).toEqual({ 対応: 'full' });

    state.setValue('要確認', 'none');
    expect(state.view.values.map((v) => v.text)).toEqual(['対応', '要確認']);
    expect(state.view.draft.values).toEqual({ 対応: 'full', 要確認: 'none' });

    state.setColumn('answer', 2);
    expect(state.view.values.map((v) => [v.text, v.count])).toEqual([
      ['監査済み', 2],
      ['計画中', 1]
    ]);
    expect(state.view.draft.values).toEqual({ 対応: 'full', 要確認: 'none' });

    state.chooseHeaderRow(2);
    expect(state.view.draft.answer).toBe(null);
    expect(state.view.values).toEqual([]);
    state.setColumn('answer', 1);
    expect(state.view.values.map((v) => [v.text, v.count])).toEqual([['対応', 1]]);
  });
});
