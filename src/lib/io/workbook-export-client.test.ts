import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { scenarioBundle, WORKED_EXAMPLE } from '$lib/testing/scoring-workbook';
import { buildWorkbookOffThread, type WorkbookExportProgress } from './workbook-export-client';

const request = () => ({
  bundle: scenarioBundle(WORKED_EXAMPLE),
  attestationTypes: [],
  today: '2025-03-01',
  exportedAt: '2025-04-01T00:00:00.000Z',
  dateStyle: 'western' as const,
  locale: 'en' as const
});

describe('buildWorkbookOffThread without workers (Node)', () => {
  it('builds on the main thread with the same progress phases', async () => {
    expect(typeof Worker).toBe('undefined');
    const progress: WorkbookExportProgress[] = [];
    const bytes = await buildWorkbookOffThread(request(), { onProgress: (p) => progress.push(p) });
    expect(XLSX.read(bytes, { type: 'array' }).SheetNames[0]).toBe('Criteria');
    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['stability', 'building', 'writing']));
    // A whole workbook: seconds on a loaded machine.
  }, 30_000);

  it('rejects at once when already aborted', async () => {
    const abort = new AbortController();
    abort.abort(new Error('stop'));
    await expect(buildWorkbookOffThread(request(), { signal: abort.signal })).rejects.toThrow('stop');
  });
});
