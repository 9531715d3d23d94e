// Journey: back up a procurement, delete it, restore it from the file, and find it (and its audit
// chain) exactly as it was; every kind of bad file is refused with its message and changes nothing.
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { backupData, ProcurementListPage } from './pages';

const DEMO = '文書管理・電子決裁SaaSの調達（令和9年度・デモ）';

async function auditHead(page: import('@playwright/test').Page, title: string): Promise<string> {
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('link', { name: '監査ログ' }).click();
  await page.getByRole('button', { name: '改ざん検知を実行' }).click();
  const status = page.getByRole('status').filter({ hasText: '改ざん検知' });
  await expect(status).toContainText('改ざん検知: 正常');
  const text = await status.innerText();
  await page.getByRole('link', { name: '調達案件一覧' }).first().click();
  return text;
}

test('a backup restores the procurement and its audit chain exactly', async ({ page, pageErrors, a11y }) => {
  const list = new ProcurementListPage(page);
  await list.open();
  await page.getByRole('button', { name: 'デモ案件を読み込む' }).click();
  await list.create('比較用の別案件');
  // A change through the UI, so the chain holds more than the demo's own entries.
  await page.getByRole('link', { name: DEMO }).click();
  await page.getByRole('link', { name: '案件の設定' }).click();
  await page.getByLabel('備考').fill('バックアップ前の変更');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('保存しました。')).toBeVisible();
  await page.getByRole('link', { name: '調達案件一覧' }).first().click();

  const headBefore = await auditHead(page, DEMO);
  const { text: original, download } = await list.exportOne(DEMO);
  expect(download.suggestedFilename()).toMatch(/^sentei-.*\.json$/);

  await list.delete(DEMO);
  await list.chooseBackup({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(original)
  });
  const preview = page.getByRole('heading', { name: '読み込み内容の確認' }).locator('..');
  await expect(preview).toContainText('追加');
  await expect(preview).toContainText(DEMO);
  await expect(preview).toContainText('監査ログの改ざん検知: 正常');
  await a11y('import preview');
  await page.getByRole('button', { name: '適用する' }).click();
  await expect(page.getByText('バックアップを読み込みました（1 件）。')).toBeVisible();
  await expect(list.row(DEMO)).toBeVisible();
  await expect(list.row('比較用の別案件')).toBeVisible();

  const { text: restored } = await list.exportOne(DEMO);
  expect(backupData(restored)).toEqual(backupData(original));
  expect(await auditHead(page, DEMO)).toBe(headBefore);

  // Importing the same file again replaces rather than duplicates.
  await list.chooseBackup({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(original)
  });
  await expect(page.getByText(`置換（現在: ${DEMO}）`)).toBeVisible();
  await page.getByRole('button', { name: '取り消す' }).click();
  await expect(page.getByText('読み込みを取り消しました。データは変更されていません。')).toBeVisible();
  expect(await list.titles()).toHaveLength(2);
  expect(pageErrors).toEqual([]);
});

test('bad backup files are refused with a clear message and change nothing', async ({ page, pageErrors }) => {
  const list = new ProcurementListPage(page);
  await list.open();
  await page.getByRole('button', { name: 'デモ案件を読み込む' }).click();
  await expect(list.row(DEMO)).toBeVisible();
  const before = await list.exportAll();
  const valid = JSON.parse(before) as {
    schemaVersion: number;
    data: { procurements: { procurement: Record<string, unknown> }[] };
  };
  const variant = (change: (copy: typeof valid) => void, raw?: (text: string) => string) => {
    const copy = structuredClone(valid);
    change(copy);
    const text = JSON.stringify(copy);
    return raw ? raw(text) : text;
  };

  const cases: [string, string, string][] = [
    ['empty.json', '', 'ファイルが空です。'],
    ['notes.json', 'これはJSONではありません', 'JSON 形式のファイルではありません'],
    [
      'other.json',
      JSON.stringify({ type: 'other-app', schemaVersion: 1, data: {} }),
      'Sentei のバックアップファイルではありません。'
    ],
    ['future.json', variant((c) => (c.schemaVersion = 99)), 'より新しい版の Sentei で作成されたファイルです'],
    [
      'proto.json',
      variant(
        () => {},
        (text) => text.replace('"procurement":{', '"procurement":{"__proto__":{"polluted":true},')
      ),
      '使用できない項目名「__proto__」'
    ],
    ['unknown.json', variant((c) => (c.data.procurements[0]!.procurement.extra = 1)), '不明な項目「extra」'],
    [
      'wrongtype.json',
      variant((c) => (c.data.procurements[0]!.procurement.title = 123)),
      '値の型が正しくありません'
    ]
  ];

  for (const [name, text, message] of cases) {
    await list.chooseBackup({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = page.getByRole('alert').filter({ hasText: 'このファイルは読み込めません。' });
    await expect(alert, name).toContainText(message);
    await expect(page.getByRole('button', { name: '適用する' })).toHaveCount(0);
  }

  const dir = await mkdtemp(join(tmpdir(), 'sentei-'));
  const huge = join(dir, 'huge.json');
  await writeFile(huge, '');
  await truncate(huge, 101 * 1024 * 1024);
  await list.chooseBackup(huge);
  await expect(page.getByRole('alert').filter({ hasText: 'このファイルは読み込めません。' })).toContainText(
    'ファイルが大きすぎます（上限 100 MB）'
  );

  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  const after = await list.exportAll();
  expect(backupData(after)).toEqual(backupData(before));
  expect(pageErrors).toEqual([]);
});
