/**
 * Japanese messages of the problems an import reports (a questionnaire pack, a vendor's own layout,
 * licensed text, CAIQ) and of the criteria lock and the post-close correction: workspace pages only,
 * so they load with the workspace's messages, not with the first page.
 */
export const jaImport = {
  'issue.unzippedTooLarge':
    'ファイルを展開すると {unzippedMb} MB になり、上限（{limitMb} MB）を超えます。圧縮爆弾（zip bomb）のおそれがあるため、展開せずに読み込みを中止しました。',
  'issue.notSpreadsheet':
    '表計算ファイル（.xlsx・.xls・.ods・.csv・.tsv・.txt）として読み込めないファイルです。',
  'issue.unknownControlId':
    '{sheet} シートの {row} 行 {column} 列: 管理策番号「{id}」はカタログにありません。',
  'issue.ambiguousControlId':
    '{sheet} シートの {row} 行 {column} 列: 管理策番号「{id}」に当てはまる管理策が複数のカタログにあります。「iso27002:9.4.1」のようにカタログ名を付けて指定してください。',
  'issue.unknownRequirementId':
    '{sheet} シートの {row} 行 {column} 列: 要件ID「{id}」は確定済みの評価基準にありません。この行は取り込みません。',
  'issue.requirementTextChanged':
    '{sheet} シートの {row} 行 {column} 列: 要件 {ref} の内容が確定済みの評価基準と異なります。この行の回答は取り込みません。',
  'issue.templateVersionMismatch':
    'Sentei の回答票（{expected}）として読み込めません。テンプレート情報がないか、別の版（{found}）です。',
  'issue.checksumMismatch':
    '{sheet} シートの {row} 行 {column} 列: 回答票の要件チェックサムが確定済みの評価基準と一致しません。別の版の評価基準で作成された回答票の可能性があります。',
  'issue.otherVendor':
    '{sheet} シートの {row} 行 {column} 列: この回答票は別の事業者（{found}）向けに作成されたものです。取り込みません。',
  'issue.answerNotInList':
    '{sheet} シートの {row} 行 {column} 列: 回答「{value}」は「対応」「一部対応」「未対応」のいずれでもありません。この回答は取り込まず、保存済みの回答は変わりません。',
  'issue.answerNotApplicable':
    '{sheet} シートの {row} 行 {column} 列: 要件 {ref} の回答が「{value}」です。要件はすべての事業者に適用されるため「該当なし」は選べません。「対応」「一部対応」「未対応」のいずれかで回答してください。保存済みの回答は変わりません。',
  'issue.missingRequiredColumn': '{sheet} シートの {row} 行目: 「{name}」の列が見つかりません。',
  'issue.unknownAttestationType':
    '{sheet} シートの {row} 行 {column} 列: 認証の種類「{value}」は一覧にありません。この行は取り込みません。',
  'issue.unknownOpinion':
    '{sheet} シートの {row} 行 {column} 列: 意見「{value}」は一覧にありません。意見は空欄として取り込みます。',
  'issue.invalidDate':
    '{sheet} シートの {row} 行 {column} 列: 「{value}」は日付として読めません（2025-04-01 や 令和7年4月1日 の形式で記入してください）。空欄として扱います。',
  'issue.impossibleDate':
    '{sheet} シートの {row} 行 {column} 列: 「{value}」はありえない日付です（存在しない月日、または元号の始まりより前の日付）。空欄として扱います。',
  'issue.ambiguousDate':
    '{sheet} シートの {row} 行 {column} 列: 「{value}」は年が先頭にない数字の日付です。この調達では数字の日付を 年/月/日 の順でのみ読むため、月日の順が決められず、空欄として扱います。2026/3/31 や 31 Mar 2026 の形式で記入するか、調達の設定「事業者の数字の日付の読み方」で 月/日/年 または 日/月/年 を選んで読み込み直してください。',
  'issue.dateEraOverrun':
    '{sheet} シートの {row} 行 {column} 列: 「{value}」はその元号が終わった後の日付のため、{date} として読み込みます。日付をご確認ください。',
  'issue.dateWeekdayMismatch':
    '{sheet} シートの {row} 行 {column} 列: 「{value}」の曜日が日付と合いません（{date} は{weekday}です）。日付を {date} として読み込みます。日付と曜日をご確認ください。',
  'issue.unknownCertificationType':
    '{sheet} シートの {row} 行 {column} 列: 委託先「{name}」の認証「{value}」は一覧にありません。この認証は取り込みません。',
  'issue.textTooLong':
    '{sheet} シートの {row} 行 {column} 列: 文字数が {length} 文字あり、1 つのセルに入る {max} 文字を超えています。途中で切らずに取り込むことはできないため、この行は取り込みません。{max} 文字以内に短くしてから読み込み直してください。',
  'issue.subcontractorNameMissing':
    '{sheet} シートの {row} 行 {column} 列: 委託先の名称が空欄です。この行は取り込みません。',
  'issue.soc2ReportTypeInvalid':
    '{sheet} シートの {row} 行 {column} 列: 「{value}」は SOC 2 詳細に記入できる報告書の種類（SOC 2 Type II・SOC 2 Type I・SOC 3・CSA STAR アテステーション）ではありません。',
  'issue.soc2ReportIdentityMissing':
    '{sheet} シートの {row} 行 {column} 列: どの報告書の行かを示す監査人と対象期間（Type I は基準日）を記入してください。',
  'issue.soc2DateUnreadable':
    '{sheet} シートの {row} 行 {column} 列: 「{value}」は日付として読めません（2025-04-01 や 令和7年4月1日 の形式で記入してください）。',
  'issue.soc2UnknownItem':
    '{sheet} シートの {row} 行 {column} 列: 項目「{value}」は一覧にありません（意見・例外事項・サブサービス組織・ブリッジレター・CUEC）。',
  'issue.soc2ItemNotForType':
    '{sheet} シートの {row} 行 {column} 列: 「{value}」は {type} には記録しない項目です。',
  'issue.soc2CriterionInvalid':
    '{sheet} シートの {row} 行 {column} 列: 「{value}」はトラストサービス規準の番号（CC6.1、A1.2 など）ではありません。',
  'issue.soc2TextMissing':
    '{sheet} シートの {row} 行 {column} 列: 内容（例外事項の内容・組織名・統制）が空欄です。',
  'issue.soc2OpinionUnknown':
    '{sheet} シートの {row} 行 {column} 列: 意見「{value}」は一覧（無限定意見・限定付意見・否定的意見・意見不表明）にありません。',
  'issue.soc2BridgeInvalid':
    '{sheet} シートの {row} 行 {column} 列: ブリッジレターには日付と対象期間の終了日（報告書の対象期間の終了より後）の両方が必要です。',
  'issue.soc2Conflict':
    '{sheet} シートの {row} 行 {column} 列: 同じ報告書について異なる内容（「{value}」）が記入されています（意見とブリッジレターは報告書ごとに 1 つです）。',
  'issue.soc2ReportLeftOut':
    '{sheet} シートの {row} 行: 監査人 {issuer}・期間 {period} の報告書は、読めない行があるため、第三者認証シートの行も含めて取り込みません（例外事項の一部だけを記録すると、報告書が実際より良く見えるため）。',
  'issue.soc2ReportNotListed':
    '{sheet} シートの {row} 行: 監査人 {issuer}・期間 {period} の報告書は、第三者認証シートにも登録済みの認証にもありません。第三者認証シートに報告書の行を記入してください。この報告書の行は取り込みません。',
  'issue.unmatchedKey':
    '{sheet} シートの {row} 行 {column} 列: 「{key}」に当たる要件がありません（{count} 行）。これらの行は取り込みません。',
  'issue.unmatchedKeysOmitted':
    '{sheet} シート: ほかに {count} 種類の番号が要件に当たりません。これらの行は取り込みません。',
  'issue.missingKey':
    '{sheet} シートの {row} 行 {column} 列から: 対応付けの列が空欄の行が {count} 行あります。これらの行は取り込みません。',
  'issue.unmappedAnswerValue':
    '{sheet} シートの {row} 行 {column} 列: 回答「{value}」の意味が選ばれていません（{count} 行）。回答は空欄として扱います。',
  'issue.emptyText': '{sheet} シートの {row} 行 {column} 列: 「{id}」の本文が空です。',
  'issue.duplicateControlId':
    '{sheet} シートの {row} 行 {column} 列: 番号「{id}」が重複しています。最初の行の内容を使います。',
  'issue.missingColumn': '{sheet} シート: 「{column}」の列が見つかりません。',
  'issue.notCaiq':
    'CAIQ v4 の質問票として読み込めません。見出しが「Question ID」の列がある表が見つかりませんでした。',

  'issue.frozenAfterTechnicalLock':
    '技術評価の締切り後のため、回答・認証・委託先・事業者名は変更できません。',
  'issue.correctionReasonMissing': '締切後の訂正には理由の記入が必要です。',
  'issue.correctionReasonTooLong': '訂正の理由は {max} 文字以内で記入してください。',
  'issue.levelPointsKind': '要件 {ref}: 段階別配点は任意項目（加点項目）にだけ定められます。',
  'issue.levelPointsLevels':
    '要件 {ref}: 段階別配点には評価段階のすべての記号を、評価段階の順に1つずつ含めてください。',
  'issue.levelPointsRange': '要件 {ref}: 各段階の点数は0以上、配点以下の数にしてください。',
  'issue.levelPointsTop': '要件 {ref}: 最上位の段階の点数は配点と同じにしてください。',
  'issue.levelPointsOrder': '要件 {ref}: 下位の段階の点数が上位の段階の点数を上回っています。',
  'issue.excludeAtLowestKind': '要件 {ref}: 最低段階での除外（足切り）は任意項目にだけ定められます。',
  'issue.pointsNegative': '要件 {ref}: 必須項目の基礎点は0以上の数にしてください（0点は合否のみの要件です）。'
} as const;
