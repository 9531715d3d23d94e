// `npm run bench`: runs each benchmark module of tests/bench and prints its figures as a table.
// A benchmark module exports `name` and `async run({ repoRoot, buildDir })` returning
// `{ title, columns, rows, summary }`. Missing a goal is reported, not failed: the exit code is
// non-zero only when a benchmark crashes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as bundleSize from './bundle-size.mjs';
import * as evaluateTasks from './evaluate-tasks.mjs';
import * as importLongTasks from './import-longtasks.mjs';
import * as imports from './imports.mjs';
import * as pack from './pack.mjs';
import * as registers from './registers.mjs';
import * as routeWeights from './route-weights.mjs';
import * as scoring from './scoring.mjs';
import * as spec from './spec.mjs';
import * as workbook from './workbook.mjs';
import * as workbookBrowser from './workbook-browser.mjs';

const BENCHMARKS = [
  bundleSize,
  routeWeights,
  spec,
  pack,
  imports,
  importLongTasks,
  evaluateTasks,
  scoring,
  workbook,
  workbookBrowser,
  registers
];

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const buildDir = join(repoRoot, 'build');

function table(columns, rows) {
  const cells = [columns, ...rows].map((row) => row.map(String));
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  // Numbers right-aligned, text left-aligned.
  const numeric = columns.map((_, i) =>
    rows.every((row) => typeof row[i] === 'number' || /^[\d.]+$/.test(row[i]))
  );
  const line = (row) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n'
  );
}

if (!existsSync(join(buildDir, 'index.html'))) {
  console.log('bench: no build/index.html, running "npm run build" first');
  const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(join(buildDir, 'index.html'))) {
    console.error('bench: "npm run build" did not produce build/index.html');
    process.exit(1);
  }
}

let crashed = false;
for (const benchmark of BENCHMARKS) {
  try {
    const result = await benchmark.run({ repoRoot, buildDir });
    console.log(`\n== ${result.title}\n`);
    console.log(table(result.columns, result.rows));
    console.log();
    for (const line of result.summary) console.log(line);
  } catch (error) {
    crashed = true;
    console.error(`\n== ${benchmark.name}: crashed\n${error instanceof Error ? error.stack : error}`);
  }
}
process.exit(crashed ? 1 : 0);
