// Journey (issue 18, items 5–6): a vendor fills the questionnaire pack in English — Yes / Partially
// / NO, N/A — and writes US dates, as text and as real Excel date cells. With the procurement set to
// read numeric dates month first, the pack imports exactly: the stored answers and the certification
// periods on the vendor page are the ones written; impossible dates are reported at their cells
// and store nothing.
import * as XLSX from 'xlsx';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { VENDOR, answerSelect, downloadPack, openAnswers } from './answers';

const SOC2 = 'US-SOC2-2026';
const ISO = 'ISO-27001-998';
const BAD = 'BAD-DATES-1';
/** 2025-04-01 and 2026-03-31 as Excel serials (1900 date system). */
const APR_1_2025 = 45748;
const MAR_31_2026 = 46112;

function stages(page: Page) {
  return page.getByRole('navigation', { name: '評価の段階' });
}

async function openVendorAnswers(page: Page) {
  await stages(page)
    .getByRole('link', { name: /^\d+\s*回答収集\s/ })
    .click();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: VENDOR }) });
  await row.getByRole('link', { name: /回答済み/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${VENDOR} の回答` })).toBeVisible();
}

/** The pack as the vendor returns it: English words and US dates. */
function fillInEnglish(pack: Buffer): Buffer {
  const book = XLSX.read(pack, { type: 'buffer' });
  const sheet = book.Sheets['要件']!;
  const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '' });
  const headerIndex = rows.findIndex((r) => r.includes('回答') && r.includes('番号'));
  const header = rows[headerIndex]!;
  const col = (name: string) => header.indexOf(name);
  const rowOf = (ref: string) =>
    headerIndex + 1 + rows.slice(headerIndex + 1).findIndex((r) => r[col('番号')] === ref);
  const set = (ref: string, name: string, value: string) => {
    sheet[XLSX.utils.encode_cell({ r: rowOf(ref), c: col(name) })] = { t: 's', v: value };
  };
  // Stored before: R-004 一部対応, R-005 対応, R-007 一部対応.
  set('R-004', '回答', 'yes');
  set('R-005', '回答', ' Partially ');
  set('R-005', '説明', 'Key rotation is manual for on-premises keys.');
  set('R-007', '回答', 'NO');
  set('R-006', '回答', 'N/A');

  const certs = book.Sheets['第三者認証']!;
  const text = (v: string): XLSX.CellObject => ({ t: 's', v });
  const dateCell = (v: number, z: string): XLSX.CellObject => ({ t: 'n', v, z });
  const put = (row: number, cells: XLSX.CellObject[]) =>
    cells.forEach((cell, c) => (certs[XLSX.utils.encode_cell({ r: row - 1, c })] = cell));
  put(2, [
    text('SOC 2 Type II'),
    text(SOC2),
    text('Example Audit LLP'),
    text('04/01/2025'),
    dateCell(MAR_31_2026, 'm/d/yyyy')
  ]);
  put(3, [
    text('ISO/IEC 27001'),
    text(ISO),
    text('Example Certification Ltd'),
    dateCell(APR_1_2025, 'd-mmm-yyyy'),
    text('March 31, 2028')
  ]);
  put(4, [
    text('SOC 2 Type II'),
    text(BAD),
    text('Example Audit LLP'),
    text('02/30/2026'),
    text('13/01/2026')
  ]);
  certs['!ref'] = 'A1:F4';
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

test('a pack filled in English with US dates imports exactly', async ({ page, pageErrors, a11y }) => {
  test.setTimeout(180_000);
  await openAnswers(page, { draft: true });
  const pack = await downloadPack(page, '質問票を Excel で保存');

  // This procurement reads numeric dates from vendors month first (US).
  await page.getByRole('link', { name: '案件の設定', exact: true }).click();
  await page.getByLabel('事業者の数字の日付の読み方').selectOption('mdy');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('保存しました。', { exact: true })).toBeVisible();
  await a11y('settings with the numeric date order');

  await openVendorAnswers(page);
  await page.getByLabel('記入済みの質問票を読み込む').setInputFiles({
    name: 'filled-in-english.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: fillInEnglish(pack)
  });

  // The counts are the rows that will be written: three changed, N/A over a stored answer changes nothing.
  const counts = page.getByTestId('pack-counts');
  await expect(counts).toContainText('新規 0 件・変更 3 件');
  await expect(counts).toContainText('回答なし（取り込まない）0 件');
  const preview = page.getByRole('table', { name: /の読み込み内容/ });
  await expect(preview.getByRole('row').filter({ hasText: 'R-004' })).toContainText('対応');
  await expect(preview.getByRole('row').filter({ hasText: 'R-005' })).toContainText('一部対応');
  await expect(preview.getByRole('row').filter({ hasText: 'R-007' })).toContainText('未対応');
  await expect(preview.getByRole('row').filter({ hasText: 'R-006' })).toHaveCount(0);
  // N/A and the impossible dates, each at its cell.
  await expect(page.getByText(/要件 シートの \d+ 行 G 列: .*N\/A/)).toBeVisible();
  await expect(
    page.getByText('第三者認証 シートの 4 行 D 列: 「02/30/2026」はありえない日付です', { exact: false })
  ).toBeVisible();
  await expect(
    page.getByText('第三者認証 シートの 4 行 E 列: 「13/01/2026」はありえない日付です', { exact: false })
  ).toBeVisible();
  const certs = page.getByRole('table', { name: '事業者が記入した第三者認証' });
  // A SOC 2 report records no number (its identity is the type, auditor and period), so its row is found by period.
  await expect(
    certs.getByRole('row').filter({ hasText: 'SOC 2 Type II' }).filter({ hasText: '2025-04-01 – 2026-03-31' })
  ).toHaveCount(1);
  await expect(certs.getByRole('row').filter({ hasText: ISO })).toContainText('2025-04-01 – 2028-03-31');
  await a11y('English pack preview');

  await page.getByRole('button', { name: '回答に反映する' }).click();
  await expect(page.getByText('3 件の回答を反映しました。')).toBeVisible();
  await page.reload();
  await expect(answerSelect(page, 'R-004')).toHaveValue('full');
  await expect(answerSelect(page, 'R-005')).toHaveValue('partial');
  await expect(answerSelect(page, 'R-007')).toHaveValue('none');
  await expect(page.getByRole('textbox', { name: 'R-005 の説明' })).toHaveValue(
    'Key rotation is manual for on-premises keys.'
  );
  // N/A did not erase the stored answer.
  await expect(answerSelect(page, 'R-006')).toHaveValue('full');

  // The vendor page lists the certifications with the periods as written, and none from the impossible dates.
  await stages(page)
    .getByRole('link', { name: /^\d+\s*回答収集\s/ })
    .click();
  await page.getByRole('link', { name: VENDOR, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: VENDOR })).toBeVisible();
  const card = (number: string) => page.locator('article.attestation').filter({ hasText: number });
  // The SOC 2 row is a report of another auditor and period than the one on file, so it is added (a
  // report is its type, auditor and period); the row whose dates cannot be read is taken for it (same
  // auditor, no period). The ISO row is new and shows both English date forms as read.
  const soc2 = page.locator('article.attestation').filter({ hasText: 'SOC 2 Type II' });
  // A certificate shows its issue date and expiry (the date cell d-mmm-yyyy and the text "March 31, 2028").
  await expect(card(ISO)).toContainText('発行日 2025年4月1日');
  await expect(card(ISO)).toContainText('有効期限 2028年3月31日');
  // Nothing was stored from the impossible dates (13/01/2026 read month first, 02/30/2026).
  await expect(soc2.filter({ hasText: '2026年1月13日' })).toHaveCount(0);
  await expect(soc2.filter({ hasText: '2026年2月' })).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
