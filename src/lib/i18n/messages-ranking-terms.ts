/**
 * Japanese messages of the ranking as the results page and the decision memo both show it: its
 * columns, standings, bids, reasons and ties. Part of the `results` area (`jaResults`) and of the
 * memo's (`jaMemo`), so the memo opened cold does not load the results page's other texts.
 */
export const jaRankingTerms = {
  'results.notReleased': '結果は技術評価の締切り後に表示されます。',
  'results.toEvaluate': '採点へ移動',
  'results.settingsIssue.missingCeiling': '予定価格が設定されていないため、価格を評価できません。',
  'results.settingsIssue.invalidAllocation': '価格点配分が正しくないため、価格点を計算できません。',
  'results.settingsIssue.invalidScale': '除算方式の倍率が正しくないため、評価値を計算できません。',
  'results.settingsIssue.invalidSettings':
    '評価基準の設定に許される範囲外の値があります。この結果を用いる前に評価基準で修正してください。',
  'results.tableCaption': '順位表',
  'results.colRank': '順位',
  'results.colBase': '基礎点',
  'results.colBonus': '加点',
  'results.colTechnical': '技術点',
  'results.colPrice': '価格点',
  'results.colTotal': '総合評価点',
  'results.colEvaluationValue': '評価値',
  'results.colBid': '入札価格',
  'results.colStanding': '判定',
  'results.rank': '{rank} 位',
  'results.noValue': '—',
  'results.standing.ranked': '合格',
  'results.standing.pending': '未確定',
  'results.standing.disqualified': '不合格',
  'results.tie': '同順位（未決定）',
  'results.bidStatus.valid': '有効',
  'results.bidStatus.invalid': '無効',
  'results.bidStatus.withdrawn': '辞退',
  'results.bidStatus.overCeiling': '予定価格超過',
  'results.lowBid.pending': '調査基準価格を下回る入札（調査中）',
  'results.lowBid.accepted': '調査基準価格を下回る入札（調査の結果 有効）',
  'results.lowBid.rejected': '調査基準価格を下回る入札（調査の結果 無効）',
  'results.reason.mandatoryFailed': '必須項目 {ref} が不適合',
  'results.reason.overCeiling': '入札価格が予定価格を超えている',
  'results.reason.invalidBid': '入札が無効（{reason}）',
  'results.reason.withdrawn': '辞退',
  'results.reason.missingBid': '入札価格が未入力',
  'results.reason.belowMinimumBonus': '加点の合計が最低点に満たない',
  'results.reason.belowMinimumTechnical': '技術点が最低点（{minimum}点）に満たない',
  'results.reason.lowestLevel': '評価項目 {ref} が最低の段階（足切り）',
  'results.reason.belowReferenceValue': '評価値が基準評価値に満たない',
  'results.reason.lowBidRejected': '調査基準価格を下回り、調査の結果 無効とされた',
  'results.reason.missingGrades': '採点または評価理由が {count} 件未入力',
  'results.referenceValue': '基準評価値',
  'results.tiesTitle': '同点の扱い',
  'results.tieResolved': '第 {rank} 位で同点（{vendors}）: {winner} を上位とした（{method}）',
  'results.tieOpen':
    '第 {rank} 位で同点（{vendors}）: 技術点でも決まらず、くじ等による決定が記録されていません',
  'results.listSeparator': '、',
  'explain.verdict.pass': '適合',
  'explain.verdict.fail': '不適合',
  'results.settingsIssue.missingPriceParameter':
    '価格点の算定式に必要な基礎価格・基準額・係数が設定されていないか正しくないため、価格点を計算できません。'
} as const;
