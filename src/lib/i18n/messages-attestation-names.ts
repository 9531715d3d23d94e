/**
 * Japanese messages of the attestation types’ names and their statuses: part of the `vendor` area
 * (`jaVendor`) and of the decision memo's (`jaMemo`), which prints them too, so the memo opened
 * cold loads these and not the whole area.
 */
export const jaAttestationNames = {
  'attestation.ismap': 'ISMAP 登録',
  'attestation.ismapLiu': 'ISMAP-LIU 登録',
  'attestation.soc2Type2': 'SOC 2 Type II 報告書',
  'attestation.soc2Type1': 'SOC 2 Type I 報告書',
  'attestation.soc3': 'SOC 3 報告書',
  'attestation.csGold': 'CSゴールドマーク',
  'attestation.csSilver': 'CSシルバーマーク',
  'attestation.iso27001': 'ISO/IEC 27001 認証',
  'attestation.iso27017': 'ISO/IEC 27017 認証',
  'attestation.csaStar2Certification': 'CSA STAR 認証（レベル2）',
  'attestation.csaStar2Attestation': 'CSA STAR アテステーション（レベル2）',
  'attestation.csaStar1': 'CSA STAR 自己評価（レベル1）',
  'attestation.aspic': 'ASPIC 情報開示認定',
  'attestation.selfAssessment': '自己評価・質問票回答',
  'attestation.other': 'その他',
  'vendor.status.valid': '有効',
  'vendor.status.expired': '期限切れ',
  'vendor.status.stale': '期間経過（鮮度不足）',
  'vendor.status.qualified': '意見なし・否定的意見',
  'vendor.status.outOfScope': '対象範囲外',
  'vendor.status.unverified': '未確認'
} as const;
