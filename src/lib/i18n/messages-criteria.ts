/** Japanese messages of locking and reopening the criteria, and of the settings form's worked example; merged into `jaWork`. */
export const jaCriteria = {
  'criteria.versions': '評価基準の版',
  'criteria.none': '評価基準はまだ確定されていません。',
  'criteria.lockTitle': '評価基準の確定',
  'criteria.lockIntro':
    '事業者の回答を開封する前に、要件・配点・評価段階・価格の算定式・端数処理・同点の扱いを確定します。確定すると SHA-256 ハッシュ値が記録され、以後の変更には理由の記入が必要になります。',
  'criteria.state': '状態',
  'criteria.state.draft': '未確定',
  'criteria.state.locked': '確定済み（第 {version} 版）',
  'criteria.state.reopened': '変更中（理由: {reason}）',
  'criteria.lock': '評価基準を確定する',
  'criteria.relock': '変更を確定する（第 {version} 版）',
  'criteria.locked': '評価基準を確定しました（第 {version} 版）。',
  'criteria.lockRefused': '確定できません。次の点を直してください。',
  'criteria.hash': 'ハッシュ値（SHA-256）',
  'criteria.reopenTitle': '確定後の変更',
  'criteria.reopenIntro':
    '確定後に評価基準を変更するには理由を記入してください。理由と各版のハッシュ値はすべて記録に残ります。',
  'criteria.reason': '変更の理由',
  'criteria.reopen': '理由を記録して変更を開始',
  'criteria.reasonRequired': '変更の理由を {min} 文字以上で記入してください。',
  'criteria.lockChecksHelp': '確定前に確認する点と、確定できない点・注意で済む点の区別',
  'lock.dialogTitle': '評価基準の確定前の確認',
  'lock.dialogIntro':
    '確定すると要件・配点・採点方法が固定され、以後の変更には理由の記入が必要になります。次の点を確認してください。',
  'lock.summaryTitle': '配点',
  'lock.summary.technical':
    '技術点の満点: {total}（必須 {mandatoryCount} 件の基礎点 {mandatory} ＋ 任意 {scoredCount} 件の加点 {scored}）',
  'lock.summary.mandatoryNote': '基礎点は必須項目に合格したすべての事業者に満点で与えられます。',
  'lock.summary.price': '価格点配分: {price}',
  'lock.summary.ratio': '技術点:価格点 = {ratio}',
  'lock.summary.noRatio.division':
    '技術点:価格点の比率はありません（除算方式では価格点を用いず、評価値 = 技術点 ÷ 入札価格 × 倍率）。',
  'lock.summary.noRatio.none': '技術点:価格点の比率はありません（価格を評価しません）。',
  'lock.summary.stated': '調達で定めた比率（技術点:価格点）: {stated}',
  'lock.summary.notStated': '調達で定めた比率: 設定なし（採点方法の設定で入力できます）',
  'lock.blockTitle': '確定できない点（直してください）',
  'lock.duplicatesTitle': '重複の疑いがある要件',
  'lock.duplicatesIntro':
    '仕様作成で一方を削除・統合するか、両方を残す理由を {min} 文字以上で記入してください。理由は監査ログに記録されます。',
  'lock.duplicate.sameControl':
    '{first} と {second}: 同じカタログ項目・管理策（{control}）に対応しています。',
  'lock.duplicate.similarText': '{first} と {second}: 名称または内容がほぼ同じです（類似度 {similarity}%）。',
  'lock.duplicate.reason': '{first} と {second} を両方残す理由',
  'lock.duplicate.resolve': '仕様作成で {first} と {second} を見直す',
  'lock.duplicate.reasonRequired': '両方を残す理由を {min} 文字以上で記入してください。',
  'lock.duplicate.kept': '理由を記録して両方残します。',
  'lock.warnTitle': '注意（確定はできます）',
  'lock.warn.ratioMismatch':
    '技術点:価格点が調達で定めた比率 {stated}（= {statedPerPrice}:1）と異なります。評価基準では {technical}:{price}（= {perPrice}:1）です。',
  'lock.warn.ratioNotApplicable':
    '調達で定めた比率 {stated} が設定されていますが、この価格評価の方式には価格点がないため照合できません。',
  'lock.warn.mandatoryBonus':
    '必須項目 {count} 件に加点（計 {points}）が入力されています。必須項目は合否で判定し、基礎点のみを与えます: {refs}',
  'lock.warn.rubricNoSpread':
    '評価段階の係数がすべて {factor} のため、任意項目で事業者の間に差が付きません。',
  'lock.warn.rubricNoFullLevel':
    '係数 1 の評価段階がありません（最大 {factor}）。任意項目の加点は満点に届かず、技術点の満点も得られません。',
  'lock.warn.noEvidence':
    '受け付ける証跡（認証・報告書等）が指定されていない要件が {count} 件あります: {refs}',
  // Between requirement numbers in a warning.
  'lock.refsJoin': '、',
  'lock.refsMore': '{refs} ほか {count} 件',
  'lock.none': '確認事項はありません。',
  'lock.confirm': 'この内容で確定する',
  'lock.confirmBlocked': '「確定できない点」をすべて解消すると確定できます。',
  'criteria.reopened': '評価基準の変更を開始しました。要件と採点方法を変更した後、再度確定してください。',
  'criteria.colVersion': '版',
  'criteria.colLockedAt': '確定日時',
  'criteria.colLockedBy': '確定者',
  'criteria.colHash': 'ハッシュ値（SHA-256）',
  'criteria.colReason': '変更理由',
  'criteria.colCounts': '要件・配点',
  'criteria.versionCounts': '{count} 件・{points} 点',
  'criteria.firstVersion': '（初版）',
  'scoring.preview.title': '計算式と計算例',
  'scoring.preview.intro':
    '入力中の設定で、評価手順の例（基礎点10点の必須項目2件、配点30・20・10点の任意項目、評価者3人）を計算した結果です。予定価格が未入力のときは10,000,000円、入札価格はその8割、最低入札価格は7割として計算します。',
  'scoring.formula.itemScore': '任意項目の得点 = 配点 × 評価者の評価段階の係数の平均',
  'scoring.formula.technical': '技術点 = 必須項目の基礎点の合計 + 任意項目の得点（加点）の合計',
  'scoring.formula.pricePointsStandard': '価格点 = 価格点配分 × (1 − 入札価格 ÷ 予定価格)',
  'scoring.formula.pricePointsLowestRatio': '価格点 = 価格点配分 × 最低入札価格 ÷ 入札価格',
  'scoring.formula.total': '総合評価点 = 技術点 + 価格点（それぞれ端数処理をした後の値）',
  'scoring.formula.evaluationValue': '評価値 = 技術点 ÷ 入札価格 × 倍率',
  'scoring.formula.referenceValue': '基準評価値 = 必須項目の基礎点の合計 ÷ 予定価格 × 倍率',
  'scoring.formula.referenceGate': '評価値が基準評価値以上であること（未満の者は不合格）',
  'scoring.formula.passRuleMajority': '必須項目は、評価者の過半数が適合と判定したとき適合',
  'scoring.formula.passRuleUnanimous': '必須項目は、評価者の全員が適合と判定したとき適合',
  'scoring.formula.minimumBonus': '加点の合計が最低点以上であること（未満の者は不合格）',
  'scoring.formula.minimumTechnical':
    '公表する技術点（端数処理後）が最低点以上であること（未満の者は除外。ちょうど最低点の者は除外しない）',
  'scoring.formula.lowBid':
    '調査基準価格を下回る入札（同額は除く）は調査の対象とし、調査の結果により有効・無効を決定',
  'scoring.example.itemScore': '{points} × 平均({factors}) = {points} × {mean} = {result} 点',
  'scoring.example.technical': '技術点 = {base} + {bonus} = {raw} → {result} 点（{rounding}）',
  'scoring.example.pricePointsStandard':
    '価格点 = {allocation} × (1 − {bid}円 ÷ {ceiling}円) = {result} 点（{rounding}）',
  'scoring.example.pricePointsLowestRatio':
    '価格点 = {allocation} × {lowest}円 ÷ {bid}円 = {result} 点（{rounding}）',
  'scoring.example.total': '総合評価点 = {technical} + {price} = {result} 点（{rounding}）',
  'scoring.example.evaluationValue': '評価値 = {technical} ÷ {bid}円 × {scale} = {result}（{rounding}）',
  'scoring.example.referenceValue': '基準評価値 = {base} ÷ {ceiling}円 × {scale} = {result}（{rounding}）',
  'scoring.example.referenceGate': '評価値 {value} {comparison} 基準評価値 {reference} → {outcome}',
  'scoring.example.passRule':
    '評価者 {evaluators} 人中 {passes} 人が適合 → {outcome}（{required} 人以上で適合）',
  'scoring.example.minimumBonus': '加点の合計 {bonus} {comparison} 最低点 {minimum} → {outcome}',
  'scoring.example.minimumTechnical': '技術点 {technical} {comparison} 最低点 {minimum} → {outcome}',
  'scoring.example.lowBid': '入札価格 {bid}円 {comparison} 調査基準価格 {threshold}円 → {outcome}',
  'scoring.outcome.meets': '適合',
  'scoring.outcome.doesNotMeet': '不適合',
  'scoring.outcome.qualified': '合格',
  'scoring.outcome.disqualified': '不合格',
  'scoring.outcome.investigate': '調査の対象',
  'scoring.outcome.noInvestigation': '調査の対象外',
  'scoring.formula.pricePointsWithFloor':
    '価格点 = 価格点配分 × [1 − (入札価格 − 基礎価格) ÷ (予定価格 − 基礎価格)]（入札価格が基礎価格以下のときは価格点配分）',
  'scoring.formula.pricePointsAtFloor': '入札価格が基礎価格以下のとき、価格点 = 価格点配分',
  'scoring.formula.pricePointsReducedSlope':
    '基準額を上回る入札: 価格点 = 価格点配分 × (1 − 入札価格 ÷ 予定価格)。基準額以下の入札: 価格点 = 価格点配分 × [(1 − 基準額 ÷ 予定価格) + 係数 r × (基準額 − 入札価格) ÷ 予定価格]',
  'scoring.example.itemScoreRounded':
    '{points} × 平均({factors}) = {points} × {mean} = {raw} → {result} 点（{rounding}）',
  'scoring.example.pricePointsWithFloor':
    '価格点 = {allocation} × [1 − ({bid}円 − {floor}円) ÷ ({ceiling}円 − {floor}円)] = {result} 点（{rounding}）',
  'scoring.example.pricePointsAtFloor':
    '入札価格 {bid}円 ≤ 基礎価格 {floor}円 → 価格点 = {allocation} = {result} 点（{rounding}）',
  'scoring.example.pricePointsReducedSlope':
    '入札価格 {bid}円 ≤ 基準額 {threshold}円 → 価格点 = {allocation} × [(1 − {threshold}円 ÷ {ceiling}円) + {factor} × ({threshold}円 − {bid}円) ÷ {ceiling}円] = {result} 点（{rounding}）',
  'scoring.example.pricePointsReducedSlopeAbove':
    '入札価格 {bid}円 > 基準額 {threshold}円 → 価格点 = {allocation} × (1 − {bid}円 ÷ {ceiling}円) = {result} 点（{rounding}）',
  'scoring.preview.roundingTitle': '端数処理',
  'scoring.preview.roundingRule': '{figure}: {rounding}',
  'scoring.preview.parameters':
    '基礎価格・基準額が未入力のときは、それぞれ予定価格の5割・8割5分として計算します。'
} as const;
