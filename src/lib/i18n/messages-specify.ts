/**
 * Japanese messages of the specify stage's requirement list; merged into `jaWork`. Its editing
 * tools (`messages-spec-tools.ts`) are an area of their own, loaded after the list.
 * The scoring settings (`messages-scoring.ts`) and the criteria lock (`messages-criteria.ts`) are
 * their own areas, so 仕様作成 and 評価基準 opened cold each wait only for their own.
 */
export const jaSpecify = {
  'spec.requirements': '要件一覧',
  'spec.empty': '要件はまだありません。',
  'spec.colKind': '区分',
  'spec.colPoints': '配点',
  'spec.colAppliesTo': '対象',
  'spec.appliesTo.csp': '事業者',
  'spec.appliesTo.csc': '利用者',
  'spec.appliesTo.both': '双方',
  'spec.lockedNote':
    '評価基準は確定済みのため、要件は変更できません。変更する場合は「評価基準確定」で理由を記入してください。',
  'spec.reopenedNote':
    '評価基準の変更中です（理由: {reason}）。変更後に「評価基準確定」で再度確定してください。',
  'spec.edit': '{ref} を編集',
  'spec.moveUp': '{ref} を上へ',
  'spec.moveDown': '{ref} を下へ',
  'spec.remove': '{ref} を削除',
  'spec.removeTitle': '要件の削除',
  'spec.removeConfirm': '要件 {ref}「{title}」を削除します。この要件への回答・採点も削除されます。',
  'spec.duplicate.sameSource': '同じカタログ項目（管理策）に対応する要件が他にもあります',
  'spec.duplicate.sameTitle': '名称または内容がほぼ同じ要件が他にもあります',
  'spec.levelPoints.summary': '段階別配点 {points}',
  'spec.excludeAtLowest.summary': '最低段階で除外'
} as const;
