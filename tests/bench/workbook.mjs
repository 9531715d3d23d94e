// Benchmark: the scoring workbook — export of 30 vendors × 1,500 requirements × 5 evaluators
// (ExcelJS, styled, live formulas) against ExcelJS writing the same cell values bare, the floor
// (goal ≤ 2×), with the peak memory of the export. TypeScript loaded through Vite, like pack.mjs.
import { withTsModule } from './load-ts.mjs';

export const name = 'scoring workbook';

const SIZE = { vendors: 30, requirements: 1500, evaluators: 5, repeat: 3 };
const RATIO_GOAL = 2;

export async function run({ repoRoot }) {
  return withTsModule(repoRoot, '/tests/bench/workbook-bench.ts', async (bench) => {
    const r = await bench.workbookExport(SIZE);
    const ms = (x) => x.toFixed(0);
    const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
    const ratio = r.exportMs / r.floorMs;
    const input = `${SIZE.vendors} × ${SIZE.requirements} × ${SIZE.evaluators}`;
    return {
      title: `Scoring workbook: ${input} (median of ${SIZE.repeat} runs)`,
      columns: ['measurement', 'input', 'ms', 'floor ms', 'ratio', 'goal'],
      rows: [
        [
          'export XLSX (styled, formulas)',
          `${input} → ${mb(r.bytes)}`,
          ms(r.exportMs),
          ms(r.floorMs),
          ratio.toFixed(2),
          `≤ ${RATIO_GOAL}× ${ratio <= RATIO_GOAL ? 'met' : 'MISSED'}`
        ],
        [
          'ExcelJS bare write, same values',
          `${r.cells} cells → ${mb(r.floorBytes)}`,
          ms(r.floorMs),
          '',
          '',
          ''
        ],
        ['peak RSS during export', `before: ${mb(r.baseRss)}`, mb(r.peakRss), '', '', ''],
        ['peak heap used during export', `before: ${mb(r.baseHeap)}`, mb(r.peakHeap), '', '', '']
      ],
      summary: [
        `workbook export: ${ms(r.exportMs)} ms vs bare ExcelJS ${ms(r.floorMs)} ms = ${ratio.toFixed(2)}× — goal ≤ ${RATIO_GOAL}×`,
        `peak memory: RSS ${mb(r.peakRss)} (${mb(r.baseRss)} before), heap ${mb(r.peakHeap)} (${mb(r.baseHeap)} before); file ${mb(r.bytes)} (${r.cells} cells)`
      ]
    };
  });
}
