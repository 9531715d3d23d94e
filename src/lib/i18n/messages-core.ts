/**
 * The messages every page may show, in Japanese (the default, built into the first page). The
 * English table (`messages-en`) must have exactly these keys.
 */
export const ja = {
  'app.name': '選定 Sentei',
  'app.tagline': 'クラウドサービス調達の評価ツール',
  'app.skipToContent': '本文へ移動',
  'app.localOnly': 'データはこの端末のブラウザ内にのみ保存され、外部に送信されることはありません。',
  'app.loading': '読み込み中…',
  'nav.main': 'メインメニュー',
  'nav.procurements': '調達案件一覧',
  'nav.settings': '設定',
  'lang.label': '表示言語',
  'lang.ja': '日本語',
  'lang.en': 'English',

  'db.versionChange':
    '別のタブでこのアプリが更新されました。データを守るため、このページを再読み込みしてください。',
  'db.blocked': '別のタブが古いバージョンのまま開いています。他のタブを閉じてから再読み込みしてください。',
  'db.reload': '再読み込み',
  'storage.quotaExceeded':
    '保存容量が不足しているため保存できませんでした。変更は一切保存されていません。不要な証跡ファイルや案件を削除するか、ブラウザの保存容量を確保してください。',
  'storage.databaseClosed':
    'データベースとの接続が切れました。ページを再読み込みしてください。変更は保存されていません。',
  'storage.notFound': '対象のデータが見つかりません。別のタブで削除された可能性があります。',
  'storage.locked': '確定済みのため変更できません。',
  'storage.criteriaNotLocked': '評価基準を確定してから採点してください。',
  'storage.gradingClosed': '提出済みまたは技術評価の締切り後のため、採点は変更できません。',
  'storage.invalidGrade': '評価基準にない評価段階・判定です。',
  'storage.incomplete': '未採点または評価理由の未記入の項目があります。すべて記入してから進めてください。',
  'storage.priceNotOpen': '入札価格は技術評価の締切り後に入力します（二封筒方式）。',
  'storage.invalidBid': '入札価格は1円以上の整数で入力してください（有効な入札には入札価格が必要です）。',
  'storage.invalidInput': '入力内容を確認してください。',
  'storage.frozen':
    '技術評価の締切り後のため変更できません。訂正が必要な場合は「締切後の訂正」から理由を記入してください。',
  'storage.correctionReasonInvalid': '締切後の訂正の理由を 1〜200 文字で記入してください。',
  'storage.fileTooLarge': 'ファイルが大きすぎます（上限 {limitMb} MB）。',
  'storage.unknown': '保存中に予期しないエラーが発生しました。変更は保存されていません。（{detail}）',

  'list.title': '調達案件',
  'list.create': '新しい調達案件',
  'list.titleLabel': '案件名',
  'list.titlePlaceholder': '例: 文書管理SaaSの調達（令和9年度）',
  'list.createButton': '作成',
  'list.titleRequired': '案件名を入力してください。',
  'list.empty': '調達案件はまだありません。',
  'list.colTitle': '案件名',
  'list.colOrganisation': '組織',
  'list.colCounts': '要件・事業者・評価者',
  'list.colStage': '段階',
  'list.colUpdated': '最終更新',
  'list.colActions': '操作',
  'list.counts': '要件 {requirements}・事業者 {vendors}・評価者 {evaluators}',
  'list.open': '開く',
  'list.rename': '名前の変更',
  'list.duplicate': '複製',
  'list.export': 'バックアップ',
  'list.delete': '削除',
  'list.renameTitle': '案件名の変更',
  'list.save': '保存',
  'list.cancel': '取消',
  'list.copySuffix': '（複製）',
  'list.duplicated': '「{title}」を作成しました。',
  'list.deleteTitle': '調達案件の削除',
  'list.deleteConfirm':
    '「{title}」と、その要件・事業者・証跡・採点・監査ログをすべて削除します。元に戻せません。先にバックアップを保存することをお勧めします。',
  'list.deleteButton': '削除する',
  'list.deleted': '「{title}」を削除しました。',
  'list.actionsFor': '「{title}」の操作',

  'demo.title': 'デモ案件',
  'demo.offer':
    'まだ調達案件がありません。架空の政府機関による SaaS 調達（事業者3社、要件、第三者認証、委託先を含む）をデモとして読み込めます。',
  'demo.load': 'デモ案件を読み込む',
  'demo.loaded': 'デモ案件を読み込みました。組織名・事業者名・番号はすべて架空です。',

  'backup.title': 'バックアップと復元',
  'backup.intro':
    'ブラウザの保存領域は消去されることがあります。作業の区切りごとにバックアップファイルを保存してください。証跡ファイルも含まれます。',
  'backup.exportAll': 'すべての案件をバックアップ',
  'backup.import': 'バックアップを読み込む',
  'backup.importHelp': 'Sentei のバックアップファイル（.json、{limitMb} MB まで）を選択してください。',
  'backup.exported': 'バックアップファイルを保存しました（{name}）。',
  'backup.reading': 'ファイルを確認しています…',
  'backup.refused': 'このファイルは読み込めません。データは変更されていません。',
  'backup.moreIssues': 'ほか {count} 件の問題があります。',
  'backup.previewTitle': '読み込み内容の確認',
  'backup.previewIntro':
    '次の内容を適用します。既存の案件を置き換える場合、その案件の現在のデータはすべてバックアップの内容に置き換わります。',
  'backup.fileMeta': '作成: {exportedAt}・アプリ版: {appVersion}',
  'backup.actionAdd': '追加',
  'backup.actionReplace': '置換（現在: {existing}）',
  'backup.itemCounts':
    '要件 {requirements}・事業者 {vendors}・証跡 {attestations}・ファイル {files}・監査ログ {audit}',
  'backup.chainOk': '監査ログの改ざん検知: 正常',
  'backup.chainBroken':
    '監査ログの改ざん検知: 第 {seq} 項で不整合があります。内容を確認してから適用してください。',
  'backup.apply': '適用する',
  'backup.cancel': '取り消す',
  'backup.applied': 'バックアップを読み込みました（{count} 件）。',
  'backup.cancelled': '読み込みを取り消しました。データは変更されていません。',

  'issue.wrongType': '{path}: 値の型が正しくありません（{expected}）。',
  'issue.missingField': '{path}: 必要な項目がありません。',
  'issue.unknownKey': '{path}: 不明な項目「{key}」が含まれています。',
  'issue.forbiddenKey': '{path}: 使用できない項目名「{key}」が含まれています。',
  'issue.outOfRange': '{path}: 値が範囲外です。',
  'issue.notAllowed': '{path}: 使用できない値です。',
  'issue.duplicateId': '{path}: ID「{id}」が重複しています。',
  'issue.danglingReference': '{path}: 参照先「{id}」が見つかりません。',
  'issue.fileTooLarge': 'ファイルが大きすぎます（上限 {limitMb} MB）。',
  'issue.unzippedTooLarge':
    'ファイルを展開すると {unzippedMb} MB になり、上限（{limitMb} MB）を超えます。圧縮爆弾（zip bomb）のおそれがあるため、展開せずに読み込みを中止しました。',
  'issue.fileEmpty': 'ファイルが空です。',
  'issue.notJson': 'JSON 形式のファイルではありません。Sentei のバックアップファイルを選択してください。',
  'issue.wrongFileType': 'Sentei のバックアップファイルではありません。',
  'issue.futureVersion':
    'より新しい版の Sentei で作成されたファイルです（形式 {version}、この版は {supported} まで）。アプリを更新してから読み込んでください。',
  'issue.brokenAuditChain': '{path}: 監査ログの連鎖が壊れています。',
  'issue.evidenceHashMismatch': '{path}: 証跡ファイルのハッシュ値が一致しません。',
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

  'issue.noRequirements': '要件が1件もありません。',
  'issue.emptyRequirement': '要件 {ref}: 要件名と内容を入力してください。',
  'issue.pointsNotPositive': '要件 {ref}: 配点は0より大きい数にしてください。',
  'issue.duplicateRef': '要件番号 {ref} が重複しています。',
  'issue.invalidRubric': '評価段階は2段階以上とし、係数は0〜1、記号は重複しないようにしてください。',
  'issue.ceilingPriceMissing': '価格点を用いる場合は予定価格を入力してください。',
  'issue.priceAllocationMissing': '加算方式では価格点配分を入力してください。',
  'issue.settingOutOfRange': '{path}: 評価基準の設定値が許される範囲外です。',
  'issue.frozenAfterTechnicalLock':
    '技術評価の締切り後のため、回答・認証・委託先・事業者名は変更できません。',
  'issue.correctionReasonMissing': '締切後の訂正には理由の記入が必要です。',
  'issue.correctionReasonTooLong': '訂正の理由は {max} 文字以内で記入してください。',

  'stage.spec': '仕様作成',
  'stage.criteria': '評価基準確定',
  'stage.collect': '回答収集',
  'stage.evaluate': '評価',
  'stage.results': '結果',
  'stage.status.notStarted': '未着手',
  'stage.status.inProgress': '作業中',
  'stage.status.done': '完了',
  'stage.current': '現在の段階',
  'stage.navLabel': '評価の段階',
  'stage.notYet': 'この段階の機能は今後のリリースで提供されます。現在は記録済みの内容を表示しています。',

  'workspace.overview': '概要',
  'workspace.settings': '案件の設定',
  'workspace.audit': '監査ログ',
  'workspace.menu': '案件のメニュー',
  'workspace.notFound': '調達案件が見つかりません。削除されたか、URL が正しくない可能性があります。',
  'workspace.backToList': '調達案件一覧へ戻る',
  'workspace.facts': '案件の概要',
  'workspace.stages': '進み具合',
  'workspace.notSet': '未設定',
  'workspace.counts':
    '要件 {requirements} 件（必須 {mandatory}・任意 {scored}）、事業者 {vendors} 社、評価者 {evaluators} 名',

  'field.confidentialityClass.1': '機密性1',
  'field.confidentialityClass.2': '機密性2',
  'field.confidentialityClass.3': '機密性3',
  'field.edition.H28': '平成28年度版',
  'field.edition.H30': '平成30年度版',
  'field.edition.R3': '令和3年度版',
  'field.edition.R5': '令和5年度版',

  'settings.procurementTitle': '案件の設定',
  'settings.save': '保存',
  'settings.saved': '保存しました。',
  'settings.unchanged': '変更はありません。',
  'settings.titleRequired': '案件名を入力してください。',
  'settings.contractOrder': '契約期間の終了日は開始日より後の日付にしてください。',
  'settings.confidentialNeedsClass': '要機密情報を取り扱う場合、機密性2以上を選択してください。',

  'storage.reasonRequired': '変更の理由を記入してください。',

  'appSettings.title': '設定',
  'appSettings.language': '表示言語',
  'appSettings.dateStyle': '日付の表記',
  'appSettings.dateStyle.western': '西暦（2025年4月28日）',
  'appSettings.dateStyle.japanese': '和暦（令和7年4月28日）',
  'appSettings.actor': 'あなたの氏名（監査ログに記録されます）',
  'appSettings.actorHelp':
    'この端末で行う変更は、この氏名で監査ログに記録されます。評価者として登録した氏名と同じにしてください。',
  'appSettings.actorSave': '氏名を保存',
  'appSettings.actorSaved': '氏名を保存しました。',
  'appSettings.actorUnset': '（氏名未設定）',
  'appSettings.storage': 'データの保存',
  'appSettings.persisted': 'ブラウザによる自動削除から保護されています（永続化済み）。',
  'appSettings.notPersisted':
    '永続化が許可されていません。ブラウザが空き容量不足時などにデータを削除する可能性があります。こまめにバックアップを保存してください。',
  'appSettings.persistUnsupported':
    'このブラウザは保存領域の永続化に対応していません。こまめにバックアップを保存してください。',
  'appSettings.usage': '使用量 {usage}（上限の目安 {quota}）',
  'appSettings.usageUnknown': '使用量は取得できません。',

  'openPackage.title': '評価者パッケージ',
  'openPackage.intro': '委員長から受け取ったパッケージを開くと、この端末で採点できます。',
  'openPackage.input': '評価者パッケージを開く'
} as const;
