/** Japanese messages of the Excel scoring workbook and the ranking CSV; merged into `jaWork`. */
export const jaWorkbook = {
  'workbook.title': '採点ワークブック・順位表の書き出し',
  'workbook.note':
    '集計・価格点・総合評価・順位は、ワークブック内の採点から Excel 上で再計算される数式として出力します。',
  'workbook.export': '採点ワークブックを書き出す（Excel）',
  'workbook.csvUtf8': '順位表を CSV で書き出す（UTF-8 BOM 付き）',
  'workbook.csvSjis': '順位表を CSV で書き出す（Shift_JIS）',
  'workbook.cancel': '中止',
  'workbook.phase.stability': '安定性を計算しています',
  'workbook.phase.building': 'シートを作成しています',
  'workbook.phase.writing': 'ファイルを書き出しています',
  'workbook.fileName': '採点ワークブック',
  'workbook.csvFileName': '順位表',
  'workbook.exported': '{name} を書き出しました。',
  'workbook.failed': '書き出せませんでした（{detail}）。'
} as const;
