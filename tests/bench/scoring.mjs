// Benchmark: the scoring engine (issue 5) — `scoreProcurement` on 30 vendors × 1,500 requirements
// × 5 evaluators (goal ≤ 50 ms median) against a bare loop over the same grades, and the stability
// analysis at that size: the random draws (2,000 draws, goal ≤ 2 s) and one at a time (every scored
// item ± X and each evaluator left out; no goal set, reported). The TypeScript measurements in
// scoring-bench.ts are loaded through Vite, so $lib resolves as in the app.
import { withTsModule } from './load-ts.mjs';

export const name = 'scoring engine';

const ENGINE_GOAL_MS = 50;
const DRAWS_GOAL_MS = 2000;

export async function run({ repoRoot }) {
  return withTsModule(repoRoot, '/tests/bench/scoring-bench.ts', async (bench) => {
    const engine = bench.scoring();
    const draws = bench.draws(2000);
    const single = bench.oneAtATimeRun();
    const ms = (x) => x.toFixed(3);
    const ratio = engine.engineMs / engine.floorMs;
    const size = `${engine.vendors} vendors × ${engine.requirements} reqs × ${engine.evaluators} evals`;
    return {
      title: 'Scoring engine: scoreProcurement (median of repeated runs), stability draws and one at a time',
      columns: ['measurement', 'input', 'ms', 'floor ms', 'ratio', 'goal'],
      rows: [
        [
          'scoreProcurement (median)',
          size,
          ms(engine.engineMs),
          ms(engine.floorMs),
          ratio.toFixed(1),
          `≤ ${ENGINE_GOAL_MS} ms ${engine.engineMs <= ENGINE_GOAL_MS ? 'met' : 'MISSED'}`
        ],
        [
          'randomDraws (once)',
          `${draws.draws} draws`,
          ms(draws.ms),
          '',
          '',
          `≤ ${DRAWS_GOAL_MS} ms ${draws.ms <= DRAWS_GOAL_MS ? 'met' : 'MISSED'}`
        ],
        ['oneAtATime (once)', `${single.variations} variations`, ms(single.ms), '', '', '—']
      ],
      summary: [
        `scoreProcurement: ${ms(engine.engineMs)} ms median for ${size} (${engine.grades} grades, ${engine.mandatory} mandatory); bare loop floor ${ms(engine.floorMs)} ms, ratio ${ratio.toFixed(1)} — goal ≤ ${ENGINE_GOAL_MS} ms`,
        `randomDraws: ${ms(draws.ms)} ms for ${draws.draws} draws (${draws.winners} vendors ever first, ${draws.noWinner} draws without a winner) — goal ≤ ${DRAWS_GOAL_MS} ms`,
        `oneAtATime: ${ms(single.ms)} ms for ${single.variations} variations (${single.changes} change the first place, base ${single.base}); the points variations without the engine, ${single.evaluators} engine runs for the evaluators left out`
      ]
    };
  });
}
