// Benchmark: the spec stage (issue 3) — catalogue filtering per keystroke over every shipped
// catalogue (goal ≤ 16 ms, one frame) and the criteria-lock hash of a 1,500-requirement spec.
// The TypeScript measurements in spec-bench.ts are loaded through Vite, so $lib resolves as in the app.
import { withTsModule } from './load-ts.mjs';

export const name = 'spec stage';

const FILTER_GOAL_MS = 16;

export async function run({ repoRoot }) {
  return withTsModule(repoRoot, '/tests/bench/spec-bench.ts', async (bench) => {
    const filter = bench.catalogueFilter(repoRoot);
    const lock = bench.lockHash(1500);
    const ms = (x) => x.toFixed(3);
    return {
      title: 'Spec stage: catalogue filter and criteria-lock hash (median of repeated runs)',
      columns: ['measurement', 'input', 'ms', 'floor ms', 'ratio', 'goal'],
      rows: [
        [
          'filter per keystroke (median)',
          `${filter.entries} entries, ${filter.keystrokes} keys`,
          ms(filter.medianMs),
          ms(filter.floorMedianMs),
          (filter.medianMs / filter.floorMedianMs).toFixed(1),
          `≤ ${FILTER_GOAL_MS} ms ${filter.worstMs <= FILTER_GOAL_MS ? 'met' : 'MISSED'}`
        ],
        ['filter per keystroke (worst key)', '', ms(filter.worstMs), '', '', ''],
        ['build the search index (once)', `${filter.entries} entries`, ms(filter.indexMs), '', '', ''],
        [
          'lock hash, whole (serialise + SHA-256)',
          `${lock.count} reqs, ${(lock.bytes / 1024).toFixed(0)} KB`,
          ms(lock.totalMs),
          ms(lock.floorMs),
          (lock.totalMs / lock.floorMs).toFixed(1),
          ''
        ],
        [
          'lock hash, SHA-256 only (pure TS)',
          '',
          ms(lock.hashOnlyMs),
          ms(lock.floorMs),
          (lock.hashOnlyMs / lock.floorMs).toFixed(1),
          ''
        ]
      ],
      summary: [
        `catalogue filter: ${ms(filter.medianMs)} ms median, ${ms(filter.worstMs)} ms worst per keystroke over ${filter.entries} entries — goal ≤ ${FILTER_GOAL_MS} ms`,
        `criteria lock hash: ${ms(lock.totalMs)} ms for ${lock.count} requirements (node:crypto floor ${ms(lock.floorMs)} ms; same digest: ${lock.same})`
      ]
    };
  });
}
