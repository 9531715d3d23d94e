/** Japanese messages every workspace page shares: the procurement's fields, evaluator roles, the stage bar and the operator's line (the audit trail's are `messages-audit-trail.ts`); merged into `jaWork`. */
export const jaWorkspace = {
  'field.organisation': '組織（調達機関）',
  'field.buyerKind': '調達者の区分',
  'field.buyerKind.government': '政府機関等',
  'field.buyerKind.enterprise': '民間企業',
  'list.buyerKindHelp':
    '区分により初期値が決まります。民間企業の案件には、機密性の格付や統一基準の版はなく、政府機関等に固有の設定（基準評価値、価格の算定式が用いない予定価格）も表示しません。',
  'field.serviceModel': 'サービスモデル',
  'field.handlesConfidential': '要機密情報を取り扱う',
  'field.edition': '統一基準の版',
  'field.edition.none': '適用しない（民間調達）',
  'field.bidDeadline': '入札期限（証跡の有効性の基準日）',
  'field.contractTerm': '契約期間',
  'field.notes': '備考',
  'field.textTooLong':
    '「{field}」は {length} 文字あり、長すぎます。{max} 文字以内にしてください（質問票の Excel の 1 つのセルに入る長さです）。保存していません。',
  'field.yes': 'はい',
  'field.no': 'いいえ',
  'evaluators.role.chair': '委員長',
  'evaluators.role.member': '委員',
  // Column names the stages share (the requirement lists, the answers, the sheet).
  'spec.colRef': '番号',
  'spec.colTitle': '要件',
  'spec.kind.mandatory': '必須',
  'spec.kind.scored': '任意',
  'spec.colActions': '操作',
  'people.operator.current': '操作者: {label}',
  'people.operator.unset': '操作者の氏名が未設定です。',
  'people.operator.change': '変更',
  'sheet.stepBids': '開札',
  'evaluate.unitYen': '円',
  'evaluate.unitThousandYen': '千円',
  // Typed amounts: the criteria page's 予定価格 and tax basis, 開札, the memo and the audit trail.
  'amount.taxIncluded': '税込',
  'amount.taxExcluded': '税抜',
  'amount.typed': '{amount}（{basis}）',
  'amount.bothBases': '税抜 {excluded}・税込 {included}',
  'amount.conversion': '{from}→{to}: {typed} × {factor} = {converted}（円未満切捨て）',
  'amount.issue.notNumber': '金額は数字で入力してください。',
  'amount.issue.belowOneYen': '1円未満の端数は入力できません（円単位では整数、千円単位では小数第3位まで）。',
  'amount.issue.outOfRange': '金額は1円以上で、記録できる範囲（9,007,199,254,740,991円まで）にしてください。'
} as const;
