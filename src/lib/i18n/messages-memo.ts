/**
 * Japanese messages of the decision memo (決定書) that no other page shows first, and the shared
 * terms it prints (their own files, also in the areas of the pages that show them), so the memo
 * opened cold loads exactly what it prints: its other words are in the `results` area.
 */
import { jaScoringTerms } from './messages-scoring-terms';
import { jaAttestationNames } from './messages-attestation-names';
import { jaSubcontractorTerms } from './messages-subcontractor-terms';
import { jaAmounts } from './messages-amounts';
import { jaAnswerNames } from './messages-answer-names';

export const jaMemo = {
  ...jaScoringTerms,
  ...jaAttestationNames,
  ...jaSubcontractorTerms,
  ...jaAmounts,
  ...jaAnswerNames,
  'memo.weightsTitle': '配点と重み',
  'memo.weightsDomains': '分野ごとの重み（技術点の満点に占める割合）',
  'memo.weightsDomain': '{domain}: {points} 点・{percent}%（{items}）',
  'memo.weightsNoDomain': '分野なし',
  'memo.weightsItem': '{ref} {percent}%',
  'memo.weightsGate': '{ref} 合否のみ',
  'weights.technicalMax': '技術点の満点: {points} 点',
  'weights.ratio':
    '技術点:価格点 = {technical}:{price}（総合評価点の満点に占める割合 {technicalPercent}% : {pricePercent}%）',
  'weights.noPrice': '価格点がない方式のため、技術点:価格点の比はありません。',
  'weights.converted':
    '配点は重み（%）から換算しました: 技術点の満点 {total} 点を各要件の重みに比例して配分し、端数は最大剰余方式で整数にしています（切り捨てた後の残りの点を、端数の大きい順に1点ずつ。端数が等しいときは仕様書の順）。',
  'weights.convertedItem': '{ref}: {percent}% → {points} 点',
  'workbook.weightsConversion': '重みからの換算',
  'scoring.roundingNote.none': '端数処理なし',
  'scoring.roundingNote.floor': '小数点以下第{decimals}位未満の端数を切捨て',
  'scoring.roundingNote.floorInteger': '小数点以下の端数を切捨て',
  'scoring.roundingNote.halfUp': '小数点以下第{decimals}位未満の端数を四捨五入',
  'scoring.roundingNote.halfUpInteger': '小数点以下の端数を四捨五入',
  'registers.outcome.confirmed': '登録簿で確認',
  'registers.outcome.notListed': '未掲載',
  'registers.outcome.mismatch': '内容不一致',
  'registers.outcome.expired': '期限切れ',
  'registers.outcome.revoked': '取消',
  'spec.presetSettingsSeparator': '／',
  'workbook.audit.changed': '{field}: {before} → {after}',
  'workbook.audit.items': '{count} 件',
  'workbook.audit.others': 'ほか {count} 項目',
  'workbook.audit.record': '（記録）',
  'workbook.audit.seeMachine': '変更前・変更後は「監査ログ（機械可読）」シートの連番 {seq} を参照',
  'workbook.audit.set': '{field}: {value}',
  'workbook.auditField.title': '件名',
  'workbook.auditField.organisation': '調達機関',
  'workbook.auditField.name': '名称',
  'workbook.auditField.company': '会社名',
  'workbook.auditField.role': '役割',
  'workbook.auditField.ref': '要件番号',
  'workbook.auditField.text': '内容',
  'workbook.auditField.kind': '区分',
  'workbook.auditField.points': '配点',
  'workbook.auditField.order': '順序',
  'workbook.auditField.version': '版',
  'workbook.auditField.hash': 'ハッシュ',
  'workbook.auditField.level': '評価段階',
  'workbook.auditField.verdict': '適否',
  'workbook.auditField.rationale': '評価理由',
  'workbook.auditField.answer': '回答',
  'workbook.auditField.explanation': '説明',
  'workbook.auditField.bidPrice': '入札価格',
  'workbook.auditField.bidTyped': '入札書の金額',
  'workbook.auditField.number': '番号',
  'workbook.auditField.issuer': '発行者',
  'workbook.auditField.expiry': '有効期限',
  'workbook.auditField.evaluator': '評価者',
  'workbook.auditField.criteriaVersion': '評価基準の版',
  'workbook.auditField.reason': '理由',
  'workbook.auditField.sha256': 'SHA-256',
  'workbook.auditField.size': 'サイズ',
  'workbook.auditField.keptDuplicates': '重複の疑いを残した要件（理由）',
  'workbook.auditField.registerChanges': '登録簿との照合結果の変化'
} as const;
