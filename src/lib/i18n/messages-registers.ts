/** Japanese messages of the official registers (登録簿): snapshots and checks; merged into `jaWork`. */
export const jaRegisters = {
  'registers.title': '登録簿（公式リスト）',
  'registers.intro':
    'ISMAP・ISMAP-LIU のクラウドサービスリスト、ISMS-AC の認証取得組織一覧、JASA の CS マーク取得者一覧、CSA STAR レジストリを、公式サイトからダウンロードしたファイルのまま取り込みます。取り込んだ時点の写し（スナップショット）として、ファイル名・SHA-256・取込日・リストの更新日とともにこの端末に保存し、すべての案件で使います。通信はしません。',
  'registers.import': '登録簿のファイルを取り込む',
  'registers.importHelp':
    'Excel（.xlsx / .xls）または CSV（UTF-8 / Shift_JIS）。見出しの行はタイトル行の下にあってもかまいません。',
  'registers.imported': '{register} を取り込みました（{count} 件、更新日 {listDate}）。',
  'registers.importedNoDate': '{register} を取り込みました（{count} 件、リストに更新日の記載なし）。',
  'registers.alreadyImported': 'このファイルは取込済みです（{register}、{importedAt}）。',
  'registers.noHeader':
    '登録簿の見出しの行が見つかりません。{columns} の列がある表か確かめてください。列の名前が変わった場合は questionnaires/registers/ の別名に追加してください。',
  'registers.noHeaderAny':
    'どの登録簿の見出しの行も見つかりません。ISMAP・ISMS-AC・JASA・CSA STAR の一覧をダウンロードしたままのファイルか確かめてください。',
  'registers.unreadableDates': '{count} 件の日付が読めなかったため、空欄にしました（例: {path}）。',
  'registers.readFailed': '登録簿のファイルを読めませんでした。',
  'registers.empty': '取り込んだ登録簿はまだありません。',
  'registers.col.register': '登録簿',
  'registers.col.listDate': 'リストの更新日',
  'registers.col.importedAt': '取込日時',
  'registers.col.file': 'ファイル名',
  'registers.col.entries': '件数',
  'registers.col.sha256': 'SHA-256',
  'registers.remove': '削除',
  'registers.removeConfirm': 'このスナップショットを削除しますか？ 記録済みの確認結果は残ります。',
  'registers.removed': 'スナップショットを削除しました。',
  'registers.noListDate': '記載なし',
  'registers.check': '登録簿で確認',
  'registers.checkHelp':
    'この事業者と委託先の認証を、取り込んだ登録簿の最新スナップショットと照合し、確認記録に記録します。手で記録した確認記録は上書きしません。',
  'registers.checkNone':
    '照合できる認証がありません（該当する登録簿が取り込まれていないか、認証がありません）。',
  'registers.checked':
    '登録簿で照合しました（記録 {filled} 件、変化 {changed} 件、手入力の記録を保持 {kept} 件）。',
  'registers.resultsTitle': '登録簿との照合結果',
  'registers.col.holder': '保有者',
  'registers.col.type': '認証',
  'registers.col.number': '番号',
  'registers.col.outcome': '結果',
  'registers.col.snapshot': 'スナップショット',
  'registers.outcome.noSnapshot': '登録簿未取込',
  'registers.nearName': '名称が近い登録あり（一致とはしていません）',
  'registers.diff': '{field}: 申告「{claimed}」／登録簿「{registered}」',
  'registers.field.number': '番号',
  'registers.field.company': '名称',
  'registers.field.service': 'サービス',
  'registers.field.expiry': '有効期限',
  'registers.field.scope': '範囲',
  'registers.keptManual': '手入力の確認記録を保持しています（{source}、{checkedOn}）。',
  'registers.replaceManual': '登録簿の結果で置き換える',
  'registers.changed': '前回（{from}）から変化',
  'registers.snapshotLabel': '{listDate} 時点・SHA-256 {sha}…',
  'registers.recheck.title': '新しいスナップショットによる再照合',
  'registers.recheck.intro':
    '{register}（{listDate} 時点）は、前回照合に使ったスナップショットより新しいため、その登録簿で照合済みの認証をすべての案件で照合し直しました。手で記録した確認記録と、まだ照合していない認証は対象外です。',
  'registers.recheck.none':
    '照合し直した認証はありません（この登録簿で照合済みの認証がないか、より新しいスナップショットで照合済みです）。',
  'registers.recheck.applied':
    '照合し直した {count} 件の確認記録を、このスナップショットの結果に更新しました（監査ログに記録）。',
  'registers.recheck.frozen':
    '技術評価の締切後のため、確認記録は変更していません（照合の結果は監査ログに記録）。反映するには、事業者ページで締切後の訂正として「登録簿で確認」を実行してください。',
  'registers.recheck.noChange': '前回から変化なし（{count} 件）。',
  'registers.recheck.col.vendor': '事業者',
  'registers.recheck.col.change': '前回 → 今回',
  'registers.recheck.change': '{from} → {to}',
  'registers.recheck.subcontractor': '委託先',
  'registers.recheck.done':
    '新しいスナップショットで {procurements} 件の案件の認証 {count} 件を照合し直しました（変化 {changed} 件）。',
  'registers.recheck.failed':
    '照合し直す途中で保存できませんでした。事業者ページの「登録簿で確認」で照合してください。',
  'registers.mapping.title': '列を指定して取り込む',
  'registers.mapping.intro':
    '「{file}」は、既知の登録簿の見出しと一致しませんでした。どの登録簿の一覧として扱うか、見出しの行、各列の意味を指定すると、ほかの登録簿と同じスナップショットとして取り込みます（ファイルの SHA-256 と取込日を記録します）。',
  'registers.mapping.needed': '見出しの行が既知の登録簿と一致しません。列を指定して取り込めます。',
  'registers.mapping.register': '登録簿の種類',
  'registers.mapping.sheet': 'シート',
  'registers.mapping.headerRow': '見出しの行',
  'registers.mapping.columns': '列の意味',
  'registers.mapping.none': '（使わない）',
  'registers.mapping.column': '{letter} 列: {header}',
  'registers.mapping.noHeading': '（見出しなし）',
  'registers.mapping.needKey': '番号か事業者名の列を指定してください（照合に使います）。',
  'registers.mapping.sameColumn': '同じ列を二つの意味に指定しています。',
  'registers.mapping.preview': '見出しの次の行:',
  'registers.mapping.import': 'この指定で取り込む',
  'registers.mapping.cancel': '取りやめる',
  'registers.mapping.empty': '指定した列から読める行がありません。見出しの行と列を確かめてください。',
  'registers.role.number': '登録番号・認証番号',
  'registers.role.company': '事業者名・組織名',
  'registers.role.service': 'サービス名',
  'registers.role.registeredOn': '登録日',
  'registers.role.expiry': '有効期限',
  'registers.role.status': '状態（取消・失効）',
  'registers.role.scope': '対象範囲',
  'registers.role.issuer': '監査機関・認証機関',
  'registers.role.standard': '規格・レベル',
  'registers.help.page': '評価方法の説明',
  'registers.help.title': '登録簿との照合（客観的な確認）',
  'registers.help.snapshots':
    '公式の登録簿（ISMAP・ISMAP-LIU、ISMS-AC、JASA CS マーク、CSA STAR）は、ダウンロードしたファイルのまま設定画面で取り込みます。取り込むたびに、ファイル名・SHA-256・取込日・リストの更新日をもつスナップショットとして保存し、すべての案件で使い、バックアップにも含めます。通信はしません。',
  'registers.help.matching':
    '認証は、まず番号（全角・半角、ハイフン、空白、大文字小文字の違いは同じとみなす）で、番号で見つからなければ、法人格（株式会社・（株）・㈱）や全角半角・空白の違いを除いた事業者名とサービス名で照合します。名称が一文字違うなど近いだけの登録は一致とせず、内容不一致として両方を並べて示します。',
  'registers.help.confirmed': '登録簿で確認: 登録があり、名称・番号・サービス・有効期限が申告と一致する。',
  'registers.help.notListed': '未掲載: 番号でも名称でも見つからない。',
  'registers.help.mismatch': '内容不一致: 見つかったが、異なる項目がある（申告と登録簿の値を並べて示す）。',
  'registers.help.expired':
    '期限切れ・取消: 登録簿の有効期限が基準日（入札締切日、なければ今日）より前か、登録簿に取消・失効とある。',
  'registers.help.recheck':
    '同じ登録簿の、前回照合に使ったものより新しいスナップショット（更新日が後のもの）を取り込むと、その登録簿で照合済みの認証をすべての案件で照合し直し、前回からの変化（例: 登録簿で確認 → 取消）を設定画面に示し、監査ログに記録します。技術評価の締切前の案件では確認記録を新しいスナップショットの結果に更新します。締切後の案件では確認記録を変えず、事業者ページで締切後の訂正として反映します。手で記録した確認記録は照合し直しません。選定理由書の未了事項には、評価したすべての事業者とその委託先について、登録簿で確認以外の結果が載ります。',
  'registers.help.mapping':
    '見出しが既知の登録簿と一致しない一覧は、どの登録簿の一覧か、見出しの行、各列の意味（番号・事業者名・サービス名・日付・状態・範囲など）を指定して取り込めます。取り込んだ一覧は、ほかと同じスナップショットとして照合に使います。',
  'registers.help.record':
    '照合の結果は、確認記録（確認先にスナップショットの日付と SHA-256、確認日、確認者）に記録され、監査ログ、選定理由書の未了事項、採点ワークブックの証跡台帳に載ります。手で記録した確認記録は、置き換えを選ばない限り上書きしません。'
} as const;
