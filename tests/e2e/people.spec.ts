// Journey: who did what. A first use with no operator: the workspace asks for 氏名・所属 without
// blocking reading; the criteria lock is refused until a name is set, then done under that name.
// An evaluator protects their sheet with a passphrase: a wrong one opens nothing, the right one
// opens it; the chair's panel opens only with the chair's passphrase; the chair resets a member's
// passphrase once. The audit trail records each act under the operator, and a change in 設定.
import { expect, test } from './fixtures';
import { addRequirement, stageLink } from './committee';
import { lockCriteria, ProcurementListPage } from './pages';
import type { Page } from '@playwright/test';

test.use({ operator: null });
// A long journey, and each passphrase is derived with 600,000 PBKDF2 iterations.
test.setTimeout(300_000);
/** Waiting on a PBKDF2 derivation (about half a second, more on a loaded machine). */
const KDF = { timeout: 30_000 };

const TITLE = '操作者と合言葉の検証調達';
const CHAIR = '高橋 一郎';
const MEMBER = '佐藤 花子';
const OPERATOR = '山田 太郎';
const UNIT = '情報システム課';

async function chooseSheet(page: Page, label: string) {
  await page.getByLabel('採点する評価者').selectOption({ label });
}

async function setPassphrase(page: Page, passphrase: string) {
  await page.getByText('合言葉を設定する（任意）').click();
  await page.getByLabel(/^新しい合言葉/).fill(passphrase);
  await page.getByLabel('確認のためもう一度').fill(passphrase);
  await page.getByRole('button', { name: '合言葉を保存' }).click();
}

test('naming on first use, refusal without a name, and passphrases on the sheets', async ({
  page,
  pageErrors,
  a11y
}) => {
  const list = new ProcurementListPage(page);
  await list.open();
  await list.create(TITLE);
  await page.getByRole('link', { name: TITLE }).click();

  // First use: asked, not blocked. The form can be put off; the page reads on.
  const prompt = page.getByRole('region', { name: '操作者（この端末で操作する人）' });
  await expect(prompt).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await a11y('operator prompt');
  await prompt.getByRole('button', { name: '操作者を保存' }).click();
  await expect(prompt.getByText('氏名を入力してください。')).toBeVisible();
  await prompt.getByRole('button', { name: '後で' }).click();
  await expect(prompt).toBeHidden();
  await expect(page.getByText('操作者の氏名が未設定です。')).toBeVisible();

  await stageLink(page, '仕様作成').click();
  await addRequirement(page, 'S-1', '運用の有効性の保証', '任意', '30');
  await stageLink(page, '評価基準確定').click();
  await page.getByLabel('予定価格（円）').fill('10,000,000');
  await page.getByRole('button', { name: '採点方法を保存' }).click();
  await expect(page.getByText('保存しました。')).toBeVisible();

  // The lock is refused without a name: the reason is given and the operator form is offered again.
  await page.getByRole('button', { name: '評価基準を確定する' }).click();
  await expect(
    page.getByText('操作者の氏名が設定されていないため、この操作はできません。', { exact: false })
  ).toBeVisible();
  await expect(page.getByRole('dialog', { name: '評価基準の確定前の確認' })).toBeHidden();
  await expect(prompt).toBeVisible();
  await expect(prompt).toBeFocused();
  await expect(page.getByTestId('criteria-state')).not.toContainText('確定済み');

  await prompt.getByLabel('操作者の氏名').fill(OPERATOR);
  await prompt.getByLabel('操作者の所属（任意）').fill(UNIT);
  await prompt.getByRole('button', { name: '操作者を保存' }).click();
  await expect(page.getByText(`操作者: ${OPERATOR}（${UNIT}）`)).toBeVisible();
  await lockCriteria(page);
  await expect(page.getByTestId('criteria-state')).toHaveText('確定済み（第 1 版）');

  // The name survives a reload (kept in this browser profile).
  await page.reload();
  await expect(page.getByText(`操作者: ${OPERATOR}（${UNIT}）`)).toBeVisible();

  await page.getByRole('link', { name: '案件の設定' }).click();
  for (const name of [CHAIR, MEMBER]) {
    await page.getByLabel('氏名', { exact: true }).fill(name);
    await page.getByRole('button', { name: '評価者を追加' }).click();
    await expect(page.getByLabel(/^評価者 \d の氏名$/).last()).toHaveValue(name);
  }
  await stageLink(page, '回答収集').click();
  await page.getByLabel('事業者名', { exact: true }).fill('甲社');
  await page.getByRole('button', { name: '事業者を追加' }).click();
  await expect(page.getByRole('table', { name: '事業者' }).getByRole('link', { name: '甲社' })).toBeVisible();

  // The member sets a passphrase on their open sheet.
  await stageLink(page, '評価').click();
  await chooseSheet(page, `${MEMBER}（委員）`);
  await expect(page.getByLabel('事業者', { exact: true })).toBeVisible();
  await setPassphrase(page, 'さくらの合言葉');
  await expect(page.getByText(`${MEMBER} の合言葉を保存しました。`)).toBeVisible(KDF);

  // Away and back: the sheet asks first. A wrong passphrase opens nothing; the right one opens it.
  await chooseSheet(page, `${CHAIR}（委員長）`);
  await expect(page.getByLabel('事業者', { exact: true })).toBeVisible();
  await chooseSheet(page, `${MEMBER}（委員）`);
  const gate = page.getByRole('region', { name: `${MEMBER} の採点表は合言葉で保護されています` });
  await expect(gate).toBeVisible();
  await expect(gate).toContainText('データベースを手にした人から採点を隠すものではありません');
  await expect(page.getByLabel('事業者', { exact: true })).toHaveCount(0);
  await a11y('passphrase gate');
  await gate.getByLabel('合言葉').fill('うめの合言葉');
  await gate.getByRole('button', { name: '開く' }).click();
  await expect(gate.getByText('合言葉が違います。')).toBeVisible(KDF);
  await expect(page.getByLabel('事業者', { exact: true })).toHaveCount(0);
  await gate.getByLabel('合言葉').fill('さくらの合言葉');
  await gate.getByRole('button', { name: '開く' }).click();
  await expect(gate).toBeHidden(KDF);
  await expect(page.getByLabel('事業者', { exact: true })).toBeVisible();

  // The chair protects the chair's panel the same way.
  await chooseSheet(page, `${CHAIR}（委員長）`);
  await setPassphrase(page, '委員長の合言葉');
  await expect(page.getByText(`${CHAIR} の合言葉を保存しました。`)).toBeVisible(KDF);
  await chooseSheet(page, `${MEMBER}（委員）`);
  await chooseSheet(page, `${CHAIR}（委員長）`);
  const chairGate = page.getByRole('region', { name: `${CHAIR} の採点表は合言葉で保護されています` });
  await expect(chairGate).toContainText('委員長の画面');
  await expect(page.getByRole('heading', { name: /^委員長: 提出状況/ })).toHaveCount(0);
  await chairGate.getByLabel('合言葉').fill('委員長の合言葉');
  await chairGate.getByRole('button', { name: '開く' }).click();
  await expect(page.getByRole('heading', { name: /^委員長: 提出状況/ })).toBeVisible(KDF);

  // The chair's one-time reset of the member's passphrase asks first; cancelled, nothing changes.
  await page.getByRole('button', { name: `${MEMBER} の合言葉をリセット` }).click();
  const confirm = page.getByRole('dialog', { name: `${MEMBER} の合言葉をリセットしますか` });
  await expect(confirm).toContainText('監査ログに記録されます');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('button', { name: `${MEMBER} の合言葉をリセット` })).toBeVisible();
  await page.getByRole('button', { name: `${MEMBER} の合言葉をリセット` }).click();
  await confirm.getByRole('button', { name: 'リセットする' }).click();
  await expect(page.getByText(`${MEMBER} の合言葉をリセットしました。`)).toBeVisible();
  await expect(page.getByRole('button', { name: `${MEMBER} の合言葉をリセット` })).toHaveCount(0);

  // Changing the chair's own passphrase needs the current one.
  await page.getByText('合言葉を変更する').click();
  await page.getByLabel('今の合言葉').fill('違う合言葉');
  await page.getByLabel(/^新しい合言葉/).fill('委員長の新しい合言葉');
  await page.getByLabel('確認のためもう一度').fill('委員長の新しい合言葉');
  await page.getByRole('button', { name: '合言葉を保存' }).click();
  await expect(page.getByText('今の合言葉が違います。', { exact: false })).toBeVisible(KDF);

  await chooseSheet(page, `${MEMBER}（委員）`);
  await expect(page.getByLabel('事業者', { exact: true })).toBeVisible();

  // The chair forgot the passphrase: nobody above can reset it, so a written statement does,
  // audited with the operator's name; the form says plainly this is honesty, not security.
  await chooseSheet(page, `${CHAIR}（委員長）`);
  await expect(chairGate).toBeVisible();
  await chairGate.getByText('委員長の合言葉を忘れた場合').click();
  await expect(chairGate).toContainText('セキュリティではありません');
  await chairGate.getByRole('button', { name: '申告して委員長の合言葉を解除する' }).click();
  await expect(chairGate.getByText('確認の欄にチェックを入れてください。')).toBeVisible();
  await expect(chairGate.getByText(/申告は\d+文字以上で書いてください。/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^委員長: 提出状況/ })).toHaveCount(0);
  await chairGate
    .getByLabel(/^申告/)
    .fill('委員長の高橋です。合言葉を失念したため、委員会の了承を得て解除します。');
  await chairGate.getByRole('checkbox').check();
  await chairGate.getByRole('button', { name: '申告して委員長の合言葉を解除する' }).click();
  await expect(page.getByText(`${CHAIR} の合言葉を申告により解除しました（監査ログに記録）。`)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^委員長: 提出状況/ })).toBeVisible();
  await expect(chairGate).toBeHidden();

  // A change of operator in 設定 is audited; every entry names the operator.
  await page.goto('/settings/');
  await page.getByLabel('操作者の所属（任意）').fill('会計課');
  await page.getByRole('button', { name: '操作者を保存' }).click();
  await expect(
    page.getByText(`操作者を「${OPERATOR}（会計課）」として保存し、1件の案件の監査ログに記録しました。`)
  ).toBeVisible();
  await a11y('app settings with the operator');

  await list.open();
  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('link', { name: '監査ログ' }).click();
  const rows = page.getByRole('table', { name: '監査ログ（新しい順）' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('操作者の変更');
  await expect(rows.nth(1)).toContainText(`${OPERATOR}（会計課）`);
  await expect(rows.nth(1)).toContainText(UNIT);
  await expect(rows.nth(2)).toContainText('合言葉の解除（本人）');
  await expect(rows.nth(2)).toContainText('委員会の了承を得て解除します');
  await expect(rows.nth(2)).toContainText(`${OPERATOR}（${UNIT}）`);
  await expect(rows.nth(3)).toContainText('合言葉のリセット（委員長）');
  await expect(rows.nth(3)).toContainText(`${OPERATOR}（${UNIT}）`);
  const table = page.getByRole('table', { name: '監査ログ（新しい順）' });
  await expect(table.getByRole('row').filter({ hasText: '評価基準の確定' })).toContainText(
    `${OPERATOR}（${UNIT}）`
  );
  // What was done before the name was set says so.
  await expect(table.getByRole('row').filter({ hasText: '案件の作成' })).toContainText('（氏名未設定）');
  await page.getByRole('button', { name: '改ざん検知を実行' }).click();
  await expect(page.getByRole('status').filter({ hasText: '改ざん検知' })).toContainText('改ざん検知: 正常');
  expect(pageErrors).toEqual([]);
});
