// The big procurement the browser benchmarks share: 30 vendors × 1,500 requirements × 5 evaluators
// (`evaluate-tasks-fixture.ts`, the workbook bench's generator), written as a backup file by the
// app's own backup writer, cached under tests/bench/.cache/ (rewritten when a generator source is
// newer), and restored through the app's restore input, as a user would.
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withTsModule } from './load-ts.mjs';

export const BIG_SIZE = { vendors: 30, requirements: 1500, evaluators: 5 };
export const DEMO_TITLE = '文書管理・電子決裁SaaSの調達（令和9年度・デモ）';

const TIMEOUT_MS = 120_000;
const RESTORE_TIMEOUT_MS = 600_000;
/** The generator's sources: a cached file older than any of them is written again. */
const SOURCES = [
  'tests/bench/evaluate-tasks-fixture.ts',
  'src/lib/testing/scoring-workbook.ts',
  'src/lib/testing/fixtures.ts',
  'src/lib/domain/restore/backup.ts',
  'src/lib/domain/model.ts'
];

/** The backup file of the big procurement (of `size`), generated once and cached. */
export async function fixtureFile(repoRoot, size = BIG_SIZE) {
  const dir = join(repoRoot, 'tests/bench/.cache');
  const path = join(dir, `evaluate-${size.vendors}x${size.requirements}x${size.evaluators}.json`);
  const newest = Math.max(...SOURCES.map((s) => statSync(join(repoRoot, s)).mtimeMs));
  if (existsSync(path) && statSync(path).mtimeMs > newest) return path;
  const { text } = await withTsModule(repoRoot, '/tests/bench/evaluate-tasks-fixture.ts', (m) =>
    m.evaluateFixture(size)
  );
  await mkdir(dir, { recursive: true });
  await writeFile(path, text);
  return path;
}

/**
 * The same procurement with its technical evaluation closed (結果 and the workbook need it), by its
 * chair at the backup's export time: a copy of `fixtureFile`'s backup, cached beside it.
 */
export async function closedFixtureFile(repoRoot, size = BIG_SIZE) {
  const open = await fixtureFile(repoRoot, size);
  const path = open.replace(/\.json$/, '-closed.json');
  if (existsSync(path) && statSync(path).mtimeMs > statSync(open).mtimeMs) return path;
  const backup = JSON.parse(await readFile(open, 'utf8'));
  for (const bundle of backup.data.procurements) {
    const chair = bundle.evaluators.find((e) => e.role === 'chair') ?? bundle.evaluators[0];
    bundle.procurement.technicalLock = { at: backup.exportedAt, by: chair.name };
  }
  await writeFile(path, JSON.stringify(backup));
  return path;
}

/** Restores the backup file through the procurement list's restore input, until the app says it is done. */
export async function restore(page, url, path) {
  await page.goto(`${url}/`);
  await page.getByRole('rowheader', { name: DEMO_TITLE, exact: true }).waitFor({ timeout: TIMEOUT_MS });
  await page.getByLabel('バックアップを読み込む').setInputFiles(path);
  const apply = page.getByRole('button', { name: '適用する' });
  const refused = page.getByText('このファイルは読み込めません');
  await Promise.race([
    apply.waitFor({ timeout: RESTORE_TIMEOUT_MS }),
    refused.waitFor({ timeout: RESTORE_TIMEOUT_MS })
  ]);
  if (await refused.isVisible()) {
    throw new Error(`the app refused ${path}: ${await page.getByRole('alert').innerText()}`);
  }
  await apply.click();
  await page.getByText(/バックアップを読み込みました/).waitFor({ timeout: RESTORE_TIMEOUT_MS });
}
