import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { scoringInputOf } from '../domain/scoring-input';
import { randomBundle, scenarioBundle, WORKED_EXAMPLE } from '$lib/testing/scoring-workbook';
import {
  handleWorkbookExport,
  ONE_AT_A_TIME_LIMIT,
  stabilityFor,
  type WorkbookExportMessage
} from './workbook-export';

describe('handleWorkbookExport', () => {
  it('scores, analyses and builds, posting progress then the bytes', async () => {
    const messages: WorkbookExportMessage[] = [];
    const bytes = await handleWorkbookExport(
      {
        bundle: scenarioBundle(WORKED_EXAMPLE),
        attestationTypes: [],
        today: '2025-03-01',
        exportedAt: '2025-04-01T00:00:00.000Z',
        dateStyle: 'western',
        locale: 'ja'
      },
      (m) => messages.push(m)
    );
    const phases = messages.flatMap((m) => (m.type === 'progress' ? [m.phase] : []));
    expect(phases[0]).toBe('stability');
    expect(phases).toContain('building');
    expect(phases.at(-1)).toBe('writing');
    expect(messages.at(-1)?.type).toBe('done');
    const book = XLSX.read(bytes!, { type: 'array' });
    // In Japan time, wherever the worker runs.
    expect(book.Sheets['評価基準']!['B4']!.v).toBe('2025年4月1日 09:00:00');
    // The worked example is small: one at a time was computed.
    expect(book.Sheets['安定性']!['B7']!.v).toBe('一つずつの変動と乱数試行の両方を計算');
  });

  it('fills the bar while the sheets are built and fitted, then names the file step to the end', async () => {
    const messages: WorkbookExportMessage[] = [];
    const bytes = await handleWorkbookExport(
      {
        // Enough rows for several reports while writing and while fitting the rows' heights.
        bundle: randomBundle({ vendors: 2, requirements: 600, evaluators: 1, seed: 5 }),
        attestationTypes: [],
        today: '2025-03-01',
        exportedAt: '2025-04-01T00:00:00.000Z',
        dateStyle: 'western',
        locale: 'ja'
      },
      (m) => messages.push(m)
    );
    expect(bytes).not.toBeNull();
    const progress = messages.flatMap((m) => (m.type === 'progress' ? [m] : []));
    const building = progress.filter((m) => m.phase === 'building');
    const total = building[0]!.total;
    expect(building.every((m) => m.total === total)).toBe(true);
    for (let i = 1; i < building.length; i++)
      expect(building[i]!.done).toBeGreaterThanOrEqual(building[i - 1]!.done);
    // The fitting half moved the bar, and the bar was full before the file step.
    expect(building.some((m) => m.done > total / 2 && m.done < total)).toBe(true);
    expect(building.at(-1)!.done).toBe(total);
    const after = progress.slice(progress.lastIndexOf(building.at(-1)!) + 1);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((m) => m.phase === 'writing' && m.total === 0)).toBe(true);
    expect(messages.at(-1)?.type).toBe('done');
  }, 30_000);

  it('reports a failure as a message', async () => {
    const messages: WorkbookExportMessage[] = [];
    const bytes = await handleWorkbookExport(
      {
        bundle: null as never,
        attestationTypes: [],
        today: '',
        exportedAt: '',
        dateStyle: 'japanese',
        locale: 'ja'
      },
      (m) => messages.push(m)
    );
    expect(bytes).toBeNull();
    expect(messages.at(-1)?.type).toBe('error');
  });
});

describe('stabilityFor', () => {
  it.each([
    ['small', 'full', 3, 20, 3],
    ['large', 'drawsOnly', 30, 400, 5]
  ] as const)('%s procurement: %s', (_, mode, vendors, requirements, evaluators) => {
    const input = scoringInputOf(randomBundle({ vendors, requirements, evaluators, seed: 3 }));
    const scored = input.requirements.filter((r) => r.kind === 'scored').length;
    const work = (2 * scored + evaluators + 1) * vendors * requirements * evaluators;
    expect(work <= ONE_AT_A_TIME_LIMIT).toBe(mode === 'full');
    const result = stabilityFor({ ...input, settings: { ...input.settings, stabilityDraws: 20 } });
    expect(result.mode).toBe(mode);
    expect(result.oneAtATime === null).toBe(mode === 'drawsOnly');
    expect(result.draws?.draws).toBe(20);
  });
});
