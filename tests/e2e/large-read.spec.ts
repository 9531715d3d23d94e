// A large procurement is read off the page (src/lib/state/bundle-read-client.ts): opened cold, its
// bundle is read in a worker and sent back in parts. Here 6 vendors × 1,500 requirements ×
// 5 evaluators (45,000 grades and 9,000 answers, above the 50,000 from which the worker reads),
// generated as the benchmark's procurement is and restored through the app's restore input. 評価
// opened as a deep link must start that worker and show the grades stored, on the first sheet and
// on another vendor's.
import type { Page } from '@playwright/test';
import { withTsModule } from '../bench/load-ts.mjs';
import { expect, test } from './fixtures';
import { ProcurementListPage } from './pages';

const SIZE = { vendors: 6, requirements: 1500, evaluators: 5 };

interface Row {
  id: string;
  company?: string;
  role?: string;
  ref?: string;
  order?: number;
}
interface StoredGrade {
  evaluatorId: string;
  vendorId: string;
  requirementId: string;
  verdict: string | null;
  level: string | null;
}
interface Fixture {
  text: string;
  procurementId: string;
  title: string;
}

async function generate(): Promise<Fixture> {
  return withTsModule(process.cwd(), '/tests/bench/evaluate-tasks-fixture.ts', (m) =>
    (m as { evaluateFixture: (size: typeof SIZE) => Fixture }).evaluateFixture(SIZE)
  );
}

/** The value the sheet's grade control shows for a stored grade. */
const shown = (g: StoredGrade) => g.level ?? g.verdict ?? '';

async function expectGrade(page: Page, grade: StoredGrade, ref: string, vendor: string): Promise<void> {
  await expect(page.getByLabel(`${ref}・${vendor} の判定・評価段階`)).toHaveValue(shown(grade));
}

test('a large procurement opened cold on 評価 is read in a worker, and shows the grades stored', async ({
  page,
  context,
  pageErrors
}) => {
  test.setTimeout(240_000);
  const fixture = await generate();
  const bundle = (
    JSON.parse(fixture.text) as {
      data: {
        procurements: {
          evaluators: Row[];
          vendors: Row[];
          requirements: Row[];
          grades: StoredGrade[];
          responses: unknown[];
        }[];
      };
    }
  ).data.procurements[0]!;
  expect(bundle.grades.length + bundle.responses.length).toBe(54_000);

  const list = new ProcurementListPage(page);
  await list.open();
  await list.chooseBackup({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fixture.text)
  });
  await page.getByRole('button', { name: '適用する' }).click({ timeout: 60_000 });
  await expect(page.getByText('バックアップを読み込みました（1 件）。')).toBeVisible({ timeout: 120_000 });

  // A new page: its scripts start afresh, so its first read is the one done before Dexie loads.
  const cold = await context.newPage();
  const workers: string[] = [];
  cold.on('worker', (w) => workers.push(w.url()));
  await cold.goto(`/procurement/evaluate/?id=${encodeURIComponent(fixture.procurementId)}`);

  const member = bundle.evaluators.find((e) => e.role !== 'chair')!;
  const [first, second] = [...bundle.requirements].sort((a, b) => a.order! - b.order!);
  const gradeOf = (vendorId: string, requirementId: string) =>
    bundle.grades.find(
      (g) => g.evaluatorId === member.id && g.vendorId === vendorId && g.requirementId === requirementId
    )!;
  const whoGrades = cold.getByRole('combobox', { name: '採点する評価者' });
  await expect(whoGrades).toBeVisible({ timeout: 60_000 });
  await whoGrades.selectOption(member.id);

  const vendorSelect = cold.locator('#sheet-vendor');
  await expect(vendorSelect).toBeVisible({ timeout: 60_000 });
  const shownId = await vendorSelect.inputValue();
  const firstVendor = bundle.vendors.find((v) => v.id === shownId)!;
  await expectGrade(cold, gradeOf(firstVendor.id, first!.id), first!.ref!, firstVendor.company!);
  await expectGrade(cold, gradeOf(firstVendor.id, second!.id), second!.ref!, firstVendor.company!);
  const other = bundle.vendors.find((v) => v.id !== firstVendor.id)!;
  await vendorSelect.selectOption(other.id);
  await expectGrade(cold, gradeOf(other.id, first!.id), first!.ref!, other.company!);

  expect(workers.some((url) => /bundle-read\.worker/.test(url))).toBe(true);
  expect(pageErrors).toEqual([]);
});
