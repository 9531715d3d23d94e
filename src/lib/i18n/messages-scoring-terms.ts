/**
 * Japanese messages of the scoring rules’ names (price method and formula, pass rule, rounding, the figures): part of the `scoring` area
 * (`jaScoring`) and of the decision memo's (`jaMemo`), which prints them too, so the memo opened
 * cold loads these and not the whole area.
 */
export const jaScoringTerms = {
  'scoring.priceMethod.none': 'なし（価格を評価しない）',
  'scoring.priceMethod.additive': '加算方式（総合評価点 = 技術点 + 価格点）',
  'scoring.priceMethod.division': '除算方式（評価値 = 技術点 ÷ 入札価格 × 倍率）',
  'scoring.priceFormula.standard': '標準: 価格点配分 × (1 − 入札価格 ÷ 予定価格)',
  'scoring.priceFormula.lowestRatio': '最低価格比: 価格点配分 × 最低入札価格 ÷ 入札価格',
  'scoring.priceFormula.withFloor':
    '基礎価格方式: 価格点配分 × [1 − (入札価格 − 基礎価格) ÷ (予定価格 − 基礎価格)]（基礎価格以下は満点）',
  'scoring.priceFormula.reducedSlope':
    '基準額以下の傾き逓減: 基準額を上回る入札は標準の式、基準額以下は 価格点配分 × [(1 − 基準額 ÷ 予定価格) + 係数 r × (基準額 − 入札価格) ÷ 予定価格]',
  'scoring.passRule.majority': '過半数（評価者の過半数が適合と判定すれば適合）',
  'scoring.passRule.unanimous': '全員一致（評価者の全員が適合と判定すれば適合）',
  'scoring.rounding.floor': '切捨て',
  'scoring.rounding.halfUp': '四捨五入',
  'scoring.rounding.none': 'なし',
  'scoring.figure.itemMean': '任意項目の得点（平均点）',
  'scoring.figure.technical': '技術点',
  'scoring.figure.price': '価格点',
  'scoring.figure.total': '総合評価点',
  'scoring.figure.evaluationValue': '評価値',
  'scoring.figure.referenceValue': '基準評価値',
  'scoring.floorPrice': '基礎価格 F（円）',
  'scoring.slopeThreshold': '基準額 T（円、調査基準価格等）',
  'scoring.slopeFactor': '基準額以下の傾きの係数 r（0〜1）',
  'scoring.tieBreak.rule': '技術点の高い者を上位とし、なお同点の場合はくじ等により決定し記録する。'
} as const;
