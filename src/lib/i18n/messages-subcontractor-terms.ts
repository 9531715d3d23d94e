/**
 * Japanese messages of a subcontractor’s criticality and method (委託先), and where a buyer
 * obligation comes from: part of the `collect` and `vendor` areas and of the decision memo's
 * (`jaMemo`), which print them too, so the memo opened cold loads these and not the whole areas.
 */
export const jaSubcontractorTerms = {
  'collect.criticality.critical': '重要',
  'collect.criticality.normal': '通常',
  'collect.method.carveOut': '除外方式',
  'collect.method.inclusive': '一体方式',
  'obligations.source': '{type}（{details}）',
  'obligations.sourceAuditor': '監査人: {issuer}',
  'obligations.sourceNumber': '番号: {number}',
  'obligations.sourcePeriod': '対象期間 {start}〜{end}',
  'obligations.sourceDate': '基準日 {date}',
  'obligations.sourceSeparator': '、'
} as const;
