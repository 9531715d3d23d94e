/** Japanese messages of one writer at a time (a save refused because another tab changed the field); merged into `jaWork`. */
export const jaVersions = {
  'versions.conflictTitle': '保存できませんでした。この間に{who}が同じ欄を変更しています。',
  'versions.conflictField':
    '{field}：{who}が {when} に「{stored}」と保存しました。あなたの入力は「{mine}」です。',
  'versions.keptNote': 'あなたの入力は欄に残っています。どちらを残すか選んでください。',
  'versions.keepMine': '自分の入力で上書きする',
  'versions.takeStored': '保存済みの内容にする',
  'versions.anotherTab': '別のタブ',
  'versions.empty': '（空欄）',
  'versions.conflictElsewhere':
    '切り替える前に入力した欄のうち、別のタブで変更されていたものは保存していません。その行に戻り、どちらを残すか選んでください。',
  'versions.field.answer': '回答',
  'versions.field.explanation': '説明',
  'versions.field.evidenceRefs': '証跡の参照',
  'versions.field.verdict': '判定',
  'versions.field.level': '評価段階',
  'versions.field.rationale': '評価理由'
} as const;
