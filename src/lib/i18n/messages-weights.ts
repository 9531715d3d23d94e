/**
 * Japanese messages of points as weights (配点と重み): the criteria page's weights, the entry of weights in %,
 * the lock dialog, the memo, the workbook and the help page's rule (`domain/weights.ts`).
 */
export const jaWeights = {
  'weights.title': '配点と重み',
  'weights.intro':
    '各要件の配点が技術点の満点に占める割合（重み）と、技術点と価格点の比です。0点の必須項目は合否のみを判定し、技術点には含まれません。',
  'weights.colWeight': '重み（技術点に占める割合）',
  'weights.percent': '{percent}%',
  'weights.gateOnly': '合否のみ（0点）',
  'weights.convertedStale':
    '換算の後に配点が変更されたため、記載された換算は現在の配点と一致しません。重みから再度換算するか、換算の記載を外してください。',
  'weights.clear': '換算の記載を外す',
  'weights.cleared': '重みからの換算の記載を外しました。配点はそのままです。',
  'weights.enterTitle': '重み（%）で配点を入力する',
  'weights.enterHelp':
    '各要件の重みを % で入力すると（合計100%）、技術点の満点を重みに比例して整数の点に配分します。0%の必須項目は合否のみの要件になります。換算の方法と結果は評価基準に記載され、監査ログに記録されます。',
  'weights.total': '技術点の満点（整数）',
  'weights.percentLabel': '{ref} の重み（%）',
  'weights.sum': '入力中の合計: {sum}%',
  'weights.apply': '重みから配点に換算',
  'weights.applied': '重みから配点を換算しました（技術点の満点 {total} 点）。',
  'weights.error.weightPercent': '{ref}: 重みは0以上100以下の数（小数第2位まで）で入力してください。',
  'weights.error.weightSum': '重みの合計が {sum}% です。合計が100%になるように入力してください。',
  'weights.error.weightTotal': '技術点の満点は1以上100,000以下の整数で入力してください。',
  'weights.error.weightScoredZero':
    '{ref}: 任意項目の配点が換算後に0点になります。重みを大きくしてください。',
  'weights.lockWeights': '重み（技術点に占める割合）',
  'scoring.error.weightConversion':
    '評価基準に記載された重みからの換算が不完全です（重みの合計が100%でない、又は配点の合計が満点と一致しない）。',
  'workbook.weightColumn': '重み（%）',
  'workbook.gateOnly': '合否のみ',
  'workbook.domainWeights': '分野ごとの配点と重み',
  'workbook.weightsRatio': '技術点:価格点',
  'help.weights.title': '配点と重み',
  'help.weights.share':
    '重みは、要件の配点（必須項目は基礎点、任意項目は加点の上限）を技術点の満点で割った割合です。技術点:価格点は、技術点の満点と価格点配分の比で、それぞれが総合評価点の満点に占める割合も示します。表示は小数第1位で四捨五入しています。',
  'help.weights.gate':
    '必須項目の基礎点は0点にできます。0点の必須項目は合否のみを判定し（不適合なら失格）、技術点にも満点にも加わりません。',
  'help.weights.documents':
    '選定理由書と採点表（Excel）は、技術点の満点、技術点:価格点、分野ごとの配点と重み（その分野の要件ごとの重みも）を記載します。分野の重みは、その分野の要件の重みの合計です。重みから換算したときは、換算の方法と結果も記載します。',
  'help.weights.convert':
    '重み（%）から配点への換算: 各要件の割当て = 重み × 技術点の満点 ÷ 100 を正確に計算し、まず小数点以下を切り捨てます。満点に足りない残りの点は、切り捨てた端数の大きい要件から順に1点ずつ加えます（最大剰余方式）。端数が等しいときは仕様書の順で先の要件に加えます。配点の合計は必ず満点に一致します。例: 満点100点、重み 33.33% / 33.33% / 33.34% → 33.33 / 33.33 / 33.34 → 33 / 33 / 34 点。'
} as const;
