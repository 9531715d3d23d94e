/**
 * Japanese messages of the procurement settings page's form and its evaluator list: only that page
 * draws them. Merged into `jaWork`.
 */
export const jaProcurementForm = {
  'field.title': '案件名',
  'field.documentDateStyle': '選定理由書・採点表の日付',
  'field.documentDateStyle.default': '区分に合わせる（{style}）',
  'field.slashDateOrder': '事業者の数字の日付の読み方',
  'field.slashDateOrder.auto': '文書の言語に合わせる（日本語: 年/月/日のみ、英語: 月/日/年）',
  'field.slashDateOrder.mdy': '月/日/年（米国式: 03/31/2026）',
  'field.slashDateOrder.dmy': '日/月/年（英国・欧州式: 31/03/2026）',
  'field.slashDateOrder.hint':
    '回答票の認証期間などに書かれた 03/31/2026 のような日付の読み方です。2026/3/31・令和8年3月31日・31 Mar 2026 や、Excel の日付セルはどの設定でも同じに読みます。ありえない日付は位置を示して空欄として扱います。',
  'field.documentLanguage': '文書の言語',
  'field.documentLanguage.help':
    '事業者に渡す質問票、要件一覧、採点ワークブック、選定理由書及び CSV の言語です。画面の表示言語は利用者ごとに選びます。',
  'field.confidentialityClass': '情報の格付（機密性）',
  'field.contractStart': '契約期間の開始日',
  'field.contractEnd': '契約期間の終了日',
  'evaluators.title': '評価者（評価委員）',
  'evaluators.intro': '各評価者は独立して採点します。委員長は合議結果の記録と技術評価の締切りを行います。',
  'evaluators.empty': '評価者はまだ登録されていません。',
  'evaluators.name': '氏名',
  'evaluators.add': '評価者を追加',
  'evaluators.nameRequired': '氏名を入力してください。',
  'evaluators.moveUp': '{name} を上へ',
  'evaluators.moveDown': '{name} を下へ',
  'evaluators.remove': '{name} を削除',
  'evaluators.removeConfirm': '評価者「{name}」と、その評価者の採点をすべて削除します。よろしいですか。',
  'evaluators.saveName': '{name} の変更を保存',
  'evaluators.roleOf': '{name} の役割',
  'evaluators.nameOf': '評価者 {n} の氏名'
} as const;
