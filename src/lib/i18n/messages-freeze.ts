/** Japanese messages of the notice that the technical evaluation is closed (and of a post-close correction), shown first on the collect, vendor and answers pages; merged into `jaWork`. */
export const jaFreeze = {
  'freeze.notice': '技術評価は締め切られています。回答・認証・委託先・証跡・事業者名は読み取り専用です。',
  'freeze.correct': '締切後の訂正',
  'freeze.reasonLabel':
    '訂正の理由（必須・200 文字以内。監査ログ・選定理由書・採点ワークブックに記録されます）',
  'freeze.start': '理由を記録して訂正を始める',
  'freeze.cancel': '取りやめる',
  'freeze.correcting': '締切後の訂正中です。ここでの変更はすべて訂正として監査ログに記録されます。',
  'freeze.correctingReason': '訂正の理由: {reason}',
  'freeze.end': '訂正を終える'
} as const;
