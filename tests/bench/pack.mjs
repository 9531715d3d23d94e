// Benchmark: the questionnaire pack (stage 3) — export of a 2,000-requirement pack (ExcelJS), and
// the import of the filled file (readTable + parsePack) against SheetJS reading the same bytes,
// the floor (goal ≤ 1.5×). The TypeScript in pack-bench.ts is loaded through Vite, like spec.mjs.
import { withTsModule } from './load-ts.mjs';

export const name = 'questionnaire pack';

const COUNT = 2000;
const RATIO_GOAL = 1.5;

export async function run({ repoRoot }) {
  return withTsModule(repoRoot, '/tests/bench/pack-bench.ts', async (bench) => {
    const r = await bench.packRoundTrip(COUNT);
    const ms = (x) => x.toFixed(1);
    const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
    const ratio = r.importMs / r.floorMs;
    if (r.answered !== COUNT || r.issues !== 0) {
      throw new Error(`pack import read ${r.answered} of ${COUNT} answers with ${r.issues} issues`);
    }
    return {
      title: `Questionnaire pack: ${COUNT} requirements (median of repeated runs)`,
      columns: ['measurement', 'input', 'ms', 'floor ms', 'ratio', 'goal'],
      rows: [
        ['export XLSX (ExcelJS), first run', `${COUNT} reqs`, ms(r.firstExportMs), '', '', ''],
        ['export XLSX (ExcelJS)', `${COUNT} reqs → ${kb(r.packBytes)}`, ms(r.exportMs), '', '', ''],
        [
          'import: readTable + parsePack',
          `filled, ${kb(r.filledBytes)}`,
          ms(r.importMs),
          ms(r.floorMs),
          ratio.toFixed(2),
          `≤ ${RATIO_GOAL}× ${ratio <= RATIO_GOAL ? 'met' : 'MISSED'}`
        ],
        [
          'SheetJS XLSX.read, default options',
          `filled, ${kb(r.filledBytes)}`,
          ms(r.defaultReadMs),
          '',
          '',
          ''
        ]
      ],
      summary: [
        `pack export: ${ms(r.exportMs)} ms for ${COUNT} requirements (${ms(r.firstExportMs)} ms with loading ExcelJS)`,
        `pack import: ${ms(r.importMs)} ms vs SheetJS floor ${ms(r.floorMs)} ms = ${ratio.toFixed(2)}× — goal ≤ ${RATIO_GOAL}×`
      ]
    };
  });
}
