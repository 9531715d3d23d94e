/** Japanese messages of the operator (氏名・所属) and the evaluators' passphrases; merged into `jaWork`. */
export const jaPeople = {
  'people.help.title': '操作者と合言葉',
  'people.help.change':
    '設定した合言葉の変更と解除には、今の合言葉の入力が必要です（開いたままの採点表を他の人が変えられないように）。解除は操作者の氏名で監査ログに記録されます。',
  'people.help.grades':
    '共用の端末では、採点の記録に「誰の採点表か（評価者）」と「誰が操作したか（操作者）」の両方が残ります。',
  'people.operator.title': '操作者（この端末で操作する人）',
  'people.operator.intro':
    'この端末で操作する人の氏名と所属を入力してください。監査ログ・選定理由書・採点表に操作者として記録されます。評価基準の確定、合議、技術評価の締切り、開札、採点の返却・取込みは、氏名を設定するまで行えません。',
  'people.operator.kept':
    'このブラウザ（プロファイル）に保存され、案件をまたいで使われます。バックアップには含まれません（別の端末で復元しても、その端末の操作者として記録されます）。変更は各案件の監査ログに記録されます。',
  'people.operator.name': '操作者の氏名',
  'people.operator.affiliation': '操作者の所属（任意）',
  'people.operator.save': '操作者を保存',
  'people.operator.later': '後で',
  'people.operator.saved': '操作者を「{label}」として保存しました。',
  'people.operator.savedAudited':
    '操作者を「{label}」として保存し、{count}件の案件の監査ログに記録しました。',
  'people.operator.nameMissing': '氏名を入力してください。',
  'people.operator.nameTooLong': '氏名は{max}文字以内で入力してください。',
  'people.operator.affiliationTooLong': '所属は{max}文字以内で入力してください。',
  'people.operator.required':
    '操作者の氏名が設定されていないため、この操作はできません。ページ上部の「操作者」欄で氏名と所属を設定してから、もう一度行ってください。',
  'people.pass.gateTitle': '{name} の採点表は合言葉で保護されています',
  'people.pass.gateChair': '委員長の画面（提出状況・合議・締切り・開札）も、委員長の合言葉で開きます。',
  'people.pass.label': '合言葉',
  'people.pass.open': '開く',
  'people.pass.checking': '確認しています…',
  'people.pass.wrong': '合言葉が違います。',
  'people.pass.setTitle': '合言葉を設定する（任意）',
  'people.pass.changeTitle': '合言葉を変更する',
  'people.pass.isSet': 'この採点表には合言葉が設定されています。',
  'people.pass.new': '新しい合言葉（{min}文字以上）',
  'people.pass.confirm': '確認のためもう一度',
  'people.pass.save': '合言葉を保存',
  'people.pass.saved': '{name} の合言葉を保存しました。',
  'people.pass.tooShort': '合言葉は{min}文字以上にしてください。',
  'people.pass.tooLong': '合言葉は{max}文字以内にしてください。',
  'people.pass.mismatch': '確認の入力が一致しません。',
  'people.pass.invalid': '合言葉の記録が正しくないため、保存しませんでした。',
  'people.pass.what':
    '合言葉は、共用の端末で他の人の採点表を誤って・無断で開かないためのものです（正直さを保つ仕組み）。データベースを手にした人から採点を隠すものではありません。採点は暗号化されずに保存されています。評価者を確実に分けるには、評価者パッケージ（各評価者の端末で採点）を使ってください。合言葉そのものは保存せず、ソルト付きのハッシュ（PBKDF2-SHA-256、{iterations}回）だけを保存します。',
  'people.pass.resetTitle': '合言葉のリセット',
  'people.pass.resetNote':
    '評価者が合言葉を忘れたときに、委員長が一度だけリセットできます（監査ログに記録）。リセット後、評価者は採点表を開いて新しい合言葉を設定します。',
  'people.pass.reset': '{name} の合言葉をリセット',
  'people.pass.resetDone': '{name} の合言葉をリセットしました。',
  'people.pass.noneSet': '合言葉を設定している評価者はいません。',
  'people.pass.current': '今の合言葉',
  'people.pass.currentWrong': '今の合言葉が違います。変更・解除には今の合言葉が必要です。',
  'people.pass.clear': '合言葉を解除する',
  'people.pass.clearNote':
    '解除には今の合言葉を入力してください。解除は操作者の氏名で監査ログに記録されます。',
  'people.pass.cleared': '{name} の合言葉を解除しました。',
  'people.pass.resetConfirmTitle': '{name} の合言葉をリセットしますか',
  'people.pass.resetConfirm':
    '{name} の採点表の合言葉を消します。{name} は次に採点表を開くときに新しい合言葉を設定します。このリセットは操作者の氏名で監査ログに記録されます。本人から依頼があったことを確かめてから行ってください。',
  'people.pass.resetConfirmButton': 'リセットする',
  'people.pass.forgottenTitle': '委員長の合言葉を忘れた場合',
  'people.pass.forgottenNote':
    '委員長の合言葉をリセットできる人はいません。忘れた場合は、誰が・なぜ解除するのかを書いた申告で解除します。申告は操作者の氏名とともに監査ログ（および採点ワークブックの監査ログ）に残り、後から誰でも確認できます。解除の後、委員長の画面が開きます。新しい合言葉を設定してください。',
  'people.pass.forgottenHonesty':
    'これは共用の端末で正直さを保つための仕組みであり、セキュリティではありません。この端末を使える人なら誰でも申告を書けます。防げるのは「黙って」開くことだけで、記録が残ることが抑止になります。',
  'people.pass.statement': '申告（誰が・なぜ解除するか。{min}文字以上）',
  'people.pass.statementConfirm':
    'この申告のとおり解除すること、申告が操作者の氏名で監査ログに残ることを確認しました。',
  'people.pass.statementTooShort': '申告は{min}文字以上で書いてください。',
  'people.pass.statementTooLong': '申告は{max}文字以内にしてください。',
  'people.pass.notConfirmed': '確認の欄にチェックを入れてください。',
  'people.pass.forgottenClear': '申告して委員長の合言葉を解除する',
  'people.pass.chairCleared': '{name} の合言葉を申告により解除しました（監査ログに記録）。'
} as const;
