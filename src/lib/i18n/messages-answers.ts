/** Japanese messages the answers page shows first: its heading and the answer table (the pack and the column mapping are the collect area's); merged into `jaWork`. */
export const jaAnswers = {
  'answers.title': '回答の入力・取込み',
  'answers.colFiles': '証跡ファイル',
  'answers.filesCount': '{count} 件',
  'answers.hiddenCharacters': '表示されない文字を含みます（保存されている内容）：',
  'answers.back': '回答収集へ戻る',
  'answers.vendorNotFound': '事業者が見つかりません。',
  'answers.heading': '{name} の回答',
  'answers.needsLock':
    '事業者の回答は、評価基準を確定してから受け付けます。「評価基準確定」で確定してください。',
  'answers.tableCaption': '回答の一覧（変更すると自動で保存されます）',
  'answers.colAnswer': '回答',
  'answers.colExplanation': '説明',
  'answers.colEvidence': '証跡の参照',
  'answers.showText': '要件の内容',
  'answers.unanswered': '未回答',
  'answers.answerFor': '{ref} の回答',
  'answers.explanationFor': '{ref} の説明',
  'answers.evidenceFor': '{ref} の証跡の参照'
} as const;
