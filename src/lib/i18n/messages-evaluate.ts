/**
 * Japanese messages of the evaluate stage's sheets and the tax help (the amounts are the workspace's); the
 * chair's part is `messages-chair.ts`, so the sheet opened cold does not wait for it. Merged into `jaWork`.
 */
export const jaEvaluate = {
  'evaluate.needsLock': '採点は評価基準の確定後に行います。先に評価基準を確定してください。',
  'evaluate.needsPeople': '評価者と事業者を登録すると採点を始められます（設定・回答収集）。',
  'evaluate.lockedNote': '技術評価は締め切られています。採点と合議結果は変更できません。',
  'evaluate.sheetTitle': '採点表',
  'evaluate.whoGrades': '採点する評価者',
  'evaluate.chooseEvaluator': '— 評価者を選ぶ —',
  'evaluate.blindNote':
    '各評価者は自分の名前を選んで採点します。他の評価者の採点は、自分の採点を提出するまで表示されません。',
  'evaluate.vendor': '事業者',
  'evaluate.mask': '事業者名を伏せる（事業者A・B…）',
  'evaluate.maskedVendor': '事業者{letter}',
  'evaluate.onlyOpen': '未完了の項目だけ表示',
  'evaluate.progress': '{name} の採点',
  'evaluate.sheetCaption': '{vendor} の採点',
  'evaluate.colRequirement': '要件',
  'evaluate.colAnswer': '事業者の回答',
  'evaluate.colEvidence': '証跡・提案',
  'evaluate.colGrade': '判定・評価段階',
  'evaluate.colRationale': '評価理由（必須）',
  'evaluate.colOthers': '他の評価者（提出済み）',
  'evaluate.points': '{points} 点',
  'evaluate.answerFiles': '回答の添付資料',
  'evaluate.partial': '{total} 件のうち {shown} 件を表示しています。',
  'evaluate.more': 'さらに表示',
  'evaluate.noAnswer': '回答なし',
  'evaluate.pass': '適合',
  'evaluate.fail': '不適合',
  'evaluate.gradeLabel': '{ref}・{vendor} の判定・評価段階',
  'evaluate.rationaleLabel': '{ref}・{vendor} の評価理由',
  'evaluate.rationaleRequired': '評価理由を記入してください。',
  'evaluate.saving': '保存しています…',
  'evaluate.allDone': 'この事業者の項目はすべて記入済みです。',
  'evaluate.submit': '採点を提出する',
  'evaluate.submitNeeds': '提出するには、残り {open} 項目の判定・評価段階と評価理由を記入してください。',
  'evaluate.submitted': '{name} の採点を提出しました。',
  'evaluate.youSubmitted': '提出済みです。採点の変更が必要な場合は委員長に差し戻しを依頼してください。',
  'help.tax.title': '金額の税区分と単位',
  'help.tax.basis':
    '価格は税込または税抜のどちらか一方（評価基準の「価格の基礎」）で評価します。予定価格・調査基準価格・入札価格は、入力するときにその金額が税込か税抜かを選び、評価と異なる場合は調達の消費税率で換算した額を評価に用います。',
  'help.tax.conversion': '換算は整数の分数で正確に計算し、1円未満の端数は切り捨てます。',
  'help.tax.toIncluded': '税抜→税込: 入力額 × (100 + 税率) ÷ 100',
  'help.tax.toExcluded': '税込→税抜: 入力額 × 100 ÷ (100 + 税率)',
  'help.tax.example':
    '例: 税率10%で税込評価のとき、入札書の金額 28,000,500円（税抜）は 28,000,500 × 110 ÷ 100 = 30,800,550円（税込）として評価します。',
  'help.tax.units':
    '金額は円または千円で入力できます。千円単位の小数は小数第3位（1円）まで入力でき、入力した文字のまま正確に円に直します（16,384.1千円 = 16,384,100円）。',
  'help.tax.records':
    '入力した金額・単位・税区分と評価に用いた額は、監査ログ、採点ワークブック（価格点計算）と選定理由書に記録されます。'
} as const;
